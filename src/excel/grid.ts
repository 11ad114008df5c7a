// Absolute cell boxes on a sheet (0-based), for the region checks of an update.
import { cellAddress, parseCell, parseRange, rangeAddress, type CellRef } from "../engine/address";
import type { CellValue } from "../engine/types";
import type { Block } from "./layout";

export interface Box {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "Rapport!$A$1:$G$12" / "'Min flik'!A1" -> Box; null without a sheet or for a name. */
export function boxOf(address: string): Box | null {
  const range = parseRange(address.replace(/^=/, ""));
  if (!range || range.sheet === null) return null;
  return { sheet: range.sheet, top: range.start.row, left: range.start.column, bottom: range.end.row, right: range.end.column };
}

export function addressOf(box: Box): string {
  return rangeAddress(box.sheet, { row: box.top, column: box.left }, { row: box.bottom, column: box.right });
}

/** The local part ("A1:G12") that worksheet.getRange takes. */
export function localAddress(box: Pick<Box, "top" | "left" | "bottom" | "right">): string {
  return rangeAddress(null, { row: box.top, column: box.left }, { row: box.bottom, column: box.right });
}

export function sameSheet(a: Pick<Box, "sheet">, b: Pick<Box, "sheet">): boolean {
  return a.sheet.toLocaleLowerCase("sv") === b.sheet.toLocaleLowerCase("sv");
}

export function onSheet(box: Box | null, sheet: string): boolean {
  return box !== null && sameSheet(box, { sheet });
}

/** The smallest box holding both (on a's sheet). */
export function bounding(a: Box, b: Box): Box {
  return { sheet: a.sheet, top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

export function intersects(a: Box, b: Box): boolean {
  return sameSheet(a, b) && a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function containsCell(box: Box, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}

/**
 * Whether the report may set its rows' heights (the title's and the legend's): only when the sheet holds
 * nothing but what Prognos wrote before (its previous region, chart data and draft text, or nothing at all)
 * and no chart of anyone else's, which taller rows would stretch or move. A row of the economist's keeps
 * its height (issue 16); the layout then fits the sheet's own rows.
 */
export function rowsArePrognos(output: { exists: boolean; used: Box | null; otherCharts: boolean }, own: Array<Box | null>): boolean {
  if (!output.exists || output.used === null) return !output.otherCharts;
  if (output.otherCharts) return false;
  const used = output.used;
  const mine = own.filter((box): box is Box => box !== null && sameSheet(box, used));
  if (mine.length === 0) return false;
  const all = mine.reduce(bounding);
  return used.top >= all.top && used.left >= all.left && used.bottom <= all.bottom && used.right <= all.right;
}

export function boxAt(sheet: string, anchor: CellRef, rows: number, columns: number): Box {
  return { sheet, top: anchor.row, left: anchor.column, bottom: anchor.row + rows - 1, right: anchor.column + columns - 1 };
}

/** A layout block placed at the anchor. */
export function placeBlock(sheet: string, anchor: CellRef, block: Block): Box {
  return boxAt(sheet, { row: anchor.row + block.row, column: anchor.column + block.column }, block.rows, block.columns);
}

export function anchorOf(cell: string): CellRef {
  return parseCell(cell) ?? { row: 0, column: 0 };
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * Non-empty cells of `grid` (formulas or values read at `origin`) inside `target` and outside every box in `own`:
 * the cells an update would overwrite although it did not write them.
 */
export function blockingCells(grid: { origin: Box; cells: CellValue[][] } | null, target: Box, own: Box[]): string[] {
  if (!grid || !sameSheet(grid.origin, target)) return [];
  const found: string[] = [];
  grid.cells.forEach((line, r) =>
    line.forEach((value, c) => {
      const row = grid.origin.top + r;
      const column = grid.origin.left + c;
      if (isEmpty(value) || !containsCell(target, row, column)) return;
      if (own.some((box) => sameSheet(box, target) && containsCell(box, row, column))) return;
      found.push(cellAddress(target.sheet, { row, column }));
    }),
  );
  return found;
}

/** The cells of `box` cut out of a grid read earlier; null unless the grid holds the whole box. */
export function cellsWithin(grid: { origin: Box; cells: CellValue[][] } | null, box: Box): CellValue[][] | null {
  if (!grid || !sameSheet(grid.origin, box)) return null;
  const { origin } = grid;
  if (box.top < origin.top || box.left < origin.left || box.bottom > origin.bottom || box.right > origin.right) return null;
  return grid.cells.slice(box.top - origin.top, box.bottom - origin.top + 1).map((row) => row.slice(box.left - origin.left, box.right - origin.left + 1));
}
