// Reads queued on a request context (no sync here): the workbook's state, the sources in chunks,
// the output cells an update would cover. Each queue* function has a matching collect* to run after the sync.
import { parseRange } from "../engine/address";
import { historyFromValues } from "../engine/history";
import type { HistoryLayout } from "../engine/historyLayout";
import type { CellValue, HistoryRow, Problem, SourceConfig, SourceData } from "../engine/types";
import { CELLS_PER_GET, CHART_DATA_NAME, CHART_NAME, FORMAT_CELL_LIMIT, HISTORY_SHEET, HISTORY_TABLE, OUTPUT_NAME, REPORT_SHEET_NAME, SETTINGS_CELL, SETTINGS_SHEET, TEXT_NAME } from "./constants";
import { boxOf, localAddress, type Box } from "./grid";
import { excelError } from "./problems";

export interface SheetInfo {
  name: string;
  visible: boolean;
  protected: boolean;
}

/** A workbook-scoped name as the names collection gives it: type "Range" and an address, or a broken name (#REF!). */
export interface NameInfo {
  name: string;
  type: string;
  value: string;
}

/**
 * What exists, so that reads navigate only from objects that do. Excel's docs do not say whether a
 * navigation from a null object propagates the null or fails the sync (see syncReads).
 */
export interface Known {
  sheets: string[];
  tables: string[];
  names: NameInfo[];
}

export interface StateHandles {
  sheets: Excel.WorksheetCollection;
  protection: Excel.WorkbookProtection;
  names: Excel.NamedItemCollection;
  tables: Excel.TableCollection;
  /** null where the object is known not to exist (and so nothing was queued on it). */
  settingsSheet: Excel.Worksheet | null;
  settingsCell: Excel.Range | null;
  historyTable: Excel.Table | null;
  historyTableRange: Excel.Range | null;
  historySheet: Excel.Worksheet | null;
  historyUsed: Excel.Range | null;
}

export interface HistoryState {
  rows: HistoryRow[];
  errors: Problem[];
  /** The history table's whole range (header first) when there is a table. */
  table: { box: Box; values: CellValue[][] } | null;
  /** Without a table: the used range of the history sheet, if any. */
  plain: { box: Box; values: CellValue[][] } | null;
  /** How the table shows its rows (FORMER_LAYOUT for sheets from before issue 19); null without a table. */
  layout: HistoryLayout | null;
  /** Whether the table has the outcome column. */
  hasOutcome: boolean;
}

/** One of the adapter's own workbook names: whether it exists at all (also broken, =#REF!…) and its region. */
export interface OwnName {
  exists: boolean;
  region: Box | null;
}

export interface WorkbookState {
  sheets: SheetInfo[];
  tables: string[];
  names: NameInfo[];
  /** Workbook structure protection (ExcelApi 1.7): no sheet can be added. */
  structureProtected: boolean;
  /** Text of the settings cell; null when there is no settings sheet. */
  configText: string | null;
  history: HistoryState;
  /** The region the last update wrote, and the narrative rows inside it. */
  previousOutput: Box | null;
  previousText: Box | null;
  /** The chart's data beside the table (under the chart). */
  previousChartData: Box | null;
  /** `sheet`: the report sheet's mark (REPORT_SHEET_NAME). */
  own: { output: OwnName; text: OwnName; chartData: OwnName; sheet: OwnName };
}

const lower = (name: string) => name.toLocaleLowerCase("sv");

function sameName(a: string, b: string): boolean {
  return lower(a) === lower(b);
}

/** `get()` unless `known` says the object does not exist (then null, and nothing is queued). */
function present<T>(known: string[] | undefined, name: string, get: () => T): T | null {
  return known === undefined || known.some((item) => sameName(item, name)) ? get() : null;
}

function exists(proxy: { isNullObject: boolean } | null): boolean {
  return proxy !== null && !proxy.isNullObject;
}

