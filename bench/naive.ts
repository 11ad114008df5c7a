// BENCHMARK ONLY — never product code. The same update written the way a hand-written port of a VBA
// macro does it: one sync per row read and one per row written, each cell round trip paid in full.
// It is the reference the adapter's sync count is compared with (issue 9), run against the same
// headless host and producing the same report values.
//   1 sync   the settings cell (the stored configuration)
//   1 sync   the history table's address
//   n syncs  the history rows, one each
//   n syncs  the source rows, one each
//   1 sync   the output sheet (does it exist?)
//   n syncs  the report rows, one each (values and number formats)
//   1 sync   merges, fonts, widths, the arrows' icon set, the chart and the region's name — a macro
//            does these one by one too; batching them here only flatters the naive count
//   n syncs  the new history rows, one each
import { parseRange } from "../src/engine/address";
import { parseConfigText, SETTINGS_SHEET } from "../src/engine/config";
import { computeReport } from "../src/engine/compute";
import { historyFromValues, HISTORY_TABLE, toHistoryRows } from "../src/engine/history";
import type { CellValue, Report } from "../src/engine/types";
import { localAddress, placeBlock, type Box } from "../src/excel/grid";
import { layoutReport, type Block, type CellFormat } from "../src/excel/layout";
import type { RunExcel } from "../src/excel/types";
import { CHART_NAME, OUTPUT_NAME } from "../src/excel/constants";

export interface NaiveOptions {
  today: string;
  now: string;
}

export interface NaiveResult {
  ok: boolean;
  report: Report | null;
  /** Why the naive update stopped (config, engine errors), for the benchmark's table. */
  failure: string | null;
}

const HISTORY_FORMATS = ["@", "@", "@", "#,##0", "#,##0", "#,##0", "@"];

function rowAddress(top: number, left: number, right: number): string {
  return localAddress({ top, left, bottom: top, right });
}

function applyFormat(range: Excel.Range, format: CellFormat): void {
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.size !== undefined) range.format.font.size = format.size;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.horizontal) range.format.horizontalAlignment = format.horizontal;
  if (format.vertical) range.format.verticalAlignment = format.vertical;
  if (format.borderTop) range.format.borders.getItem("EdgeTop").style = "Continuous";
  if (format.borderBottom) range.format.borders.getItem("EdgeBottom").style = "Continuous";
}

export async function naiveUpdate(run: RunExcel, options: NaiveOptions): Promise<NaiveResult> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const settings = sheets.getItem(SETTINGS_SHEET).getRange("A1").load("values");
    await context.sync();
    const { config, errors } = parseConfigText(String(settings.values[0][0]), `${SETTINGS_SHEET}!A1`);
    if (!config) return { ok: false, report: null, failure: errors.map((problem) => problem.code).join(", ") };

    // History, row by row.
    const historyRange = context.workbook.tables.getItem(HISTORY_TABLE).getRange().load("address");
    await context.sync();
    const historyBox = parseRange(historyRange.address) as NonNullable<ReturnType<typeof parseRange>>;
    const historySheet = sheets.getItem(historyBox.sheet as string);
    const historyValues: CellValue[][] = [];
    for (let row = historyBox.start.row; row <= historyBox.end.row; row++) {
      const line = historySheet.getRange(rowAddress(row, historyBox.start.column, historyBox.end.column)).load("values");
      await context.sync();
      historyValues.push(line.values[0] as CellValue[]);
    }
    const history = historyFromValues(historyValues, historyBox.sheet as string, rowAddress(historyBox.start.row, historyBox.start.column, historyBox.start.column)).rows;

    // Sources, row by row.
    const sources = [];
    for (const source of config.sources) {
      const range = parseRange(source.range) as NonNullable<ReturnType<typeof parseRange>>;
      const sheet = sheets.getItem(range.sheet as string);
      const values: CellValue[][] = [];
      const numberFormats: string[][] = [];
      for (let row = range.start.row; row <= range.end.row; row++) {
        const line = sheet.getRange(rowAddress(row, range.start.column, range.end.column)).load("values,numberFormat");
        await context.sync();
        values.push(line.values[0] as CellValue[]);
        numberFormats.push(line.numberFormat[0] as string[]);
      }
      sources.push({ config: source, sheet: range.sheet as string, topLeft: rowAddress(range.start.row, range.start.column, range.start.column), values, numberFormats });
    }

    const report = computeReport({ config, sources, history, today: options.today });
    if (report.errors.length > 0) return { ok: false, report, failure: report.errors.map((problem) => problem.code).join(", ") };

    const existing = sheets.getItemOrNullObject(config.output.sheet);
    await context.sync();
    const output = existing.isNullObject ? sheets.add(config.output.sheet) : existing;
    const anchor = parseRange(config.output.anchor)?.start ?? { row: 0, column: 0 };
    const layout = layoutReport(report);
    const place = (block: Block): Excel.Range => output.getRange(localAddress(placeBlock(config.output.sheet, anchor, block)));

    // The report, row by row.
    for (let row = 0; row < layout.rows; row++) {
      const line = place({ row, column: 0, rows: 1, columns: layout.columns });
      line.numberFormat = [layout.numberFormats[row]];
      line.values = [layout.values[row]];
      await context.sync();
    }

    const whole: Box = placeBlock(config.output.sheet, anchor, { row: 0, column: 0, rows: layout.rows, columns: layout.columns });
    for (const merge of layout.merges) place(merge).merge(false);
    for (const { block, format } of layout.styles) applyFormat(place(block), format);
    layout.columnWidths.forEach((width, column) => {
      place({ row: 0, column, rows: 1, columns: 1 }).format.columnWidth = width;
    });
    const icons = place(layout.arrows).conditionalFormats.add("IconSet");
    icons.iconSet.style = "ThreeArrows";
    icons.iconSet.showIconOnly = true;
    icons.iconSet.criteria = [
      {},
      { type: "Number", operator: "GreaterThanOrEqual", formula: "=-0.5" },
      { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.5" },
    ] as unknown as Excel.ConditionalIconCriterion[];
    if (config.output.chart && report.rows.length > 0) {
      place(layout.chart.data).values = layout.chart.values;
      const chart = output.charts.add("BarStacked", place(layout.chart.source), "Columns");
      chart.name = CHART_NAME;
      chart.title.text = layout.chart.title;
      chart.series.getItemAt(0).setValues(place(layout.chart.surplus));
      chart.series.add(layout.chart.names.deficit).setValues(place(layout.chart.deficit));
    }
    context.workbook.names.add(OUTPUT_NAME, output.getRange(localAddress(whole)));
    await context.sync();

    // The history, row by row (the period's rows are new in the benchmark's workbooks).
    const table = context.workbook.tables.getItem(HISTORY_TABLE);
    let nextRow = historyBox.end.row + 1;
    for (const row of toHistoryRows(report, options.now)) {
      // Added empty, then formatted and filled: rows.add shifts the rows below, and what format it gives the new row is not documented.
      table.rows.add(undefined, [HISTORY_FORMATS.map(() => "")]);
      const line = historySheet.getRange(rowAddress(nextRow++, historyBox.start.column, historyBox.end.column));
      line.numberFormat = [HISTORY_FORMATS];
      line.values = [[row.period, row.reportDate, row.area, row.grant, row.forecastNetCost, row.deviation, row.savedAt]];
      await context.sync();
    }
    return { ok: true, report, failure: null };
  });
}
