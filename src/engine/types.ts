// The engine's shared vocabulary (design §1). Amounts are kronor as plain numbers:
// `grant` is money given to the area, `forecastNetCost` money spent (net), whatever the
// sign convention of the workbook they were read from.

import type { ProblemCode } from "./problems";

/** The two languages of every text Prognos writes: Swedish (the default) and English. */
export type Lang = "sv" | "en";

/** A cell value as the Excel JavaScript API returns it: "" for empty, "#REF!" etc. for errors. */
export type CellValue = string | number | boolean | null;

export type Unit = "kr" | "tkr" | "mnkr";
export type OutputUnit = "tkr" | "mnkr";

/** Fields a source column can be mapped to. */
export type Field =
  | "area"
  | "code"
  | "grant"
  | "forecastNetCost"
  | "periodDeviation"
  | "periodBudget"
  | "periodNetCost"
  | "reportedDeviation"
  | "reportedPct";

/** How a column writes its amounts: "positive" = as a positive number, "negative" = written negative. */
export type SignConvention = "positive" | "negative";

export interface SourceConfig {
  /** A1 address with sheet ("Controller!A3:F8"), table name or defined name. */
  range: string;
  /** Header text or column letter per field; omitted fields are auto-detected. */
  columns?: Partial<Record<Field, string>>;
  unit?: Unit;
  signs?: { netCost?: SignConvention; grant?: SignConvention };
}

export interface OutputConfig {
  sheet: string;
  anchor: string;
  unit: OutputUnit;
  chart: boolean;
  /** The sheet Prognosutveckling (issue 22) when the year has two periods or more; absent means true. */
  development?: boolean;
  /** Where the pane inserts the draft text: above the table, as the seed, or under it; absent means above. */
  narrative?: NarrativePosition;
}

export type NarrativePosition = "above" | "below";

/** The JSON kept on the hidden sheet `Prognosinställningar` and given to the CLI's --config. */
export interface PrognosConfig {
  /** 2: amounts in the output unit. 1 (stored before): previousYearGrant in kronor, converted on reading. */
  version: 2;
  reportDate?: string;
  sources: SourceConfig[];
  /** In the output unit. */
  tolerance: number;
  output: OutputConfig;
  /** In the output unit, like the tolerance; for the narrative's grant-growth sentence. */
  previousYearGrant: number | null;
}

/** One source range as the adapter read it. */
export interface SourceData {
  config: SourceConfig;
  /** Sheet the range lives on, e.g. "Controller". */
  sheet: string;
  /** Address of the top-left cell of `values`, e.g. "A3". */
  topLeft: string;
  values: CellValue[][];
  /**
   * Optional number formats of the same shape as values ("#,##0", "0.0%"): when given, reconciliation
   * uses the displayed precision of each cell; without them, the decimals of the stored value.
   */
  numberFormats?: string[][];
  /** Optional per-row flag (same length as values) for rows hidden in Excel; hidden rows still count. */
  rowHidden?: boolean[];
  /** Text cells just above the range (its title, "… per den 30 november 2024"), read by the adapter. */
  title?: Array<{ cell: string; text: string }>;
}

/** One row of `Prognoshistorik`: one stored forecast per (period, area). Amounts in kronor. */
export interface HistoryRow {
  /** "YYYY-MM" */
  period: string;
  /** "YYYY-MM-DD" */
  reportDate: string;
  area: string;
  grant: number;
  forecastNetCost: number;
  deviation: number;
  /** ISO timestamp */
  savedAt: string;
  /** The period is its year's outcome (utfall, issue 22); absent or false for a forecast. */
  outcome?: boolean;
}

export type Trend = "improved" | "worsened" | "unchanged" | "new";

export type ProblemParams = Record<string, string | number>;

/**
 * A problem is a value: a code, the cell when there is one, and parameters; i18n makes the text. An error
 * stops the update (nothing is written); a warning is "check" (the report may be wrong or stale: the add-in
 * asks before writing it) or "info" (the report is right; something deserves a look). Made by problem().
 */
export interface Problem {
  code: ProblemCode;
  severity: "error" | "check" | "info";
  /** "Sheet!C7" (or a range "Sheet!A3:F8"), when the problem has a place. */
  cell?: string;
  params: ProblemParams;
}

export interface ReportRow {
  /** Normalised area key (or code) the rows were summed by. */
  key: string;
  /** Area name as written in the source (first occurrence). */
  area: string;
  grant: number;
  forecastNetCost: number;
  deviation: number;
  /** deviation / |grant|; null when the grant is zero. */
  pctOfGrant: number | null;
  /** null when the period deviation is not available. */
  periodDeviation: number | null;
  baselineDeviation: number | null;
  change: number | null;
  trend: Trend;
  /** First source cell of the row's label, for "select the cell" in the pane. */
  cell: string;
}

/** What the engine found in a source: shown to the user, editable in setup. */
export interface DetectedSource {
  range: string;
  sheet: string;
  /** Number of header rows found at the top of the range. */
  headerRows: number;
  /** Field -> column letter (absolute, on the sheet). */
  columns: Partial<Record<Field, string>>;
  /** Field -> header text as found. */
  headers: Partial<Record<Field, string>>;
  unit: Unit;
  unitSource: "config" | "header" | "default";
  signs: { netCost: SignConvention; grant: SignConvention };
  signSource: { netCost: "config" | "data" | "default"; grant: "config" | "data" | "default" };
}

export interface Report {
  /** "YYYY-MM-DD" */
  reportDate: string;
  /** "YYYY-MM", the history key */
  period: string;
  /** "jan–nov" */
  periodLabel: string;
  year: number;
  outputUnit: OutputUnit;
  baseline: { period: string; reportDate: string } | null;
  rows: ReportRow[];
  /** "Nämndens ram"; trend computed from the summed baseline when there is one. */
  total: ReportRow;
  hasPeriodDeviation: boolean;
  detected: DetectedSource[];
  warnings: Problem[];
  errors: Problem[];
}

export interface EngineInput {
  config: PrognosConfig;
  sources: SourceData[];
  history: HistoryRow[];
  /** "YYYY-MM": compare with this period instead of the latest earlier one. */
  baselinePeriod?: string;
  /** "YYYY-MM-DD": overrides config.reportDate. */
  reportDate?: string;
  /** "YYYY-MM-DD": today, for the default report date (last day of the previous month) and the latest allowed one. */
  today: string;
  /** Where config was read from ("Prognosinställningar!A1", a --config path): the cell of errors in config.reportDate. */
  configCell?: string;
}
