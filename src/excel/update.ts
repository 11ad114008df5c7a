// "Uppdatera prognos" (design §3, §4): read the workbook, run the engine, write the report, the arrows,
// the chart and the history in one batch — or nothing when anything is wrong.
//   sync 1: settings, history, previous output region, worksheet list (+ sources and output cells
//           when the caller holds the configuration: then there is no sync 2)
//   sync 2: the sources in chunks and the cells the table could cover (or every sheet's used range,
//           to auto-detect a source when the workbook has no configuration)
//   sync 3: everything written, one batch
import { DEFAULT_OUTPUT, defaultConfig, parseConfigText } from "../engine/config";
import { computeReport } from "../engine/compute";
import { findSourceInValues } from "../engine/detect";
import { buildAccuracy } from "../engine/accuracy";
import { developmentOfReport } from "../engine/development";
import { markOutcome, outcomePeriodOf, toHistoryRows, upsertPeriod } from "../engine/history";
import { isCheck, problem } from "../engine/problems";
import type { CellValue, HistoryRow, PrognosConfig, Problem, Report, SourceData } from "../engine/types";
import { DEVELOPMENT_NAME, DEVELOPMENT_SHEET, FORMAT_CELL_LIMIT, HISTORY_SHEET, SETTINGS_CELL, SETTINGS_SHEET, UNKNOWN_SOURCE_ROWS } from "./constants";
import { layoutDevelopment } from "./developmentLayout";
import { collectDevelopment, planDevelopment, queueDevelopmentPrint, queueDevelopmentSheet, queueDevelopmentSheetRead, type DevelopmentHandles } from "./developmentSheet";
import { addressOf, anchorOf, blockingCells, bounding, boxAt, boxOf, cellsWithin, intersects, localAddress, onSheet, placeBlock, rowsArePrognos, type Box } from "./grid";
import { layoutReport, MAX_LAYOUT_COLUMNS, maxLayoutRows } from "./layout";
import { operation } from "./operation";
import { excelError, listCells } from "./problems";
import {
  collectOutput,
  collectSource,
  collectState,
  collectUsedRanges,
  findSheet,
  knownOf,
  knownRows,
  queueOutput,
  queueSource,
  queueState,
  queueUsedRanges,
  regionOf,
  sliceSource,
  syncReads,
  type OutputHandles,
  type SourceHandle,
  type WorkbookState,
} from "./read";
import { structureProblems } from "./protection";
import type { RunExcel, UpdateOptions, UpdateResult } from "./types";
import { queueHistory, queueOutputNames, queueReport, queueReportSheetMark, queueSettings } from "./write";
import { queueClearExcept, queueClearRegion, queueTextRows } from "./writeOwned";
import { checksFingerprint } from "./memory";
import { collectTitle, queueTitles, type TitleHandles } from "./titles";
import { collectMemory, queueMemory, queueMemoryWrite, queuePreviousRegion } from "./memoryCells";
import { duringWrite, planOwnership, regionPrint, type OwnershipPlan } from "./ownership";
import { MAX_TEXT_ABOVE_ROWS, placeAbove, previousTextAbove, rowsAbove } from "./textAbove";

const MAX_ROW_INDEX = 1_048_575;
/** Rows read below the table's largest extent, so that a kept draft text can move there. */
const TEXT_ROOM = 30;
// A bar per area says something up to a few dozen areas; beyond that the chart is noise (and one
// colour per bar would fill the request), so the table stands alone and a warning says why.
export const MAX_CHART_AREAS = 40;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function failed(errors: Problem[], config: PrognosConfig | null, report: Report | null = null, warnings: Problem[] = []): UpdateResult {
  return { ok: false, report, errors, warnings, config, outputAddress: null, stoppedForChecks: false };
}

