// Writes that respect the economist's changes (ownership.ts): clearing the previous region around the cells
// to keep, and the draft text's rows (inserted, or moved below a new table).
import { localAddress, type Box } from "./grid";

/** Empties a region only Prognos writes (the chart's data): values, formats, merges and conditional formats. */
export function queueClearRegion(context: Excel.RequestContext, box: Box): void {
  const range = context.workbook.worksheets.getItem(box.sheet).getRange(localAddress(box));
  range.unmerge();
  range.conditionalFormats.clearAll();
  range.clear("All");
}

/**
 * Empties the previous region — values, formats, merges, its conditional formats — except the cells to keep.
 * Rows of kept text are not unmerged either, so the text stays as it was laid out.
 */
export function queueClearExcept(context: Excel.RequestContext, box: Box, keep: Array<{ row: number; column: number }>, keepRows: Box | null): void {
  const sheet = context.workbook.worksheets.getItem(box.sheet);
  const rowKept = (row: number) => keepRows !== null && row >= keepRows.top && row <= keepRows.bottom;
  for (const band of bands(box, rowKept)) {
    const range = sheet.getRange(localAddress(band));
    range.unmerge();
    range.conditionalFormats.clearAll();
  }
  for (const rectangle of clearRectangles(box, keep)) sheet.getRange(localAddress(rectangle)).clear("All");
}

/** Runs of whole rows of `box` that `skip` does not exclude. */
function bands(box: Box, skip: (row: number) => boolean): Box[] {
  const found: Box[] = [];
  let start: number | null = null;
  for (let row = box.top; row <= box.bottom + 1; row++) {
    const inside = row <= box.bottom && !skip(row);
    if (inside && start === null) start = row;
    if (!inside && start !== null) {
      found.push({ ...box, top: start, bottom: row - 1 });
      start = null;
    }
  }
  return found;
}

/** The cells of `box` except `keep`, as few rectangles: column runs per row, rows with equal runs joined. */
export function clearRectangles(box: Box, keep: Array<{ row: number; column: number }>): Box[] {
  const kept = new Set(keep.map(({ row, column }) => `${row},${column}`));
  const runsOf = (row: number): Array<[number, number]> => {
    const runs: Array<[number, number]> = [];
    let start: number | null = null;
    for (let column = box.left; column <= box.right + 1; column++) {
      const cleared = column <= box.right && !kept.has(`${row},${column}`);
      if (cleared && start === null) start = column;
      if (!cleared && start !== null) {
        runs.push([start, column - 1]);
        start = null;
      }
    }
    return runs;
  };
  const rectangles: Box[] = [];
  let open: Box[] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    const runs = runsOf(row);
    const same = open.length === runs.length && open.every((rectangle, i) => rectangle.left === runs[i][0] && rectangle.right === runs[i][1]);
    if (same) open.forEach((rectangle) => (rectangle.bottom = row));
    else {
      rectangles.push(...open);
      open = runs.map(([left, right]) => ({ sheet: box.sheet, top: row, bottom: row, left, right }));
    }
  }
  return [...rectangles, ...open];
}

const CHARS_PER_LINE_POINTS = 5.6;
const COLUMN_POINTS = 80;

/**
 * One paragraph per row of `box`, merged across it, as text, wrapped, with a row height that fits — the
 * height only where the rows are Prognos' (`rowHeights`, see rowsArePrognos): a row of the economist's keeps
 * its height (README "Row heights belong to the sheet's owner"), and the paragraph shows as far as it fits.
 */
export function queueTextRows(sheet: Excel.Worksheet, box: Box, paragraphs: string[], options: { rowHeights: boolean }): void {
  const widthPoints = (box.right - box.left + 1) * COLUMN_POINTS;
  paragraphs.forEach((paragraph, index) => {
    const row = box.top + index;
    const line = sheet.getRange(localAddress({ top: row, left: box.left, bottom: row, right: box.right }));
    line.merge(false);
    const first = line.getCell(0, 0);
    first.numberFormat = [["@"]];
    first.values = [[paragraph]];
    line.format.wrapText = true;
    line.format.verticalAlignment = "Top";
    if (options.rowHeights) line.format.rowHeight = 15 * Math.max(1, Math.ceil((paragraph.length * CHARS_PER_LINE_POINTS) / widthPoints));
  });
}
