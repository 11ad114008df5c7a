// How the pane writes numbers and dates: Swedish by default ("−67 000", "3,1 %"), English on request
// ("−67,000", "3.1 %"). The true minus sign, so that a screen reader says "minus".
import { formatAmount } from "../engine/numbers";
import { localDate, MONTH_NAMES } from "../engine/period";
import type { OutputUnit } from "../engine/types";
import { OUTPUT_DECIMALS, toOutputUnit } from "../engine/units";
import type { Lang } from "../i18n/index";
import { shortMonthName } from "./month";

function localise(text: string, lang: Lang): string {
  if (lang === "sv") return text;
  return text.replace(/,/g, ".").replace(/\u00a0(?=\d)/g, ",");
}

/** Kronor shown in the report's unit, without the unit word: "−67 000". */
export function amountText(kronor: number, unit: OutputUnit, lang: Lang): string {
  return localise(formatAmount(toOutputUnit(kronor, unit), { decimals: OUTPUT_DECIMALS[unit], negative: "minus" }), lang);
}

/** A change with its sign always written: "+6 100", "−9 000", "0". */
export function signedAmountText(kronor: number, unit: OutputUnit, lang: Lang): string {
  const text = amountText(kronor, unit, lang);
  return /^[0,.\s\u00a0]+$/.test(text) || text.startsWith("\u2212") ? text : `+${text}`;
}

/** 0.031 → "3,1 %"; null (a zero grant) → "–". */
export function percentText(share: number | null, lang: Lang): string {
  if (share === null) return "\u2013";
  return localise(formatAmount(share, { decimals: 1, percent: true, negative: "minus" }), lang);
}

export function unitWord(unit: OutputUnit): string {
  return unit;
}

export function dateText(reportDate: string, lang: Lang): string {
  return localDate(reportDate, lang);
}

/** "2024-10-31" → "31 okt" (sv) or "31 Oct" (en): short enough for a column header, never "31/10". */
export function dayMonthText(reportDate: string, lang: Lang): string {
  const [, month, day] = reportDate.split("-").map(Number);
  return `${day}\u00a0${shortMonthName(month, lang)}`;
}

/** "2024-10-31" → "31 okt 2024" (sv) or "31 Oct 2024" (en): for a drop-down as narrow as a 200 % pane. */
export function shortDateText(reportDate: string, lang: Lang): string {
  return `${dayMonthText(reportDate, lang)}\u00a0${reportDate.slice(0, 4)}`;
}

/** "2024-11-08T09:00:00.000Z" → "8 november 2024 10:00" (sv) or "8 November 2024 10:00" (en), in the viewer's time zone. */
export function timestampText(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getDate()} ${MONTH_NAMES[lang][date.getMonth()]} ${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
