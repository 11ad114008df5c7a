// The report table of design §3 as a pure grid: values, number formats, merges, styles, widths,
// the arrow cells and the chart's data, all relative to the anchor cell. No Excel here, so the
// layout is tested without a host; write.ts turns it into Excel API calls.
import { localDate } from "../engine/period";
import type { Report, ReportRow, Trend } from "../engine/types";
import { OUTPUT_DECIMALS, UNIT_FACTOR } from "../engine/units";
import { textIn, type Lang, type Params } from "../i18n";
import { reportWords } from "../i18n/excel";

/** The sheet's words, in the report's language (always both languages here, whatever the pane shows). */
export function word(code: string, params: Params, lang: Lang): string {
  return textIn(reportWords, code, params, lang);
}

/** A rectangle of cells, 0-based, relative to the anchor. */
export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  horizontal?: "Left" | "Center" | "Right";
  vertical?: "Top" | "Center" | "Bottom";
  /** Thin border on the top / bottom edge of the block. */
  borderTop?: boolean;
  borderBottom?: boolean;
}

export interface StyledBlock {
  block: Block;
  format: CellFormat;
}

export type LayoutValue = string | number;

export interface ReportColumns {
  area: number;
  periodDeviation: number | null;
  grant: number;
  forecastNetCost: number;
  deviation: number;
  pct: number;
  arrow: number;
}

export interface ReportLayout {
  rows: number;
  columns: number;
  /** "" for an empty cell; merged cells other than the top-left hold "". */
  values: LayoutValue[][];
  /** Excel format codes: "General", "@" (text), "#,##0", "0.0%". */
  numberFormats: string[][];
  merges: Block[];
  styles: StyledBlock[];
  /** Points, one per column. */
  columnWidths: number[];
  rowHeights: Array<{ row: number; height: number }>;
  columnsOf: ReportColumns;
  /** The arrow cells (areas and total) that carry the icon set. */
  arrows: Block;
  /** The chart: area names as categories, and its data beside the table (see ChartLayout). */
  chart: ChartLayout;
  /** Row of the legend sentence; the narrative goes two rows below. */
  legendRow: number;
  firstAreaRow: number;
  totalRow: number;
}

/**
 * Surplus and deficit are two series of a stacked bar chart, each one colour: a point's own fill colours
 * every point of its series in some Excel builds and none in others (office-js #570, #2941). The series'
 * values are two columns beside the table, under the chart: a full-year deviation in the surplus column
 * when it is 0 or more, else in the deficit column; the other cell empty, so each area has one bar.
 */
export interface ChartLayout {
  /** The table's deviation column, numbers in every cell: what the chart is created from (one series). */
  source: Block;
  categories: Block;
  /** The two columns with their names on top (series names), rows aligned with the areas. */
  data: Block;
  surplus: Block;
  deficit: Block;
  values: LayoutValue[][];
  numberFormats: string[][];
  names: { surplus: string; deficit: string };
  title: string;
  /** Cells the chart covers: from `start`'s top-left to `end`'s bottom-right; `data` lies under it. */
  start: Block;
  end: Block;
}

export const SURPLUS_COLOR = "#00B050";
export const DEFICIT_COLOR = "#C00000";
export const ARROW_VALUES: Record<Trend, number | ""> = { improved: 1, unchanged: 0, worsened: -1, new: "" };

/**
 * A label as a cell takes it through Range.values: text in a Text ("@") cell, but one beginning with "=",
 * "+", "-" or "@", which the values reference calls a formula without exempting Text cells, with an
 * apostrophe in a General cell, which keeps it text and is not part of its value (as in typed input).
 */
export function asText(label: string): { value: string; format: string } {
  return label.length > 0 && "=+-@".includes(label[0]) ? { value: `'${label}`, format: "General" } : { value: label, format: "@" };
}

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const HEADER_ROW = 3;
const FIRST_AREA_ROW = 5;
const LINE_HEIGHT = 15;
// Average width of a Calibri 11 character in points: enough to size columns and wrapped rows.
const CHAR_POINTS = 5.6;
const AMOUNT_WIDTH = 84;
const PCT_WIDTH = 56;
const ARROW_WIDTH = 24;
// An unwrapped line is cut at the cell's edge: lines fill at most this share of the estimated width.
const UNWRAPPED_FILL = 0.85;

/** Amount in the output unit; held to 1/10 000 krona like the engine, without a floating-point tail. */
export function inOutputUnit(kronor: number, unit: Report["outputUnit"]): number {
  const value = Math.round(kronor * 10_000) / 10_000 / UNIT_FACTOR[unit];
  const clean = Number(value.toPrecision(15));
  return clean === 0 ? 0 : clean;
}

export function amountFormat(unit: Report["outputUnit"]): string {
  return OUTPUT_DECIMALS[unit] === 0 ? "#,##0" : `#,##0.${"0".repeat(OUTPUT_DECIMALS[unit])}`;
}

export const PCT_FORMAT = "0.0%";
export const MISSING_PCT = "\u2013";

