// The engine's one entry point: sources + configuration + history -> Report (design §2).
import { baselineDeviations, pickBaseline, type Baseline } from "./history";
import { defaultReportDate, isIsoDate, periodEndDate, periodLabel, periodOf, yearOf } from "./period";
import { checkTotals, reconcileRows } from "./reconcile";
import { baselineChecks, grantGrowthCheck, periodChecks } from "./checks";
import { previousYearGrantKronor } from "./config";
import { problem } from "./problems";
import { parseSource, type ParsedSource } from "./source";
import { labelKey } from "./text";
import type { EngineInput, Problem, Report, ReportRow, Trend } from "./types";
import { SCALE, subtractKronor, UNIT_FACTOR } from "./units";

export const TOTAL_LABEL = "Nämndens ram";
export const TOTAL_KEY = "#total";

interface AreaSum {
  key: string;
  area: string;
  cell: string;
  grant: number;
  netCost: number;
  period: number;
}

/** improved / worsened / unchanged by the change of the deviation against the tolerance (kronor). */
export function trendOf(change: number, toleranceKronor: number): Trend {
  if (change > toleranceKronor) return "improved";
  if (change < -toleranceKronor) return "worsened";
  return "unchanged";
}

export function pctOfGrant(deviation: number, grant: number): number | null {
  return grant === 0 ? null : deviation / Math.abs(grant);
}

function resolveReportDate(input: EngineInput, errors: Problem[]): string {
  const given = input.reportDate ?? input.config.reportDate;
  // A date from the settings names the settings' cell; one given to this run (--date, the pane) has none.
  const cell = input.reportDate === undefined ? input.configCell : undefined;
  if (given !== undefined && isIsoDate(given)) {
    // A forecast may be prepared during its own month, never for a later one: 2025-11-30 typed on
    // 5 December 2024 is a typo for 2024, and would store a period that has not happened in the history.
    const lastAllowed = isIsoDate(input.today) ? periodEndDate(periodOf(input.today)) : null;
    if (lastAllowed !== null && given > lastAllowed) errors.push(problem("reportDateInFuture", "error", cell, { value: given, today: input.today }));
    return given;
  }
  if (given !== undefined) errors.push(problem("badReportDate", "error", cell, { value: given }));
  return defaultReportDate(input.today);
}

function sumAreas(parsed: ParsedSource[]): AreaSum[] {
  const areas = new Map<string, AreaSum>();
  for (const source of parsed) {
    for (const row of source.rows) {
      if (!row.valid) continue;
      let sum = areas.get(row.key);
      if (!sum) {
        sum = { key: row.key, area: row.area, cell: row.cell, grant: 0, netCost: 0, period: 0 };
        areas.set(row.key, sum);
      }
      sum.grant += Math.round(row.grant * SCALE);
      sum.netCost += Math.round(row.forecastNetCost * SCALE);
      sum.period += Math.round((row.periodDeviation ?? 0) * SCALE);
    }
  }
  return [...areas.values()].map((sum) => ({ ...sum, grant: sum.grant / SCALE, netCost: sum.netCost / SCALE, period: sum.period / SCALE }));
}

function makeRow(
  sum: AreaSum,
  hasPeriodDeviation: boolean,
  baselineDeviation: number | null,
  toleranceKronor: number,
  hasBaseline: boolean,
): ReportRow {
  const deviation = subtractKronor(sum.grant, sum.netCost);
  const change = baselineDeviation === null ? null : subtractKronor(deviation, baselineDeviation);
  return {
    key: sum.key,
    area: sum.area,
    grant: sum.grant,
    forecastNetCost: sum.netCost,
    deviation,
    pctOfGrant: pctOfGrant(deviation, sum.grant),
    periodDeviation: hasPeriodDeviation ? sum.period : null,
    baselineDeviation,
    change,
    trend: change === null || !hasBaseline ? "new" : trendOf(change, toleranceKronor),
    cell: sum.cell,
  };
}

function sumScaled(values: number[]): number {
  return values.reduce((total, value) => total + Math.round(value * SCALE), 0) / SCALE;
}

