// Writes queued on a request context (no sync here): the report region, its icon set and chart,
// the history upsert, the workbook name and the settings. The caller syncs once for all of it.
import type { CellRef } from "../engine/address";
import { serializeConfig } from "../engine/config";
import { FORMER_LAYOUT, HISTORY_KEYS, historyCells, historyHeader, historyHeaders, isHeaderOf, reportLayout, type HistoryLayout } from "../engine/historyLayout";
import { normaliseHeader } from "../engine/text";
import type { HistoryRow, OutputUnit, PrognosConfig } from "../engine/types";
import { CHART_DATA_NAME, CHART_NAME, HISTORY_SHEET, HISTORY_TABLE, OUTPUT_NAME, REPORT_SHEET_NAME, SETTINGS_CELL, SETTINGS_SHEET, TEXT_NAME } from "./constants";
import { localAddress, onSheet, placeBlock, type Box } from "./grid";
import { asText, DEFICIT_COLOR, SURPLUS_COLOR, type Block, type CellFormat, type ChartLayout, type ReportLayout } from "./layout";
import type { HistoryState, OwnName, WorkbookState } from "./read";

/** Vertical runs of one number format per column ("General" runs are skipped: the region was cleared). */
export function formatRuns(formats: string[][]): Array<{ block: ReportLayout["arrows"]; format: string }> {
  const runs: Array<{ block: ReportLayout["arrows"]; format: string }> = [];
  const columns = formats[0]?.length ?? 0;
  for (let column = 0; column < columns; column++) {
    let start = 0;
    for (let row = 1; row <= formats.length; row++) {
      if (row < formats.length && formats[row][column] === formats[start][column]) continue;
      const format = formats[start][column];
      if (format !== "General") runs.push({ block: { row: start, column, rows: row - start, columns: 1 }, format });
      start = row;
    }
  }
  return runs;
}

export function applyFormat(range: Excel.Range, format: CellFormat): void {
  const font = range.format.font;
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  if (format.size !== undefined) font.size = format.size;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.horizontal) range.format.horizontalAlignment = format.horizontal;
  if (format.vertical) range.format.verticalAlignment = format.vertical;
  if (format.borderTop) range.format.borders.getItem("EdgeTop").style = "Continuous";
  if (format.borderBottom) range.format.borders.getItem("EdgeBottom").style = "Continuous";
}