export function queueState(context: Excel.RequestContext, known: Known | null = null): StateHandles {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
  const protection = workbook.protection.load("protected");
  const names = workbook.names.load("items/name,items/type,items/value");
  const tables = workbook.tables.load("items/name");
  const settingsSheet = present(known?.sheets, SETTINGS_SHEET, () => sheets.getItemOrNullObject(SETTINGS_SHEET));
  const settingsCell = settingsSheet && settingsSheet.getRange(SETTINGS_CELL).load("values");
  const historyTable = present(known?.tables, HISTORY_TABLE, () => workbook.tables.getItemOrNullObject(HISTORY_TABLE));
  const historyTableRange = historyTable && historyTable.getRange().load("address,values");
  const historySheet = present(known?.sheets, HISTORY_SHEET, () => sheets.getItemOrNullObject(HISTORY_SHEET));
  const historyUsed = historySheet && historySheet.getUsedRangeOrNullObject(true).load("address,values");
  return { sheets, protection, names, tables, settingsSheet, settingsCell, historyTable, historyTableRange, historySheet, historyUsed };
}

function findName(names: NameInfo[], name: string): NameInfo | undefined {
  return names.find((item) => sameName(item.name, name));
}

/** The region of a name that refers to a range on a sheet that still exists; null for a broken or missing name. */
export function regionOf(names: NameInfo[], name: string, sheets: SheetInfo[]): OwnName {
  const item = findName(names, name);
  const box = item && item.type === "Range" ? boxOf(item.value) : null;
  return { exists: item !== undefined, region: box && findSheet(sheets, box.sheet) ? box : null };
}

function topLeftOf(box: Box): string {
  return localAddress({ top: box.top, left: box.left, bottom: box.top, right: box.left });
}

export function collectState(handles: StateHandles): WorkbookState {
  const sheets = handles.sheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === "Visible", protected: sheet.protection.protected }));
  const names = handles.names.items.map((item) => ({ name: item.name, type: item.type, value: String(item.value ?? "") }));
  const configText = exists(handles.settingsSheet) && handles.settingsCell ? String(handles.settingsCell.values[0][0] ?? "") : null;
  const history: HistoryState = { rows: [], errors: [], table: null, plain: null, layout: null, hasOutcome: false };
  if (exists(handles.historyTable) && handles.historyTableRange) {
    const box = boxOf(handles.historyTableRange.address);
    if (box) history.table = { box, values: handles.historyTableRange.values as CellValue[][] };
  } else if (exists(handles.historySheet) && handles.historyUsed && !handles.historyUsed.isNullObject) {
    const box = boxOf(handles.historyUsed.address);
    if (box) history.plain = { box, values: handles.historyUsed.values as CellValue[][] };
  }
  const found = history.table ?? history.plain;
  if (found) {
    const read = historyFromValues(found.values, found.box.sheet, topLeftOf(found.box));
    history.rows = read.rows;
    history.errors = read.errors;
    if (history.table) {
      history.layout = read.layout;
      history.hasOutcome = read.hasOutcome;
    }
  }
  const own = { output: regionOf(names, OUTPUT_NAME, sheets), text: regionOf(names, TEXT_NAME, sheets), chartData: regionOf(names, CHART_DATA_NAME, sheets), sheet: regionOf(names, REPORT_SHEET_NAME, sheets) };
  return {
    sheets,
    tables: handles.tables.items.map((table) => table.name),
    names,
    structureProtected: handles.protection.protected,
    configText,
    history,
    previousOutput: own.output.region,
    previousText: own.text.region,
    previousChartData: own.chartData.region,
    own,
  };
}

export function knownOf(state: WorkbookState): Known {
  return { sheets: state.sheets.map((sheet) => sheet.name), tables: state.tables, names: state.names };
}

// Excel's answer to a navigation from a null object, if it does not propagate the null; InvalidReference
// for getRangeOrNullObject on a name whose sheet was deleted (office-js #263).
const NAVIGATION_FAILURES = new Set(["ItemNotFound", "InvalidReference"]);

function isNavigationFailure(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && NAVIGATION_FAILURES.has(code);
}

/**
 * Syncs reads that `queue` navigates from objects that may not exist (a sheet, table or name found by
 * name). The docs leave open whether such a navigation gives a null object or fails the sync with
 * ItemNotFound. Where it fails, what exists is read and `queue` runs again knowing it (two more syncs,
 * only then): the same reads, the same result. Only for syncs that read; nothing is written here.
 */
