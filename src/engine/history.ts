// The `Prognoshistorik` table (design §3 "History"): one row per (period, area), amounts in kronor.
import { cellAddress, parseCell, rangeAddress } from "./address";
import { dateFromSerial, isIsoDate, isPeriod, timestampFromSerial } from "./period";
import { problem } from "./problems";
import { amountProblem, cellProblem } from "./source";
import { cellText, displayLabel, labelKey, normaliseHeader } from "./text";
import type { CellValue, HistoryRow, Problem, Report } from "./types";
import { sumKronor } from "./units";

export const HISTORY_SHEET = "Prognoshistorik";
export const HISTORY_TABLE = "Prognoshistorik";

export const HISTORY_HEADERS = [
  "Period",
  "Rapportdatum",
  "Verksamhetsområde",
  "Kommunbidrag helår (kr)",
  "Prognos nettokostnad helår (kr)",
  "Budgetavvikelse helår (kr)",
  "Sparad",
] as const;

type HistoryKey = keyof HistoryRow;
const KEYS: readonly HistoryKey[] = ["period", "reportDate", "area", "grant", "forecastNetCost", "deviation", "savedAt"];
const AMOUNT_KEYS = new Set<HistoryKey>(["grant", "forecastNetCost", "deviation"]);

/** Header row plus one row per history row, in the order of HISTORY_HEADERS. */
export function historyToValues(rows: HistoryRow[]): CellValue[][] {
  return [[...HISTORY_HEADERS], ...rows.map((row) => KEYS.map((key) => row[key]))];
}


// Excel turns "2024-11" and "2024-11-30" typed into a cell into date serials; both readings are accepted.
function readPeriod(value: CellValue): string | null {
  if (typeof value === "number") return dateFromSerial(value).slice(0, 7);
  const text = cellText(value).trim();
  return isPeriod(text) ? text : null;
}

function readDate(value: CellValue): string | null {
  if (typeof value === "number") return dateFromSerial(value);
  const text = cellText(value).trim();
  return isIsoDate(text) ? text : null;
}

function readTimestamp(value: CellValue): string | null {
  if (typeof value === "number") return timestampFromSerial(value);
  const text = cellText(value).trim();
  return text !== "" && !Number.isNaN(Date.parse(text)) ? text : null;
}

/**
 * Reads the history table (header row first). Columns are found by their headers, so a user may
 * reorder them; a deleted or renamed column, or a cell that cannot be read, is an error naming the cell.
 */
export function historyFromValues(values: CellValue[][], sheet: string, topLeft: string): { rows: HistoryRow[]; errors: Problem[] } {
  const origin = parseCell(topLeft) ?? { row: 0, column: 0 };
  const at = (row: number, column: number) => cellAddress(sheet, { row: origin.row + row, column: origin.column + column });
  const errors: Problem[] = [];
  if (values.length === 0) return { rows: [], errors };
  const header = values[0].map((value) => normaliseHeader(cellText(value)));
  const width = Math.max(values[0].length, 1);
  const columnOf = new Map<HistoryKey, number>();
  KEYS.forEach((key, index) => {
    const column = header.indexOf(normaliseHeader(HISTORY_HEADERS[index]));
    if (column >= 0) columnOf.set(key, column);
    else
      errors.push(
        problem("historyMissingColumn", "error", rangeAddress(sheet, origin, { row: origin.row, column: origin.column + width - 1 }), { header: HISTORY_HEADERS[index] }),
      );
  });
  if (errors.length > 0) return { rows: [], errors };
  const rows: HistoryRow[] = [];
  const rowCells: Array<{ area: string; row: number }> = [];
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    if (line.every((value) => cellText(value).trim() === "")) continue;
    const row: Partial<Record<HistoryKey, string | number>> = {};
    let ok = true;
    for (const key of KEYS) {
      const column = columnOf.get(key) as number;
      const value = line[column] ?? "";
      const cell = at(r, column);
      if (AMOUNT_KEYS.has(key)) {
        const { amount, problem: parsed } = cellProblem(value, cell, "grant", "error");
        const found = parsed ?? (amount.ok ? amountProblem(value, amount, undefined, "kr", cell, "grant", "error") : null);
        if (found || !amount.ok) {
          if (found) errors.push({ ...found, params: { ...found.params, field: HISTORY_HEADERS[KEYS.indexOf(key)] } });
          ok = false;
        } else row[key] = amount.value;
        continue;
      }
      const read = key === "period" ? readPeriod(value) : key === "reportDate" ? readDate(value) : key === "savedAt" ? readTimestamp(value) : displayLabel(cellText(value));
      if (read === null || read === "") {
        errors.push(problem(cellText(value).trim() === "" ? "emptyCell" : "historyBadValue", "error", cell, { field: HISTORY_HEADERS[KEYS.indexOf(key)], text: cellText(value) }));
        ok = false;
      } else row[key] = read;
    }
    if (ok) {
      rows.push(row as unknown as HistoryRow);
      rowCells.push({ area: at(r, columnOf.get("area") as number), row: origin.row + r + 1 });
    }
  }
  errors.push(...duplicateProblems(rows, rowCells));
  return { rows, errors };
}

