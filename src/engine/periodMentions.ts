// Periods and dates written in a source's headers or title ("Budgetavvikelse jan-nov", "per den 30 november
// 2024", "november 2024"), so that a report dated another month is caught (design §3 "Severity": check).
import { parseIsoDate } from "./period";

export interface PeriodMention {
  /** The words as found ("jan-nov", "30 november 2024"). */
  found: string;
  /** The month the mention ends with, 1–12. */
  month: number;
  /** The year, when the mention has one. */
  year: number | null;
}

const MONTH_WORDS: Array<[RegExp, number]> = [
  [/^jan/, 1], [/^feb/, 2], [/^mar/, 3], [/^apr/, 4], [/^ma[jy]/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^o[ck]t/, 10], [/^nov/, 11], [/^dec/, 12],
];
const MONTH = "(jan(?:uari|uary)?|feb(?:ruari|ruary)?|mars?|march|apr(?:il)?|maj|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:usti|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const RANGE = new RegExp(`\\b(jan(?:uari|uary)?)\\.?\\s*[-\\u2010-\\u2015\\u2212]\\s*${MONTH}\\.?(?![a-zåäö])`, "giu");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, "giu");
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "giu");
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;

function monthOf(word: string): number | null {
  const lower = word.toLocaleLowerCase("sv");
  return MONTH_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

/** Every period or date the text names; a range "jan–nov" ends in its last month and has no year. */
export function periodMentions(text: string): PeriodMention[] {
  const mentions: PeriodMention[] = [];
  const taken: Array<[number, number]> = [];
  const add = (match: RegExpMatchArray, month: number | null, year: number | null) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (month === null || taken.some(([from, to]) => start < to && end > from)) return;
    taken.push([start, end]);
    mentions.push({ found: match[0].trim(), month, year });
  };
  for (const match of text.matchAll(ISO_DATE)) {
    const date = parseIsoDate(match[1]);
    if (date) add(match, date.month, date.year);
  }
  for (const match of text.matchAll(DAY_MONTH_YEAR)) add(match, monthOf(match[2]), Number(match[3]));
  for (const match of text.matchAll(MONTH_YEAR)) add(match, monthOf(match[1]), Number(match[2]));
  for (const match of text.matchAll(RANGE)) add(match, monthOf(match[2]), null);
  return mentions;
}
