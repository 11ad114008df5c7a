// Reconciliation (avstämning, design §2): figures the controllers typed are recomputed and
// compared within rounding; each disagreement is a warning naming the typed cell.
import { hair, withinRounding } from "./rounding";
import { applySign } from "./signs";
import { slackOf, type AmountField, type DetailRow, type ParsedSource, type ReadAmount, type TotalRow } from "./source";
import { problem, type WarningCode } from "./problems";
import type { Problem } from "./types";
import { fromKronor, subtractKronor, sumKronor, toKronor } from "./units";


/** Rounds a number for a message to the precision it is compared at (no floating-point tails). */
function shown(value: number, decimals = 6): number {
  const rounded = Number(value.toFixed(Math.max(0, Math.min(decimals, 10))));
  return rounded === 0 ? 0 : rounded;
}

/** Whether a typed percentage matches; a plain number like 3,1 in a "%" column may mean percent points. */
function pctMatches(amount: ReadAmount, computed: number, slack: number): boolean {
  if (withinRounding(computed, amount.value, slack + 0.5 * 10 ** -amount.decimals)) return true;
  return !amount.percent && withinRounding(computed, amount.value / 100, slack + 0.5 * 10 ** -(amount.decimals + 2));
}

/** Slack of a percentage computed from rounded figures: how far rounding of deviation and grant can move it. */
function pctSlack(deviation: number, grant: number, deviationSlack: number, grantSlack: number): number {
  const absGrant = Math.abs(grant);
  return deviationSlack / absGrant + (Math.abs(deviation) * grantSlack) / (absGrant * absGrant);
}

function percentPoints(value: number): number {
  return shown(value * 100, 4);
}

/** A typed amount that disagrees with the one computed from its row beyond rounding (both in kronor here). */
function amountMismatch(code: WarningCode, typed: ReadAmount, area: string, computedKronor: number, unit: ParsedSource["detected"]["unit"]): Problem {
  return problem(code, "warning", typed.cell, {
    area,
    reported: shown(typed.value),
    computed: shown(fromKronor(computedKronor, unit)),
    difference: shown(fromKronor(toKronor(typed.value, unit) - computedKronor, unit)),
    unit,
  });
}

export function reconcileRows(parsed: ParsedSource): Problem[] {
  const problems: Problem[] = [];
  const unit = parsed.unit;
  for (const row of parsed.rows) {
    if (!row.valid) continue;
    const { read } = row;
    const deviation = subtractKronor(row.grant, row.forecastNetCost);
    const grantSlack = slackOf(read.grant, unit, "grant");
    const deviationSlack = grantSlack + slackOf(read.forecastNetCost, unit, "forecastNetCost");
    const reported = read.reportedDeviation;
    if (reported) {
      const reportedKronor = toKronor(reported.value, unit);
      if (!withinRounding(deviation, reportedKronor, deviationSlack + slackOf(reported, unit, "reportedDeviation"))) {
        problems.push(amountMismatch("reconcileDeviation", reported, row.area, deviation, unit));
      }
    }
    if (read.reportedPct && row.grant !== 0) {
      const computed = deviation / Math.abs(row.grant);
      if (!pctMatches(read.reportedPct, computed, pctSlack(deviation, row.grant, deviationSlack, grantSlack))) {
        problems.push(
          problem("reconcilePct", "warning", read.reportedPct.cell, {
            area: row.area,
            reported: percentPoints(read.reportedPct.percent || Math.abs(read.reportedPct.value) < 1.5 ? read.reportedPct.value : read.reportedPct.value / 100),
            computed: percentPoints(computed),
          }),
        );
      }
    }
    const { periodDeviation, periodBudget, periodNetCost } = read;
    if (periodDeviation && periodBudget && periodNetCost) {
      const signs = parsed.detected.signs;
      const computed = subtractKronor(toKronor(applySign(periodBudget.value, signs.grant), unit), toKronor(applySign(periodNetCost.value, signs.netCost), unit));
      const typed = toKronor(periodDeviation.value, unit);
      const slack = slackOf(periodBudget, unit, "periodBudget") + slackOf(periodNetCost, unit, "periodNetCost") + slackOf(periodDeviation, unit, "periodDeviation");
      if (!withinRounding(computed, typed, slack)) {
        problems.push(amountMismatch("reconcilePeriodDeviation", periodDeviation, row.area, computed, unit));
      }
    }
  }
  return problems;
}

interface Expected {
  value: number;
  slack: number;
}

