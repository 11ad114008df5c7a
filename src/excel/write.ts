// Writes queued on a request context (no sync here): the report region, its icon set and chart,
// the history upsert, the workbook name and the settings. The caller syncs once for all of it.
import type { CellRef } from "../engine/address";
import { serializeConfig } from "../engine/config";
import { HISTORY_HEADERS, upsertPeriod } from "../engine/history";
import { normaliseHeader } from "../engine/text";
import type { CellValue, HistoryRow, PrognosConfig } from "../engine/types";
import { CHART_NAME, HISTORY_SHEET, HISTORY_TABLE, OUTPUT_NAME, SETTINGS_CELL, SETTINGS_SHEET, TEXT_NAME } from "./constants";
import { localAddress, placeBlock, type Box } from "./grid";
import type { CellFormat, ReportLayout } from "./layout";
import type { HistoryState } from "./read";

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

function applyFormat(range: Excel.Range, format: CellFormat): void {
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
const ARROW_CRITERIA = [
  {},
  { type: "Number", operator: "GreaterThanOrEqual", formula: "=-0.5" },
  { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.5" },
] as unknown as Excel.ConditionalIconCriterion[];

/** The report at `anchor` on `sheet`: values, formats, merges, widths, the arrows' icon set and the chart. */
export function queueReport(sheet: Excel.Worksheet, sheetName: string, anchor: CellRef, layout: ReportLayout, options: { chart: boolean; replaceChart: boolean }): void {
  const place = (block: Parameters<typeof placeBlock>[2]) => sheet.getRange(localAddress(placeBlock(sheetName, anchor, block)));
  const whole = placeBlock(sheetName, anchor, { row: 0, column: 0, rows: layout.rows, columns: layout.columns });
  const range = sheet.getRange(localAddress(whole));
  // Formats first: a name typed "=Ekonomi" lands in a text cell and stays text. One format per run of
  // equal cells down a column keeps the request small (5 000 rows would otherwise send every code).
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
  if (options.chart && layout.chart.colors.length > 0) queueChart(sheet, layout, place, anchor);
}

function queueChart(sheet: Excel.Worksheet, layout: ReportLayout, place: (block: ReportLayout["arrows"]) => Excel.Range, anchor: CellRef): void {
  const chart = sheet.charts.add("BarClustered", place(layout.chart.values), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = layout.chart.title;
  const series = chart.series.getItemAt(0);
  series.name = layout.chart.title;
  // ExcelApi 1.7 members, used where the host has them (the headless host may not yet).
  const withCategories = series as Partial<Pick<Excel.ChartSeries, "setXAxisValues">>;
  if (typeof withCategories.setXAxisValues === "function") withCategories.setXAxisValues(place(layout.chart.categories));
  const axes = (chart as Partial<Pick<Excel.Chart, "axes">>).axes;
  if (axes?.categoryAxis) axes.categoryAxis.reversePlotOrder = true; // first area on top, as in the table
  const legend = (chart as Partial<Pick<Excel.Chart, "legend">>).legend;
  if (legend) legend.visible = false;
  layout.chart.colors.forEach((color, index) => series.points.getItemAt(index).format.fill.setSolidColor(color));
  // Beside the table, one column apart, from the header down; at most ~20 rows high.
  const top = 3;
  const bottom = Math.min(layout.totalRow, top + 20);
  const start = placeBlock("", anchor, { row: top, column: layout.columns + 1, rows: 1, columns: 1 });
  const end = placeBlock("", anchor, { row: bottom, column: layout.columns + 8, rows: 1, columns: 1 });
  chart.setPosition(localAddress(start), localAddress(end));
}

/** Replaces the workbook names of the report region and of the draft text (when the text is still Prognos'). */
export function queueOutputName(context: Excel.RequestContext, region: Box, had: { output: boolean; text: boolean }, text: Box | null = null): void {
  const names = context.workbook.names;
  if (had.output) names.getItem(OUTPUT_NAME).delete();
  if (had.text) names.getItem(TEXT_NAME).delete();
  names.add(OUTPUT_NAME, context.workbook.worksheets.getItem(region.sheet).getRange(localAddress(region)));
  if (text) names.add(TEXT_NAME, context.workbook.worksheets.getItem(text.sheet).getRange(localAddress(text)));
}

// ---- history ------------------------------------------------------------------------------------

const HISTORY_FORMATS = ["@", "@", "@", "#,##0", "#,##0", "#,##0", "@"];
const HISTORY_WIDTHS = [60, 78, 230, 130, 150, 140, 150];

function historyLine(row: HistoryRow): CellValue[] {
  return [row.period, row.reportDate, row.area, row.grant, row.forecastNetCost, row.deviation, row.savedAt];
}

function sameRow(a: HistoryRow | undefined, b: HistoryRow | undefined): boolean {
  return !!a && !!b && historyLine(a).every((value, i) => value === historyLine(b)[i]);
}

/**
 * Stores the report's period in the history: only the rows from the first one that changes are written
 * (normally just the period's own rows at the end), so earlier periods are never touched. The table's own
 * column order is kept. Without a table the history is written anew as a table at A1.
 */
export function queueHistory(context: Excel.RequestContext, state: HistoryState, sheetExists: boolean, newRows: HistoryRow[], period: string): HistoryRow[] {
  const all = upsertPeriod(state.rows, newRows, period);
  if (state.table) {
    queueTableUpsert(context, state, all);
    return all;
  }
  const sheet = sheetExists ? context.workbook.worksheets.getItem(HISTORY_SHEET) : context.workbook.worksheets.add(HISTORY_SHEET);
  if (state.plain) sheet.getRange(localAddress(state.plain.box)).clear("All");
  const box = { top: 0, left: 0, bottom: all.length, right: HISTORY_HEADERS.length - 1 };
  const range = sheet.getRange(localAddress(box));
  range.numberFormat = [HISTORY_HEADERS.map(() => "General"), ...all.map(() => HISTORY_FORMATS)];
  range.values = [[...HISTORY_HEADERS], ...all.map(historyLine)];
  const table = sheet.tables.add(range, true);
  table.name = HISTORY_TABLE;
  HISTORY_WIDTHS.forEach((width, column) => {
    sheet.getRange(localAddress({ top: 0, left: column, bottom: 0, right: column })).format.columnWidth = width;
  });
  return all;
}

function queueTableUpsert(context: Excel.RequestContext, state: HistoryState, all: HistoryRow[]): void {
  const found = state.table as NonNullable<HistoryState["table"]>;
  const { box, values } = found;
  const table = context.workbook.tables.getItem(HISTORY_TABLE);
  const sheet = context.workbook.worksheets.getItem(box.sheet);
  const header = values[0].map((value) => normaliseHeader(String(value ?? "")));
  const order = header.map((text) => HISTORY_HEADERS.findIndex((name) => normaliseHeader(name) === text));
  const toLine = (row: HistoryRow) => order.map((index) => (index < 0 ? null : historyLine(row)[index]));
  const toFormats = () => order.map((index) => (index < 0 ? null : HISTORY_FORMATS[index]));
  const bodyRows = values.length - 1;
  const blank = values.slice(1).some((line) => line.every((value) => value === "" || value === null));
  // With blank lines the read rows do not map 1:1 onto table rows: rewrite the body from the top.
  let first = 0;
  if (!blank) while (first < Math.min(bodyRows, all.length) && sameRow(state.rows[first], all[first])) first++;
  const overlap = Math.min(bodyRows, all.length);
  const bodyTop = box.top + 1;
  if (first < overlap) {
    const range = sheet.getRange(localAddress({ top: bodyTop + first, left: box.left, bottom: bodyTop + overlap - 1, right: box.right }));
    range.numberFormat = all.slice(first, overlap).map(toFormats) as string[][];
    range.values = all.slice(first, overlap).map(toLine) as (string | number)[][];
  }
  if (all.length > bodyRows) {
    const added = all.slice(bodyRows);
    // New rows get the columns' formats first, so "2024-11" stays text instead of becoming a date.
    sheet.getRange(localAddress({ top: bodyTop + bodyRows, left: box.left, bottom: bodyTop + all.length - 1, right: box.right })).numberFormat = added.map(toFormats) as string[][];
    table.rows.add(undefined, added.map(toLine) as (string | number)[][]);
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