function unitWord(unit: Report["outputUnit"], lang: Lang): string {
  return word(`report.unit.${unit}`, {}, lang);
}

export function columnsOf(report: Report): ReportColumns {
  const offset = report.hasPeriodDeviation ? 1 : 0;
  return {
    area: 0,
    periodDeviation: report.hasPeriodDeviation ? 1 : null,
    grant: 1 + offset,
    forecastNetCost: 2 + offset,
    deviation: 3 + offset,
    pct: 4 + offset,
    arrow: 5 + offset,
  };
}

function legendText(report: Report, lang: Lang): string {
  if (!report.baseline) return word("report.legendNoBaseline", {}, lang);
  return word("report.legend", { date: localDate(report.baseline.reportDate, lang) }, lang);
}

function block(row: number, column: number, rows = 1, columns = 1): Block {
  return { row, column, rows, columns };
}

function widthsOf(report: Report, cols: ReportColumns, lang: Lang): number[] {
  const labels = [word("report.header.area", {}, lang), ...report.rows.map((row) => row.area), report.total.area];
  const longest = Math.max(...labels.map((text) => text.length));
  return Array.from({ length: cols.arrow + 1 }, (_, column) => {
    if (column === cols.area) return Math.min(Math.max(Math.ceil(longest * CHAR_POINTS) + 12, 120), 330);
    if (column === cols.pct) return PCT_WIDTH;
    if (column === cols.arrow) return ARROW_WIDTH;
    return AMOUNT_WIDTH;
  });
}

/** Words in lines of at most `width` characters (a longer word gets a line of its own). */
export function lineBreaks(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [""];
}

/**
 * `rowHeights: false` when the rows the report covers are not Prognos' alone (a sheet of the economist's):
 * then the layout sets no row height, and everything in it fits the sheet's own rows whether or not Excel
 * grows a row to fit its font (which it does while editing; for a saved file the docs are silent).
 */
