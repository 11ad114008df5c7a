// A1 addresses, shared with the Excel adapter.

/** "A" -> 0, "Z" -> 25, "AA" -> 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`Not a column: ${letters}`);
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** 0 -> "A", 26 -> "AA". */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Not a column index: ${index}`);
  let letters = "";
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export interface CellRef {
  /** 0-based */
  row: number;
  /** 0-based */
  column: number;
}

export interface RangeRef {
  sheet: string | null;
  start: CellRef;
  end: CellRef;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "C7" / "$C$7" -> { row: 6, column: 2 }. */
export function parseCell(text: string): CellRef | null {
  const match = CELL.exec(text.trim());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const column = columnIndex(match[1]);
  if (row < 0 || column > 16_383 || row > 1_048_575) return null;
  return { row, column };
}

export function cellName(ref: CellRef): string {
  return `${columnLetters(ref.column)}${ref.row + 1}`;
}

/** Excel needs quotes around sheet names that are not plain words: 'Min flik'!A1. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_\u00c0-\u024f][\w.\u00c0-\u024f]*$/.test(sheet) && !CELL.test(sheet) && !/^R\d*C\d*$/i.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** Splits "Sheet!A1:B2" / "'Min flik'!A1" into sheet and the local part; sheet is null without "!". */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
    if (match) return { sheet: match[1].replace(/''/g, "'"), local: match[2] };
    return { sheet: null, local: text };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { sheet: null, local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/** "Controller!A3:F8", "'Min flik'!B2", "A1" -> RangeRef, or null when it is not an A1 address (a table or defined name). */
export function parseRange(address: string): RangeRef | null {
  const { sheet, local } = splitSheet(address);
  const [first, second, ...extra] = local.split(":");
  if (extra.length > 0 || first === undefined) return null;
  const start = parseCell(first);
  const end = second === undefined ? start : parseCell(second);
  if (!start || !end) return null;
  return {
    sheet,
    start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
    end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) },
  };
}

export function isA1Address(text: string): boolean {
  return parseRange(text) !== null;
}

/** Builds "Controller!C7" (quoted when needed); without a sheet just "C7". */
export function cellAddress(sheet: string | null, ref: CellRef): string {
  return sheet ? `${quoteSheet(sheet)}!${cellName(ref)}` : cellName(ref);
}

export function rangeAddress(sheet: string | null, start: CellRef, end: CellRef): string {
  const local = start.row === end.row && start.column === end.column ? cellName(start) : `${cellName(start)}:${cellName(end)}`;
  return sheet ? `${quoteSheet(sheet)}!${local}` : local;
}

/** "A3" moved by rows and columns -> "C7". */
export function offsetCell(cell: string, rows: number, columns: number): string {
  const ref = parseCell(cell);
  if (!ref) throw new RangeError(`Not a cell: ${cell}`);
  return cellName({ row: ref.row + rows, column: ref.column + columns });
}

/** Address of values[row][column] of a block whose top-left cell is `topLeft` on `sheet`. */
export function addressInBlock(sheet: string, topLeft: string, row: number, column: number): string {
  const origin = parseCell(topLeft);
  if (!origin) throw new RangeError(`Not a cell: ${topLeft}`);
  return cellAddress(sheet, { row: origin.row + row, column: origin.column + column });
}
