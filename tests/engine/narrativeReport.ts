// Builds a Report by hand for the narrative tests: amounts in tkr as a committee's table writes them.
import type { Report, ReportRow, Trend } from "../../src/engine/types";

export interface AreaFigures {
  area: string;
  /** tkr */
  grant: number;
  /** tkr, money spent (positive) */
  forecastNetCost: number;
  /** tkr; omitted = no period column */
  periodDeviation?: number;
  /** tkr; omitted = no baseline row for the area */
  baselineDeviation?: number;
}

const TKR = 1_000;

function trendOf(change: number | null, tolerance: number): Trend {
  if (change === null) return "new";
  return change > tolerance ? "improved" : change < -tolerance ? "worsened" : "unchanged";
}

function row(key: string, area: string, grant: number, netCost: number, period: number | null, baseline: number | null, cell: string): ReportRow {
  const deviation = grant - netCost;
  const change = baseline === null ? null : deviation - baseline;
  return {
    key, area, grant, forecastNetCost: netCost, deviation,
    pctOfGrant: grant === 0 ? null : deviation / Math.abs(grant),
    periodDeviation: period, baselineDeviation: baseline, change, trend: trendOf(change, 0), cell,
  };
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** A report per 30 November 2024 (period jan–nov, output in tkr) over the given areas. */
export function reportOf(areas: AreaFigures[], options: { baselineDate?: string; reportDate?: string } = {}): Report {
  const reportDate = options.reportDate ?? "2024-11-30";
  const hasPeriod = areas.some((a) => a.periodDeviation !== undefined);
  const hasBaseline = options.baselineDate !== undefined;
  const rows = areas.map((a, i) => row(
    a.area.toLowerCase(), a.area, a.grant * TKR, a.forecastNetCost * TKR,
    a.periodDeviation === undefined ? null : a.periodDeviation * TKR,
    hasBaseline && a.baselineDeviation !== undefined ? a.baselineDeviation * TKR : null,
    `Controller!A${4 + i}`,
  ));
  const baselineRows = rows.filter((r) => r.baselineDeviation !== null);
  const total = row(
    "nämndens ram", "Nämndens ram", sum(rows.map((r) => r.grant)), sum(rows.map((r) => r.forecastNetCost)),
    hasPeriod ? sum(rows.map((r) => r.periodDeviation ?? 0)) : null,
    hasBaseline ? sum(baselineRows.map((r) => r.baselineDeviation ?? 0)) : null, "",
  );
  return {
    reportDate, period: reportDate.slice(0, 7), periodLabel: "jan–nov", year: Number(reportDate.slice(0, 4)),
    outputUnit: "tkr",
    baseline: hasBaseline ? { period: (options.baselineDate ?? "").slice(0, 7), reportDate: options.baselineDate ?? "" } : null,
    rows, total, hasPeriodDeviation: hasPeriod, detected: [], warnings: [], errors: [],
  };
}
