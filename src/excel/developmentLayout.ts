// The sheet Prognosutveckling (issue 22, design §2 "Development and accuracy") as a pure grid: the year's
// full-year deviation per area and total, one column per stored period under its Swedish month, the change
// of the total since the period before, and, once the year has an outcome, each forecast's difference from
// it with the mean absolute error. Amounts in the report's unit, as the engine gives them (unrounded; the
// number format rounds). write is developmentSheet.ts.
import type { Accuracy } from "../engine/accuracy";
import type { Development } from "../engine/development";
import { localDate, monthAbbreviation } from "../engine/period";
import type { Lang } from "../i18n";
import { amountFormat, asText, word, type Block, type LayoutValue, type StyledBlock } from "./layout";

export interface DevelopmentLayout {
  rows: number;
  columns: number;
  values: LayoutValue[][];
  numberFormats: string[][];
  styles: StyledBlock[];
  /** Points, one per column. */
  columnWidths: number[];
  /** The table the line chart is made of: month headers on top, area names (and the total) down the left. */
  chartSource: Block;
  chartTitle: string;
  /** Cells the chart covers, below the tables. */
  chartStart: Block;
  chartEnd: Block;
}

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const HEADER_ROW = 3;
const CHAR_POINTS = 5.6;
const MONTH_WIDTH = 64;
const CHART_ROWS = 18;
const CHART_COLUMNS = 9;

function block(row: number, column: number, rows = 1, columns = 1): Block {
  return { row, column, rows, columns };
}

/** One header row, then one row per area, a bold total row; returns the row after it. */
function writeTable(grid: Grid, top: number, headers: LayoutValue[], lines: Array<{ label: string; values: Array<number | null> }>, total: { label: string; values: Array<number | null> }): number {
  grid.put(top, 0, headers);
  grid.styles.push({ block: block(top, 0, 1, headers.length), format: { bold: true, wrap: true, vertical: "Bottom", borderBottom: true } });
  grid.styles.push({ block: block(top, 1, 1, headers.length - 1), format: { horizontal: "Right" } });
  const all = [...lines, total];
  all.forEach((line, index) => grid.amounts(top + 1 + index, line.label, line.values));
  const totalRow = top + all.length;
  grid.styles.push({ block: block(totalRow, 0, 1, headers.length), format: { bold: true, borderTop: true } });
  return totalRow + 1;
}

class Grid {
  readonly values: LayoutValue[][] = [];
  readonly numberFormats: string[][] = [];
  readonly styles: StyledBlock[] = [];
  constructor(readonly columns: number, private readonly amount: string) {}

  private row(index: number): void {
    while (this.values.length <= index) {
      this.values.push(Array<LayoutValue>(this.columns).fill(""));
      this.numberFormats.push(Array<string>(this.columns).fill("General"));
    }
  }

  put(row: number, column: number, cells: LayoutValue[]): void {
    this.row(row);
    cells.forEach((value, i) => (this.values[row][column + i] = value));
  }

  /** A label (as text, never a formula) and amounts; null stays an empty cell. */
  amounts(row: number, label: string, values: Array<number | null>, from = 1): void {
    this.row(row);
    const text = asText(label);
    this.values[row][0] = text.value;
    this.numberFormats[row][0] = text.format;
    values.forEach((value, i) => {
      if (value === null) return;
      this.values[row][from + i] = value;
      this.numberFormats[row][from + i] = this.amount;
    });
  }
}

export function layoutDevelopment(development: Development, accuracy: Accuracy | null, lang: Lang = "sv"): DevelopmentLayout {
  const unit = word(`report.unit.${development.unit}`, {}, lang).toLowerCase();
  const ofYear = accuracy !== null && accuracy.year === development.year ? accuracy : null;
  const columns = Math.max(development.periods.length + 1, ofYear ? ofYear.periods.length + 2 : 0, 2);
  const grid = new Grid(columns, amountFormat(development.unit));
  const totalLabel = word("development.total", {}, lang);

  grid.put(TITLE_ROW, 0, [word("development.title", { year: development.year }, lang)]);
  grid.put(SUBTITLE_ROW, 0, [word("development.subtitle", { unit }, lang)]);
  grid.styles.push({ block: block(TITLE_ROW, 0), format: { bold: true, size: 13 } });
  grid.styles.push({ block: block(SUBTITLE_ROW, 0), format: { italic: true } });

  const months = development.periods.map((p) => monthAbbreviation(p.period, lang));
  const areaHeader = word("report.header.area", {}, lang);
  const afterTotal = writeTable(
    grid,
    HEADER_ROW,
    [areaHeader, ...months],
    development.rows.map((row) => ({ label: row.area, values: row.values })),
    { label: totalLabel, values: development.total.values },
  );
  const totalRow = afterTotal - 1;
  grid.amounts(afterTotal, word("development.change", {}, lang), development.total.changes);
  grid.styles.push({ block: block(afterTotal, 0, 1, months.length + 1), format: { italic: true } });
  let next = afterTotal + 2;

  if (ofYear) {
    grid.put(next, 0, [word("accuracy.title", { date: localDate(ofYear.outcomeReportDate, lang) }, lang)]);
    grid.put(next + 1, 0, [word("accuracy.subtitle", { unit }, lang)]);
    grid.styles.push({ block: block(next, 0), format: { bold: true } });
    grid.styles.push({ block: block(next + 1, 0), format: { italic: true } });
    const headers = [areaHeader, word("accuracy.outcome", {}, lang), ...ofYear.periods.map((p) => monthAbbreviation(p.period, lang))];
    const afterAccuracy = writeTable(
      grid,
      next + 3,
      headers,
      ofYear.rows.map((row) => ({ label: row.area, values: [row.outcome, ...row.forecasts.map((f) => f.error)] })),
      { label: totalLabel, values: [ofYear.total.outcome, ...ofYear.total.forecasts.map((f) => f.error)] },
    );
    grid.amounts(afterAccuracy, word("accuracy.mae", {}, lang), ofYear.meanAbsoluteError.map((mae) => mae.value), 2);
    grid.styles.push({ block: block(afterAccuracy, 0, 1, headers.length), format: { italic: true } });
    next = afterAccuracy + 2;
  }

  const labels = [areaHeader, totalLabel, ...development.rows.map((row) => row.area), ...(ofYear?.rows.map((row) => row.area) ?? [])];
  const longest = Math.max(...labels.map((label) => label.length));
  const areaWidth = Math.min(Math.max(Math.ceil(longest * CHAR_POINTS) + 12, 140), 330);
  grid.put(next + CHART_ROWS, 0, [""]);
  return {
    rows: grid.values.length,
    columns,
    values: grid.values,
    numberFormats: grid.numberFormats,
    styles: grid.styles,
    columnWidths: Array.from({ length: columns }, (_, column) => (column === 0 ? areaWidth : MONTH_WIDTH)),
    chartSource: block(HEADER_ROW, 0, totalRow - HEADER_ROW + 1, months.length + 1),
    chartTitle: word("development.chartTitle", { year: development.year, unit }, lang),
    chartStart: block(next, 0),
    chartEnd: block(next + CHART_ROWS - 1, Math.min(CHART_COLUMNS, columns) - 1),
  };
}
