// The pane's decisions that need no React: which baselines can be chosen, the default dates, and the
// configuration built from the setup form. Tested in tests/taskpane.
import { defaultConfig } from "../engine/config";
import { GRANT_GROWTH_LIMIT } from "../engine/checks";
import { formatAmount, parseAmount } from "../engine/numbers";
import { toKronor } from "../engine/units";
import { defaultReportDate, isIsoDate, periodOf } from "../engine/period";
import type { DetectedSource, Field, Lang, OutputUnit, PrognosConfig, SignConvention, SourceConfig, Unit } from "../engine/types";
import type { HistoryPeriod } from "../excel/types";

export interface BaselineChoice {
  period: string;
  reportDate: string;
}

/** Stored periods before the report's own, latest first: the update never compares a period with itself. */
export function baselineChoices(history: HistoryPeriod[], reportDate: string): BaselineChoice[] {
  if (!isIsoDate(reportDate)) return [];
  const own = periodOf(reportDate);
  return history
    .filter((entry) => entry.period < own)
    .sort((a, b) => (a.period < b.period ? 1 : -1))
    .map(({ period, reportDate: date }) => ({ period, reportDate: date }));
}

/** The stored report date when the configuration pins one, else the engine's default (last day of the previous month). */
export function initialReportDate(config: PrognosConfig | null, today: string): string {
  return config?.reportDate ?? defaultReportDate(today);
}

/** The month before the report's: what a first-month user imports as the baseline. */
export function previousPeriod(reportDate: string): string {
  if (!isIsoDate(reportDate)) return "";
  const [year, month] = reportDate.split("-").map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A source as the setup form holds it: what is stored plus what detection found (shown, not stored). */
export interface SourceDraft {
  range: string;
  columns: Partial<Record<Field, string>>;
  unit: Unit | "";
  signs: { grant: SignConvention | ""; netCost: SignConvention | "" };
  detected: DetectedSource | null;
  /** The table's detail rows and total rows' labels, when the range was just detected. */
  rows?: { areas: number; totals: string[] };
}

export interface SetupDraft {
  sources: SourceDraft[];
  outputSheet: string;
  anchor: string;
  outputUnit: OutputUnit;
  chart: boolean;
  /** As typed, in the output unit. */
  tolerance: string;
  /** As typed, in the output unit; empty for none. */
  previousYearGrant: string;
}

export function sourceDraft(source: SourceConfig, detected: DetectedSource | null): SourceDraft {
  return {
    range: source.range,
    columns: { ...(source.columns ?? {}) },
    unit: source.unit ?? "",
    signs: { grant: source.signs?.grant ?? "", netCost: source.signs?.netCost ?? "" },
    detected,
  };
}

function numberText(value: number): string {
  return String(value).replace(".", ",");
}

/** The form for a stored configuration (or the defaults), with what the last update detected per source. */
export function setupDraft(config: PrognosConfig | null, detected: DetectedSource[] = []): SetupDraft {
  const base = config ?? defaultConfig();
  return {
    sources: base.sources.map((source) => sourceDraft(source, detected.find((found) => found.range === source.range) ?? null)),
    outputSheet: base.output.sheet,
    anchor: base.output.anchor,
    outputUnit: base.output.unit,
    chart: base.output.chart,
    tolerance: numberText(base.tolerance),
    previousYearGrant: base.previousYearGrant === null ? "" : numberText(base.previousYearGrant),
  };
}

/** The draft with what the last update detected per source (shown beside the fields, never stored). */
export function withDetected(draft: SetupDraft, detected: DetectedSource[]): SetupDraft {
  if (detected.length === 0) return draft;
  return { ...draft, sources: draft.sources.map((source) => ({ ...source, detected: detected.find((found) => found.range === source.range) ?? source.detected })) };
}

export type DraftProblem = { field: "tolerance" | "previousYearGrant"; text: string };

function parseTyped(text: string): number | null {
  const parsed = parseAmount(text.trim());
  return parsed.ok && !parsed.percent ? parsed.value : null;
}

/**
 * The configuration the form describes. Only what the user chose is stored: empty mapping fields,
 * "automatic" unit and signs stay auto-detected at every update, so a moved column is found again.
 * The report date is never stored: next month's click must default to next month.
 */
export function configFromDraft(draft: SetupDraft): { config: PrognosConfig | null; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const tolerance = draft.tolerance.trim() === "" ? 0 : parseTyped(draft.tolerance);
  if (tolerance === null) problems.push({ field: "tolerance", text: draft.tolerance });
  const previousGrant = draft.previousYearGrant.trim() === "" ? null : parseTyped(draft.previousYearGrant);
  if (draft.previousYearGrant.trim() !== "" && previousGrant === null) problems.push({ field: "previousYearGrant", text: draft.previousYearGrant });
  if (problems.length > 0) return { config: null, problems };
  const sources: SourceConfig[] = draft.sources.map((source) => {
    const columns = Object.fromEntries(
      Object.entries(source.columns).flatMap(([field, column]) => (column && column.trim() ? [[field, column.trim().toUpperCase()]] : [])),
    ) as Partial<Record<Field, string>>;
    const signs = {
      ...(source.signs.grant ? { grant: source.signs.grant } : {}),
      ...(source.signs.netCost ? { netCost: source.signs.netCost } : {}),
    };
    return {
      range: source.range.trim(),
      ...(Object.keys(columns).length > 0 ? { columns } : {}),
      ...(source.unit ? { unit: source.unit } : {}),
      ...(Object.keys(signs).length > 0 ? { signs } : {}),
    };
  });
  return {
    config: {
      version: 2,
      sources,
      tolerance: tolerance as number,
      output: { sheet: draft.outputSheet.trim(), anchor: draft.anchor.trim().toUpperCase(), unit: draft.outputUnit, chart: draft.chart },
      previousYearGrant: previousGrant,
    },
    problems,
  };
}

/**
 * What last year's grant, as typed in the output unit, reads as: "= 4 056 mnkr, +3,8 % mot i år" (this year's
 * grant, kronor, from the last update or the latest stored period), and whether the growth is beyond ±25 %,
 * which the update would question. null when the field is empty or not a number.
 */
export function previousGrantReading(typed: string, unit: OutputUnit, currentGrant: number | null, lang: Lang): { text: string; unusual: boolean } | null {
  const value = typed.trim() === "" ? null : parseTyped(typed);
  if (value === null) return null;
  const kronor = toKronor(value, unit);
  const mnkr = kronor / 1_000_000;
  const amount = Math.abs(mnkr) >= 1 ? `${formatAmount(mnkr, { decimals: Math.abs(mnkr) >= 100 ? 0 : 1, negative: "minus" })} mnkr` : `${formatAmount(kronor / 1000, { negative: "minus" })} tkr`;
  const localise = (text: string) => (lang === "sv" ? text : text.replace(/,/g, ".").replace(/\u00a0(?=\d)/g, ","));
  if (currentGrant === null || kronor === 0) return { text: `= ${localise(amount)}`, unusual: false };
  const growth = (currentGrant - kronor) / Math.abs(kronor);
  const percent = localise(formatAmount(growth, { decimals: 1, percent: true, negative: "minus" }));
  const against = lang === "sv" ? "mot i år" : "against this year";
  return { text: `= ${localise(amount)}, ${growth > 0 ? "+" : ""}${percent} ${against}`, unusual: Math.abs(growth) > GRANT_GROWTH_LIMIT };
}
