// Walking the cells of a worksheet box without creating what does not exist, merges, and
// the used range.
import type ExcelJS from "exceljs";
import { type CellBox, MAX_COLUMNS, MAX_ROWS, intersects } from "./address";
import { isMergeSlave } from "./cells";
import { OfficeError } from "./errors";

/** Reads a box as a 2-D grid; cells that do not exist are passed as undefined. */
export function readGrid<T>(sheet: ExcelJS.Worksheet, box: CellBox, read: (cell: ExcelJS.Cell | undefined) => T): T[][] {
  const empty = read(undefined);
  const lastRow = Math.min(box.bottom, sheet.rowCount);
  const width = box.right - box.left + 1;
  const grid: T[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row = r <= lastRow ? sheet.findRow(r) : undefined;
    const line: T[] = new Array(width);
    for (let c = 0; c < width; c++) line[c] = row ? read(row.findCell(box.left + c)) : empty;
    grid.push(line);
  }
  return grid;
}

/** Cells of the box that exist, or all of them (created) when `create`. Rows past the sheet's last row are skipped unless creating a bounded box. */
export function* cellsOf(sheet: ExcelJS.Worksheet, box: CellBox, create: boolean): Generator<ExcelJS.Cell> {
  const huge = (box.bottom - box.top + 1) * (box.right - box.left + 1) > 100_000 || isWholeColumns(box) || isWholeRows(box);
  const lastRow = create && !huge ? box.bottom : Math.min(box.bottom, sheet.rowCount);
  const lastColumn = create && !huge ? box.right : Math.min(box.right, Math.max(sheet.columnCount, 1));
  for (let r = box.top; r <= lastRow; r++) {
    const row = create && !huge ? sheet.getRow(r) : sheet.findRow(r);
    if (!row) continue;
    for (let c = box.left; c <= lastColumn; c++) {
      const cell = create && !huge ? row.getCell(c) : row.findCell(c);
      if (cell) yield cell;
    }
  }
}

export function isWholeColumns(box: CellBox): boolean {
  return box.top === 1 && box.bottom === MAX_ROWS;
}

export function isWholeRows(box: CellBox): boolean {
  return box.left === 1 && box.right === MAX_COLUMNS;
}

/**
 * A style change for a whole column (or row) goes to the column's (row's) own style, which
 * cells created later inherit, and to the cells that exist — not to a million new cells.
 */
export function patchLineStyles(sheet: ExcelJS.Worksheet, box: CellBox, patch: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): void {
  if (isWholeColumns(box)) {
    for (let c = box.left; c <= Math.min(box.right, MAX_COLUMNS); c++) {
      const column = sheet.getColumn(c) as unknown as { style: Partial<ExcelJS.Style> };
      column.style = { ...column.style, ...patch(column.style ?? {}) };
    }
  } else if (isWholeRows(box)) {
    for (let r = box.top; r <= box.bottom; r++) {
      const row = sheet.getRow(r) as unknown as { style: Partial<ExcelJS.Style> };
      row.style = { ...row.style, ...patch(row.style ?? {}) };
    }
  }
}

/** Uniform value over the box's cells, or null when they differ (Office's answer for mixed formats). */
export function uniform<T>(sheet: ExcelJS.Worksheet, box: CellBox, read: (cell: ExcelJS.Cell | undefined) => T): T | null {
  let first: { value: T } | null = null;
  const grid = readGrid(sheet, { ...box, bottom: Math.min(box.bottom, Math.max(sheet.rowCount, box.top)) }, read);
  for (const line of grid) {
    for (const value of line) {
      if (!first) first = { value };
      else if (JSON.stringify(first.value) !== JSON.stringify(value)) return null;
    }
  }
  return first ? first.value : null;
}

export function mergesOf(sheet: ExcelJS.Worksheet): CellBox[] {
  const merges = (sheet as unknown as { _merges: Record<string, { model: CellBox } | undefined> })._merges;
  return Object.values(merges)
    .filter((m): m is { model: CellBox } => !!m)
    .map((m) => ({ top: m.model.top, left: m.model.left, bottom: m.model.bottom, right: m.model.right }));
}

export function mergesTouching(sheet: ExcelJS.Worksheet, box: CellBox): CellBox[] {
  return mergesOf(sheet).filter((m) => intersects(m, box));
}

function hasStyle(cell: ExcelJS.Cell): boolean {
  const style = cell.style as Record<string, unknown> | undefined;
  return !!style && Object.values(style).some((v) => v !== undefined && !(typeof v === "object" && v !== null && Object.keys(v).length === 0));
}

/** The rows and cells ExcelJS holds, as its sparse arrays: eachRow/eachCell with includeEmpty would create the missing ones. */
interface StoredCells {
  _rows: Array<(ExcelJS.Row & { _cells: Array<ExcelJS.Cell | undefined> }) | undefined>;
}

/** Excel's used range: cells with values (valuesOnly) or with values or formatting. Reading it changes nothing. */
export function usedBox(sheet: ExcelJS.Worksheet, valuesOnly: boolean): CellBox | null {
  let box: CellBox | null = null;
  (sheet as unknown as StoredCells)._rows.forEach((row, rowIndex) => {
    row?._cells.forEach((cell, cellIndex) => {
      if (!cell) return;
      const [r, c] = [rowIndex + 1, cellIndex + 1];
      const used = isMergeSlave(cell) ? !valuesOnly : cell.value !== null && cell.value !== undefined && cell.value !== "";
      if (!used && (valuesOnly || !hasStyle(cell))) return;
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    });
  });
  return box;
}

export function assertSheetAlive(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  if (!workbook.worksheets.includes(sheet)) throw new OfficeError("ItemNotFound", `The worksheet '${sheet.name}' no longer exists.`);
}
