// Sign conventions (design §2): which way a workbook writes grants and net costs.
import type { SignConvention } from "./types";

export type SignSource = "config" | "data" | "default";

/** Stockholm style, as in the seed: grant positive, net cost written negative. */
export const DEFAULT_SIGNS = { grant: "positive", netCost: "negative" } as const satisfies Record<string, SignConvention>;

// "Obvious" from the data: every non-zero value has one sign, or at least 3 of 4 (and 4 or more values);
// a few areas with net income or a negative grant (utdelningskrav) do not flip a column.
const CLEAR_MAJORITY = 0.75;
const MIN_FOR_MAJORITY = 4;

export function obviousSign(values: number[]): SignConvention | null {
  const nonZero = values.filter((value) => value !== 0);
  if (nonZero.length === 0) return null;
  const negatives = nonZero.filter((value) => value < 0).length;
  const positives = nonZero.length - negatives;
  if (negatives === 0) return "positive";
  if (positives === 0) return "negative";
  if (nonZero.length < MIN_FOR_MAJORITY) return null;
  if (negatives / nonZero.length >= CLEAR_MAJORITY) return "negative";
  if (positives / nonZero.length >= CLEAR_MAJORITY) return "positive";
  return null;
}

export interface SignDecision {
  grant: SignConvention;
  netCost: SignConvention;
  source: { grant: SignSource; netCost: SignSource };
}

/**
 * Decides the conventions from configured values, then from the data. When one column is clear and the
 * other is not, the rows tell whether the two are written with opposite signs (KB + prognos = avvikelse).
 */
export function decideSigns(
  configured: { grant?: SignConvention; netCost?: SignConvention } | undefined,
  pairs: Array<{ grant: number; netCost: number }>,
): SignDecision {
  const grantFromData = obviousSign(pairs.map((pair) => pair.grant));
  const netCostFromData = obviousSign(pairs.map((pair) => pair.netCost));
  let grant: SignConvention = configured?.grant ?? grantFromData ?? DEFAULT_SIGNS.grant;
  const grantSource: SignSource = configured?.grant ? "config" : grantFromData ? "data" : "default";
  let netCost: SignConvention = configured?.netCost ?? netCostFromData ?? DEFAULT_SIGNS.netCost;
  let netCostSource: SignSource = configured?.netCost ? "config" : netCostFromData ? "data" : "default";
  if (netCostSource === "default" && grantSource !== "default") {
    const relation = pairRelation(pairs);
    if (relation) {
      netCost = relation === "same" ? grant : flip(grant);
      netCostSource = "data";
    }
  } else if (grantSource === "default" && netCostSource !== "default") {
    const relation = pairRelation(pairs);
    if (relation) grant = relation === "same" ? netCost : flip(netCost);
    return { grant, netCost, source: { grant: relation ? "data" : "default", netCost: netCostSource } };
  }
  return { grant, netCost, source: { grant: grantSource, netCost: netCostSource } };
}

function flip(sign: SignConvention): SignConvention {
  return sign === "positive" ? "negative" : "positive";
}

function pairRelation(pairs: Array<{ grant: number; netCost: number }>): "same" | "opposite" | null {
  const both = pairs.filter((pair) => pair.grant !== 0 && pair.netCost !== 0);
  if (both.length === 0) return null;
  const opposite = both.filter((pair) => Math.sign(pair.grant) !== Math.sign(pair.netCost)).length;
  if (opposite / both.length >= CLEAR_MAJORITY) return "opposite";
  if ((both.length - opposite) / both.length >= CLEAR_MAJORITY) return "same";
  return null;
}

/** Turns a written value into the normalised one: grant given, net cost spent, both positive in the usual case. */
export function applySign(value: number, convention: SignConvention): number {
  const result = convention === "negative" ? -value : value;
  return result === 0 ? 0 : result;
}