/**
 * One error per period that holds an area twice (the same labelKey): such rows would be added, doubling the
 * baseline the arrows compare with. It names the area cell of the first repeated row. A period is kept once
 * per area, whatever its report dates: a mid-month and a month-end forecast under one key are duplicates too.
 */
function duplicateProblems(rows: HistoryRow[], cells: Array<{ area: string; row: number }>): Problem[] {
  const firstRow = new Map<string, number>();
  const byPeriod = new Map<string, { first: Problem; count: number }>();
  rows.forEach((row, index) => {
    const key = `${row.period}\u0000${labelKey(row.area)}`;
    const seenAt = firstRow.get(key);
    if (seenAt === undefined) {
      firstRow.set(key, cells[index].row);
      return;
    }
    const found = byPeriod.get(row.period);
    if (found) found.count++;
    else byPeriod.set(row.period, { first: problem("historyDuplicate", "error", cells[index].area, { area: row.area, period: row.period, firstRow: seenAt }), count: 1 });
  });
  return [...byPeriod.values()].map(({ first, count }) => ({ ...first, params: { ...first.params, count } }));
}

/** Replaces the rows of one period; other periods keep their rows and order. A new period goes in period order. */
export function upsertPeriod(existing: HistoryRow[], newRows: HistoryRow[], period: string): HistoryRow[] {
  const firstOld = existing.findIndex((row) => row.period === period);
  const kept = existing.filter((row) => row.period !== period);
  const insertAt = firstOld >= 0 ? firstOld : insertionPoint(kept, period);
  return [...kept.slice(0, insertAt), ...newRows, ...kept.slice(insertAt)];
}

function insertionPoint(rows: HistoryRow[], period: string): number {
  const later = rows.findIndex((row) => row.period > period);
  return later < 0 ? rows.length : later;
}

export interface Baseline {
  period: string;
  reportDate: string;
  rows: HistoryRow[];
}

/**
 * The stored forecast to compare with: the chosen period when given and stored, else the latest period
 * strictly before the report's. Never the report's own period, so re-running an update keeps its baseline.
 */
export function pickBaseline(history: HistoryRow[], period: string, chosen?: string): Baseline | null {
  const periods = [...new Set(history.map((row) => row.period))];
  let picked: string | undefined;
  if (chosen !== undefined) picked = chosen !== period && periods.includes(chosen) ? chosen : undefined;
  else picked = periods.filter((candidate) => candidate < period).sort().pop();
  if (picked === undefined) return null;
  const rows = history.filter((row) => row.period === picked);
  return { period: picked, reportDate: rows[rows.length - 1].reportDate, rows };
}

/** Stored periods, newest first, for the pane's history list and baseline picker. */
export function storedPeriods(history: HistoryRow[]): Array<{ period: string; reportDate: string; areas: number; savedAt: string; grant: number }> {
  const byPeriod = new Map<string, HistoryRow[]>();
  for (const row of history) byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([period, rows]) => ({ period, reportDate: rows[rows.length - 1].reportDate, areas: rows.length, savedAt: rows[rows.length - 1].savedAt, grant: sumKronor(rows.map((row) => row.grant)) }));
}

/** Baseline deviations per area key (labelKey of the area name). historyFromValues refuses duplicates; given rows with them, they are added. */
export function baselineDeviations(baseline: Baseline): Map<string, { area: string; deviation: number }> {
  const grouped = new Map<string, { area: string; values: number[] }>();
  for (const row of baseline.rows) {
    const key = labelKey(row.area);
    const entry = grouped.get(key) ?? { area: row.area, values: [] };
    entry.values.push(row.deviation);
    grouped.set(key, entry);
  }
  return new Map([...grouped.entries()].map(([key, entry]) => [key, { area: entry.area, deviation: sumKronor(entry.values) }]));
}

/** The rows an update stores for its own period. */
export function toHistoryRows(report: Report, savedAt: string): HistoryRow[] {
  return report.rows.map((row) => ({
    period: report.period,
    reportDate: report.reportDate,
    area: row.area,
    grant: row.grant,
    forecastNetCost: row.forecastNetCost,
    deviation: row.deviation,
    savedAt,
  }));
}

