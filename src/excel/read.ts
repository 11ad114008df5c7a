// Reads queued on a request context (no sync here): the workbook's state, the sources in chunks,
// the output cells an update would cover. Each queue* function has a matching collect* to run after the sync.
import { parseRange } from "../engine/address";
import { historyFromValues } from "../engine/history";
import type { CellValue, HistoryRow, Problem, SourceConfig, SourceData } from "../engine/types";
import { CHART_NAME, CHUNK_ROWS, FORMAT_CELL_LIMIT, HISTORY_SHEET, HISTORY_TABLE, OUTPUT_NAME, SETTINGS_CELL, SETTINGS_SHEET, TEXT_NAME } from "./constants";
import { boxOf, localAddress, type Box } from "./grid";
import { excelError } from "./problems";

export interface SheetInfo {
  name: string;
  visible: boolean;
  protected: boolean;
}

export interface StateHandles {
  sheets: Excel.WorksheetCollection;
  settingsSheet: Excel.Worksheet;
  settingsCell: Excel.Range;
  historyTable: Excel.Table;
  historyTableRange: Excel.Range;
  historySheet: Excel.Worksheet;
  historyUsed: Excel.Range;
  outputName: Excel.NamedItem;
  outputRange: Excel.Range;
  textName: Excel.NamedItem;
  textRange: Excel.Range;
}

export interface HistoryState {
  rows: HistoryRow[];
  errors: Problem[];
  /** The history table's whole range (header first) when there is a table. */
  table: { box: Box; values: CellValue[][] } | null;
  /** Without a table: the used range of the history sheet, if any. */
  plain: { box: Box; values: CellValue[][] } | null;
}

export interface WorkbookState {
  sheets: SheetInfo[];
  /** Text of the settings cell; null when there is no settings sheet. */
  configText: string | null;
  history: HistoryState;
  /** The region the last update wrote, and the narrative rows inside it. */
  previousOutput: Box | null;
  previousText: Box | null;
}

export function queueState(context: Excel.RequestContext): StateHandles {
  const { workbook } = context;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const settingsSheet = sheets.getItemOrNullObject(SETTINGS_SHEET);
  const settingsCell = settingsSheet.getRange(SETTINGS_CELL).load("values");
  const historyTable = workbook.tables.getItemOrNullObject(HISTORY_TABLE);
  const historyTableRange = historyTable.getRange().load("address,values");
  const historySheet = sheets.getItemOrNullObject(HISTORY_SHEET);
  const historyUsed = historySheet.getUsedRangeOrNullObject(true).load("address,values");
  const outputName = workbook.names.getItemOrNullObject(OUTPUT_NAME);
  const outputRange = outputName.getRangeOrNullObject().load("address");
  const textName = workbook.names.getItemOrNullObject(TEXT_NAME);
  const textRange = textName.getRangeOrNullObject().load("address");
  return { sheets, settingsSheet, settingsCell, historyTable, historyTableRange, historySheet, historyUsed, outputName, outputRange, textName, textRange };
}

function regionOf(name: Excel.NamedItem, range: Excel.Range): Box | null {
  if (name.isNullObject || range.isNullObject) return null;
  return boxOf(range.address);
}

function topLeftOf(box: Box): string {
  return localAddress({ top: box.top, left: box.left, bottom: box.top, right: box.left });
}

export function collectState(handles: StateHandles): WorkbookState {
  const sheets = handles.sheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === "Visible", protected: sheet.protection.protected }));
  const configText = handles.settingsSheet.isNullObject ? null : String(handles.settingsCell.values[0][0] ?? "");
  const history: HistoryState = { rows: [], errors: [], table: null, plain: null };
  if (!handles.historyTable.isNullObject) {
    const box = boxOf(handles.historyTableRange.address);
    if (box) history.table = { box, values: handles.historyTableRange.values as CellValue[][] };
  } else if (!handles.historySheet.isNullObject && !handles.historyUsed.isNullObject) {
    const box = boxOf(handles.historyUsed.address);
    if (box) history.plain = { box, values: handles.historyUsed.values as CellValue[][] };
  }
  const found = history.table ?? history.plain;
  if (found) {
    const read = historyFromValues(found.values, found.box.sheet, topLeftOf(found.box));
    history.rows = read.rows;
    history.errors = read.errors;
  }
  return {
    sheets,
    configText,
    history,
    previousOutput: regionOf(handles.outputName, handles.outputRange),
    previousText: regionOf(handles.textName, handles.textRange),
  };
}

