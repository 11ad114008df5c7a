// First run without configuration: find a forecast table inside a sheet's used range.
import { parseCell, rangeAddress } from "./address";
import { fieldOfHeader, findHeader } from "./headers";
import { parseAmount } from "./numbers";
import { cellText } from "./text";
import type { CellValue, Field, SourceConfig } from "./types";

const REQUIRED: readonly Field[] = ["grant", "forecastNetCost"];

function fieldsInRow(row: CellValue[]): Map<Field, number> {
  const found = new Map<Field, number>();
  row.forEach((value, column) => {
    const field = fieldOfHeader(cellText(value));
    if (field && !found.has(field)) found.set(field, column);
  });
  return found;
}

function hasAmount(row: CellValue[] | undefined, columns: number[]): boolean {
  return !!row && columns.some((column) => {
    const parsed = parseAmount(row[column] ?? "");
    return parsed.ok;
  });
}

function isEmptyRow(row: CellValue[] | undefined): boolean {
  return !row || row.every((value) => cellText(value).trim() === "");
}

/** A title above a table: one text, in the first column. */
function isTitleRow(row: CellValue[]): boolean {
  const filled = row.map((value, column) => (cellText(value).trim() !== "" ? column : -1)).filter((column) => column >= 0);
  return filled.length <= 1 && (filled[0] ?? 0) === 0;
}

/**
 * Looks for a header naming a grant and a forecast (alone or joined with the line below it, for two-line
 * headers; a title in the first column only is not a header line), then takes the rows below it down to
 * the first empty row after the data. The range spans the filled columns of header and data. Null when
 * nothing looks like a forecast table.
 */
export function findSourceInValues(sheet: string, topLeft: string, values: CellValue[][]): SourceConfig | null {
  const origin = parseCell(topLeft);
  if (!origin) return null;
  for (let r = 0; r < values.length; r++) {
    if (isEmptyRow(values[r]) || isTitleRow(values[r])) continue;
    const own = fieldsInRow(values[r]);
    const joined = r + 1 < values.length ? fieldsInRow(values[r].map((value, c) => `${cellText(value)} ${cellText(values[r + 1][c])}`)) : own;
    const fields = REQUIRED.every((field) => own.has(field)) ? own : joined;
    if (!REQUIRED.every((field) => fields.has(field))) continue;
    const amountColumns = [...fields.entries()].filter(([field]) => field !== "area" && field !== "code").map(([, column]) => column);
    const block = values.slice(r);
    const dataStart = r + findHeader(block).dataStart;
    let last = dataStart;
    for (let row = dataStart; row < values.length; row++) {
      if (isEmptyRow(values[row])) {
        if (hasAmount(values[row + 1], amountColumns)) continue; // a single blank line inside the table
        break;
      }
      if (hasAmount(values[row], amountColumns)) last = row;
    }
    const filledColumns = values
      .slice(r, last + 1)
      .flatMap((row) => row.map((value, c) => (cellText(value).trim() !== "" ? c : -1)))
      .filter((c) => c >= 0);
    const firstColumn = Math.min(...filledColumns);
    const lastColumn = Math.max(...filledColumns);
    return {
      range: rangeAddress(sheet, { row: origin.row + r, column: origin.column + firstColumn }, { row: origin.row + last, column: origin.column + lastColumn }),
    };
  }
  return null;
}
