// The Word table's column widths, in points: the sheet's widths are for Excel's Calibri 11 on a screen,
// the committee's document is a portrait A4 page with the table in 9 and 10 pt.
import type { SectionCell } from "./model";

/** Points: the text width of an A4 page with 2,54 cm margins (Word's and the docx library's default). */
export const PAGE_TEXT_WIDTH = 451;

// Word sets the table in Calibri, the header in 9 pt and the rows in 10 pt: about half the size in points per
// character, a little more in bold. Estimates, as the sheet's own widths are (src/excel/layout.ts).
export const HEADER_SIZE = 9;
export const BODY_SIZE = 10;
const CHAR_EM = 0.52;
const BOLD_EM = 0.55;
/** Points of padding per cell, left and right together. */
export const CELL_PADDING = 6;
const ARROW_COLUMN = 16;
const MIN_AREA_COLUMN = 110;

function textWidth(cell: SectionCell, header: boolean): number {
  const size = cell.format.size ?? (header ? HEADER_SIZE : BODY_SIZE);
  const em = cell.format.bold ? BOLD_EM : CHAR_EM;
  // A header wraps between its words; a figure never wraps.
  const longest = header ? Math.max(0, ...cell.text.split(/\s+/).map((word) => word.length)) : cell.text.length;
  return Math.ceil(longest * em * size) + CELL_PADDING;
}

/**
 * Points per column for a portrait A4 page: each figure column as wide as its widest figure or header word
 * (a merged header widens the columns under it), the arrows narrow, and the area column the rest, where
 * long names wrap. Scaled down only when even a narrow area column would not fit.
 */
export function columnWidths(rows: SectionCell[][], headerRows: number, columns: number, areaColumn: number, arrowColumn: number): number[] {
  const widths = Array<number>(columns).fill(CELL_PADDING);
  const spanning: SectionCell[] = [];
  rows.forEach((cells, index) => {
    for (const cell of cells) {
      if (cell.colSpan > 1) spanning.push(cell);
      else widths[cell.column] = Math.max(widths[cell.column], textWidth(cell, index < headerRows));
    }
  });
  for (const cell of spanning) {
    const covered = widths.slice(cell.column, cell.column + cell.colSpan);
    const missing = textWidth(cell, true) - covered.reduce((sum, width) => sum + width, 0);
    if (missing > 0) covered.forEach((_, offset) => (widths[cell.column + offset] += Math.ceil(missing / cell.colSpan)));
  }
  widths[arrowColumn] = ARROW_COLUMN;
  const others = widths.reduce((sum, width, column) => (column === areaColumn ? sum : sum + width), 0);
  widths[areaColumn] = Math.max(MIN_AREA_COLUMN, Math.min(widths[areaColumn], PAGE_TEXT_WIDTH - others));
  const scale = Math.min(1, PAGE_TEXT_WIDTH / (others + widths[areaColumn]));
  return widths.map((width) => Math.floor(width * scale));
}