export function findSheet(sheets: SheetInfo[], name: string): SheetInfo | undefined {
  return sheets.find((sheet) => sheet.name.toLocaleLowerCase("sv") === name.toLocaleLowerCase("sv"));
}

// ---- sources ------------------------------------------------------------------------------------

interface AddressSource {
  kind: "address";
  config: SourceConfig;
  sheet: string;
  box: Box;
  sheetProxy: Excel.Worksheet;
  chunks: Excel.Range[];
  /** false for a source too large to read its number formats too (FORMAT_CELL_LIMIT). */
  withFormats: boolean;
}

interface NamedSource {
  kind: "named";
  config: SourceConfig;
  table: Excel.Table;
  tableRange: Excel.Range;
  name: Excel.NamedItem;
  nameRange: Excel.Range;
}

interface UnreadableSource {
  kind: "unreadable";
  config: SourceConfig;
  problem: Problem;
}

export type SourceHandle = AddressSource | NamedSource | UnreadableSource;

/** Queues the read of one source: an A1 address in chunks of CHUNK_ROWS rows, a table or defined name whole. */
export function queueSource(context: Excel.RequestContext, config: SourceConfig): SourceHandle {
  const range = parseRange(config.range);
  if (range) {
    if (range.sheet === null) return { kind: "unreadable", config, problem: excelError("sourceSheetMissing", config.range, { sheet: "" }) };
    const box: Box = { sheet: range.sheet, top: range.start.row, left: range.start.column, bottom: range.end.row, right: range.end.column };
    const sheetProxy = context.workbook.worksheets.getItemOrNullObject(range.sheet);
    const chunks: Excel.Range[] = [];
    const withFormats = (box.bottom - box.top + 1) * (box.right - box.left + 1) <= FORMAT_CELL_LIMIT;
    for (let top = box.top; top <= box.bottom; top += CHUNK_ROWS) {
      const bottom = Math.min(box.bottom, top + CHUNK_ROWS - 1);
      chunks.push(sheetProxy.getRange(localAddress({ top, left: box.left, bottom, right: box.right })).load(withFormats ? "values,numberFormat" : "values"));
    }
    return { kind: "address", config, sheet: range.sheet, box, sheetProxy, chunks, withFormats };
  }
  const table = context.workbook.tables.getItemOrNullObject(config.range);
  const tableRange = table.getRange().load("address,values,numberFormat");
  const name = context.workbook.names.getItemOrNullObject(config.range);
  const nameRange = name.getRangeOrNullObject().load("address,values,numberFormat");
  return { kind: "named", config, table, tableRange, name, nameRange };
}

/** Rows a source is known to span before it is read (null for a table or name). */
export function knownRows(config: SourceConfig): number | null {
  const range = parseRange(config.range);
  return range ? range.end.row - range.start.row + 1 : null;
}

export function collectSource(handle: SourceHandle, sheets: SheetInfo[]): { data: SourceData | null; box: Box | null; problem: Problem | null } {
  if (handle.kind === "unreadable") return { data: null, box: null, problem: handle.problem };
  if (handle.kind === "address") {
    if (handle.sheetProxy.isNullObject || !findSheet(sheets, handle.sheet)) {
      return { data: null, box: null, problem: excelError("sourceSheetMissing", handle.config.range, { sheet: handle.sheet }) };
    }
    const values = handle.chunks.flatMap((chunk) => chunk.values as CellValue[][]);
    const sheet = findSheet(sheets, handle.sheet)?.name ?? handle.sheet;
    const topLeft = topLeftOf(handle.box);
    if (!handle.withFormats) return { data: { config: handle.config, sheet, topLeft, values }, box: { ...handle.box, sheet }, problem: null };
    const numberFormats = handle.chunks.flatMap((chunk) => chunk.numberFormat as string[][]);
    return { data: { config: handle.config, sheet, topLeft, values, numberFormats }, box: { ...handle.box, sheet }, problem: null };
  }
  const range = !handle.table.isNullObject ? handle.tableRange : !handle.name.isNullObject && !handle.nameRange.isNullObject ? handle.nameRange : null;
  const box = range ? boxOf(range.address) : null;
  if (!range || !box) return { data: null, box: null, problem: excelError("sourceNameMissing", undefined, { name: handle.config.range }) };
  return {
    data: { config: handle.config, sheet: box.sheet, topLeft: topLeftOf(box), values: range.values as CellValue[][], numberFormats: range.numberFormat as string[][] },
    box,
    problem: null,
  };
}

