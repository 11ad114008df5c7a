// The `Prognoshistorik` table (design §3 "History"): one row per (period, area), amounts in kronor.
import { cellAddress, parseCell, rangeAddress } from "./address";
import { dateFromSerial, isIsoDate, isPeriod, timestampFromSerial } from "./period";
import { problem } from "./problems";
import { amountProblem, cellProblem } from "./source";
import { cellText, displayLabel, labelKey, normaliseHeader } from "./text";
import { AMOUNT_KEYS, FORMER_LAYOUT, HISTORY_KEYS, historyHeader, isHeaderOf, layoutOfHeaders, readOutcome, REQUIRED_KEYS, type HistoryKey, type HistoryLayout } from "./historyLayout";
import type { CellValue, HistoryRow, Problem, Report } from "./types";
import { sumKronor } from "./units";

export const HISTORY_SHEET = "Prognoshistorik";
export const HISTORY_TABLE = "Prognoshistorik";

/** The headers of a history sheet as written before issue 19 (kronor, net cost positive, no outcome column). */
export const HISTORY_HEADERS = [
  "Period",
  "Rapportdatum",
  "Verksamhetsområde",
  "Kommunbidrag helår (kr)",
  "Prognos nettokostnad helår (kr)",
  "Budgetavvikelse helår (kr)",
  "Sparad",
] as const;

/** A history sheet as written before issue 19: header row plus one row per history row (tests build old sheets with it). */
export function historyToValues(rows: HistoryRow[]): CellValue[][] {
  return [[...HISTORY_HEADERS], ...rows.map((row) => REQUIRED_KEYS.map((key) => row[key] as CellValue))];
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

export interface HistoryRead {
  rows: HistoryRow[];
  errors: Problem[];
  /** How the table shows its rows (its headers say): new rows are written the same way. */
  layout: HistoryLayout;
  /** Whether the table has the outcome column (sheets from before issue 22 have none). */
  hasOutcome: boolean;
}

/**
 * Reads the history table (header row first). Columns are found by their headers, so a user may
 * reorder them; a deleted or renamed column, or a cell that cannot be read, is an error naming the cell.
 * The outcome column may be missing: then no period is an outcome.
 */
export function historyFromValues(values: CellValue[][], sheet: string, topLeft: string): HistoryRead {
  const origin = parseCell(topLeft) ?? { row: 0, column: 0 };
  const at = (row: number, column: number) => cellAddress(sheet, { row: origin.row + row, column: origin.column + column });
  const errors: Problem[] = [];
  if (values.length === 0) return { rows: [], errors, layout: FORMER_LAYOUT, hasOutcome: false };
  const header = values[0].map((value) => normaliseHeader(cellText(value)));
  const layout = layoutOfHeaders(header);
  const width = Math.max(values[0].length, 1);
  const columnOf = new Map<HistoryKey, number>();
  for (const key of HISTORY_KEYS) {
    const column = header.findIndex((text) => isHeaderOf(key, text));
    if (column >= 0) columnOf.set(key, column);
    else if (key !== "outcome")
      errors.push(
        problem("historyMissingColumn", "error", rangeAddress(sheet, origin, { row: origin.row, column: origin.column + width - 1 }), { header: historyHeader(key, layout) }),
      );
  }
  const hasOutcome = columnOf.has("outcome");
  if (errors.length > 0) return { rows: [], errors, layout, hasOutcome };
  const fieldOf = (key: HistoryKey) => cellText(values[0][columnOf.get(key) as number]).trim() || historyHeader(key, layout);
  const rows: HistoryRow[] = [];
  const rowCells: Array<{ area: string; row: number }> = [];
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    if (line.every((value) => cellText(value).trim() === "")) continue;
    const row: Partial<Record<HistoryKey, string | number | boolean>> = {};
    let ok = true;
    for (const key of HISTORY_KEYS) {
      const column = columnOf.get(key);
      if (column === undefined) continue;
      const value = line[column] ?? "";
      const cell = at(r, column);
      if (AMOUNT_KEYS.has(key)) {
        const { amount, problem: parsed } = cellProblem(value, cell, "grant", "error");
        const found = parsed ?? (amount.ok ? amountProblem(value, amount, undefined, "kr", cell, "grant", "error") : null);
        if (found || !amount.ok) {
          if (found) errors.push({ ...found, params: { ...found.params, field: fieldOf(key) } });
          ok = false;
        } else row[key] = key === "forecastNetCost" && layout.netCostAsReport ? -amount.value || 0 : amount.value;
        continue;
      }
      if (key === "outcome") {
        const marked = readOutcome(value);
        if (marked === null) {
          errors.push(problem("historyBadValue", "error", cell, { field: fieldOf(key), text: cellText(value) }));
          ok = false;
        } else if (marked) row.outcome = true;
        continue;
      }
      const read = key === "period" ? readPeriod(value) : key === "reportDate" ? readDate(value) : key === "savedAt" ? readTimestamp(value) : displayLabel(cellText(value));
      if (read === null || read === "") {
        errors.push(problem(cellText(value).trim() === "" ? "emptyCell" : "historyBadValue", "error", cell, { field: fieldOf(key), text: cellText(value) }));
        ok = false;
      } else row[key] = read;
    }
    if (ok) {
      rows.push(row as unknown as HistoryRow);
      rowCells.push({ area: at(r, columnOf.get("area") as number), row: origin.row + r + 1 });
    }
  }
  errors.push(...duplicateProblems(rows, rowCells));
  return { rows, errors, layout, hasOutcome };
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
export function storedPeriods(history: HistoryRow[]): Array<{ period: string; reportDate: string; areas: number; savedAt: string; grant: number; outcome: boolean }> {
  const byPeriod = new Map<string, HistoryRow[]>();
  for (const row of history) byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([period, rows]) => ({ period, reportDate: rows[rows.length - 1].reportDate, areas: rows.length, savedAt: rows[rows.length - 1].savedAt, grant: sumKronor(rows.map((row) => row.grant)), outcome: rows.some((row) => row.outcome === true) }));
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


/** The year's outcome: the latest period of `year` marked as outcome (one is marked at a time; a hand-edited sheet may hold more). */
export function outcomePeriodOf(history: readonly HistoryRow[], year: number): string | null {
  const marked = history.filter((row) => row.outcome === true && row.period.startsWith(`${year}-`)).map((row) => row.period);
  return marked.length === 0 ? null : marked.sort().at(-1) ?? null;
}

/**
 * The history with `period` as its year's outcome, and every other period of that year a forecast again
 * (null: no outcome for the year). Rows of other years are the very same objects: they are never changed.
 */
export function markOutcome(history: readonly HistoryRow[], year: number, period: string | null): HistoryRow[] {
  const prefix = `${year}-`;
  return history.map((row) => {
    if (!row.period.startsWith(prefix)) return row;
    const marked = row.period === period;
    if (marked === (row.outcome === true)) return row;
    const { outcome: _dropped, ...rest } = row;
    return marked ? { ...rest, outcome: true } : rest;
  });
}