/** The cells the new table could cover: as many rows as the sources could give areas, plus the layout's own. */
function outputWindow(config: PrognosConfig): Box {
  const rows = config.sources.reduce((sum, source) => sum + (knownRows(source) ?? UNKNOWN_SOURCE_ROWS), 0);
  const anchor = anchorOf(config.output.anchor);
  // Room below the table for a changed draft text the update moves there (ownership.ts), and above it for
  // the text's rows when the text goes above the table (textAbove.ts).
  const window = boxAt(config.output.sheet, anchor, maxLayoutRows(rows) + TEXT_ROOM + MAX_TEXT_ABOVE_ROWS + 1, MAX_LAYOUT_COLUMNS);
  return { ...window, bottom: Math.min(window.bottom, MAX_ROW_INDEX) };
}

interface ReadSources {
  data: SourceData[];
  boxes: Box[];
  problems: Problem[];
}

function collectSources(handles: SourceHandle[], state: WorkbookState, titles: TitleHandles): ReadSources {
  const read: ReadSources = { data: [], boxes: [], problems: [] };
  for (const handle of handles) {
    const { data, box, problem } = collectSource(handle, state.sheets);
    if (problem) read.problems.push(problem);
    if (data) read.data.push({ ...data, title: collectTitle(titles, handle, data.sheet) });
    if (box) read.boxes.push(box);
  }
  return read;
}

/** Everything that must hold before a single cell is written; each problem names its place. */
interface WriteArea {
  target: Box;
  /** The chart's data beside the table, when the chart is drawn. */
  chartData: Box | null;
  grid: ReturnType<typeof collectOutput>["grid"];
  plan: OwnershipPlan;
}

function checkWrite(config: PrognosConfig, state: WorkbookState, area: WriteArea, sources: Box[], settings: { store: boolean; memory: boolean }): Problem[] {
  const { target, chartData, grid, plan } = area;
  const problems: Problem[] = [];
  const outputCell = addressOf({ ...target, bottom: target.top, right: target.left });
  const own = new Map([
    [SETTINGS_SHEET.toLocaleLowerCase("sv"), "settings"],
    [HISTORY_SHEET.toLocaleLowerCase("sv"), "history"],
    [DEVELOPMENT_SHEET.toLocaleLowerCase("sv"), "development"],
  ]);
  const use = own.get(config.output.sheet.toLocaleLowerCase("sv"));
  if (use) problems.push(excelError("outputOnOwnSheet", outputCell, { sheet: config.output.sheet, use }));
  for (const source of sources) {
    if (intersects(source, target)) problems.push(excelError("outputOverlapsSource", addressOf(target), { source: addressOf(source) }));
  }
  const checks: Array<[string, string, string]> = [[config.output.sheet, "output", outputCell], [HISTORY_SHEET, "history", `${HISTORY_SHEET}!A1`]];
  if (state.history.table) checks[1] = [state.history.table.box.sheet, "history", addressOf(state.history.table.box)];
  if (settings.store || settings.memory) checks.push([SETTINGS_SHEET, "settings", `${SETTINGS_SHEET}!${SETTINGS_CELL}`]);
  for (const [sheet, role, cell] of checks) {
    if (findSheet(state.sheets, sheet)?.protected) problems.push(excelError("sheetProtected", cell, { sheet, role }));
  }
  const sheetsNeeded = [config.output.sheet, ...(state.history.table ? [] : [HISTORY_SHEET]), ...(settings.store ? [SETTINGS_SHEET] : [])];
  problems.push(...structureProblems(state, sheetsNeeded));
  // The table's own cells are the ownership plan's; the chart's data columns beside it are checked here.
  const ownRegions = [state.previousOutput, state.previousText, state.previousChartData].filter((box): box is Box => box !== null);
  const inTheWay = [...plan.inTheWay, ...(chartData ? blockingCells(grid, chartData, ownRegions) : [])];
  if (inTheWay.length > 0) problems.push(excelError("cellsInTheWay", inTheWay[0], { count: inTheWay.length, cells: listCells(inTheWay) }));
  if (plan.edited.length > 0) problems.push(excelError("cellsEdited", plan.edited[0], { count: plan.edited.length, cells: listCells(plan.edited) }));
  return problems;
}