export async function syncReads<T>(context: Excel.RequestContext, queue: (known: Known | null) => T): Promise<T> {
  const optimistic = queue(null);
  try {
    await context.sync();
    return optimistic;
  } catch (error) {
    if (!isNavigationFailure(error)) throw error;
  }
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name,items/type,items/value");
  await context.sync();
  const known: Known = {
    sheets: sheets.items.map((sheet) => sheet.name),
    tables: tables.items.map((table) => table.name),
    names: names.items.map((item) => ({ name: item.name, type: item.type, value: String(item.value ?? "") })),
  };
  const safe = queue(known);
  await context.sync();
  return safe;
}

export function findSheet(sheets: SheetInfo[], name: string): SheetInfo | undefined {
  return sheets.find((sheet) => sameName(sheet.name, name));
}

// ---- sources ------------------------------------------------------------------------------------

/**
 * A box cut into runs of whole rows of at most CELLS_PER_GET cells each: every platform limits one get of
 * a range to five million cells. The runs load in the same sync, so this does not shrink the response.
 */
export function getChunks<T extends Pick<Box, "top" | "left" | "bottom" | "right">>(box: T): T[] {
  const rows = Math.max(1, Math.floor(CELLS_PER_GET / (box.right - box.left + 1)));
  const chunks: T[] = [];
  for (let top = box.top; top <= box.bottom; top += rows) chunks.push({ ...box, top, bottom: Math.min(box.bottom, top + rows - 1) });
  return chunks;
}

function loadChunks(sheet: Excel.Worksheet, box: Box, properties: string): Excel.Range[] {
  return getChunks(box).map((chunk) => sheet.getRange(localAddress(chunk)).load(properties));
}

interface AddressSource {
  kind: "address";
  config: SourceConfig;
  sheet: string;
  box: Box;
  /** null when the sheet is known not to exist. */
  sheetProxy: Excel.Worksheet | null;
  chunks: Excel.Range[];
  /** false for a source too large to read its number formats too (FORMAT_CELL_LIMIT). */
  withFormats: boolean;
}

interface NamedSource {
  kind: "named";
  config: SourceConfig;
  /** null when known not to exist (for a name: or not to refer to a range on an existing sheet). */
  table: Excel.Table | null;
  tableRange: Excel.Range | null;
  name: Excel.NamedItem | null;
  nameRange: Excel.Range | null;
}

interface UnreadableSource {
  kind: "unreadable";
  config: SourceConfig;
  problem: Problem;
}

export type SourceHandle = AddressSource | NamedSource | UnreadableSource;

/** A name that refers to a range on one of `sheets`: the only names getRangeOrNullObject is asked for once they are known. */
function readableName(known: Known, name: string): string[] {
  const item = findName(known.names, name);
  const box = item && item.type === "Range" ? boxOf(item.value) : null;
  return box && known.sheets.some((sheet) => sameName(sheet, box.sheet)) && item ? [item.name] : [];
}

