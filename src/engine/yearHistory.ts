// The stored forecasts of one year, period by period: what the development and the accuracy tables
// (design §2 "Development and accuracy") are both built from. Amounts in kronor.
import { isPeriod } from "./period";
import { labelKey } from "./text";
import type { HistoryRow, OutputUnit } from "./types";
import { sumKronor, toOutputUnit } from "./units";

export interface YearArea {
  /** labelKey of the name: history is matched by name, as the baseline is. */
  key: string;
  /** The name as the period it was taken from wrote it. */
  area: string;
}

export interface PeriodForecasts {
  /** "YYYY-MM" */
  period: string;
  /** The latest report date stored for the period (an update stores one per period). */
  reportDate: string;
  /** The period's areas in their stored row order (the source order of the update that stored them). */
  areas: YearArea[];
  /** Full-year deviation per area key; an area stored twice in a period is added, as baselineDeviations does. */
  deviations: Map<string, number>;
  /** Sum of the period's deviations: its "Nämndens ram". */
  total: number;
}

/** The periods of `year` in period order; rows of other years, and rows without a valid period, are ignored. */
export function forecastsOfYear(history: readonly HistoryRow[], year: number): PeriodForecasts[] {
  const prefix = `${year}-`;
  const byPeriod = new Map<string, HistoryRow[]>();
  for (const row of history) {
    if (!row.period.startsWith(prefix) || !isPeriod(row.period)) continue;
    byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
  }
  return [...byPeriod.keys()].sort().map((period) => periodForecasts(period, byPeriod.get(period) ?? []));
}

function periodForecasts(period: string, rows: HistoryRow[]): PeriodForecasts {
  const areas: YearArea[] = [];
  const amounts = new Map<string, number[]>();
  for (const row of rows) {
    const key = labelKey(row.area);
    const found = amounts.get(key);
    if (found) found.push(row.deviation);
    else {
      amounts.set(key, [row.deviation]);
      areas.push({ key, area: row.area });
    }
  }
  return {
    period,
    reportDate: rows.map((row) => row.reportDate).reduce((latest, date) => (date > latest ? date : latest)),
    areas,
    deviations: new Map([...amounts].map(([key, values]) => [key, sumKronor(values)])),
    total: sumKronor(rows.map((row) => row.deviation)),
  };
}

/**
 * Every area of the year once: those of the period `first` in its row order, then those only other periods
 * had, taking the periods newest first. Each keeps the name of the period it was first met in, so an area
 * renamed by case or spacing shows its latest spelling.
 */
export function areasInOrder(periods: readonly PeriodForecasts[], first: string | undefined): YearArea[] {
  const walk = [...periods.filter((p) => p.period === first), ...[...periods].reverse().filter((p) => p.period !== first)];
  const seen = new Map<string, YearArea>();
  for (const forecasts of walk) for (const area of forecasts.areas) if (!seen.has(area.key)) seen.set(area.key, area);
  return [...seen.values()];
}

/** Kronor in the output unit, unrounded (as --json gives amounts), and never −0. */
export function inUnit(kronor: number, unit: OutputUnit): number {
  const value = toOutputUnit(kronor, unit);
  return value === 0 ? 0 : value;
}
