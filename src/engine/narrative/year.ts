// The narrative's sentences on the year as a whole (issue 22): how the full-year forecast moved since an
// earlier report of the year, and, at the outcome, how far the interim forecast was from it.
import type { Accuracy } from "../accuracy";
import type { Development, DevelopmentPeriod } from "../development";
import type { Lang, Report } from "../types";
import { subtractKronor, toKronor } from "../units";
import * as en from "./en";
import { balanceOf, type Balance, zeroLimit } from "./facts";
import * as sv from "./sv";
import { amountInWords, dateInWords } from "./words";

export interface YearNarrativeData {
  /** The report's year as developmentOfReport gives it; without it, no development sentence. */
  development?: Development | null;
  /** The year's accuracy (buildAccuracy); its sentence is drafted only when the report is the outcome. */
  accuracy?: Accuracy | null;
}

export interface DevelopmentFacts {
  /** Report date of the period compared with. */
  sinceDate: string;
  /** The report's total deviation − that period's, kronor: positive = improved. */
  change: number;
}

export interface AccuracyFacts {
  year: number;
  /** The outcome's total deviation, kronor. */
  outcome: number;
  balance: Balance;
  /** Report date of the forecast compared with. */
  forecastDate: string;
  /** The forecast is the one of the delårsrapport (period August). */
  interim: boolean;
  /** outcome − forecast, kronor: positive = the outcome was better. */
  error: number;
}

// Tertial reports: per 30 april and the delårsrapport per 31 augusti (the usual Swedish municipal calendar).
const TERTIAL_MONTHS = ["04", "08"];
const INTERIM_MONTH = "08";
const monthOf = (period: string): string => period.slice(5, 7);

/**
 * The earlier period the development sentence compares the report with: the latest stored tertial period
 * (April, August) before the report's period, else the first stored period of the year; null when the
 * year holds no period before the report's.
 */
export function developmentReference(development: Development, reportPeriod: string): DevelopmentPeriod | null {
  const earlier = development.periods.filter((p) => p.period < reportPeriod);
  return earlier.filter((p) => TERTIAL_MONTHS.includes(monthOf(p.period))).at(-1) ?? earlier[0] ?? null;
}

/**
 * What the development sentence says, or null when it would say nothing new: no earlier period, the earlier
 * period is the report's baseline (the change paragraph already compares with it), the report is the year's
 * outcome, or the total moved less than the table shows (zeroLimit).
 */
export function developmentFacts(report: Report, data: YearNarrativeData): DevelopmentFacts | null {
  const { development, accuracy } = data;
  if (!development || development.year !== report.year || accuracy?.outcomePeriod === report.period) return null;
  const reference = developmentReference(development, report.period);
  if (!reference || reference.period === report.baseline?.period) return null;
  const then = development.total.values[development.periods.indexOf(reference)];
  if (then === null) return null;
  const change = subtractKronor(report.total.deviation, toKronor(then, development.unit));
  return Math.abs(change) < zeroLimit(report.outputUnit) ? null : { sinceDate: reference.reportDate, change };
}

/**
 * What the accuracy sentence says, only when the report is the outcome: the outcome's total against the
 * forecast of the delårsrapport (August) when it is stored, else against the latest earlier forecast.
 */
export function accuracyFacts(report: Report, data: YearNarrativeData): AccuracyFacts | null {
  const { accuracy } = data;
  if (!accuracy || accuracy.outcomePeriod !== report.period) return null;
  const forecasts = accuracy.total.forecasts;
  const forecast = forecasts.find((f) => monthOf(f.period) === INTERIM_MONTH) ?? forecasts.at(-1);
  const period = accuracy.periods.find((p) => p.period === forecast?.period);
  if (!forecast || !period) return null;
  const outcome = toKronor(accuracy.total.outcome, accuracy.unit);
  const error = toKronor(forecast.error, accuracy.unit);
  const limit = zeroLimit(accuracy.unit);
  return {
    year: accuracy.year,
    outcome,
    balance: balanceOf(outcome, limit),
    forecastDate: period.reportDate,
    interim: monthOf(period.period) === INTERIM_MONTH,
    // An error the table shows as zero reads "motsvarar prognosen", never "0 kronor bättre".
    error: Math.abs(error) < limit ? 0 : error,
  };
}

interface YearPhrases {
  development(facts: DevelopmentFacts): string;
  accuracy(facts: AccuracyFacts): string;
}

const words = (kronor: number, lang: Lang): string => amountInWords(Math.abs(kronor), lang);

const PHRASES: Record<Lang, YearPhrases> = {
  sv: {
    development: ({ sinceDate, change }) =>
      `Helårsprognosen har ${change > 0 ? "förbättrats" : "försämrats"} med ${words(change, "sv")} sedan prognosen per den ${dateInWords(sinceDate, "sv")}.`,
    accuracy: ({ year, outcome, balance, forecastDate, interim, error }) => {
      const forecast = `prognosen ${interim ? "i delårsrapporten " : ""}per den ${dateInWords(forecastDate, "sv")}`;
      const against = error === 0 ? `vilket motsvarar ${forecast}` : `vilket är ${words(error, "sv")} ${error > 0 ? "bättre" : "sämre"} än ${forecast}`;
      return `Utfallet för ${year} blev ${sv.result(balance, outcome)}, ${against}.`;
    },
  },
  en: {
    development: ({ sinceDate, change }) =>
      `The full-year forecast has ${change > 0 ? "improved" : "worsened"} by ${words(change, "en")} since the forecast of ${dateInWords(sinceDate, "en")}.`,
    accuracy: ({ year, outcome, balance, forecastDate, interim, error }) => {
      const forecast = `the forecast ${interim ? "in the interim report " : ""}of ${dateInWords(forecastDate, "en")}`;
      const against = error === 0 ? `in line with ${forecast}` : `${words(error, "en")} ${error > 0 ? "better" : "worse"} than ${forecast}`;
      return `The outcome for ${year} was ${en.result(balance, outcome)}, ${against}.`;
    },
  },
};

/** The year's sentences (at most one: development before the outcome, accuracy at it). */
export function yearSentences(report: Report, data: YearNarrativeData, lang: Lang = "sv"): string[] {
  const development = developmentFacts(report, data);
  const accuracy = accuracyFacts(report, data);
  return [development && PHRASES[lang].development(development), accuracy && PHRASES[lang].accuracy(accuracy)]
    .filter((sentence): sentence is string => typeof sentence === "string");
}

/** The change paragraph with the year's sentences after it (or them alone); null when there is neither. */
export function withYearSentences(paragraph: string | null, report: Report, data: YearNarrativeData, lang: Lang = "sv"): string | null {
  const parts = [paragraph, ...yearSentences(report, data, lang)].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(" ");
}