/** Queues the read of one source: an A1 address in gets of at most CELLS_PER_GET cells, a table or defined name whole. */
export function queueSource(context: Excel.RequestContext, config: SourceConfig, known: Known | null = null): SourceHandle {
  const range = parseRange(config.range);
  if (range) {
    if (range.sheet === null) return { kind: "unreadable", config, problem: excelError("sourceSheetMissing", config.range, { sheet: "" }) };
    const box: Box = { sheet: range.sheet, top: range.start.row, left: range.start.column, bottom: range.end.row, right: range.end.column };
    const sheetName = range.sheet;
    const sheetProxy = present(known?.sheets, sheetName, () => context.workbook.worksheets.getItemOrNullObject(sheetName));
    const withFormats = (box.bottom - box.top + 1) * (box.right - box.left + 1) <= FORMAT_CELL_LIMIT;
    const chunks = sheetProxy ? loadChunks(sheetProxy, box, withFormats ? "values,numberFormat" : "values") : [];
    return { kind: "address", config, sheet: range.sheet, box, sheetProxy, chunks, withFormats };
  }
  const table = present(known?.tables, config.range, () => context.workbook.tables.getItemOrNullObject(config.range));
  const tableRange = table && table.getRange().load("address,values,numberFormat");
  const name = present(known ? readableName(known, config.range) : undefined, config.range, () => context.workbook.names.getItemOrNullObject(config.range));
  const nameRange = name && name.getRangeOrNullObject().load("address,values,numberFormat");
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
    if (!exists(handle.sheetProxy) || !findSheet(sheets, handle.sheet)) {
      return { data: null, box: null, problem: excelError("sourceSheetMissing", handle.config.range, { sheet: handle.sheet }) };
    }
    const values = handle.chunks.flatMap((chunk) => chunk.values as CellValue[][]);
    const sheet = findSheet(sheets, handle.sheet)?.name ?? handle.sheet;
    const topLeft = topLeftOf(handle.box);
    if (!handle.withFormats) return { data: { config: handle.config, sheet, topLeft, values }, box: { ...handle.box, sheet }, problem: null };
    const numberFormats = handle.chunks.flatMap((chunk) => chunk.numberFormat as string[][]);
    return { data: { config: handle.config, sheet, topLeft, values, numberFormats }, box: { ...handle.box, sheet }, problem: null };
  }
  const range = exists(handle.table) ? handle.tableRange : exists(handle.name) && exists(handle.nameRange) ? handle.nameRange : null;
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
  /** null when the sheet is known not to exist. */
  sheet: Excel.Worksheet | null;
  /** The window where the table could go (in gets of at most CELLS_PER_GET cells), or (window unknown) the sheet's used range. */
  cells: Excel.Range[];
  origin: Box | null;
  charts: Excel.ChartCollection | null;
  /** The sheet's used range with formatted cells: whether the report's rows hold anything but Prognos' cells. */
  used: Excel.Range | null;
}

/**
 * The cells where the new table could go (formulas, so a formula showing "" still counts) and the sheet's
 * charts. Without a window (size unknown before the sources are read) the sheet's used range is read instead.
 */
export function queueOutput(context: Excel.RequestContext, sheetName: string, window: Box | null, known: Known | null = null): OutputHandles {
  const sheet = present(known?.sheets, sheetName, () => context.workbook.worksheets.getItemOrNullObject(sheetName));
  if (!sheet) return { sheet, cells: [], origin: window, charts: null, used: null };
  const cells = window ? loadChunks(sheet, window, "formulas") : [sheet.getUsedRangeOrNullObject().load("address,formulas")];
  // Without a window the cells read are the used range already.
  const used = window ? sheet.getUsedRangeOrNullObject().load("address") : cells[0];
  const charts = sheet.charts.load("items/name");
  return { sheet, cells, origin: window, charts, used };
}

export interface OutputState {
  exists: boolean;
  grid: { origin: Box; cells: CellValue[][] } | null;
  hasChart: boolean;
  /** Used range of the sheet, formats included; null when the sheet is empty or missing. */
  used: Box | null;
  /** A chart on the sheet that is not Prognos' (row heights would move or stretch it). */
  otherCharts: boolean;
}

export function collectOutput(handles: OutputHandles): OutputState {
  if (!exists(handles.sheet)) return { exists: false, grid: null, hasChart: false, used: null, otherCharts: false };
  const names = handles.charts?.items.map((chart) => chart.name) ?? [];
  const hasChart = names.includes(CHART_NAME);
  const otherCharts = names.some((name) => name !== CHART_NAME);
  const used = handles.used && !handles.used.isNullObject ? boxOf(handles.used.address) : null;
  if (handles.cells.length === 0 || handles.cells[0].isNullObject) return { exists: true, grid: null, hasChart, used, otherCharts };
  const origin = handles.origin ?? boxOf(handles.cells[0].address);
  return { exists: true, grid: origin ? { origin, cells: handles.cells.flatMap((chunk) => chunk.formulas as CellValue[][]) } : null, hasChart, used, otherCharts };
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

