// A1 addresses: parsing ("A1", "$B$2:C5", "A:C", "3:4", "'My sheet'!A1") and formatting the
// way Excel returns `Range.address` ("Rapport!A1:G12", quotes when the sheet name needs them).
// Deliberately not built on src/engine/address.ts: this host stands in for Excel in the adapter's
// tests, and the adapter builds its addresses with the engine's helpers — an Excel built from the
// same parser would agree with any mistake in it. The needs differ too: whole columns and rows,
// 1-based boxes, and Excel's InvalidArgument error instead of the engine's null.
import { OfficeError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function boxAddress(box: CellBox, absolute = false): string {
  const d = absolute ? "$" : "";
  const wholeColumns = box.top === 1 && box.bottom === MAX_ROWS;
  const wholeRows = box.left === 1 && box.right === MAX_COLUMNS;
  if (wholeColumns && !wholeRows) return `${d}${columnLetters(box.left)}:${d}${columnLetters(box.right)}`;
  if (wholeRows && !wholeColumns) return `${d}${box.top}:${d}${box.bottom}`;
  const first = `${d}${columnLetters(box.left)}${d}${box.top}`;
  if (box.top === box.bottom && box.left === box.right) return first;
  return `${first}:${d}${columnLetters(box.right)}${d}${box.bottom}`;
}

/** Excel quotes a sheet name unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, box: CellBox, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${boxAddress(box, absolute)}`;
}

/** Splits "'My sheet'!A1:B2" into sheet name and local part; sheet is null when absent. */
export function splitSheet(reference: string): { sheet: string | null; local: string } {
  const text = reference.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), local: quoted[2] };
  const bang = text.lastIndexOf("!");
  if (bang > 0) return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
  return { sheet: null, local: text };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Parses a local A1 reference (no sheet). Throws InvalidArgument like Excel's getRange. */
export function parseBox(local: string): CellBox {
  const parts = local.trim().split(":");
  const invalid = () => new OfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${local}".`);
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => p === "")) throw invalid();
  const [a, b = a] = parts;
  let box: CellBox;
  const ca = CELL.exec(a), cb = CELL.exec(b);
  if (ca && cb) {
    box = { top: Number(ca[2]), left: columnNumber(ca[1]), bottom: Number(cb[2]), right: columnNumber(cb[1]) };
  } else if (parts.length === 2 && COLUMN.test(a) && COLUMN.test(b)) {
    box = { top: 1, left: columnNumber(COLUMN.exec(a)![1]), bottom: MAX_ROWS, right: columnNumber(COLUMN.exec(b)![1]) };
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    box = { top: Number(ROW.exec(a)![1]), left: 1, bottom: Number(ROW.exec(b)![1]), right: MAX_COLUMNS };
  } else {
    throw invalid();
  }
  const normal = {
    top: Math.min(box.top, box.bottom),
    bottom: Math.max(box.top, box.bottom),
    left: Math.min(box.left, box.right),
    right: Math.max(box.left, box.right),
  };
  if (normal.top < 1 || normal.left < 1 || normal.bottom > MAX_ROWS || normal.right > MAX_COLUMNS) throw invalid();
  return normal;
}

export function boxRows(box: CellBox): number {
  return box.bottom - box.top + 1;
}

export function boxColumns(box: CellBox): number {
  return box.right - box.left + 1;
}

export function intersects(a: CellBox, b: CellBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: CellBox, inner: CellBox): boolean {
  return outer.left <= inner.left && outer.right >= inner.right && outer.top <= inner.top && outer.bottom >= inner.bottom;
}

export function union(a: CellBox, b: CellBox): CellBox {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}