/** The first table with a grant and a forecast on any sheet but the adapter's own (auto-detection). */
function detectConfig(usedRanges: ReturnType<typeof collectUsedRanges>): { config: PrognosConfig; read: ReadSources } | null {
  for (const used of usedRanges) {
    const topLeft = addressOf({ ...used.box, bottom: used.box.top, right: used.box.left }).split("!").pop() as string;
    const found = findSourceInValues(used.sheet, topLeft, used.values);
    if (!found) continue;
    const sliced = sliceSource(used, found);
    if (!sliced) continue;
    return { config: { ...defaultConfig(), sources: [found] }, read: { data: [sliced.data], boxes: [sliced.box], problems: [] } };
  }
  return null;
}

/** Reads, computes and writes the report (design §3, §4); one update at a time per host. */
export function updateForecast(run: RunExcel, options: UpdateOptions = {}): Promise<UpdateResult> {
  return operation(run, () => updateNow(run, options), (failure) => failed([failure], options.config ?? null));
}

async function updateNow(run: RunExcel, options: UpdateOptions): Promise<UpdateResult> {
  const progress = options.onProgress ?? (() => undefined);
  let config: PrognosConfig | null = options.config ?? null;
  return run(async (context) => {
    progress("reading");
    const given = config;
    const first = await syncReads(context, (known) => {
      const stateHandles = queueState(context, known);
      const sources = given ? given.sources.map((source) => queueSource(context, source, known)) : [];
      return {
        state: stateHandles,
        memory: queueMemory(stateHandles),
        sources,
        titles: queueTitles(sources),
        output: given ? queueOutput(context, given.output.sheet, outputWindow(given), known) : null,
        developmentPrint: queueDevelopmentPrint(stateHandles),
        developmentSheet: given ? queueDevelopmentSheetRead(context, known) : null,
      };
    });
    const state = collectState(first.state);
    let sourceHandles: SourceHandle[] = first.sources;
    let titleHandles: TitleHandles = first.titles;
    let outputHandles: OutputHandles | null = first.output;
    let developmentRead: OutputHandles | null = first.developmentSheet;

    let read: ReadSources;
    // The previous region's cells come with the sources' sync, or from the output window read with the state.
    let previousRange: Excel.Range | null = null;
    const settingsCell = `${SETTINGS_SHEET}!${SETTINGS_CELL}`;
    let configFromSheet = false;
    if (!config && state.configText !== null) {
      const parsed = parseConfigText(state.configText, settingsCell);
      if (!parsed.config) return failed(parsed.errors, null);
      config = parsed.config;
      configFromSheet = true;
    }
    if (config && !outputHandles) {
      const stored: PrognosConfig = config;
      sourceHandles = stored.sources.map((source) => queueSource(context, source, knownOf(state)));
      titleHandles = queueTitles(sourceHandles);
      outputHandles = queueOutput(context, stored.output.sheet, outputWindow(stored), knownOf(state));
      developmentRead = queueDevelopmentSheetRead(context, knownOf(state));
      previousRange = queuePreviousRegion(context, state.previousOutput);
      await context.sync();
      read = collectSources(sourceHandles, state, titleHandles);
    } else if (config) {
      read = collectSources(sourceHandles, state, titleHandles);
    } else {
      // No configuration anywhere: find the source on the workbook's own sheets.
      const usedHandles = queueUsedRanges(context, state.sheets, [SETTINGS_SHEET, HISTORY_SHEET, DEVELOPMENT_SHEET, DEFAULT_OUTPUT.sheet]);
      outputHandles = queueOutput(context, DEFAULT_OUTPUT.sheet, null, knownOf(state));
      developmentRead = queueDevelopmentSheetRead(context, knownOf(state));
      previousRange = queuePreviousRegion(context, state.previousOutput);
      await context.sync();
      const detected = detectConfig(collectUsedRanges(usedHandles));
      if (!detected) return failed([excelError("noSourceFound", undefined)], null);
      config = detected.config;
      read = detected.read;
    }
    const used: PrognosConfig = config;
    const output = collectOutput(outputHandles as OutputHandles);
    let previousCells = previousRange ? (previousRange.formulas as CellValue[][]) : state.previousOutput && cellsWithin(output.grid, state.previousOutput);
    if (state.previousOutput && !previousCells) {
      // Given a configuration whose output moved away from the previous region: one more read, only then.
      const range = queuePreviousRegion(context, state.previousOutput) as Excel.Range;
      await context.sync();
      previousCells = range.formulas as CellValue[][];
    }
    const remembered = collectMemory(first.memory, state, previousCells);

    progress("computing");
    const report = computeReport({
      config: used,
      sources: read.data,
      history: state.history.rows,
      today: options.today ?? today(),
      ...(options.baselinePeriod !== undefined ? { baselinePeriod: options.baselinePeriod } : {}),
      ...(options.reportDate !== undefined ? { reportDate: options.reportDate } : {}),
      // A setting that is wrong (a report date in the future) is then named by its cell.
      ...(configFromSheet ? { configCell: settingsCell } : {}),
    });
    // A source the adapter could not read is already named; the engine's "no sources" would only repeat it.
    const engineErrors = read.problems.length > 0 ? report.errors.filter((error) => error.code !== "noSources") : report.errors;
    const errors = [...read.problems, ...state.history.errors, ...engineErrors];
    for (const handle of sourceHandles) {
      if (handle.kind === "address" && !handle.withFormats) report.warnings.push(problem("formatsNotRead", "warning", handle.config.range, { limit: FORMAT_CELL_LIMIT }));
    }
    // The rows are Prognos' on a sheet it created (marked), or on one that holds nothing but its report.
    const ownRows = onSheet(state.own.sheet.region, used.output.sheet) || rowsArePrognos(output, [state.previousOutput, state.previousChartData, state.previousText]);
    const layout = layoutReport(report, "sv", { rowHeights: ownRows });
    const narrative = options.narrative ?? null;
    const textRows = narrative ? rowsAbove(narrative.paragraphs) : null;
    const above = placeAbove(used.output.sheet, anchorOf(used.output.anchor), layout.columns, state.previousOutput, previousTextAbove(state.previousOutput, state.previousText), textRows);
    const anchor = above.tableAnchor;
    const target = boxAt(used.output.sheet, anchor, layout.rows, layout.columns);
    const chart = used.output.chart && report.rows.length > 0 && report.rows.length <= MAX_CHART_AREAS;
    const chartData = chart ? placeBlock(used.output.sheet, anchor, layout.chart.data) : null;
    const plan = planWithText(
      {
        previous: remembered.previous,
        text: state.previousText,
        target,
        window: output.grid ? { ...output.grid, complete: (outputHandles as OutputHandles).origin === null } : null,
        replaceEdited: options.replaceEdited === true,
      },
      above.block,
      textRows && narrative ? { rows: textRows, replaceEdited: narrative.replaceEdited === true } : null,
    );
    // The memory lives on the settings sheet: kept whenever there is one (or this update stores one).
    const keepsMemory = options.storeConfig === true || findSheet(state.sheets, SETTINGS_SHEET) !== undefined;
    const area: WriteArea = { target, chartData, grid: output.grid, plan };
    if (errors.length === 0) errors.push(...checkWrite(used, state, area, read.boxes, { store: options.storeConfig === true, memory: keepsMemory }));
    const year = yearOfReport(report, state.history.rows, options);
    const developmentSheet = errors.length === 0 ? planDevelopmentSheet(used, state, { output: developmentRead as OutputHandles, print: first.developmentPrint }, year.result, options.replaceEdited === true) : null;
    if (developmentSheet) errors.push(...developmentSheet.plan.problems);
    if (errors.length > 0) return failed(errors, used, report, report.warnings);
    // The report may be wrong: written only with the economist's go-ahead for exactly these warnings.
    const checks = report.warnings.filter(isCheck);
    const checksPrint = checks.length > 0 ? checksFingerprint(report.period, checks) : null;
    const mode = options.checks ?? "ask";
    if (checksPrint !== null && (mode === "refuse" || (mode === "ask" && checksPrint !== remembered.memory?.acknowledged))) {
      return { ...failed([], used, report, report.warnings), stoppedForChecks: true };
    }
    const textAddress = narrative && above.block ? addressOf(above.block) : undefined;
    if (options.dryRun) return { ok: true, report, errors: [], warnings: report.warnings, config: used, outputAddress: addressOf(target), stoppedForChecks: false, ...year.result, ...(textAddress ? { textAddress } : {}) };

    progress("writing");
    const warnings = [...report.warnings];
    const sheets = context.workbook.worksheets;
    const sheet = output.exists ? sheets.getItem(used.output.sheet) : sheets.add(used.output.sheet);
    // A sync is no transaction: real Excel may apply part of this batch before a failure. The order is
    // chosen so that any cut leaves no report row the history lacks, and a re-run repairs the rest:
    // the old table goes first, then the history, then the names that mark the new region as ours
    // (so a re-run may overwrite a half-written table), and only then the table itself.
    // The memory first holds the old region and the new one, so a batch cut anywhere leaves Prognos' cells
    // recognisable and the next run repairs them; the last operation leaves the new region alone.
    const acknowledged = checksPrint;
    const print = regionPrint(plan, { values: withTextRows(layout.values, textRows) }, remembered.previous);
    const settingsExist = findSheet(state.sheets, SETTINGS_SHEET) !== undefined;
    if (settingsExist) queueMemoryWrite(context, duringWrite(remembered.memory, print, acknowledged));
    if (remembered.previous) queueClearExcept(context, remembered.previous.box, plan.keep, plan.keepRows);
    if (state.previousChartData) queueClearRegion(context, state.previousChartData);
    queueHistory(context, state.history, findSheet(state.sheets, HISTORY_SHEET) !== undefined, year.history, report.outputUnit);
    queueOutputNames(context, plan.region, chartData, state.own, plan.textRegion);
    if (used.output.chart && report.rows.length > MAX_CHART_AREAS) warnings.push(problem("chartSkipped", "warning", undefined, { areas: report.rows.length, max: MAX_CHART_AREAS }));
    if (ownRows) queueReportSheetMark(context, used.output.sheet, state.own.sheet);
    queueReport(sheet, used.output.sheet, anchor, layout, { chart, replaceChart: output.hasChart });
    if (plan.text?.to) queueTextRows(sheet, plan.text.to, plan.text.paragraphs, { rowHeights: ownRows });
    if (textRows && above.block) queueTextRows(sheet, above.block, textRows, { rowHeights: ownRows });
    if (options.storeConfig) queueSettings(context, used, settingsExist);
    if (developmentSheet) {
      const { state: sheetState, layout: sheetLayout, plan: sheetPlan } = developmentSheet;
      queueDevelopmentSheet(context, sheetState, sheetLayout, sheetPlan, { remember: keepsMemory, nameExists: state.names.some((item) => item.name.toLocaleLowerCase("sv") === DEVELOPMENT_NAME.toLocaleLowerCase("sv")) });
    }
    if (keepsMemory) queueMemoryWrite(context, { regions: [print], acknowledged });
    // Excel cannot activate a hidden sheet (InvalidOperation); the report goes there all the same.
    const hidden = findSheet(state.sheets, used.output.sheet)?.visible === false;
    if (hidden) warnings.push(problem("reportSheetHidden", "warning", addressOf({ ...target, bottom: target.top, right: target.left }), { sheet: used.output.sheet }));
    else {
      sheet.activate();
      // The inserted text is selected: the economist sees where it went.
      if (above.block && textRows) sheet.getRange(localAddress(above.block)).select();
    }
    await context.sync();
    progress("done");
    return { ok: true, report, errors: [], warnings, config: used, outputAddress: addressOf(target), stoppedForChecks: false, ...year.result, ...(textAddress ? { textAddress } : {}) };
  });
}