export function computeReport(input: EngineInput): Report {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const reportDate = resolveReportDate(input, errors);
  const period = periodOf(reportDate);
  const { config } = input;
  if (input.sources.length === 0) errors.push(problem("noSources", "error"));

  const parsed = input.sources.map(parseSource);
  for (const source of parsed) {
    errors.push(...source.errors);
    warnings.push(...source.warnings, ...reconcileRows(source), ...checkTotals(source));
  }
  const withPeriod = parsed.filter((source) => source.hasPeriodDeviation).length;
  const hasPeriodDeviation = parsed.length > 0 && withPeriod === parsed.length;
  if (withPeriod > 0 && !hasPeriodDeviation) {
    warnings.push(problem("periodDeviationPartial", "warning", undefined, { without: parsed.filter((s) => !s.hasPeriodDeviation).map((s) => s.detected.range).join(", ") }));
  }

  const baseline = pickBaseline(input.history, period, input.baselinePeriod);
  if (input.baselinePeriod === period) {
    // Comparing a period with its own stored forecast would move the baseline on every re-run.
    warnings.push(problem("baselineIsOwnPeriod", "warning", undefined, { period }));
  } else if (input.baselinePeriod !== undefined && !baseline) {
    warnings.push(problem("baselineNotFound", "warning", undefined, { period: input.baselinePeriod }));
  } else if (!baseline && parsed.some((source) => source.rows.length > 0)) {
    warnings.push(problem("noBaseline", "warning", undefined, { period }));
  }
  const toleranceKronor = config.tolerance * UNIT_FACTOR[config.output.unit];
  const areas = sumAreas(parsed);
  // An area whose row has an error is not missing: the error already says what is wrong with it.
  const erroredAreas = new Set(parsed.flatMap((source) => source.rows.filter((row) => !row.valid).map((row) => labelKey(row.area))));
  const rows = compareWithBaseline(areas, baseline, hasPeriodDeviation, toleranceKronor, warnings, erroredAreas);
  const total = totalRow(rows, areas, parsed, baseline, hasPeriodDeviation, toleranceKronor);
  // Whether the report may be wrong or stale (checks.ts): only when the figures themselves could be read.
  if (errors.length === 0) {
    parsed.forEach((source, index) => warnings.push(...periodChecks([...(input.sources[index].title ?? []), ...source.headerCells], reportDate)));
    warnings.push(...baselineChecks(rows, baseline, config.output.unit));
    warnings.push(...grantGrowthCheck(total.grant, previousYearGrantKronor(config), config.output.unit, input.configCell));
  }

  return {
    reportDate,
    period,
    periodLabel: periodLabel(reportDate),
    year: yearOf(reportDate),
    outputUnit: config.output.unit,
    baseline: baseline ? { period: baseline.period, reportDate: baseline.reportDate } : null,
    rows,
    total,
    hasPeriodDeviation,
    detected: parsed.map((source) => source.detected),
    warnings,
    errors,
  };
}

function compareWithBaseline(
  areas: AreaSum[],
  baseline: Baseline | null,
  hasPeriodDeviation: boolean,
  toleranceKronor: number,
  warnings: Problem[],
  erroredAreas: ReadonlySet<string>,
): ReportRow[] {
  const previous = baseline ? baselineDeviations(baseline) : new Map<string, { area: string; deviation: number }>();
  const seen = new Set<string>();
  const rows = areas.map((sum) => {
    // History stores area names, so the baseline is matched by name even when rows are summed by code.
    const nameKey = labelKey(sum.area);
    seen.add(nameKey);
    const before = previous.get(nameKey);
    if (baseline && !before) warnings.push(problem("newArea", "warning", sum.cell, { area: sum.area, period: baseline.period }));
    return makeRow(sum, hasPeriodDeviation, before ? before.deviation : null, toleranceKronor, baseline !== null);
  });
  if (baseline) {
    for (const [key, entry] of previous) {
      if (!seen.has(key) && !erroredAreas.has(key)) warnings.push(problem("missingArea", "warning", undefined, { area: entry.area, period: baseline.period }));
    }
  }
  return rows;
}

function totalRow(
  rows: ReportRow[],
  areas: AreaSum[],
  parsed: ParsedSource[],
  baseline: Baseline | null,
  hasPeriodDeviation: boolean,
  toleranceKronor: number,
): ReportRow {
  const totalCell = parsed.flatMap((source) => source.totals).at(-1)?.cell ?? "";
  const sum: AreaSum = {
    key: TOTAL_KEY,
    area: TOTAL_LABEL,
    cell: totalCell,
    grant: sumScaled(rows.map((row) => row.grant)),
    netCost: sumScaled(rows.map((row) => row.forecastNetCost)),
    period: sumScaled(areas.map((area) => area.period)),
  };
  const baselineTotal = baseline ? sumScaled(baseline.rows.map((row) => row.deviation)) : null;
  return makeRow(sum, hasPeriodDeviation, baselineTotal, toleranceKronor, baseline !== null);
}
