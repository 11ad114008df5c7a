// Reading and writing what memory.ts describes: the memory's cells on the settings sheet and the previous
// report region's cells, queued beside queueState's reads (no sync of their own).
import type { CellValue } from "../engine/types";
import { SETTINGS_SHEET } from "./constants";
import { localAddress, type Box } from "./grid";
import { MEMORY_RANGE, memoryFromCells, memoryToCells, regionNow, type Memory, type RegionNow } from "./memory";
import type { StateHandles, WorkbookState } from "./read";
import { findSheet } from "./read";

export interface MemoryHandles {
  /** null where the settings sheet is known not to exist. */
  memory: Excel.Range | null;
}

/** Queues, with the state's own reads (inside syncReads), the memory's cells. */
export function queueMemory(state: StateHandles): MemoryHandles {
  return { memory: state.settingsSheet && state.settingsSheet.getRange(MEMORY_RANGE).load("values") };
}

/**
 * The previous report region's cells, by the address its name gave in the state's sync: collectState keeps
 * a region only when its name refers to a range on a sheet that exists, so nothing navigates from a null
 * object or a #REF! name (office-js #263).
 */
export function queuePreviousRegion(context: Excel.RequestContext, region: Box | null): Excel.Range | null {
  return region && context.workbook.worksheets.getItem(region.sheet).getRange(localAddress(region)).load("formulas");
}

export interface MemoryState {
  memory: Memory | null;
  /** The previous report region with each cell's state; null when there is none. */
  previous: RegionNow | null;
}

/** The memory (where the settings sheet exists) and the previous region from its cells as read. */
export function collectMemory(handles: MemoryHandles, state: WorkbookState, previousCells: CellValue[][] | null): MemoryState {
  const memory = state.configText !== null && handles.memory && !handles.memory.isNullObject ? memoryFromCells(handles.memory.values as CellValue[][]) : null;
  const box = state.previousOutput;
  if (!box || !previousCells) return { memory, previous: null };
  const renamed = (sheet: string) => findSheet(state.sheets, sheet) === undefined;
  return { memory, previous: regionNow(box, previousCells, memory, renamed) };
}

/** Writes the memory into its cells on the settings sheet (which must exist, or be added in this batch). */
export function queueMemoryWrite(context: Excel.RequestContext, memory: Memory): void {
  const range = context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange(MEMORY_RANGE);
  const cells = memoryToCells(memory);
  range.numberFormat = cells.map(() => ["@"]);
  range.values = cells;
}
