// The pane's smaller operations: settings, baseline import, history, selection, narrative.
// Each costs two syncs, one to read and one to write (insertNarrative three), when Excel propagates null
// objects; two more where it fails such a navigation and nothing had to be read yet (syncReads).
import { splitSheet } from "../engine/address";
import { baselineFromSource } from "../engine/baseline";
import { DEFAULT_OUTPUT, normalizeConfig, parseConfigText } from "../engine/config";
import { findSourceInValues } from "../engine/detect";
import { markOutcome, storedPeriods, upsertPeriod } from "../engine/history";
import { dateFromSerial, isPeriod, periodEndDate } from "../engine/period";
import { parseSource } from "../engine/source";
import { normaliseHeader } from "../engine/text";
import type { CellValue, DetectedSource, OutputUnit, PrognosConfig, Problem, SourceConfig } from "../engine/types";
import { HISTORY_HEADERS } from "../engine/history";
import { HISTORY_SHEET, HISTORY_TABLE, OUTPUT_NAME, SETTINGS_CELL, SETTINGS_SHEET, TEXT_NAME } from "./constants";
import { addressOf, boxOf, cellsWithin, localAddress, onSheet, type Box } from "./grid";
import { collectMemory, queueMemory, queueMemoryWrite } from "./memoryCells";
import { textConflicts, textInsertPrint } from "./ownership";
import { structureProblems } from "./protection";
import { queueTextRows } from "./writeOwned";
import { collectSource, collectState, findSheet, queueSource, queueState, syncReads } from "./read";
import { operation } from "./operation";
import { excelError, listCells } from "./problems";
import type { ImportBaselineOptions, ImportBaselineResult, RunExcel, SetupState, UpdateOptions } from "./types";
import type { NarrativePosition } from "../engine/types";
import { isCheck } from "../engine/problems";
import { previousTextAbove } from "./textAbove";
import { updateForecast } from "./update";
import { queueHistory, queueSettings } from "./write";

export interface OperationResult {
  ok: boolean;
  errors: Problem[];
}

function protectedProblem(sheets: ReturnType<typeof collectState>["sheets"], sheet: string, role: string, cell: string): Problem[] {
  return findSheet(sheets, sheet)?.protected ? [excelError("sheetProtected", cell, { sheet, role })] : [];
}

/** The stored configuration and history, for the pane; `ok` false when the workbook could not be read at all. One sync. */
export function readSetup(run: RunExcel): Promise<SetupState> {
  return operation(run, () => readSetupNow(run), (failure) => ({ ok: false, config: null, errors: [failure], history: [] }));
}

async function readSetupNow(run: RunExcel): Promise<SetupState> {
  return run(async (context) => {
    const state = collectState(await syncReads(context, (known) => queueState(context, known)));
    const parsed = state.configText === null ? { config: null, errors: [] } : parseConfigText(state.configText, `${SETTINGS_SHEET}!${SETTINGS_CELL}`);
    return { ok: true, config: parsed.config, errors: [...parsed.errors, ...state.history.errors], history: storedPeriods(state.history.rows) };
  });
}

/** Validates and stores the configuration on the hidden settings sheet. Two syncs. */
export function saveConfig(run: RunExcel, config: PrognosConfig): Promise<OperationResult> {
  return operation(run, () => saveConfigNow(run, config), (failure) => ({ ok: false, errors: [failure] }));
}

async function saveConfigNow(run: RunExcel, config: PrognosConfig): Promise<OperationResult> {
  const checked = normalizeConfig(config);
  if (!checked.config) return { ok: false, errors: checked.errors };
  const valid = checked.config;
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
    const workbook = context.workbook.protection.load("protected");
    await context.sync();
    const settings = sheets.items.find((sheet) => sheet.name.toLocaleLowerCase("sv") === SETTINGS_SHEET.toLocaleLowerCase("sv"));
    if (settings?.protection.protected) return { ok: false, errors: [excelError("sheetProtected", `${SETTINGS_SHEET}!${SETTINGS_CELL}`, { sheet: SETTINGS_SHEET, role: "settings" })] };
    const structure = structureProblems({ sheets: sheets.items, structureProtected: workbook.protected }, [SETTINGS_SHEET]);
    if (structure.length > 0) return { ok: false, errors: structure };
    queueSettings(context, valid, settings !== undefined);
    await context.sync();
    return { ok: true, errors: [] };
  });
}

/**
 * First month of use: a range holding an earlier forecast (same mapping rules as a source) becomes the
 * history of `period`. An existing period is kept unless `replace` is set. Two syncs.
 */
