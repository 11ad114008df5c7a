// Numbers as Swedish economists type or paste them (design §2 "Numbers in cells").
import type { CellValue, Unit } from "./types";

export type ParsedAmount =
  | { ok: true; value: number; percent: boolean; decimals: number; unit?: Unit }
  | { ok: false; reason: "empty" | "error" | "text" | "boolean" };

/** Excel's error values as the JavaScript API returns them. */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i;

// Spaces that separate thousands: plain, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009).
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const MINUS_SIGNS = /[\u2212\u2013\u2012\u2010\ufe63\uff0d]/g;
// A trailing unit word ("48 200 tkr") is accepted and reported, so a cell in another unit than its
// source's is converted rather than misread by a factor of a thousand.
const TRAILING_UNIT = /\s*(tusen kronor|miljoner kronor|tkr|mnkr|mkr|kronor|kr|sek|:-)\.?$/i;

function unitOfWord(word: string): Unit {
  const lower = word.toLowerCase();
  if (lower === "tkr" || lower === "tusen kronor") return "tkr";
  if (lower === "mnkr" || lower === "mkr" || lower === "miljoner kronor") return "mnkr";
  return "kr";
}

export function isErrorValue(value: CellValue): value is string {
  return typeof value === "string" && ERROR_VALUE.test(value.trim());
}

/** Number of decimals a finite number shows in its shortest form (0.031 -> 3, 48200 -> 0). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // Fast path for the usual few decimals; 15 significant digits drop floating-point noise (0.1 + 0.2).
  let scaled = value;
  for (let decimals = 1; decimals <= 6; decimals++) {
    scaled *= 10;
    const rounded = Math.round(scaled);
    if (Math.abs(scaled - rounded) <= Math.abs(scaled) * 1e-14) return decimals;
  }
  const text = Number(value.toPrecision(15)).toExponential();
  const [mantissa, exponentText] = text.split("e");
  const fraction = mantissa.split(".")[1] ?? "";
  return Math.max(0, fraction.length - Number(exponentText));
}

/** Reads a cell as an amount. Percent text ("3,1 %") gives the fraction (0.031) with percent: true. */
export function parseAmount(value: CellValue): ParsedAmount {
  if (value === null || value === undefined) return { ok: false, reason: "empty" };
  if (typeof value === "boolean") return { ok: false, reason: "boolean" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { ok: true, value, percent: false, decimals: decimalsOf(value) } : { ok: false, reason: "text" };
  }
  const trimmed = value.replace(SPACES, " ").trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  if (isErrorValue(trimmed)) return { ok: false, reason: "error" };
  return parseNumberText(trimmed);
}

function parseNumberText(text: string): ParsedAmount {
  let rest = text.replace(MINUS_SIGNS, "-");
  let negative = false;
  let percent = false;
  // A trailing minus ("67 000-", "67 000 tkr-") is how some ledgers print negatives.
  if (/\s*-$/.test(rest) && !/:-$/.test(rest) && !/^[-+(]/.test(rest)) {
    negative = true;
    rest = rest.replace(/\s*-$/, "");
  }
  let unit: Unit | undefined;
  const stripUnit = (text: string): string => {
    const match = TRAILING_UNIT.exec(text);
    if (!match) return text.trim();
    unit = unitOfWord(match[1]);
    return text.slice(0, match.index).trim();
  };
  rest = stripUnit(rest);
  const parenthesised = /^\((.*)\)$/.exec(rest);
  if (parenthesised && !negative) {
    negative = true;
    rest = stripUnit(parenthesised[1]);
  }
  if (rest.endsWith("%")) {
    percent = true;
    rest = rest.slice(0, -1).trim();
  }
  const signMatch = /^([+-])\s*/.exec(rest);
  if (signMatch) {
    if (signMatch[1] === "-") negative = !negative;
    rest = rest.slice(signMatch[0].length);
  }
  const digits = rest.replace(SPACES, "");
  const groupsOk = /^\d{1,3}( \d{3})+(,\d+)?$/.test(rest) || !rest.includes(" ");
  // Decimal comma (Swedish) or decimal point (pasted from English sources): exactly one of them.
  const match = /^(\d+)(?:[,.](\d+))?$/.exec(digits) ?? /^()[,.](\d+)$/.exec(digits);
  if (!match || !groupsOk) return { ok: false, reason: "text" };
  const integerPart = match[1] || "0";
  const fraction = match[2] ?? "";
  let result = Number(`${integerPart}.${fraction || "0"}`);
  let decimals = fraction.length;
  if (percent) {
    result = result / 100;
    decimals += 2;
    result = Number(result.toFixed(Math.min(decimals, 100)));
  }
  if (negative) result = -result;
  if (result === 0) result = 0; // no -0
  return unit ? { ok: true, value: result, percent, decimals, unit } : { ok: true, value: result, percent, decimals };
}

export interface FormatOptions {
  /** Decimals shown; default 0. */
  decimals?: number;
  /** Thousands separator; default U+00A0 as Swedish Excel writes it. */
  separator?: string;
  /** How a negative is written; default the hyphen-minus. */
  negative?: "hyphen" | "minus" | "parentheses" | "trailing";
  /** Write as a percentage of the value ("3,1 %"). */
  percent?: boolean;
  /** A trailing unit word such as "tkr". */
  unit?: string;
}

/** Writes a number as Swedish text: "−1 593 981", "3,1 %". parseAmount reads it back. */
export function formatAmount(value: number, options: FormatOptions = {}): string {
  const decimals = options.decimals ?? 0;
  const separator = options.separator ?? "\u00a0";
  const shown = options.percent ? value * 100 : value;
  const fixed = Math.abs(shown).toFixed(decimals);
  const isNegative = shown < 0 && Number(fixed) !== 0;
  const [integerPart, fraction] = fixed.split(".");
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  let text = fraction ? `${grouped},${fraction}` : grouped;
  if (options.percent) text += "\u00a0%";
  if (options.unit) text += ` ${options.unit}`;
  if (!isNegative) return text;
  switch (options.negative ?? "hyphen") {
    case "minus":
      return `\u2212${text}`;
    case "parentheses":
      return `(${text})`;
    case "trailing":
      return `${text}-`;
    default:
      return `-${text}`;
  }
}
