// Warnings that the report may be wrong or stale (design §3 "Severity": check), beyond reconciliation:
// every figure equal to the baseline's, a kr/tkr/mnkr slip, a sign that flipped, a grant growth against
// last year's grant outside ±25 %, and a period in the source's headers or title other than the report's.
import type { Baseline } from "./history";
import { periodLabel, parseIsoDate } from "./period";
import { periodMentions } from "./periodMentions";
import { problem } from "./problems";
import { labelKey } from "./text";
import type { OutputUnit, Problem, ReportRow } from "./types";
import { toOutputUnit } from "./units";

/** A unit slip makes amounts about 1 000 times (or a thousandth of) last month's: between 500 and 2 000. */
const SLIP_LOW = 500;
const SLIP_HIGH = 2_000;
/** Growth of the grant against last year's beyond this share is not a budget, it is a typo. */
export const GRANT_GROWTH_LIMIT = 0.25;
/** Amounts equal within half a krona are the same figure. */
const SAME = 0.5;

interface BaselineArea {
  grant: number;
  forecastNetCost: number;
  deviation: number;
}

function baselineAreas(baseline: Baseline): Map<string, BaselineArea> {
  const areas = new Map<string, BaselineArea>();
  for (const row of baseline.rows) {
    const key = labelKey(row.area);
    const entry = areas.get(key) ?? { grant: 0, forecastNetCost: 0, deviation: 0 };
    areas.set(key, { grant: entry.grant + row.grant, forecastNetCost: entry.forecastNetCost + row.forecastNetCost, deviation: entry.deviation + row.deviation });
  }
  return areas;
}

function shown(kronor: number, unit: OutputUnit): number {
  const value = Math.round(toOutputUnit(kronor, unit) * 10) / 10;
  return value === 0 ? 0 : value;
}

/** Checks of the rows against the baseline: unchanged figures, unit slips, flipped signs. */
export function baselineChecks(rows: ReportRow[], baseline: Baseline | null, unit: OutputUnit): Problem[] {
  if (!baseline || rows.length === 0) return [];
  const before = baselineAreas(baseline);
  const problems: Problem[] = [];
  const matched = rows.map((row) => ({ row, then: before.get(labelKey(row.area)) }));
  const same = matched.every(({ row, then }) => then !== undefined && Math.abs(row.grant - then.grant) < SAME && Math.abs(row.deviation - then.deviation) < SAME);
  if (same && before.size === rows.length) problems.push(problem("sameAsBaseline", "warning", undefined, { period: baseline.period }));
  for (const { row, then } of matched) {
    if (!then) continue;
    const amounts = [
      ["grant", row.grant, then.grant],
      ["forecastNetCost", row.forecastNetCost, then.forecastNetCost],
    ] as const;
    const params = (field: string, now: number, earlier: number) => ({ area: row.area, field, value: shown(now, unit), baseline: shown(earlier, unit), unit, period: baseline.period });
    // One slip per area is enough: the net cost moves with the grant when the unit is wrong.
    const slip = amounts.find(([, now, earlier]) => now !== 0 && earlier !== 0 && ratioIsSlip(Math.abs(now / earlier)));
    if (slip) problems.push(problem("scaleSlip", "warning", row.cell, { ...params(slip[0], slip[1], slip[2]), factor: Math.abs(slip[1]) > Math.abs(slip[2]) ? "large" : "small" }));
    for (const [field, now, earlier] of amounts) {
      if (now !== 0 && earlier !== 0 && Math.sign(now) !== Math.sign(earlier)) problems.push(problem("signFlipped", "warning", row.cell, params(field, now, earlier)));
    }
  }
  return problems;
}

function ratioIsSlip(ratio: number): boolean {
  return (ratio >= SLIP_LOW && ratio <= SLIP_HIGH) || (ratio <= 1 / SLIP_LOW && ratio >= 1 / SLIP_HIGH);
}

/** Last year's grant (kronor) that gives a growth outside ±25 % to this year's total grant. */
export function grantGrowthCheck(grant: number, previousYearGrant: number | null, unit: OutputUnit, cell: string | undefined): Problem[] {
  if (previousYearGrant === null || previousYearGrant === 0) return [];
  const growth = (grant - previousYearGrant) / Math.abs(previousYearGrant);
  if (Math.abs(growth) <= GRANT_GROWTH_LIMIT) return [];
  return [problem("grantGrowthUnusual", "warning", cell, { previous: shown(previousYearGrant, unit), grant: shown(grant, unit), unit, percent: Math.round(growth * 1000) / 10 })];
}

/** A period or date in a header or title cell that is not the report's month (or year). */
export function periodChecks(cells: Array<{ cell: string; text: string }>, reportDate: string): Problem[] {
  const date = parseIsoDate(reportDate);
  if (!date) return [];
  const report = `${periodLabel(reportDate)} ${date.year}`;
  const problems: Problem[] = [];
  for (const { cell, text } of cells) {
    const wrong = periodMentions(text).find((mention) => mention.month !== date.month || (mention.year !== null && mention.year !== date.year));
    if (!wrong) continue;
    const quoted = text.length > 80 ? `${text.slice(0, 77)}…` : text;
    problems.push(problem("periodMismatch", "warning", cell, { text: quoted, found: wrong.found, report }));
  }
  return problems;
}
