// The report section for the committee's Word document (design §2, "Beyond Excel"): the title, the
// table and arrows, the legend and the draft text, read off the same layout the Rapport sheet is
// written from (src/excel/layout.ts), so the words, merges, alignment and rules are the sheet's own.
// Strings only: html.ts, text.ts and the command line's .docx writer render it.
import { formatAmount } from "../engine/numbers";
import type { Report, ReportRow, Trend } from "../engine/types";
import { type CellFormat, DEFICIT_COLOR, type LayoutValue, layoutReport, PCT_FORMAT, type ReportLayout, SURPLUS_COLOR } from "../excel/layout";
import { t, type Lang } from "../i18n";
import { BODY_SIZE, columnWidths, HEADER_SIZE } from "./widths";

export { CELL_PADDING, PAGE_TEXT_WIDTH } from "./widths";

export interface SectionArrow {
  trend: Exclude<Trend, "new">;
  /** ▲ ▼ ►: in Windows' WGL4 set, which Arial covers, and not emoji, so the colour holds (README "Decisions"). */
  glyph: string;
  /** "#00B050" */
  color: string;
  /** "Förbättrad": what the arrow says, for plain text and screen readers. */
  word: string;
}

export interface SectionCell {
  /** 0-based column of the table; a cell covered by a merge is not in the row. */
  column: number;
  text: string;
  rowSpan: number;
  colSpan: number;
  format: CellFormat;
  /** Rule along the cell's top / bottom edge (the header's rule, the total's rule). */
  ruleAbove: boolean;
  ruleBelow: boolean;
  /** The arrow column's cell of an area or the total; null elsewhere and for a new area. */
  arrow: SectionArrow | null;
}

export interface SectionText {
  text: string;
  format: CellFormat;
}

export interface ReportSection {
  lang: Lang;
  title: SectionText;
  subtitle: SectionText;
  /** Points per column, fitted to a portrait A4 page; the last column holds the arrows. */
  columnWidths: number[];
  /** The two header rows first, then one row per area and the total. */
  rows: SectionCell[][];
  headerRows: number;
  legend: SectionText;
  /** The draft text's paragraphs when chosen, else none. */
  paragraphs: string[];
}

export const ARROW_FONT = "Arial";
// Office's "Gold": the yellow of Excel's sideways arrow, dark enough to count as yellow on white.
const UNCHANGED_COLOR = "#FFC000";
const ARROWS: Record<SectionArrow["trend"], { glyph: string; color: string }> = {
  improved: { glyph: "\u25B2", color: SURPLUS_COLOR },
  worsened: { glyph: "\u25BC", color: DEFICIT_COLOR },
  unchanged: { glyph: "\u25BA", color: UNCHANGED_COLOR },
};

export function arrowOf(trend: Trend, lang: Lang): SectionArrow | null {
  if (trend === "new") return null;
  return { trend, ...ARROWS[trend], word: t(`ui.trend.${trend}`, {}, lang) };
}

/** A number as the sheet's format code shows it in a Swedish (or English) Excel: "1 645 081", "-67 000", "3,1%". */
export function displayValue(value: LayoutValue, numberFormat: string, lang: Lang): string {
  if (typeof value === "string") return value;
  const percent = numberFormat === PCT_FORMAT;
  const decimals = (numberFormat.split(".")[1] ?? "").replace(/[^0]/g, "").length;
  const swedish = formatAmount(percent ? value * 100 : value, { decimals });
  // formatAmount writes the Swedish decimal comma and no-break spaces; English swaps them for "." and ",".
  const text = lang === "sv" ? swedish : swedish.replace(",", ".").replace(/\u00a0/g, ",");
  return percent ? `${text}%` : text;
}

function inside(block: { row: number; column: number; rows: number; columns: number }, row: number, column: number): boolean {
  return row >= block.row && row < block.row + block.rows && column >= block.column && column < block.column + block.columns;
}

/** The sheet's styles that cover a cell, applied in the layout's order. */
function cellStyle(layout: ReportLayout, row: number, column: number, rowSpan = 1): Omit<SectionCell, "column" | "text" | "rowSpan" | "colSpan" | "arrow"> {
  let format: CellFormat = {};
  let ruleAbove = false;
  let ruleBelow = false;
  for (const { block, format: style } of layout.styles) {
    if (!inside(block, row, column)) continue;
    const { borderTop, borderBottom, ...rest } = style;
    format = { ...format, ...rest };
    if (borderTop && row === block.row) ruleAbove = true;
    if (borderBottom && row + rowSpan === block.row + block.rows) ruleBelow = true;
  }
  return { format, ruleAbove, ruleBelow };
}

function withSize<T extends { format: CellFormat }>(style: T, size: number): T {
  return { ...style, format: { size, ...style.format } };
}

function tableRows(report: Report, layout: ReportLayout, lang: Lang, headerRow: number): SectionCell[][] {
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const merge of layout.merges) {
    spans.set(`${merge.row}:${merge.column}`, { rowSpan: merge.rows, colSpan: merge.columns });
    for (let r = merge.row; r < merge.row + merge.rows; r++)
      for (let c = merge.column; c < merge.column + merge.columns; c++) if (r !== merge.row || c !== merge.column) covered.add(`${r}:${c}`);
  }
  const lineOf = (row: number): ReportRow | null => (row === layout.totalRow ? report.total : report.rows[row - layout.firstAreaRow] ?? null);
  const rows: SectionCell[][] = [];
  for (let row = headerRow; row <= layout.totalRow; row++) {
    const cells: SectionCell[] = [];
    for (let column = 0; column < layout.columns; column++) {
      if (covered.has(`${row}:${column}`)) continue;
      const span = spans.get(`${row}:${column}`) ?? { rowSpan: 1, colSpan: 1 };
      const line = lineOf(row);
      const isArrow = column === layout.columnsOf.arrow && line !== null && inside(layout.arrows, row, column);
      cells.push({
        column,
        text: isArrow ? "" : displayValue(layout.values[row][column], layout.numberFormats[row][column], lang),
        ...span,
        ...withSize(cellStyle(layout, row, column, span.rowSpan), row < layout.firstAreaRow ? HEADER_SIZE : BODY_SIZE),
        arrow: isArrow && line ? arrowOf(line.trend, lang) : null,
      });
    }
    rows.push(cells);
  }
  return rows;
}

export interface SectionOptions {
  lang: Lang;
  /** The draft text as the economist left it; [] leaves it out. */
  paragraphs: string[];
}

export function buildSection(report: Report, { lang, paragraphs }: SectionOptions): ReportSection {
  const layout = layoutReport(report, lang);
  // The layout's title and subtitle are its first two rows, the two header rows stand right above the
  // first area (design §3).
  const headerRow = layout.firstAreaRow - 2;
  const text = (row: number): SectionText => ({ text: String(layout.values[row][0]), format: cellStyle(layout, row, 0).format });
  const rows = tableRows(report, layout, lang, headerRow);
  const headerRows = layout.firstAreaRow - headerRow;
  return {
    lang,
    title: text(0),
    subtitle: text(1),
    columnWidths: columnWidths(rows, headerRows, layout.columns, layout.columnsOf.area, layout.columnsOf.arrow),
    rows,
    headerRows,
    legend: text(layout.legendRow),
    paragraphs: paragraphs.map((paragraph) => paragraph.trim()).filter(Boolean),
  };
}