export function importBaseline(run: RunExcel, options: ImportBaselineOptions): Promise<ImportBaselineResult> {
  return operation(run, () => importBaselineNow(run, options), (failure) => ({ ok: false, rows: [], errors: [failure], warnings: [] }));
}

async function importBaselineNow(run: RunExcel, options: ImportBaselineOptions): Promise<ImportBaselineResult> {
  if (!isPeriod(options.period)) return { ok: false, rows: [], errors: [excelError("badPeriod", undefined, { value: options.period })], warnings: [] };
  const reportDate = options.reportDate ?? periodEndDate(options.period);
  const savedAt = options.now ?? new Date().toISOString();
  return run(async (context) => {
    const read = await syncReads(context, (known) => ({ state: queueState(context, known), source: queueSource(context, { range: options.range }, known) }));
    const state = collectState(read.state);
    const source = collectSource(read.source, state.sheets);
    if (!source.data) return { ok: false, rows: [], errors: source.problem ? [source.problem] : [], warnings: [] };
    const imported = baselineFromSource(source.data, options.period, reportDate, savedAt);
    const errors = [...state.history.errors, ...imported.errors];
    const existing = state.history.rows.filter((row) => row.period === options.period);
    if (existing.length > 0 && !options.replace) {
      errors.push(excelError("baselinePeriodExists", state.history.table ? addressOf(state.history.table.box) : `${HISTORY_SHEET}!A1`, { period: options.period, rows: existing.length }));
    }
    errors.push(...protectedProblem(state.sheets, state.history.table?.box.sheet ?? HISTORY_SHEET, "history", `${HISTORY_SHEET}!A1`));
    if (!state.history.table) errors.push(...structureProblems(state, [HISTORY_SHEET]));
    if (imported.rows.length === 0 && imported.errors.length === 0) errors.push(excelError("noDataRows", addressOf(boxOf(options.range) ?? { sheet: source.data.sheet, top: 0, left: 0, bottom: 0, right: 0 })));
    if (errors.length > 0) return { ok: false, rows: imported.rows, errors, warnings: imported.warnings };
    const upserted = upsertPeriod(state.history.rows, imported.rows, options.period);
    const all = options.outcome ? markOutcome(upserted, Number(options.period.slice(0, 4)), options.period) : upserted;
    queueHistory(context, state.history, findSheet(state.sheets, HISTORY_SHEET) !== undefined, all, storedUnit(state.configText));
    await context.sync();
    return { ok: true, rows: imported.rows, errors: [], warnings: imported.warnings };
  });
}

/** The output unit of the stored configuration (a new history table is shown in it); tkr without one. */
export function storedUnit(configText: string | null): OutputUnit {
  return (configText !== null ? parseConfigText(configText, `${SETTINGS_SHEET}!${SETTINGS_CELL}`).config?.output.unit : undefined) ?? DEFAULT_OUTPUT.unit;
}

function periodOfCell(value: CellValue): string {
  if (typeof value === "number") return dateFromSerial(value).slice(0, 7);
  return String(value ?? "").trim();
}

/** Deletes the history rows of one period (after the pane's confirmation). Two syncs. */
export function deleteHistoryPeriod(run: RunExcel, period: string): Promise<OperationResult & { removed: number }> {
  return operation(run, () => deleteHistoryPeriodNow(run, period), (failure) => ({ ok: false, removed: 0, errors: [failure] }));
}

async function deleteHistoryPeriodNow(run: RunExcel, period: string): Promise<OperationResult & { removed: number }> {
  return run(async (context) => {
    const state = collectState(await syncReads(context, (known) => queueState(context, known)));
    const found = state.history.table ?? state.history.plain;
    const count = state.history.rows.filter((row) => row.period === period).length;
    if (!found || count === 0) return { ok: false, removed: 0, errors: [excelError("historyPeriodMissing", found ? addressOf(found.box) : undefined, { period })] };
    const protectedSheet = protectedProblem(state.sheets, found.box.sheet, "history", addressOf(found.box));
    if (protectedSheet.length > 0) return { ok: false, removed: 0, errors: protectedSheet };
    const periodColumn = found.values[0].findIndex((value) => normaliseHeader(String(value ?? "")) === normaliseHeader(HISTORY_HEADERS[0]));
    const doomed = found.values.slice(1).flatMap((line, index) => (periodOfCell(line[periodColumn]) === period ? [index] : []));
    if (state.history.table) {
      const table = context.workbook.tables.getItem(HISTORY_TABLE);
      for (const index of [...doomed].reverse()) table.rows.getItemAt(index).delete();
    } else {
      // A plain range (no table): written anew, as a table, without the period.
      queueHistory(context, state.history, true, state.history.rows.filter((row) => row.period !== period), storedUnit(state.configText));
    }
    await context.sync();
    return { ok: true, removed: doomed.length, errors: [] };
  });
}


