// Money units. The engine holds kronor; sources and the output have their own unit.
import type { OutputUnit, Unit } from "./types";

export const UNIT_FACTOR: Record<Unit, number> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

export const UNITS: readonly Unit[] = ["kr", "tkr", "mnkr"];
export const OUTPUT_UNITS: readonly OutputUnit[] = ["tkr", "mnkr"];

/** Decimals the output shows: whole tkr, mnkr with one decimal (design §2 "Units"). */
export const OUTPUT_DECIMALS: Record<OutputUnit, number> = { tkr: 0, mnkr: 1 };

// Amounts are held to 1/10 000 krona: sums of such integers are exact, so the order rows
// are added in never changes a total (floating-point addition alone is not associative).
export const SCALE = 10_000;

/**
 * The largest amount (kronor) a cell may hold: held as integers of 1/10 000 krona, an amount is exact only
 * below 2^53 of them, about 9·10^11 kr. A larger cell is refused (amountTooLarge): a municipality's whole
 * budget is far below it, so only a mis-paste (an account number, 1E+15) gets there. A sum of many cells may
 * pass the limit; its error then stays below a thousandth of a krona, far under what the report shows.
 */
export const MAX_EXACT_KRONOR = Math.floor(Number.MAX_SAFE_INTEGER / SCALE);

export function toKronor(value: number, unit: Unit): number {
  return Math.round(value * UNIT_FACTOR[unit] * SCALE) / SCALE;
}

export function fromKronor(kronor: number, unit: Unit): number {
  return kronor / UNIT_FACTOR[unit];
}

export function toOutputUnit(kronor: number, unit: OutputUnit): number {
  return fromKronor(kronor, unit);
}

/** Exact sum of kronor amounts (see SCALE). */
export function sumKronor(values: Iterable<number>): number {
  let scaled = 0;
  for (const value of values) scaled += Math.round(value * SCALE);
  return scaled / SCALE;
}

/** Subtraction at the same precision, so grant − netCost has no floating-point tail. */
export function subtractKronor(a: number, b: number): number {
  return (Math.round(a * SCALE) - Math.round(b * SCALE)) / SCALE;
}

/** Recognises a unit written in a header or title: "Tkr", "(mnkr)", "Belopp i tusen kronor". */
export function unitFromText(text: string): Unit | null {
  const lower = text.toLowerCase();
  if (/\b(mnkr|mkr|miljoner kronor|mn kr|msek)\b/.test(lower)) return "mnkr";
  if (/\b(tkr|tusen kronor|t kr|ksek|tsek)\b/.test(lower)) return "tkr";
  if (/\b(kr|kronor|sek)\b/.test(lower) && !/\bkr\//.test(lower)) return "kr";
  return null;
}
