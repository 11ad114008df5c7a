// First run without configuration: find a forecast table inside a sheet's used range.
import { parseCell, rangeAddress } from "./address";
import { fieldOfHeader } from "./headers";
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

/**
 * Looks for a header naming a grant and a forecast (alone or with the line below it, for two-line
 * headers), then takes the rows below it down to the first empty row after the data. The range
 * spans from the first to the last filled header column. Null when nothing looks like a forecast table.
 */
export function findSourceInValues(sheet: string, topLeft: string, values: CellValue[][]): SourceConfig | null {
  const origin = parseCell(topLeft);
  if (!origin) return null;
  for (let r = 0; r < values.length; r++) {
    const own = fieldsInRow(values[r]);
    const withNext = r + 1 < values.length ? fieldsInRow(values[r].map((value, c) => `${cellText(value)} ${cellText(values[r + 1][c])}`)) : own;
    const fields = REQUIRED.every((field) => own.has(field)) ? own : withNext;
    if (!REQUIRED.every((field) => fields.has(field))) continue;
    // A header line above the one found may belong to it (two-line header starting one row up).
    let headerTop = r;
    if (r > 0 && !isEmptyRow(values[r - 1]) && !hasAmount(values[r - 1], [...fields.values()]) && values[r - 1].filter((v) => cellText(v).trim() !== "").length > 1) headerTop = r - 1;
    const amountColumns = [...fields.entries()].filter(([field]) => field !== "area" && field !== "code").map(([, column]) => column);
    let dataStart = r + 1;
    while (dataStart < values.length && !hasAmount(values[dataStart], amountColumns) && dataStart <= r + 2) dataStart++;
    let last = dataStart;
    for (let row = dataStart; row < values.length; row++) {
      if (isEmptyRow(values[row])) {
        if (hasAmount(values[row + 1], amountColumns)) continue; // a single blank line inside the table
        break;
      }
      if (hasAmount(values[row], amountColumns)) last = row;
    }
    const headerRows = values.slice(headerTop, dataStart);
    const filled = headerRows.flatMap((row) => row.map((value, c) => (cellText(value).trim() !== "" ? c : -1))).filter((c) => c >= 0);
    const dataFilled = values.slice(dataStart, last + 1).flatMap((row) => row.map((value, c) => (cellText(value).trim() !== "" ? c : -1))).filter((c) => c >= 0);
    const firstColumn = Math.min(...filled, ...dataFilled);
    const lastColumn = Math.max(...filled, ...amountColumns);
    return {
      range: rangeAddress(sheet, { row: origin.row + headerTop, column: origin.column + firstColumn }, { row: origin.row + last, column: origin.column + lastColumn }),
    };
  }
  return null;
}
