// "Import baseline" (first month of use): a range holding last period's table becomes history rows.
import { parseSource } from "./source";
import { checkTotals, reconcileRows } from "./reconcile";
import type { HistoryRow, Problem, SourceData } from "./types";
import { subtractKronor } from "./units";

const SCALE = 10_000;

/** Reads a baseline table with the same mapping rules as a source; rows with the same area are added. */
export function baselineFromSource(
  source: SourceData,
  period: string,
  reportDate: string,
  savedAt: string,
): { rows: HistoryRow[]; errors: Problem[]; warnings: Problem[] } {
  const parsed = parseSource(source);
  const warnings = [...parsed.warnings, ...reconcileRows(parsed), ...checkTotals(parsed)];
  const byKey = new Map<string, { area: string; grant: number; netCost: number }>();
  for (const row of parsed.rows) {
    if (!row.valid) continue;
    const entry = byKey.get(row.key) ?? { area: row.area, grant: 0, netCost: 0 };
    entry.grant += Math.round(row.grant * SCALE);
    entry.netCost += Math.round(row.forecastNetCost * SCALE);
    byKey.set(row.key, entry);
  }
  const rows = [...byKey.values()].map((entry) => {
    const grant = entry.grant / SCALE;
    const forecastNetCost = entry.netCost / SCALE;
    return { period, reportDate, area: entry.area, grant, forecastNetCost, deviation: subtractKronor(grant, forecastNetCost), savedAt };
  });
  return { rows: parsed.errors.length > 0 ? [] : rows, errors: parsed.errors, warnings };
}
