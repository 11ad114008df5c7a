// The report date and what follows from it: the period key, the label "jan–nov", the year.
import type { Lang } from "./types";

/** Month names by language, January first: the one list the engine, the draft text and the pane share. */
export const MONTH_NAMES: Record<Lang, readonly string[]> = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};
export const MONTH_ABBREVIATIONS: Record<Lang, readonly string[]> = {
  sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^(\d{4})-(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2024-11-30" -> { year: 2024, month: 11, day: 30 }, or null for anything that is not a real date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

export function isPeriod(text: string): boolean {
  const match = PERIOD.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

function requireDate(text: string): { year: number; month: number; day: number } {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Not a YYYY-MM-DD date: ${text}`);
  return date;
}

/** The default report date: the last day of the month before `today`. */
export function defaultReportDate(today: string): string {
  const { year, month } = requireDate(today);
  const previousYear = month === 1 ? year - 1 : year;
  const previousMonth = month === 1 ? 12 : month - 1;
  return `${previousYear}-${pad(previousMonth)}-${pad(lastDayOfMonth(previousYear, previousMonth))}`;
}

/** The last day of a "YYYY-MM" period, the report date of an imported baseline. */
export function periodEndDate(period: string): string {
  const [year, month] = period.split("-").map(Number);
  return `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
}

/** "2024-11-30" -> "2024-11", the history key. */
export function periodOf(reportDate: string): string {
  const { year, month } = requireDate(reportDate);
  return `${year}-${pad(month)}`;
}

export function yearOf(reportDate: string): number {
  return requireDate(reportDate).year;
}

/** "2024-11-30" -> "jan–nov" (en dash); January alone is "jan". */
export function periodLabel(reportDate: string, lang: Lang = "sv"): string {
  const { month } = requireDate(reportDate);
  const names = MONTH_ABBREVIATIONS[lang];
  return month === 1 ? names[0] : `${names[0]}\u2013${names[month - 1]}`;
}

/** "2024-11" -> "nov" ("Nov" in English): the month of a period, as the period label abbreviates it. */
export function monthAbbreviation(period: string, lang: Lang = "sv"): string {
  const month = Number(period.slice(5, 7));
  return MONTH_ABBREVIATIONS[lang][month - 1] ?? period;
}

/** "2024-11-30" -> "30 november 2024". */
export function swedishDate(reportDate: string): string {
  const { year, month, day } = requireDate(reportDate);
  return `${day} ${MONTH_NAMES.sv[month - 1]} ${year}`;
}

/** "2024-11-30" -> "30 November 2024". */
export function englishDate(reportDate: string): string {
  const { year, month, day } = requireDate(reportDate);
  return `${day} ${MONTH_NAMES.en[month - 1]} ${year}`;
}

export function localDate(reportDate: string, lang: Lang): string {
  return lang === "sv" ? swedishDate(reportDate) : englishDate(reportDate);
}

/** The Swedish month name of a 1-based month ("november"). */
export function swedishMonth(month: number): string {
  return MONTH_NAMES.sv[month - 1];
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Excel's date serial (1900 system) -> "YYYY-MM-DD": Excel turns typed dates into serials. */
export function dateFromSerial(serial: number): string {
  const date = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Excel's date-time serial -> ISO timestamp (UTC). A workbook holds no time zone: a date-time in a cell is
 * the local time of whoever reads it, as Excel shows it, so it is taken as this machine's local time.
 */
export function timestampFromSerial(serial: number): string {
  const wall = EXCEL_EPOCH_UTC + Math.round(serial * 86_400_000);
  // The zone's offset at that wall time: taken at a first guess of the instant, then at the instant itself.
  const guess = wall + new Date(wall).getTimezoneOffset() * 60_000;
  return new Date(wall + new Date(guess).getTimezoneOffset() * 60_000).toISOString();
}

/** ISO timestamp -> Excel's date-time serial of this machine's local time (what Excel would show here). */
export function localSerialFromTimestamp(timestamp: string): number {
  const date = new Date(timestamp);
  const wall = date.getTime() - date.getTimezoneOffset() * 60_000;
  return (wall - EXCEL_EPOCH_UTC) / 86_400_000;
}
