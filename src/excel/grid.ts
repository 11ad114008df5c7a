// Absolute cell boxes on a sheet (0-based), for the region checks of an update.
import { parseCell, parseRange, rangeAddress, type CellRef } from "../engine/address";
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

export function sameSheet(a: Box, b: Box): boolean {
  return a.sheet.toLocaleLowerCase("sv") === b.sheet.toLocaleLowerCase("sv");
}

export function intersects(a: Box, b: Box): boolean {
  return sameSheet(a, b) && a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function containsCell(box: Box, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
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
