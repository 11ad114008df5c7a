// The report month as the pane picks it (issue 19): the economist reports a month, and the report date is
// that month's last day unless another day is chosen. Month names come from the engine's own lists, never
// from the browser, so the Swedish pane says "november" whatever the system language.
import { lastDayOfMonth, localDate, MONTH_ABBREVIATIONS, MONTH_NAMES, parseIsoDate } from "../engine/period";
import type { Lang } from "../engine/types";

/** A calendar month; `month` is 1–12. */
export interface Month {
  year: number;
  month: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function monthOf(date: string): Month | null {
  const parsed = parseIsoDate(date);
  return parsed ? { year: parsed.year, month: parsed.month } : null;
}

/** The month's last day as "YYYY-MM-DD": the report date a chosen month implies. */
export function monthEnd({ year, month }: Month): string {
  return `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
}

/** The date of a given day of the month, the day kept within the month (31 → 30 in November). */
export function dayOfMonth({ year, month }: Month, day: number): string {
  return `${year}-${pad(month)}-${pad(Math.min(Math.max(1, day), lastDayOfMonth(year, month)))}`;
}

export function isMonthEnd(date: string): boolean {
  const month = monthOf(date);
  return month !== null && monthEnd(month) === date;
}

/** Months counted as one number, so that moving across a year is plain arithmetic. */
const ordinal = ({ year, month }: Month) => year * 12 + (month - 1);
const fromOrdinal = (n: number): Month => ({ year: Math.floor(n / 12), month: (n % 12) + 1 });

/** `delta` months on from `from`, never past `latest` (a report cannot be for a month not yet begun). */
export function moveMonth(from: Month, delta: number, latest?: Month | null): Month {
  const moved = ordinal(from) + delta;
  return fromOrdinal(latest ? Math.min(moved, ordinal(latest)) : moved);
}

export function compareMonths(a: Month, b: Month): number {
  return ordinal(a) - ordinal(b);
}

export function sameMonth(a: Month, b: Month): boolean {
  return ordinal(a) === ordinal(b);
}

/** "november 2024" / "November 2024". */
export function monthLabel({ year, month }: Month, lang: Lang): string {
  return `${MONTH_NAMES[lang][month - 1]} ${year}`;
}

/** "nov" / "Nov": the picker's cells, whose full name is their accessible name. */
export function shortMonthName(month: number, lang: Lang): string {
  return MONTH_ABBREVIATIONS[lang][month - 1];
}

/** The picker's key moves: a row of its grid is three months. null for keys that do not move. */
export function keyMove(key: string): number | null {
  switch (key) {
    case "ArrowLeft":
      return -1;
    case "ArrowRight":
      return 1;
    case "ArrowUp":
      return -3;
    case "ArrowDown":
      return 3;
    case "PageUp":
      return -12;
    case "PageDown":
      return 12;
    default:
      return null;
  }
}

/** The days a report date may fall on in a month: 1 to the last day, each with its written date. */
export function dayChoices(month: Month, lang: Lang): Array<{ day: number; date: string; text: string }> {
  return Array.from({ length: lastDayOfMonth(month.year, month.month) }, (_, index) => {
    const date = dayOfMonth(month, index + 1);
    return { day: index + 1, date, text: localDate(date, lang) };
  });
}