/** What a total row's cell should hold for a set of detail rows, in kronor (fraction for the percentage). */
function expectedFor(field: AmountField, rows: DetailRow[], parsed: ParsedSource): Expected | null {
  const unit = parsed.unit;
  const signs = parsed.detected.signs;
  const slackSum = (...fields: AmountField[]) => rows.reduce((sum, row) => sum + fields.reduce((inner, f) => inner + slackOf(row.read[f], unit, f), 0), 0);
  const grant = sumKronor(rows.map((row) => row.grant));
  const netCost = sumKronor(rows.map((row) => row.forecastNetCost));
  switch (field) {
    case "grant":
      return { value: grant, slack: slackSum("grant") };
    case "forecastNetCost":
      return { value: netCost, slack: slackSum("forecastNetCost") };
    case "reportedDeviation":
      return { value: subtractKronor(grant, netCost), slack: slackSum("grant", "forecastNetCost") };
    case "reportedPct": {
      if (grant === 0) return null;
      const deviation = subtractKronor(grant, netCost);
      return { value: deviation / Math.abs(grant), slack: pctSlack(deviation, grant, slackSum("grant", "forecastNetCost"), slackSum("grant")) };
    }
    case "periodDeviation":
      return { value: sumKronor(rows.map((row) => row.periodDeviation ?? 0)), slack: slackSum("periodDeviation", "periodBudget", "periodNetCost") };
    case "periodBudget":
      return { value: sumKronor(rows.map((row) => toKronor(applySign(row.read.periodBudget?.value ?? 0, signs.grant), unit))), slack: slackSum("periodBudget") };
    case "periodNetCost":
      return { value: sumKronor(rows.map((row) => toKronor(applySign(row.read.periodNetCost?.value ?? 0, signs.netCost), unit))), slack: slackSum("periodNetCost") };
  }
}

/** A total row's typed figure in kronor, in the sign convention of its column. */
function foundFor(field: AmountField, amount: ReadAmount, parsed: ParsedSource): number {
  const signs = parsed.detected.signs;
  if (field === "reportedPct") return amount.value;
  if (field === "grant" || field === "periodBudget") return toKronor(applySign(amount.value, signs.grant), parsed.unit);
  if (field === "forecastNetCost" || field === "periodNetCost") return toKronor(applySign(amount.value, signs.netCost), parsed.unit);
  return toKronor(amount.value, parsed.unit);
}

function toSourceUnit(field: AmountField, kronor: number, parsed: ParsedSource): number {
  if (field === "reportedPct") return percentPoints(kronor);
  const signs = parsed.detected.signs;
  const written = field === "grant" || field === "periodBudget" ? applySign(kronor, signs.grant) : field === "forecastNetCost" || field === "periodNetCost" ? applySign(kronor, signs.netCost) : kronor;
  return shown(fromKronor(written, parsed.unit));
}

/**
 * Total rows are never added; each is checked against the detail rows since the previous total
 * (a subtotal), or since the start of the source, or the whole source (a total written above its rows).
 * Only when none of them matches is it a warning.
 */
export function checkTotals(parsed: ParsedSource): Problem[] {
  const problems: Problem[] = [];
  for (const total of parsed.totals) {
    const candidates = segmentsOf(total, parsed.rows.length);
    const candidateRows = candidates.map(([start, end]) => parsed.rows.slice(start, end));
    if (candidateRows.some((rows) => rows.some((row) => !row.valid))) continue; // errors already reported
    for (const [field, amount] of Object.entries(total.read) as Array<[AmountField, ReadAmount]>) {
      const found = foundFor(field, amount, parsed);
      const ownSlack = field === "reportedPct" ? 0.5 * 10 ** -amount.decimals : slackOf(amount, parsed.unit, field);
      const expectations = candidateRows.map((rows) => (rows.length > 0 ? expectedFor(field, rows, parsed) : null));
      const matches = expectations.some((expected) => expected !== null && withinRounding(expected.value, found, expected.slack + ownSlack + hair(found)));
      const reference = expectations.find((expected) => expected !== null);
      if (matches || !reference) continue;
      problems.push(
        problem("totalMismatch", "warning", amount.cell, {
          label: total.label,
          field,
          found: field === "reportedPct" ? percentPoints(amount.value) : shown(amount.value),
          expected: toSourceUnit(field, reference.value, parsed),
          unit: field === "reportedPct" ? "%" : parsed.unit,
        }),
      );
    }
  }
  return problems;
}

function segmentsOf(total: TotalRow, rowCount: number): Array<[number, number]> {
  const segments: Array<[number, number]> = [[total.segmentStart, total.segmentEnd]];
  if (total.segmentStart > 0) segments.push([0, total.segmentEnd]);
  if (total.segmentEnd === 0) segments.push([0, rowCount]);
  return segments;
}

