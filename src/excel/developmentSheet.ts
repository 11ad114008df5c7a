// The sheet Prognosutveckling (issue 22): read with the update's first sync, checked before anything is
// written, written in the update's write batch. It is Prognos' own sheet (design §3 "Ownership"), but a cell
// the economist changed in it is theirs again: what Prognos wrote is remembered as a fingerprint per cell
// (memory.ts) beside the settings, so a change is never overwritten silently. A changed cell the new table
// needs stops the update (cellsEdited, unless the economist allows replacing changes); one it does not need
// is left alone; a non-empty cell Prognos never wrote where the new table goes stops it (cellsInTheWay). An
// emptied cell is refilled, as on Rapport (memory.ts, "cleared").
import { rangeAddress } from "../engine/address";
import type { CellValue, Problem } from "../engine/types";
import { DEVELOPMENT_CHART, DEVELOPMENT_NAME, DEVELOPMENT_PRINT_CELL, DEVELOPMENT_SHEET, SETTINGS_SHEET } from "./constants";
import { boxOf, containsCell, localAddress, placeBlock, type Box } from "./grid";
import type { DevelopmentLayout } from "./developmentLayout";
import { cellFingerprint, isEmptyCell, type RegionPrint } from "./memory";
import { excelError, listCells } from "./problems";
import { collectOutput, queueOutput, type Known, type OutputHandles, type StateHandles } from "./read";
import { applyFormat } from "./write";
import { clearRectangles } from "./writeOwned";

const ORIGIN = { row: 0, column: 0 };
const WIDTH = 3;

export interface DevelopmentHandles {
  output: OutputHandles;
  /** The fingerprint of what the last update wrote, beside the settings; null without a settings sheet. */
  print: Excel.Range | null;
}

/** The fingerprint's cell, queued with the memory's (from the settings sheet of the state's reads). */
export function queueDevelopmentPrint(state: StateHandles): Excel.Range | null {
  return state.settingsSheet && state.settingsSheet.getRange(DEVELOPMENT_PRINT_CELL).load("values");
}

/**
 * The sheet's used range and charts. Queued where the update already syncs: with the first reads when the
 * caller holds the configuration, else with the sources, when what exists is known (so that nothing
 * navigates from a sheet that does not exist, which Excel may fail: read.ts, syncReads).
 */
export function queueDevelopmentSheetRead(context: Excel.RequestContext, known: Known | null): OutputHandles {
  return queueOutput(context, DEVELOPMENT_SHEET, null, known);
}

export interface DevelopmentState {
  exists: boolean;
  hasChart: boolean;
  /** The sheet's used range: every cell outside it is empty. */
  grid: { origin: Box; cells: CellValue[][] } | null;
  /** The region the last update wrote (its workbook name) and what it wrote there, when remembered. */
  previous: Box | null;
  /** What Prognos wrote: one region, or while a write batch runs the old and the new one. */
  prints: RegionPrint[];
}

export function collectDevelopment(handles: DevelopmentHandles, previous: Box | null): DevelopmentState {
  const output = collectOutput(handles.output);
  const text = handles.print && !handles.print.isNullObject ? handles.print.values[0]?.[0] : null;
  const hasChart = output.exists && (handles.output.charts?.items.some((chart) => chart.name === DEVELOPMENT_CHART) ?? false);
  return { exists: output.exists, hasChart, grid: output.grid, previous: previous && previous.sheet.toLocaleLowerCase("sv") === DEVELOPMENT_SHEET.toLocaleLowerCase("sv") ? previous : null, prints: printsFrom(text) };
}

/** The remembered regions; none when the cell is empty or unreadable (the region then counts as Prognos'). */
function printsFrom(text: CellValue | undefined | null): RegionPrint[] {
  if (typeof text !== "string" || text.trim() === "") return [];
  try {
    const raw = JSON.parse(text) as { regions?: unknown };
    if (!Array.isArray(raw.regions)) return [];
    const prints: RegionPrint[] = [];
    for (const entry of raw.regions as Array<{ at?: unknown; cells?: unknown }>) {
      const box = typeof entry.at === "string" ? boxOf(entry.at) : null;
      if (!box || typeof entry.cells !== "string" || entry.cells.length !== (box.bottom - box.top + 1) * (box.right - box.left + 1) * WIDTH) return [];
      prints.push({ box, cells: entry.cells });
    }
    return prints;
  } catch {
    return [];
  }
}

function valueAt(state: DevelopmentState, row: number, column: number): CellValue {
  const grid = state.grid;
  if (!grid || !containsCell(grid.origin, row, column)) return "";
  return grid.cells[row - grid.origin.top]?.[column - grid.origin.left] ?? "";
}

export interface DevelopmentPlan {
  problems: Problem[];
  region: Box;
  /** Changed cells of the previous region the new one does not need: left as they are. */
  keep: Array<{ row: number; column: number }>;
}

