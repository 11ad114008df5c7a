// Words for amounts, lists, months and dates in the narrative's prose (design §2, "Narrative").
import { isIsoDate, localDate, MONTH_NAMES } from "../period";
import type { Lang } from "../types";

interface AmountWords {
  kronor: string;
  thousand: string;
  million: string;
  over: string;
  under: string;
  minus: string;
  thousandsSeparator: string;
  decimalSeparator: string;
  and: string;
}

const WORDS: Record<Lang, AmountWords> = {
  // A plain space between thousands, as the seed writes "4 210 miljoner kronor".
  sv: { kronor: "kronor", thousand: "tusen kronor", million: "miljoner kronor", over: "drygt", under: "knappt",
    minus: "minus", thousandsSeparator: " ", decimalSeparator: ",", and: "och" },
  en: { kronor: "kronor", thousand: "thousand kronor", million: "million kronor", over: "just over",
    under: "just under", minus: "minus", thousandsSeparator: ",", decimalSeparator: ".", and: "and" },
};

const KR_PER_TKR = 1_000;
const KR_PER_TENTH_MNKR = 100_000;
const KR_PER_MNKR = 1_000_000;

/**
 * An amount in kronor as prose: "drygt 31 miljoner kronor", "4 210 miljoner kronor",
 * "knappt 2,5 miljoner kronor", "480 tusen kronor".
 * - 10 mnkr and more: whole millions; below 10 mnkr: millions with one decimal;
 *   below 1 mnkr: whole thousands; below 1 tkr: whole kronor (0 gives "0 kronor").
 *   The step is chosen by the rounded value, so 999 600 kr reads "1,0 miljoner kronor".
 * - "drygt"/"knappt" when rounding moved the value by a quarter of the last shown unit or
 *   more (31,25 mnkr → "drygt 31"; 31,24 → "31"); halves round up ("knappt 32").
 * - A negative amount is prefixed "minus"; the narrative itself passes magnitudes and lets
 *   "överskott"/"underskott" carry the sign.
 */
export function amountInWords(kronor: number, lang: Lang = "sv"): string {
  if (!Number.isFinite(kronor)) throw new RangeError(`amountInWords: not a finite amount: ${kronor}`);
  const words = WORDS[lang];
  const whole = Math.round(Math.abs(kronor));
  const text = magnitudeInWords(whole, words);
  return kronor < 0 && whole !== 0 ? `${words.minus} ${text}` : text;
}

function magnitudeInWords(kronor: number, words: AmountWords): string {
  if (kronor < KR_PER_TKR) return `${kronor} ${words.kronor}`;
  const thousands = roundTo(kronor, KR_PER_TKR);
  if (thousands.units < 1_000) return withQualifier(thousands, String(thousands.units), words.thousand, words);
  const tenths = roundTo(kronor, KR_PER_TENTH_MNKR);
  if (tenths.units < 100) {
    const number = `${Math.floor(tenths.units / 10)}${words.decimalSeparator}${tenths.units % 10}`;
    return withQualifier(tenths, number, words.million, words);
  }
  const millions = roundTo(kronor, KR_PER_MNKR);
  return withQualifier(millions, groupThousands(millions.units, words.thousandsSeparator), words.million, words);
}

interface Rounded {
  /** The rounded value in steps of `step` kronor. */
  units: number;
  step: number;
  /** kronor − units·step, exact because both are whole kronor. */
  rest: number;
}

function roundTo(kronor: number, step: number): Rounded {
  const units = Math.round(kronor / step);
  return { units, step, rest: kronor - units * step };
}

function withQualifier(rounded: Rounded, number: string, unitWords: string, words: AmountWords): string {
  // Integer comparison (4·rest against the step) so the quarter boundary is exact.
  const qualifier = 4 * rounded.rest >= rounded.step ? `${words.over} ` : 4 * rounded.rest <= -rounded.step ? `${words.under} ` : "";
  return `${qualifier}${number} ${unitWords}`;
}

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "A, B och C" (en: "A, B and C"); one item as is; none gives "". */
export function joinList(items: readonly string[], lang: Lang = "sv"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${WORDS[lang].and} ${items[items.length - 1]}`;
}

/** A percentage with one decimal and the language's decimal separator: 3.794 → "3,8". */
export function percentInWords(percent: number, lang: Lang): string {
  return percent.toFixed(1).replace(".", WORDS[lang].decimalSeparator);
}

/** "januari–november" (en: "January–November"); January alone when the period is January. */
export function periodInWords(lastMonth: number, lang: Lang): string {
  const months = MONTH_NAMES[lang];
  const last = months[lastMonth - 1] ?? months[11];
  return lastMonth <= 1 ? months[0] : `${months[0]}–${last}`;
}

/** "2024-10-31" → "31 oktober 2024" (en: "31 October 2024"); text that is not a date is kept as is. */
export function dateInWords(isoDate: string, lang: Lang): string {
  return isIsoDate(isoDate) ? localDate(isoDate, lang) : isoDate;
}
