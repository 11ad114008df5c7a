// The human summary of `prognos update` (without --json): a plain-text table as the report shows
// it (rounded to the displayed precision), then the warnings and the draft text.
import { formatAmount } from "../engine/numbers";
import { isCheck } from "../engine/problems";
import { formatProblem } from "../i18n";
import { localDate } from "../engine/period";
import { displayLabel } from "../engine/text";
import type { OutputUnit, Problem, Report, ReportRow, Trend } from "../engine/types";
import { OUTPUT_DECIMALS, toOutputUnit } from "../engine/units";
import { type CliLang, message, type MessageKey } from "./messages";

const TREND_WORD: Record<Trend, MessageKey> = {
  improved: "trendImproved",
  worsened: "trendWorsened",
  unchanged: "trendUnchanged",
  new: "trendNew",
};

/** "1 645 081" in Swedish, "1,645,081" in English; a plain hyphen so any terminal shows it. */
export function formatNumber(value: number, decimals: number, lang: CliLang): string {
  if (lang === "sv") return formatAmount(value, { decimals, separator: " " });
  return new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value === 0 ? 0 : value).replace(/^-(0(\.0+)?)$/, "$1");
}

function money(kronor: number, unit: OutputUnit, lang: CliLang): string {
  return formatNumber(toOutputUnit(kronor, unit), OUTPUT_DECIMALS[unit], lang);
}

function percent(ratio: number | null, lang: CliLang): string {
  return ratio === null ? "–" : `${formatNumber(ratio * 100, 1, lang)} %`;
}

function trendCell(row: ReportRow, unit: OutputUnit, lang: CliLang): string {
  const word = message(TREND_WORD[row.trend], lang);
  if (row.change === null) return word;
  const change = money(row.change, unit, lang);
  return `${word} (${row.change > 0 && !/^0([.,]0+)?$/.test(change) ? "+" : ""}${change})`;
}

export function summaryTable(report: Report, lang: CliLang): string {
  const unit = report.outputUnit;
  const withPeriod = report.hasPeriodDeviation;
  const withTrend = report.baseline !== null;
  const header = [
    message("headArea", lang),
    ...(withPeriod ? [message("headPeriod", lang, { label: report.periodLabel })] : []),
    message("headGrant", lang),
    message("headNetCost", lang),
    message("headDeviation", lang),
    message("headPct", lang),
    ...(withTrend ? [message("headTrend", lang)] : []),
  ];
  const line = (row: ReportRow): string[] => [
    displayLabel(row.area),
    ...(withPeriod ? [row.periodDeviation === null ? "–" : money(row.periodDeviation, unit, lang)] : []),
    money(row.grant, unit, lang),
    money(-row.forecastNetCost, unit, lang),
    money(row.deviation, unit, lang),
    percent(row.pctOfGrant, lang),
    ...(withTrend ? [trendCell(row, unit, lang)] : []),
  ];
  const body = report.rows.map(line);
  const total = line(report.total);
  const all = [header, ...body, total];
  const widths = header.map((_, column) => Math.max(...all.map((cells) => cells[column].length)));
  // The area and the trend word read left to right; amounts line up on the right.
  const textColumns = new Set([0, ...(withTrend ? [header.length - 1] : [])]);
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => (textColumns.has(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "─".repeat(width)).join("  ");
  return [render(header), rule, ...body.map(render), rule, render(total)].join("\n");
}

export function summaryHeading(report: Report, lang: CliLang): string[] {
  const lines = [message("summaryTitle", lang, { date: localDate(report.reportDate, lang), unit: report.outputUnit })];
  lines.push(
    report.baseline
      ? message("summaryBaseline", lang, { date: localDate(report.baseline.reportDate, lang), period: report.baseline.period })
      : message("summaryNoBaseline", lang),
  );
  return lines;
}

/**
 * The warnings as the command prints them: those that may make the report wrong (`check`) first, each marked
 * "!", then the others; a line under the heading says what the mark means. [] when there are none.
 */
export function warningLines(warnings: Problem[], lang: CliLang): string[] {
  if (warnings.length === 0) return [];
  const checks = warnings.filter(isCheck);
  const others = warnings.filter((warning) => !isCheck(warning));
  return [
    message("warningsHeading", lang),
    ...(checks.length > 0 ? [message("checksLegend", lang)] : []),
    ...checks.map((problem) => `  ! ${formatProblem(problem, lang)}`),
    ...others.map((problem) => `    ${formatProblem(problem, lang)}`),
  ];
}
