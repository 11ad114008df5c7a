// How the full-year forecast moved through the year (prognosutveckling, design §2 "Development and
// accuracy"): per area and for the total, the full-year deviation of every stored period of one year.
import { toHistoryRows, upsertPeriod } from "./history";
import type { HistoryRow, OutputUnit, Report } from "./types";
import { subtractKronor } from "./units";
import { areasInOrder, forecastsOfYear, inUnit, type PeriodForecasts } from "./yearHistory";

export interface DevelopmentPeriod {
  /** "YYYY-MM" */
  period: string;
  /** "YYYY-MM-DD": the latest report date stored for the period. */
  reportDate: string;
}

export interface DevelopmentSeries {
  /** One per period of `periods`: the full-year deviation in the output unit; null where the period lacks the area. */
  values: Array<number | null>;
  /**
   * One per period: values[i] − values[i − 1], the change since the period before. null for the first period
   * and wherever either value is null (an area missing in a period has no change into or out of it).
   */
  changes: Array<number | null>;
}

export interface DevelopmentRow extends DevelopmentSeries {
  area: string;
}

/** `{ periods, rows, total }` is the `development` of --json; `year` and `unit` say what it is of. */
export interface Development {
  year: number;
  unit: OutputUnit;
  /** Every stored period of the year, in period order. */
  periods: DevelopmentPeriod[];
  rows: DevelopmentRow[];
  /** "Nämndens ram": per period the sum of all that period's areas, so never null. */
  total: DevelopmentSeries;
}

export interface DevelopmentOptions {
  year: number;
  unit: OutputUnit;
  /** The period whose row order leads the areas (the report's own); default: the newest period of the year. */
  orderPeriod?: string;
}

function series(kronor: Array<number | null>, unit: OutputUnit): DevelopmentSeries {
  return {
    values: kronor.map((value) => (value === null ? null : inUnit(value, unit))),
    // Changes are taken in kronor, exactly, before the unit's division.
    changes: kronor.map((value, i) => {
      const before = i === 0 ? null : kronor[i - 1];
      return value === null || before === null ? null : inUnit(subtractKronor(value, before), unit);
    }),
  };
}

function periodsOf(forecasts: readonly PeriodForecasts[]): DevelopmentPeriod[] {
  return forecasts.map(({ period, reportDate }) => ({ period, reportDate }));
}

/**
 * The development of `year` over the given history rows, whatever their order. Rows of other years are
 * ignored (and, this being a pure function, never changed). Areas: those of `orderPeriod` in its row order
 * first, then those only other periods had, newest period first (see areasInOrder).
 */
export function buildDevelopment(history: readonly HistoryRow[], options: DevelopmentOptions): Development {
  const forecasts = forecastsOfYear(history, options.year);
  const first = options.orderPeriod ?? forecasts.at(-1)?.period;
  const rows = areasInOrder(forecasts, first).map(({ key, area }) => ({
    area,
    ...series(forecasts.map((p) => p.deviations.get(key) ?? null), options.unit),
  }));
  return {
    year: options.year,
    unit: options.unit,
    periods: periodsOf(forecasts),
    rows,
    total: series(forecasts.map((p) => p.total), options.unit),
  };
}

/**
 * The history as it stands once the update has stored the report: `stored` with the report's own period
 * replaced by (or given) the report's rows, exactly as the update's upsert leaves Prognoshistorik.
 * Passing a history that already holds the upsert gives the same rows again.
 */
export function historyWithReport(report: Report, stored: readonly HistoryRow[]): HistoryRow[] {
  // No saved-at: nothing here reads it, and the update stamps its own rows when it writes them.
  return upsertPeriod([...stored], toHistoryRows(report, ""), report.period);
}

/**
 * The development an update writes: the report's year and unit, the history as read before the update
 * (`stored`) with the report's figures in place of whatever its own period held, and the report's source
 * order leading the areas. The report must be one without errors (one the update would store). Periods of
 * the year after the report's stay in (they are stored): re-running October after November shows November too.
 */
export function developmentOfReport(report: Report, stored: readonly HistoryRow[]): Development {
  return buildDevelopment(historyWithReport(report, stored), { year: report.year, unit: report.outputUnit, orderPeriod: report.period });
}