/** Where the sheet's table goes and what stands in its way; nothing is queued here. */
export function planDevelopment(state: DevelopmentState, layout: DevelopmentLayout, replaceEdited: boolean): DevelopmentPlan {
  const region = placeBlock(DEVELOPMENT_SHEET, ORIGIN, { row: 0, column: 0, rows: layout.rows, columns: layout.columns });
  const previous = state.previous;
  // Changed: holds something, and not what any remembered region says Prognos wrote there.
  const changed = (row: number, column: number): boolean => {
    const value = valueAt(state, row, column);
    if (!previous || isEmptyCell(value)) return false;
    const remembered = state.prints.filter((print) => containsCell(print.box, row, column));
    if (remembered.length === 0) return false;
    const print = cellFingerprint(value);
    return !remembered.some((region) => {
      const index = ((row - region.box.top) * (region.box.right - region.box.left + 1) + (column - region.box.left)) * WIDTH;
      return region.cells.slice(index, index + WIDTH) === print;
    });
  };
  const address = (row: number, column: number) => rangeAddress(DEVELOPMENT_SHEET, { row, column }, { row, column });
  const inTheWay: string[] = [];
  const edited: string[] = [];
  for (let row = region.top; row <= region.bottom; row++) {
    for (let column = region.left; column <= region.right; column++) {
      if (isEmptyCell(valueAt(state, row, column))) continue;
      if (!previous || !containsCell(previous, row, column)) inTheWay.push(address(row, column));
      else if (changed(row, column) && !replaceEdited) edited.push(address(row, column));
    }
  }
  const keep: DevelopmentPlan["keep"] = [];
  if (previous) {
    for (let row = previous.top; row <= previous.bottom; row++) {
      for (let column = previous.left; column <= previous.right; column++) if (!containsCell(region, row, column) && changed(row, column)) keep.push({ row, column });
    }
  }
  const problems: Problem[] = [];
  if (inTheWay.length > 0) problems.push(excelError("cellsInTheWay", inTheWay[0], { count: inTheWay.length, cells: listCells(inTheWay) }));
  if (edited.length > 0) problems.push(excelError("cellsEdited", edited[0], { count: edited.length, cells: listCells(edited) }));
  return { problems, region, keep };
}

/** The region as this write leaves it: the layout's cells. */
function printOf(layout: DevelopmentLayout, region: Box): RegionPrint {
  return { box: region, cells: layout.values.map((line) => line.map((value) => cellFingerprint(value)).join("")).join("") };
}

function printText(prints: RegionPrint[]): string {
  const at = (box: Box) => rangeAddress(DEVELOPMENT_SHEET, { row: box.top, column: box.left }, { row: box.bottom, column: box.right });
  return JSON.stringify({ regions: prints.map((print) => ({ at: at(print.box), cells: print.cells })) });
}

/**
 * Queues the sheet: the previous region emptied but for the cells to keep, the old chart deleted, the
 * table, its formats and the line chart (one line per area and the total, months as categories) written,
 * the region named, and its fingerprint stored where the memory is (when there is a settings sheet).
 * A sync is no transaction (update.ts), so the order lets a re-run repair a batch cut anywhere: the memory
 * first holds the old region and the new one, the old region is emptied, the name moves to the new region,
 * and only then come the table and the chart; last, the memory keeps the new region alone.
 */
export function queueDevelopmentSheet(context: Excel.RequestContext, state: DevelopmentState, layout: DevelopmentLayout, plan: DevelopmentPlan, options: { remember: boolean; nameExists: boolean }): void {
  const print = printOf(layout, plan.region);
  const remember = (prints: RegionPrint[]) => {
    if (!options.remember) return;
    const cell = context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange(DEVELOPMENT_PRINT_CELL);
    cell.numberFormat = [["@"]];
    cell.values = [[printText(prints)]];
  };
  remember([...state.prints, print]);
  const sheets = context.workbook.worksheets;
  const sheet = state.exists ? sheets.getItem(DEVELOPMENT_SHEET) : sheets.add(DEVELOPMENT_SHEET);
  if (state.previous) {
    for (const rectangle of clearRectangles(state.previous, plan.keep)) sheet.getRange(localAddress(rectangle)).clear("All");
  }
  if (state.hasChart) sheet.charts.getItem(DEVELOPMENT_CHART).delete();
  const range = sheet.getRange(localAddress(plan.region));
  const names = context.workbook.names;
  if (options.nameExists) names.getItem(DEVELOPMENT_NAME).delete();
  names.add(DEVELOPMENT_NAME, range);
  range.numberFormat = layout.numberFormats;
  range.values = layout.values;
  const place = (block: Parameters<typeof placeBlock>[2]) => sheet.getRange(localAddress(placeBlock(DEVELOPMENT_SHEET, ORIGIN, block)));
  for (const { block, format } of layout.styles) applyFormat(place(block), format);
  layout.columnWidths.forEach((width, column) => {
    place({ row: 0, column, rows: 1, columns: 1 }).format.columnWidth = width;
  });
  // With markers: an area stored in one period only (new in the outcome, say) is a point, not an invisible line.
  const chart = sheet.charts.add("LineMarkers", place(layout.chartSource), "Rows");
  chart.name = DEVELOPMENT_CHART;
  chart.title.text = layout.chartTitle;
  chart.setPosition(place(layout.chartStart).getCell(0, 0), place(layout.chartEnd).getCell(0, 0));
  remember([print]);
}
