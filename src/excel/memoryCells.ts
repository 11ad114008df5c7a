// Reading and writing what memory.ts describes: the memory's cells on the settings sheet and the previous
// report region's cells, queued beside queueState's reads (no sync of their own).
import type { CellValue } from "../engine/types";
import { SETTINGS_SHEET } from "./constants";
import { boxOf } from "./grid";
import { MEMORY_RANGE, memoryFromCells, memoryToCells, regionNow, type Memory, type RegionNow } from "./memory";
import type { SheetInfo, StateHandles } from "./read";
import { findSheet } from "./read";

export interface MemoryHandles {
  state: StateHandles;
  memory: Excel.Range;
}

/** Queues, with the state's own reads, the memory and the formulas of the previous region. */
export function queueMemory(state: StateHandles): MemoryHandles {
  state.outputRange.load("formulas");
  return { state, memory: state.settingsSheet.getRange(MEMORY_RANGE).load("values") };
}

export interface MemoryState {
  memory: Memory | null;
  /** The previous report region with each cell's state; null when there is none. */
  previous: RegionNow | null;
}

export function collectMemory(handles: MemoryHandles, sheets: SheetInfo[]): MemoryState {
  const memory = handles.state.settingsSheet.isNullObject ? null : memoryFromCells(handles.memory.values as CellValue[][]);
  const { outputName, outputRange } = handles.state;
  const box = outputName.isNullObject || outputRange.isNullObject ? null : boxOf(outputRange.address);
  if (!box || !findSheet(sheets, box.sheet)) return { memory, previous: null };
  const renamed = (sheet: string) => findSheet(sheets, sheet) === undefined;
  return { memory, previous: regionNow(box, outputRange.formulas as CellValue[][], memory, renamed) };
}

/** Writes the memory into its cells on the settings sheet (which must exist, or be added in this batch). */
export function queueMemoryWrite(context: Excel.RequestContext, memory: Memory): void {
  const range = context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange(MEMORY_RANGE);
  const cells = memoryToCells(memory);
  range.numberFormat = cells.map(() => ["@"]);
  range.values = cells;
}
