// The --json output of `prognos update` (issue 6's contract): built from the engine's Report.
import type { Accuracy } from "../engine/accuracy";
import type { Development } from "../engine/development";
import type { HistoryRow, OutputUnit, Problem, Report, ReportRow, Trend } from "../engine/types";
import { toOutputUnit } from "../engine/units";
import { t } from "../i18n";
import type { CliLang } from "./messages";

export interface JsonRow {
  area: string;
  periodDeviation: number | null;
  grant: number;
  /** Negative for a cost, as in the report. */
  forecastNetCost: number;
  deviation: number;
  /** A ratio: 0.031 is 3,1 %. */
  pctOfGrant: number | null;
  baselineDeviation: number | null;
  change: number | null;
  trend: Trend;
}

export interface JsonProblem {
  code: string;
  /** "error", or for a warning "check" (the report may be wrong or stale) or "info". */
  severity: Problem["severity"];
  cell: string | null;
  message: string;
}

export interface JsonStats {
  syncs: number;
  maxRequestBytes: number;
}

export interface UpdateJson {
  reportDate: string | null;
  period: string | null;
  periodLabel: string | null;
  unit: OutputUnit | null;
  baseline: { period: string; reportDate: string } | null;
  rows: JsonRow[];
  total: JsonRow | null;
  warnings: JsonProblem[];
  errors: JsonProblem[];
  narrative: string | null;
  /** How the forecast moved through the report's year (issue 22); null when the update did not run. */
  development: JsonDevelopment | null;
  /** The year's forecasts against its outcome; null without an outcome (or when the update did not run). */
  accuracy: JsonAccuracy | null;
  stats: JsonStats;
}

/** The shape: one value per period, in the output unit, null where the period lacks the area. */
export interface JsonDevelopment {
  periods: Array<{ period: string; reportDate: string }>;
  rows: Array<{ area: string; values: Array<number | null> }>;
  total: { values: Array<number | null> };
}

export interface JsonAccuracy {
  outcomePeriod: string;
  rows: Array<{ area: string; outcome: number | null; forecasts: Array<{ period: string; deviation: number | null; error: number | null }> }>;
  total: { outcome: number; forecasts: Array<{ period: string; deviation: number; error: number }> };
  meanAbsoluteError: Array<{ period: string; value: number | null }>;
}

export function developmentJson(development: Development): JsonDevelopment {
  return {
    periods: development.periods.map(({ period, reportDate }) => ({ period, reportDate })),
    rows: development.rows.map(({ area, values }) => ({ area, values: [...values] })),
    total: { values: [...development.total.values] },
  };
}

export function accuracyJson(accuracy: Accuracy): JsonAccuracy {
  return {
    outcomePeriod: accuracy.outcomePeriod,
    rows: accuracy.rows.map(({ area, outcome, forecasts }) => ({ area, outcome, forecasts: forecasts.map(({ period, deviation, error }) => ({ period, deviation, error })) })),
    total: { outcome: accuracy.total.outcome, forecasts: accuracy.total.forecasts.map(({ period, deviation, error }) => ({ period, deviation, error })) },
    meanAbsoluteError: accuracy.meanAbsoluteError.map(({ period, value }) => ({ period, value })),
  };
}

// Decision: amounts are given unrounded in the output unit (the engine's kronor / 1000 for tkr);
// rounding to the displayed precision is the reader's choice, and --help says so.
function amount(kronor: number, unit: OutputUnit): number {
  const value = toOutputUnit(kronor, unit);
  return value === 0 ? 0 : value; // no -0 in JSON consumers' comparisons
}

function optionalAmount(kronor: number | null, unit: OutputUnit): number | null {
  return kronor === null ? null : amount(kronor, unit);
}

export function jsonRow(row: ReportRow, unit: OutputUnit): JsonRow {
  return {
    area: row.area,
    periodDeviation: optionalAmount(row.periodDeviation, unit),
    grant: amount(row.grant, unit),
    forecastNetCost: amount(-row.forecastNetCost, unit),
    deviation: amount(row.deviation, unit),
    pctOfGrant: row.pctOfGrant,
    baselineDeviation: optionalAmount(row.baselineDeviation, unit),
    change: optionalAmount(row.change, unit),
    trend: row.trend,
  };
}

/** The message without the cell: the cell has its own field. */
export function jsonProblem(problem: Problem, lang: CliLang): JsonProblem {
  return { code: problem.code, severity: problem.severity, cell: problem.cell ?? null, message: t(problem.code, problem.params, lang) };
}

export interface UpdateJsonInput {
  report: Report | null;
  errors: Problem[];
  warnings: Problem[];
  narrative: string[] | null;
  stats: JsonStats;
  lang: CliLang;
  development?: Development | null;
  accuracy?: Accuracy | null;
}

export function updateJson({ report, errors, warnings, narrative, stats, lang, development = null, accuracy = null }: UpdateJsonInput): UpdateJson {
  const unit = report?.outputUnit ?? null;
  return {
    reportDate: report?.reportDate ?? null,
    period: report?.period ?? null,
    periodLabel: report?.periodLabel ?? null,
    unit,
    baseline: report?.baseline ? { period: report.baseline.period, reportDate: report.baseline.reportDate } : null,
    rows: report && unit ? report.rows.map((row) => jsonRow(row, unit)) : [],
    total: report && unit ? jsonRow(report.total, unit) : null,
    warnings: warnings.map((problem) => jsonProblem(problem, lang)),
    errors: errors.map((problem) => jsonProblem(problem, lang)),
    narrative: narrative && narrative.length > 0 ? narrative.join("\n\n") : null,
    development: development ? developmentJson(development) : null,
    accuracy: accuracy ? accuracyJson(accuracy) : null,
    stats: { syncs: stats.syncs, maxRequestBytes: stats.maxRequestBytes },
  };
}

export interface ImportJson {
  period: string;
  reportDate: string | null;
  rows: Array<{ area: string; grant: number; forecastNetCost: number; deviation: number }>;
  warnings: JsonProblem[];
  errors: JsonProblem[];
  stats: JsonStats;
}

/** History rows are kronor; the baseline is shown in tkr, the default output unit. */
export function importJson(
  period: string,
  rows: HistoryRow[],
  errors: Problem[],
  warnings: Problem[],
  stats: JsonStats,
  lang: CliLang,
): ImportJson {
  return {
    period,
    reportDate: rows[0]?.reportDate ?? null,
    rows: rows.map((row) => ({
      area: row.area,
      grant: amount(row.grant, "tkr"),
      forecastNetCost: amount(-row.forecastNetCost, "tkr"),
      deviation: amount(row.deviation, "tkr"),
    })),
    warnings: warnings.map((problem) => jsonProblem(problem, lang)),
    errors: errors.map((problem) => jsonProblem(problem, lang)),
    stats: { syncs: stats.syncs, maxRequestBytes: stats.maxRequestBytes },
  };
}