/**
 * The sheet Prognosutveckling this update writes, when the year has two periods or more and the setting is
 * on (output.development, default true), with what stands in its way; null when it writes none.
 */
function planDevelopmentSheet(config: PrognosConfig, state: WorkbookState, handles: DevelopmentHandles, year: Pick<UpdateResult, "development" | "accuracy">, replaceEdited: boolean) {
  const development = year.development;
  if (config.output.development === false || !development || development.periods.length < 2) return null;
  const sheetState = collectDevelopment(handles, regionOf(state.names, DEVELOPMENT_NAME, state.sheets).region);
  const layout = layoutDevelopment(development, year.accuracy ?? null);
  const plan = planDevelopment(sheetState, layout, replaceEdited);
  const cell = `${DEVELOPMENT_SHEET}!A1`;
  if (findSheet(state.sheets, DEVELOPMENT_SHEET)?.protected) plan.problems.push(excelError("sheetProtected", cell, { sheet: DEVELOPMENT_SHEET, role: "development" }));
  if (!sheetState.exists) plan.problems.push(...structureProblems(state, [DEVELOPMENT_SHEET]));
  return { state: sheetState, layout, plan };
}

/**
 * The history as the update leaves it — the report's period upserted (keeping its outcome marking, or
 * marked when the update is the outcome) — and the year's development and accuracy over it.
 */
