// What the narrative may say, taken from the report's numbers only (no causes, no judgement).
import type { OutputUnit, Report, ReportRow } from "../types";

export type Balance = "surplus" | "deficit" | "zero";

export interface AreaChange {
  area: string;
  /** Magnitude of the change in kronor. */
  amount: number;
}

export interface NarrativeFacts {
  year: number;
  /** `doubted`: a check warning says last year's grant gives an implausible growth; no figure of it is stated. */
  grantGrowth: { grant: number; previousYearGrant: number; change: number; changeIsZero: boolean; percent: number | null; doubted: boolean } | null;
  period: { lastMonth: number; total: number; balance: Balance; surplusAreas: string[]; deficitAreas: string[] } | null;
  fullYear: {
    total: number;
    balance: Balance;
    /** The baseline's total had the same balance ("liksom tidigare"). */
    sameBalanceAsBaseline: boolean;
    periodBalance: Balance | null;
    surplusAreas: string[];
    deficitAreas: string[];
    areaCount: number;
  };
  change: {
    baselineDate: string;
    total: number;
    totalTrend: "improved" | "worsened" | "unchanged";
    improved: AreaChange[];
    worsened: AreaChange[];
    newAreas: string[];
  } | null;
}

/**
 * An amount counts as zero ("nollresultat", not listed among surpluses or deficits) when the
 * table shows it as zero: under half a unit of the output precision — 500 kr for tkr, 50 000 kr
 * for mnkr with one decimal. So the prose never contradicts the table it stands under.
 */
export function zeroLimit(unit: OutputUnit): number {
  return unit === "mnkr" ? 50_000 : 500;
}

export function balanceOf(amount: number, limit: number): Balance {
  if (Math.abs(amount) < limit) return "zero";
  return amount > 0 ? "surplus" : "deficit";
}

function areasWith(rows: readonly ReportRow[], pick: (row: ReportRow) => number | null, balance: Balance, limit: number): string[] {
  return rows.filter((row) => {
    const amount = pick(row);
    return amount !== null && balanceOf(amount, limit) === balance;
  }).map((row) => row.area);
}

/** Month 1–12 of the report's period ("2024-11" → 11), falling back on the report date. */
function lastMonthOf(report: Report): number {
  const match = /^\d{4}-(\d{2})/.exec(report.period) ?? /^\d{4}-(\d{2})/.exec(report.reportDate);
  return match ? Number(match[1]) : 12;
}

export function collectFacts(report: Report, previousYearGrant: number | null): NarrativeFacts {
  const limit = zeroLimit(report.outputUnit);
  const { total, rows } = report;

  let grantGrowth: NarrativeFacts["grantGrowth"] = null;
  if (previousYearGrant !== null && Number.isFinite(previousYearGrant)) {
    const change = total.grant - previousYearGrant;
    grantGrowth = {
      grant: total.grant,
      previousYearGrant,
      change,
      changeIsZero: balanceOf(change, limit) === "zero",
      // A zero previous grant gives no percentage, as % av KB does (design §2).
      percent: previousYearGrant === 0 ? null : (change / Math.abs(previousYearGrant)) * 100,
      doubted: report.warnings.some((warning) => warning.code === "grantGrowthUnusual"),
    };
  }

  const periodTotal = report.hasPeriodDeviation ? total.periodDeviation : null;
  const period = periodTotal === null ? null : {
    lastMonth: lastMonthOf(report),
    total: periodTotal,
    balance: balanceOf(periodTotal, limit),
    surplusAreas: areasWith(rows, (row) => row.periodDeviation, "surplus", limit),
    deficitAreas: areasWith(rows, (row) => row.periodDeviation, "deficit", limit),
  };

  const fullYearBalance = balanceOf(total.deviation, limit);
  const hasBaseline = report.baseline !== null && total.baselineDeviation !== null && total.trend !== "new";
  const fullYear = {
    total: total.deviation,
    balance: fullYearBalance,
    sameBalanceAsBaseline: hasBaseline && balanceOf(total.baselineDeviation ?? 0, limit) === fullYearBalance,
    periodBalance: period?.balance ?? null,
    surplusAreas: areasWith(rows, (row) => row.deviation, "surplus", limit),
    deficitAreas: areasWith(rows, (row) => row.deviation, "deficit", limit),
    areaCount: rows.length,
  };

  // Improved/worsened follow the rows' trend, i.e. the table's arrows with their tolerance.
  const moved = (trend: "improved" | "worsened"): AreaChange[] =>
    rows.filter((row) => row.trend === trend && row.change !== null).map((row) => ({ area: row.area, amount: Math.abs(row.change ?? 0) }));
  const change = !hasBaseline || report.baseline === null || total.trend === "new" ? null : {
    baselineDate: report.baseline.reportDate,
    total: Math.abs(total.change ?? 0),
    totalTrend: total.trend,
    improved: moved("improved"),
    worsened: moved("worsened"),
    newAreas: rows.filter((row) => row.trend === "new").map((row) => row.area),
  };

  return { year: report.year, grantGrowth, period, fullYear, change };
}
