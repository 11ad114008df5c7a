// How good the year's forecasts were (prognossäkerhet, design §2 "Development and accuracy"): once a
// stored period is marked as the year's outcome (utfall), each earlier forecast against it.
import type { DevelopmentPeriod } from "./development";
import { isPeriod } from "./period";
import type { HistoryRow, OutputUnit } from "./types";
import { subtractKronor, sumKronor } from "./units";
import { areasInOrder, forecastsOfYear, inUnit, type PeriodForecasts } from "./yearHistory";

export interface AccuracyForecast {
  period: string;
  /** The period's full-year deviation, output unit; null when the period lacks the area. */
  deviation: number | null;
  /** outcome − deviation: positive when the outcome was better than forecast; null unless both exist. */
  error: number | null;
}

export interface AccuracyRow {
  area: string;
  /** The outcome period's deviation, output unit; null for an area only forecasts had. */
  outcome: number | null;
  /** One per forecast period, in the order of Accuracy.periods. */
  forecasts: AccuracyForecast[];
}

export interface AccuracyTotal {
  /** The outcome period's "Nämndens ram". */
  outcome: number;
  /** Each forecast period's total against it: always both present, so never null. */
  forecasts: Array<{ period: string; deviation: number; error: number }>;
}

export interface MeanAbsoluteError {
  period: string;
  /** Mean of |error| over the areas the period and the outcome both hold; null when they share none. */
  value: number | null;
  /** How many areas the mean is over. */
  areas: number;
}

/** `{ outcomePeriod, rows, total, meanAbsoluteError }` is the `accuracy` of --json. */
export interface Accuracy {
  year: number;
  unit: OutputUnit;
  outcomePeriod: string;
  outcomeReportDate: string;
  /** The forecast periods: every stored period of the outcome's year before it, in period order. */
  periods: DevelopmentPeriod[];
  rows: AccuracyRow[];
  total: AccuracyTotal;
  meanAbsoluteError: MeanAbsoluteError[];
}

function errorOf(outcome: number | null, forecast: number | null): number | null {
  return outcome === null || forecast === null ? null : subtractKronor(outcome, forecast);
}

function meanAbsolute(errors: readonly (number | null)[]): { kronor: number | null; areas: number } {
  const present = errors.filter((error): error is number => error !== null).map(Math.abs);
  return { kronor: present.length === 0 ? null : sumKronor(present) / present.length, areas: present.length };
}

/**
 * Each forecast of the outcome's year against the outcome: per area (those of the outcome period in its row
 * order, then those only forecasts had, newest forecast first) and for the total. The forecasts are the stored
 * periods of the same year strictly before `outcomePeriod`; later periods and other years are ignored.
 * The mean absolute error is per forecast period over the areas present in both it and the outcome; the
 * total's error is separate (area errors of opposite sign cancel in it, never in the mean).
 * Null when `outcomePeriod` is not a "YYYY-MM" period stored in the history.
 */
export function buildAccuracy(history: readonly HistoryRow[], outcomePeriod: string, unit: OutputUnit): Accuracy | null {
  if (!isPeriod(outcomePeriod)) return null;
  const year = Number(outcomePeriod.slice(0, 4));
  const all = forecastsOfYear(history, year);
  const outcome = all.find((p) => p.period === outcomePeriod);
  if (!outcome) return null;
  const forecasts = all.filter((p) => p.period < outcomePeriod);

  const kronorRows = areasInOrder([...forecasts, outcome], outcomePeriod).map(({ key, area }) => {
    const actual = outcome.deviations.get(key) ?? null;
    return {
      area,
      actual,
      forecasts: forecasts.map((p) => {
        const deviation = p.deviations.get(key) ?? null;
        return { period: p.period, deviation, error: errorOf(actual, deviation) };
      }),
    };
  });
  const optional = (kronor: number | null) => (kronor === null ? null : inUnit(kronor, unit));

  return {
    year,
    unit,
    outcomePeriod,
    outcomeReportDate: outcome.reportDate,
    periods: forecasts.map(({ period, reportDate }) => ({ period, reportDate })),
    rows: kronorRows.map((row) => ({
      area: row.area,
      outcome: optional(row.actual),
      forecasts: row.forecasts.map((f) => ({ period: f.period, deviation: optional(f.deviation), error: optional(f.error) })),
    })),
    total: totalOf(outcome, forecasts, unit),
    meanAbsoluteError: forecasts.map((p, i) => {
      const mean = meanAbsolute(kronorRows.map((row) => row.forecasts[i].error));
      return { period: p.period, value: optional(mean.kronor), areas: mean.areas };
    }),
  };
}

function totalOf(outcome: PeriodForecasts, forecasts: readonly PeriodForecasts[], unit: OutputUnit): AccuracyTotal {
  return {
    outcome: inUnit(outcome.total, unit),
    forecasts: forecasts.map((p) => ({ period: p.period, deviation: inUnit(p.total, unit), error: inUnit(subtractKronor(outcome.total, p.total), unit) })),
  };
}