function yearOfReport(report: Report, stored: HistoryRow[], options: UpdateOptions): { history: HistoryRow[]; result: Pick<UpdateResult, "development" | "accuracy"> } {
  const wasOutcome = stored.some((row) => row.period === report.period && row.outcome === true);
  const rows = toHistoryRows(report, options.now ?? new Date().toISOString()).map((row) => (wasOutcome ? { ...row, outcome: true } : row));
  const upserted = upsertPeriod(stored, rows, report.period);
  const history = options.outcome ? markOutcome(upserted, report.year, report.period) : upserted;
  const outcome = outcomePeriodOf(history, report.year);
  return {
    history,
    result: {
      development: developmentOfReport(report, history),
      accuracy: outcome === null ? null : buildAccuracy(history, outcome, report.outputUnit),
    },
  };
}

/**
 * The ownership plan with the text above the table (textAbove.ts). Reserved rows from before stay in the
 * region and keep the text name, so that the table stays below them. A text inserted now makes its rows part
 * of what the update writes: every cell there must be free, and a change the economist made to the old text,
 * wherever it lies, is named (cellsEdited) unless they allowed replacing the text.
 */
function planWithText(input: Parameters<typeof planOwnership>[0], block: Box | null, inserted: { rows: string[]; replaceEdited: boolean } | null): OwnershipPlan {
  if (!block) return planOwnership(input);
  if (!inserted) {
    const plan = planOwnership(input);
    return { ...plan, region: bounding(block, plan.region), textRegion: block };
  }
  const { previous, text: oldText } = input;
  const whole = bounding(block, input.target);
  const plan = planOwnership({ ...input, text: null, target: whole });
  const inOldText = ({ row, column }: { row: number; column: number }) => oldText !== null && row >= oldText.top && row <= oldText.bottom && column >= oldText.left && column <= oldText.right;
  const edited = plan.edited.filter((cell) => !oldText || !inOldText(cellOf(cell)));
  if (!inserted.replaceEdited && previous && oldText) {
    for (let row = oldText.top; row <= oldText.bottom; row++) {
      for (let column = oldText.left; column <= oldText.right; column++) {
        if (previous.stateAt(row, column) === "changed") edited.push(addressOf({ sheet: oldText.sheet, top: row, left: column, bottom: row, right: column }));
      }
    }
  }
  return { ...plan, edited: [...new Set(edited)], keep: plan.keep.filter((cell) => !inOldText(cell)), table: whole, region: whole, textRegion: block };
}

function cellOf(address: string): { row: number; column: number } {
  const box = boxOf(address) as Box;
  return { row: box.top, column: box.left };
}

/** The table's values with the inserted text's rows and a blank row on top (what the region's memory records). */
function withTextRows(values: Array<Array<string | number>>, rows: string[] | null): Array<Array<string | number>> {
  if (!rows) return values;
  const width = values[0]?.length ?? 0;
  const line = (first: string) => Array.from({ length: width }, (_, column) => (column === 0 ? first : ""));
  return [...rows.map(line), line(""), ...values];
}