/** "Controller!A3:F9": the current selection, with its sheet. One sync. */
export function getSelectionAddress(run: RunExcel): Promise<OperationResult & { address: string | null }> {
  const read = () =>
    run<OperationResult & { address: string | null }>(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return { ok: true, address: range.address, errors: [] };
    });
  return operation(run, read, (failure) => ({ ok: false, address: null, errors: [failure] }));
}

/** Shows a cell a warning names ("Controller!C7"); false when it no longer exists or is hidden. One sync. */
export function selectCell(run: RunExcel, address: string): Promise<boolean> {
  const { sheet, local } = splitSheet(address);
  if (sheet === null) return Promise.resolve(false);
  const select = () =>
    run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(local).select();
      await context.sync();
      return true;
    });
  return operation(run, select, () => false);
}

export interface DetectedSelection {
  source: SourceConfig | null;
  detected: DetectedSource | null;
  /** What the table holds, for setup's summary: its detail rows and the labels of its total rows. */
  rows?: { areas: number; totals: string[] };
  errors: Problem[];
  warnings: Problem[];
}

/**
 * For setup: the selected range (or, for a single selected cell, its sheet's used range) searched for a
 * forecast table; the source found and what the engine reads from it (mapping, unit, signs). One sync.
 */
export function detectSourceFromSelection(run: RunExcel): Promise<DetectedSelection> {
  return operation(run, () => detectNow(run), (failure) => ({ source: null, detected: null, errors: [failure], warnings: [] }));
}

async function detectNow(run: RunExcel): Promise<DetectedSelection> {
  return run(async (context) => {
    const selected = context.workbook.getSelectedRange().load("address,values,numberFormat,cellCount");
    const used = selected.worksheet.getUsedRangeOrNullObject(true).load("address,values,numberFormat");
    await context.sync();
    const single = selected.cellCount === 1;
    const range = single && !used.isNullObject ? used : selected;
    const box = boxOf(range.address);
    if (!box) return { source: null, detected: null, errors: [excelError("selectionNotRange", undefined)], warnings: [] };
    const values = range.values as CellValue[][];
    const topLeft = localAddress({ ...box, bottom: box.top, right: box.left });
    const found = findSourceInValues(box.sheet, topLeft, values);
    if (!found) return { source: null, detected: null, errors: [excelError("noSourceFound", addressOf(box))], warnings: [] };
    const foundBox = boxOf(found.range) as Box;
    const cut = <T>(rows: T[][]) => rows.slice(foundBox.top - box.top, foundBox.bottom - box.top + 1).map((line) => line.slice(foundBox.left - box.left, foundBox.right - box.left + 1));
    const parsed = parseSource({
      config: found,
      sheet: box.sheet,
      topLeft: localAddress({ ...foundBox, bottom: foundBox.top, right: foundBox.left }),
      values: cut(values),
      numberFormats: cut(range.numberFormat as string[][]),
    });
    const rows = { areas: parsed.rows.length, totals: parsed.totals.map((total) => total.label) };
    return { source: found, detected: parsed.detected, rows, errors: parsed.errors, warnings: parsed.warnings };
  });
}

export interface InsertNarrativeOptions {
  replaceEdited?: boolean;
  /** "below" (default here, as before) or "above" the table, as the seed (textAbove.ts). */
  position?: NarrativePosition;
  /** For "above": the update the pane last ran (date, baseline, configuration), which writes the text with the table. */
  update?: UpdateOptions;
}

/**
 * Puts the draft text under the report's legend (one paragraph per row, merged across the table, one
 * blank row apart from the legend), replacing text inserted before — unless the economist changed that
 * text in the sheet: then it stops and names the cells (cellsEdited) until `replaceEdited` is given. The rows
 * join the report region, and the memory records them, so the next update keeps them if they are changed
 * afterwards and replaces them otherwise. The text is selected. Three syncs: the names and the memory, the
 * cells below the report, the write.
 * Above the table the text moves the table down by its rows, so it is written by an update
 * (`options.update` with the text: three syncs, two with the configuration given).
 */