// ---- the output sheet -----------------------------------------------------------------------------

export interface OutputHandles {
  sheet: Excel.Worksheet;
  /** The window where the table could go, or (window unknown) the sheet's used range. */
  cells: Excel.Range;
  origin: Box | null;
  charts: Excel.ChartCollection;
}

/**
 * The cells where the new table could go (formulas, so a formula showing "" still counts) and the sheet's
 * charts. Without a window (size unknown before the sources are read) the sheet's used range is read instead.
 */
export function queueOutput(context: Excel.RequestContext, sheetName: string, window: Box | null): OutputHandles {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const cells = window ? sheet.getRange(localAddress(window)).load("formulas") : sheet.getUsedRangeOrNullObject().load("address,formulas");
  const charts = sheet.charts.load("items/name");
  return { sheet, cells, origin: window, charts };
}

export function collectOutput(handles: OutputHandles): { exists: boolean; grid: { origin: Box; cells: CellValue[][] } | null; hasChart: boolean } {
  if (handles.sheet.isNullObject) return { exists: false, grid: null, hasChart: false };
  const hasChart = handles.charts.items.some((chart) => chart.name === CHART_NAME);
  if (handles.cells.isNullObject) return { exists: true, grid: null, hasChart };
  const origin = handles.origin ?? boxOf(handles.cells.address);
  return { exists: true, grid: origin ? { origin, cells: handles.cells.formulas as CellValue[][] } : null, hasChart };
}

// ---- used ranges, for auto-detection ----------------------------------------------------------------

export interface UsedHandle {
  sheet: string;
  range: Excel.Range;
}

export function queueUsedRanges(context: Excel.RequestContext, sheets: SheetInfo[], skip: string[]): UsedHandle[] {
  const skipped = new Set(skip.map((name) => name.toLocaleLowerCase("sv")));
  return sheets
    .filter((sheet) => !skipped.has(sheet.name.toLocaleLowerCase("sv")))
    .map((sheet) => ({ sheet: sheet.name, range: context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true).load("address,values,numberFormat") }));
}

export interface UsedRange {
  sheet: string;
  box: Box;
  values: CellValue[][];
  numberFormats: string[][];
}

export function collectUsedRanges(handles: UsedHandle[]): UsedRange[] {
  return handles.flatMap(({ sheet, range }) => {
    if (range.isNullObject) return [];
    const box = boxOf(range.address);
    return box ? [{ sheet, box, values: range.values as CellValue[][], numberFormats: range.numberFormat as string[][] }] : [];
  });
}

/** The part of a used range that a detected source address covers, as SourceData. */
export function sliceSource(used: UsedRange, config: SourceConfig): { data: SourceData; box: Box } | null {
  const box = boxOf(config.range);
  if (!box) return null;
  const rows = used.values.slice(box.top - used.box.top, box.bottom - used.box.top + 1);
  const formats = used.numberFormats.slice(box.top - used.box.top, box.bottom - used.box.top + 1);
  const cut = <T>(line: T[]) => line.slice(box.left - used.box.left, box.right - used.box.left + 1);
  return {
    data: { config, sheet: used.sheet, topLeft: topLeftOf(box), values: rows.map(cut), numberFormats: formats.map(cut) },
    box,
  };
}