// ThreeArrows, icons only: −1 red down, 0 yellow sideways, 1 green up (thresholds −0.5 and 0.5, design §3).
// The first criterion is the lowest icon's, which has no threshold: Excel takes it empty.
const ARROW_CRITERIA: Excel.ConditionalIconCriterion[] = [
  {} as Excel.ConditionalIconCriterion,
  { type: "Number", operator: "GreaterThanOrEqual", formula: "=-0.5" },
  { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.5" },
];

/** The report at `anchor` on `sheet`: values, formats, merges, widths, the arrows' icon set and the chart. */
export function queueReport(sheet: Excel.Worksheet, sheetName: string, anchor: CellRef, layout: ReportLayout, options: { chart: boolean; replaceChart: boolean }): void {
  const place = (block: Parameters<typeof placeBlock>[2]) => sheet.getRange(localAddress(placeBlock(sheetName, anchor, block)));
  const whole = placeBlock(sheetName, anchor, { row: 0, column: 0, rows: layout.rows, columns: layout.columns });
  const range = sheet.getRange(localAddress(whole));
  // Formats first: an area name lands in a Text cell and stays text ("=Ekonomi" goes, as asText writes it,
  // with an apostrophe into a General cell). One format per run of equal cells down a column keeps the
  // request small (5 000 rows would otherwise send every code).
  for (const run of formatRuns(layout.numberFormats)) place(run.block).numberFormat = Array.from({ length: run.block.rows }, () => [run.format]);
  range.values = layout.values;
  for (const merge of layout.merges) place(merge).merge(false);
  for (const { block, format } of layout.styles) applyFormat(place(block), format);
  layout.columnWidths.forEach((width, column) => {
    place({ row: 0, column, rows: 1, columns: 1 }).format.columnWidth = width;
  });
  for (const { row, height } of layout.rowHeights) place({ row, column: 0, rows: 1, columns: 1 }).format.rowHeight = height;

  const icons = place(layout.arrows).conditionalFormats.add("IconSet");
  icons.iconSet.style = "ThreeArrows";
  icons.iconSet.showIconOnly = true;
  icons.iconSet.criteria = ARROW_CRITERIA;
  place(layout.arrows).format.horizontalAlignment = "Center";

  if (options.replaceChart) sheet.charts.getItem(CHART_NAME).delete();
  if (options.chart) queueChart(sheet, layout.chart, place);
}

/**
 * A stacked bar chart of two series, surplus and deficit, each filled with one colour (no point fills:
 * office-js #570, #2941), over the data beside the table. It is created from the table's deviation
 * column, numbers in every cell, so that it has exactly one series whatever the data holds; that series
 * then takes the surplus column, and the deficit series is added (ExcelApi 1.7).
 */
function queueChart(sheet: Excel.Worksheet, plan: ChartLayout, place: (block: Block) => Excel.Range): void {
  const data = place(plan.data);
  data.numberFormat = plan.numberFormats;
  data.values = plan.values;
  const chart = sheet.charts.add("BarStacked", place(plan.source), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = plan.title;
  const series: Array<[Excel.ChartSeries, Block, string]> = [
    [chart.series.getItemAt(0), plan.surplus, SURPLUS_COLOR],
    [chart.series.add(plan.names.deficit), plan.deficit, DEFICIT_COLOR],
  ];
  series[0][0].name = plan.names.surplus;
  for (const [line, values, color] of series) {
    line.setValues(place(values));
    line.setXAxisValues(place(plan.categories));
    line.format.fill.setSolidColor(color);
  }
  chart.axes.categoryAxis.reversePlotOrder = true; // first area on top, as in the table
  chart.legend.visible = false;
  chart.setPosition(place(plan.start).getCell(0, 0), place(plan.end).getCell(0, 0));
}

/**
 * Names the new region (and the chart's data, when drawn, and the draft text while it is still Prognos') as
 * the adapter's own, first deleting every own name that exists — a name whose sheet was deleted too
 * (=#REF!…, office-js #263), or names.add would fail.
 */
export function queueOutputNames(context: Excel.RequestContext, region: Box, chartData: Box | null, own: WorkbookState["own"], text: Box | null = null): void {
  const names = context.workbook.names;
  const owned: Array<[string, OwnName]> = [[OUTPUT_NAME, own.output], [TEXT_NAME, own.text], [CHART_DATA_NAME, own.chartData]];
  for (const [name, state] of owned) if (state.exists) names.getItem(name).delete();
  names.add(OUTPUT_NAME, context.workbook.worksheets.getItem(region.sheet).getRange(localAddress(region)));
  if (chartData) names.add(CHART_DATA_NAME, context.workbook.worksheets.getItem(chartData.sheet).getRange(localAddress(chartData)));
  if (text) names.add(TEXT_NAME, context.workbook.worksheets.getItem(text.sheet).getRange(localAddress(text)));
}

/** Marks the report's sheet as Prognos' (REPORT_SHEET_NAME on its A1), unless the mark is there already. */
export function queueReportSheetMark(context: Excel.RequestContext, sheet: string, mark: OwnName): void {
  if (onSheet(mark.region, sheet)) return;
  if (mark.exists) context.workbook.names.getItem(REPORT_SHEET_NAME).delete();
  context.workbook.names.add(REPORT_SHEET_NAME, context.workbook.worksheets.getItem(sheet).getRange("A1"));
}

// ---- history ------------------------------------------------------------------------------------

const HISTORY_WIDTHS = [60, 78, 230, 130, 150, 140, 110, 50];
const AREA = HISTORY_KEYS.indexOf("area");
const OUTCOME = HISTORY_KEYS.indexOf("outcome");

/** A history row as written in `layout`: values with their number formats (an area like "=Ekonomi" as asText writes it). */
function historyRowCells(row: HistoryRow, layout: HistoryLayout): { values: (string | number)[]; formats: string[] } {
  const cells = historyCells(row, layout);
  const values = cells.values as (string | number)[];
  const area = asText(row.area);
  values[AREA] = area.value;
  cells.formats[AREA] = area.format;
  return { values, formats: cells.formats };
}

function sameRow(a: HistoryRow | undefined, b: HistoryRow | undefined, layout: HistoryLayout): boolean {
  if (!a || !b) return false;
  const [left, right] = [historyCells(a, layout).values, historyCells(b, layout).values];
  return left.every((value, i) => value === right[i]);
}

/**
 * Writes the history `all` (the rows read, with the update's period upserted and any outcome marked): only
 * the rows from the first one that changes are written (normally just the period's own rows at the end), so
 * earlier periods are never touched. The table's own column order and convention (historyLayout.ts) are
 * kept; a table without the outcome column gets one, at its end, only when a period is marked. Without a
 * table the history is written anew as a table at A1, in the report's unit and sign.
 */
export function queueHistory(context: Excel.RequestContext, state: HistoryState, sheetExists: boolean, all: HistoryRow[], unit: OutputUnit): void {
  if (state.table) {
    queueTableUpsert(context, state, all);
    return;
  }
  const layout = reportLayout(unit);
  const headers = historyHeaders(layout);
  const sheet = sheetExists ? context.workbook.worksheets.getItem(HISTORY_SHEET) : context.workbook.worksheets.add(HISTORY_SHEET);
  if (state.plain) sheet.getRange(localAddress(state.plain.box)).clear("All");
  const box = { top: 0, left: 0, bottom: all.length, right: headers.length - 1 };
  const range = sheet.getRange(localAddress(box));
  const cells = all.map((row) => historyRowCells(row, layout));
  range.numberFormat = [headers.map(() => "General"), ...cells.map((line) => line.formats)];
  range.values = [headers, ...cells.map((line) => line.values)];
  const table = sheet.tables.add(range, true);
  table.name = HISTORY_TABLE;
  HISTORY_WIDTHS.forEach((width, column) => {
    sheet.getRange(localAddress({ top: 0, left: column, bottom: 0, right: column })).format.columnWidth = width;
  });
}

/**
 * New rows are added empty ("" in every column, the columns Prognos does not know included), then get
 * their formats and values by address: which formats rows.add gives new rows is not documented, and the
 * rows below the table shift down with it (alwaysInsert), so nothing can be prepared there beforehand.
 * In the formats and values, null leaves the table's other columns as they are (documented for 2-D arrays).
 * The outcome column, when added, is added empty and named (columns.add without values: whether its
 * values include the header is not documented), then written by address like the rest.
 */
function queueTableUpsert(context: Excel.RequestContext, state: HistoryState, all: HistoryRow[]): void {
  const found = state.table as NonNullable<HistoryState["table"]>;
  const layout = state.layout ?? FORMER_LAYOUT;
  const { values } = found;
  let box = found.box;
  const table = context.workbook.tables.getItem(HISTORY_TABLE);
  const sheet = context.workbook.worksheets.getItem(box.sheet);
  const header = values[0].map((value) => normaliseHeader(String(value ?? "")));
  const order = header.map((text) => HISTORY_KEYS.findIndex((key) => isHeaderOf(key, text)));
  const addsOutcome = !state.hasOutcome && all.some((row) => row.outcome === true);
  if (addsOutcome) {
    table.columns.add(undefined, undefined, historyHeader("outcome", layout));
    order.push(OUTCOME);
    box = { ...box, right: box.right + 1 };
  }
  const inTableOrder = <T>(line: T[]) => order.map((index) => (index < 0 ? null : line[index]));
  const bodyRows = values.length - 1;
  // Read rows map 1:1 onto table rows up to the first blank line (one a cut batch may have left): from
  // there on, or from the first row that changes, the body is written anew.
  const firstBlank = values.slice(1).findIndex((line) => line.every((value) => value === "" || value === null));
  const mapped = firstBlank < 0 ? bodyRows : firstBlank;
  let first = 0;
  while (first < Math.min(mapped, all.length) && sameRow(state.rows[first], all[first], layout)) first++;
  if (all.length > bodyRows) table.rows.add(undefined, all.slice(bodyRows).map(() => order.map(() => "")));
  if (first < all.length) {
    const written = all.slice(first).map((row) => historyRowCells(row, layout));
    const range = sheet.getRange(localAddress({ top: box.top + 1 + first, left: box.left, bottom: box.top + all.length, right: box.right }));
    range.numberFormat = written.map((line) => inTableOrder(line.formats)) as string[][];
    range.values = written.map((line) => inTableOrder(line.values)) as (string | number)[][];
  }
  for (let index = bodyRows - 1; index >= all.length; index--) table.rows.getItemAt(index).delete();
}

// ---- settings -----------------------------------------------------------------------------------

/** The configuration JSON in the hidden settings sheet's A1 (design §3), as text. */
export function queueSettings(context: Excel.RequestContext, config: PrognosConfig, sheetExists: boolean): void {
  const sheets = context.workbook.worksheets;
  const sheet = sheetExists ? sheets.getItem(SETTINGS_SHEET) : sheets.add(SETTINGS_SHEET);
  const cell = sheet.getRange(SETTINGS_CELL);
  cell.numberFormat = [["@"]];
  cell.values = [[serializeConfig(config)]];
  if (!sheetExists) sheet.visibility = "Hidden";
}