export function insertNarrative(run: RunExcel, paragraphs: string[], options: InsertNarrativeOptions = {}): Promise<OperationResult & { address: string | null }> {
  if (options.position === "above") return insertAbove(run, paragraphs, options);
  return operation(run, () => insertNarrativeNow(run, paragraphs, options.replaceEdited === true), (failure) => ({ ok: false, address: null, errors: [failure] }));
}

async function insertAbove(run: RunExcel, paragraphs: string[], options: InsertNarrativeOptions): Promise<OperationResult & { address: string | null }> {
  const updated = await updateForecast(run, { ...options.update, narrative: { paragraphs, replaceEdited: options.replaceEdited === true } });
  // Warnings that stopped the update are what stands in the way of the text, too.
  const errors = updated.stoppedForChecks ? updated.warnings.filter(isCheck) : updated.errors;
  return { ok: updated.ok, address: updated.textAddress ?? null, errors };
}

async function insertNarrativeNow(run: RunExcel, paragraphs: string[], replaceEdited: boolean): Promise<OperationResult & { address: string | null }> {
  return run(async (context) => {
    // The region comes from the names collection, so nothing navigates from a name that may not exist.
    const first = await syncReads(context, (known) => {
      const handles = queueState(context, known);
      return { state: handles, memory: queueMemory(handles) };
    });
    const state = collectState(first.state);
    const region = state.previousOutput;
    if (!region) return { ok: false, address: null, errors: [excelError("noReportYet", undefined)] };
    // A text above the table (textAbove.ts) is replaced here too; the legend is then the region's last row.
    const textBelow = state.previousText && !previousTextAbove(region, state.previousText) ? state.previousText : null;
    const legendRow = textBelow ? textBelow.top - 2 : region.bottom;
    const text: Box = { sheet: region.sheet, top: legendRow + 2, left: region.left, bottom: legendRow + 1 + Math.max(paragraphs.length, 1), right: region.right };
    const grownBox: Box = { ...region, bottom: Math.max(region.bottom, text.bottom) };
    const grown = context.workbook.worksheets.getItem(region.sheet).getRange(localAddress(grownBox)).load("formulas");
    await context.sync();
    const window = { origin: grownBox, cells: grown.formulas as CellValue[][] };
    const { memory, previous } = collectMemory(first.memory, state, cellsWithin(window, region));
    if (!previous) return { ok: false, address: null, errors: [excelError("noReportYet", undefined)] };
    const problems = protectedProblem(state.sheets, region.sheet, "output", addressOf({ ...text, bottom: text.top, right: text.left }));
    const conflicts = textConflicts(previous, state.previousText, text, window, replaceEdited);
    if (conflicts.inTheWay.length > 0) problems.push(excelError("cellsInTheWay", conflicts.inTheWay[0], { count: conflicts.inTheWay.length, cells: listCells(conflicts.inTheWay) }));
    if (conflicts.edited.length > 0) problems.push(excelError("cellsEdited", conflicts.edited[0], { count: conflicts.edited.length, cells: listCells(conflicts.edited) }));
    if (problems.length > 0) return { ok: false, address: null, errors: problems };

    const sheet = context.workbook.worksheets.getItem(region.sheet);
    const names = context.workbook.names;
    if (state.previousText) {
      const old = sheet.getRange(localAddress(state.previousText));
      old.unmerge();
      old.clear("All");
    }
    // Also a text name whose sheet was deleted (=#REF!…), or names.add would fail.
    if (state.own.text.exists) names.getItem(TEXT_NAME).delete();
    // The rows are Prognos' on the sheet it marked as its own (an update marks a sheet that held only its report).
    queueTextRows(sheet, { ...text, bottom: text.top + paragraphs.length - 1 }, paragraphs, { rowHeights: onSheet(state.own.sheet.region, region.sheet) });
    names.add(TEXT_NAME, sheet.getRange(localAddress(text)));
    names.getItem(OUTPUT_NAME).delete();
    const whole: Box = { ...region, bottom: Math.max(region.bottom, text.bottom) };
    names.add(OUTPUT_NAME, sheet.getRange(localAddress(whole)));
    if (findSheet(state.sheets, SETTINGS_SHEET)) {
      queueMemoryWrite(context, { regions: [textInsertPrint(whole, previous, state.previousText, text, paragraphs, window)], acknowledged: memory?.acknowledged ?? null });
    }
    sheet.activate();
    sheet.getRange(localAddress(text)).select();
    await context.sync();
    return { ok: true, address: addressOf(text), errors: [] };
  });
}