export function layoutReport(report: Report, lang: Lang = "sv", options: { rowHeights: boolean } = { rowHeights: true }): ReportLayout {
  const cols = columnsOf(report);
  const width = cols.arrow + 1;
  const totalRow = FIRST_AREA_ROW + report.rows.length;
  const legendRow = totalRow + 2;
  const columnWidths = widthsOf(report, cols, lang);
  const tableWidth = columnWidths.reduce((sum, w) => sum + w, 0);
  // With its own rows the legend is one wrapped cell, as tall as its lines. In rows that are not Prognos'
  // it is one line per row instead, unwrapped and shorter than the table is wide, so that it shows whole at
  // the sheet's own row height (Excel does not grow a merged cell's row to fit).
  const legend = legendText(report, lang);
  const legendLines = options.rowHeights ? [legend] : lineBreaks(legend, Math.floor(((tableWidth - 8) / CHAR_POINTS) * UNWRAPPED_FILL));
  const height = legendRow + legendLines.length;
  const amount = amountFormat(report.outputUnit);
  const values: LayoutValue[][] = Array.from({ length: height }, () => Array<LayoutValue>(width).fill(""));
  const numberFormats: string[][] = Array.from({ length: height }, () => Array<string>(width).fill("General"));
  const merges: Block[] = [];
  const styles: StyledBlock[] = [];

  values[TITLE_ROW][0] = word("report.title", {}, lang);
  values[SUBTITLE_ROW][0] = word("report.subtitle", { date: localDate(report.reportDate, lang), unit: unitWord(report.outputUnit, lang).toLowerCase() }, lang);
  // 13 pt needs the title row's 18 pt height; in rows that are not Prognos' the title keeps the body size.
  styles.push({ block: block(TITLE_ROW, 0), format: options.rowHeights ? { bold: true, size: 13 } : { bold: true } });
  styles.push({ block: block(SUBTITLE_ROW, 0), format: { italic: true } });

  // Two header rows: single headers span both; "Budgetavvikelse helår" spans "Tkr" and "% av KB".
  const headers: Array<[number, string]> = [
    [cols.area, word("report.header.area", {}, lang)],
    ...(cols.periodDeviation !== null ? [[cols.periodDeviation, word("report.header.periodDeviation", { period: report.periodLabel }, lang)] as [number, string]] : []),
    [cols.grant, word("report.header.grant", {}, lang)],
    [cols.forecastNetCost, word("report.header.forecastNetCost", {}, lang)],
  ];
  for (const [column, text] of headers) {
    values[HEADER_ROW][column] = text;
    merges.push(block(HEADER_ROW, column, 2, 1));
  }
  values[HEADER_ROW][cols.deviation] = word("report.header.deviation", {}, lang);
  merges.push(block(HEADER_ROW, cols.deviation, 1, 2));
  values[HEADER_ROW + 1][cols.deviation] = unitWord(report.outputUnit, lang);
  values[HEADER_ROW + 1][cols.pct] = word("report.header.pct", {}, lang);
  styles.push({ block: block(HEADER_ROW, 0, 2, width - 1), format: { bold: true, wrap: true, vertical: "Bottom", borderBottom: true } });
  styles.push({ block: block(HEADER_ROW, 1, 2, width - 2), format: { horizontal: "Right" } });
  styles.push({ block: block(HEADER_ROW, cols.deviation, 1, 2), format: { horizontal: "Center" } });

  const writeRow = (row: number, line: ReportRow) => {
    const area = asText(line.area); // area names are text, never formulas ("=", "+", "-", "@")
    values[row][cols.area] = area.value;
    numberFormats[row][cols.area] = area.format;
    if (cols.periodDeviation !== null) {
      values[row][cols.periodDeviation] = inOutputUnit(line.periodDeviation ?? 0, report.outputUnit);
      numberFormats[row][cols.periodDeviation] = amount;
    }
    values[row][cols.grant] = inOutputUnit(line.grant, report.outputUnit);
    // The seed writes the forecast net cost negative (Stockholm style): KB + prognos = avvikelse.
    values[row][cols.forecastNetCost] = inOutputUnit(-line.forecastNetCost, report.outputUnit);
    values[row][cols.deviation] = inOutputUnit(line.deviation, report.outputUnit);
    for (const column of [cols.grant, cols.forecastNetCost, cols.deviation]) numberFormats[row][column] = amount;
    if (line.pctOfGrant === null) values[row][cols.pct] = MISSING_PCT;
    else {
      values[row][cols.pct] = line.pctOfGrant;
      numberFormats[row][cols.pct] = PCT_FORMAT;
    }
    values[row][cols.arrow] = ARROW_VALUES[line.trend];
  };
  report.rows.forEach((line, index) => writeRow(FIRST_AREA_ROW + index, line));
  writeRow(totalRow, report.total);
  styles.push({ block: block(FIRST_AREA_ROW, 1, report.rows.length + 1, width - 2), format: { horizontal: "Right" } });
  styles.push({ block: block(totalRow, 0, 1, width - 1), format: { bold: true, borderTop: true } });

  legendLines.forEach((line, index) => {
    values[legendRow + index][0] = line;
    merges.push(block(legendRow + index, 0, 1, width));
    styles.push({ block: block(legendRow + index, 0), format: options.rowHeights ? { wrap: true, vertical: "Top", italic: true } : { italic: true } });
  });
  const wrappedLines = Math.max(1, Math.ceil((legend.length * CHAR_POINTS) / (tableWidth - 8)));

  return {
    rows: height,
    columns: width,
    values,
    numberFormats,
    merges,
    styles,
    columnWidths,
    rowHeights: options.rowHeights
      ? [
          { row: TITLE_ROW, height: 18 },
          { row: legendRow, height: wrappedLines * LINE_HEIGHT },
        ]
      : [],
    columnsOf: cols,
    arrows: block(FIRST_AREA_ROW, cols.arrow, report.rows.length + 1, 1),
    chart: chartLayout(report, cols, width, totalRow, amount, lang),
    legendRow,
    firstAreaRow: FIRST_AREA_ROW,
    totalRow,
  };
}

function chartLayout(report: Report, cols: ReportColumns, width: number, totalRow: number, amount: string, lang: Lang): ChartLayout {
  const areas = report.rows.length;
  const left = width + 1; // one column apart from the table
  const names = { surplus: word("report.chartSurplus", {}, lang), deficit: word("report.chartDeficit", {}, lang) };
  const deviations = report.rows.map((row) => inOutputUnit(row.deviation, report.outputUnit));
  return {
    source: block(FIRST_AREA_ROW, cols.deviation, areas, 1),
    categories: block(FIRST_AREA_ROW, cols.area, areas, 1),
    data: block(FIRST_AREA_ROW - 1, left, areas + 1, 2),
    surplus: block(FIRST_AREA_ROW, left, areas, 1),
    deficit: block(FIRST_AREA_ROW, left + 1, areas, 1),
    values: [[names.surplus, names.deficit], ...deviations.map((value, i) => (report.rows[i].deviation < 0 ? ["", value] : [value, ""]))],
    numberFormats: [["@", "@"], ...deviations.map(() => [amount, amount])],
    names,
    title: word("report.chartTitle", { unit: unitWord(report.outputUnit, lang).toLowerCase() }, lang),
    start: block(HEADER_ROW, left),
    end: block(Math.max(totalRow, HEADER_ROW + 12), left + 7),
  };
}

/** Rows of the report for `areaRows` areas, without computing it: bounds the cells read before the engine runs. */
export function maxLayoutRows(areaRows: number): number {
  return FIRST_AREA_ROW + areaRows + 2 + MAX_LEGEND_LINES;
}

/** The legend's rows at most, one per line in rows that are not Prognos' (layout.test.ts holds both languages to it). */
export const MAX_LEGEND_LINES = 8;

/** The widest the report gets: the table with the period column, a gap, and the chart's two data columns. */
export const MAX_LAYOUT_COLUMNS = 10;
