// The contract between the Excel adapter and its callers (ribbon, pane, CLI, preview, tests).
// The adapter receives the host's `run`; it never reads the global `Excel` itself.
import type { Accuracy } from "../engine/accuracy";
import type { Development } from "../engine/development";
import type { HistoryRow, PrognosConfig, Problem, Report } from "../engine/types";

/** The run function of real Excel (Office.js) or of the headless host. */
export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type UpdateStep = "reading" | "computing" | "writing" | "done";

export interface UpdateOptions {
  /** "YYYY-MM-DD"; default: the config's reportDate, else the last day of the previous month. */
  reportDate?: string;
  /** "YYYY-MM": compare with this stored period instead of the latest earlier one. */
  baselinePeriod?: string;
  /** A configuration the caller already holds: saves the config read (2 syncs instead of 3). */
  config?: PrognosConfig;
  /** Store `config` on the settings sheet as part of the update. */
  storeConfig?: boolean;
  /**
   * The economist's go-ahead to replace, for this run, cells of the report region changed after the last
   * update that the new table must cover (otherwise the update stops and names them: cellsEdited).
   */
  replaceEdited?: boolean;
  /**
   * What to do when the report may be wrong (`check` warnings, design §3 "Severity"):
   * "ask" (default, the add-in): write nothing and return them (stoppedForChecks), unless the economist
   *   already let exactly these warnings through for this report (remembered beside the settings);
   * "write": the go-ahead — write, and remember these warnings as let through;
   * "refuse" (`prognos --strict`): write nothing whenever there is one.
   */
  checks?: "ask" | "write" | "refuse";
  /** Compute and validate, write nothing. */
  dryRun?: boolean;
  /**
   * Mark the report's period as its year's outcome (utfall, issue 22): every other period of the year is a
   * forecast again. Without it, a period that was the outcome stays one when it is updated again.
   */
  outcome?: boolean;
  /** "YYYY-MM-DD"; injectable for tests. Default: the current date. */
  today?: string;
  /** ISO timestamp written as "saved at" in the history; injectable for tests. */
  now?: string;
  onProgress?: (step: UpdateStep) => void;
  /**
   * The draft text to insert above the table (textAbove.ts), written with the report and selected;
   * `replaceEdited` allows replacing a text the economist changed in the sheet (not the table's cells).
   */
  narrative?: { paragraphs: string[]; replaceEdited?: boolean };
}

export interface UpdateResult {
  /** true when the report was written (or would be, with dryRun). */
  ok: boolean;
  /** The computed report; present whenever the engine ran, also when it found errors. */
  report: Report | null;
  /** Errors (nothing was written) and warnings, with cells. */
  errors: Problem[];
  warnings: Problem[];
  /** The configuration used (read, given or auto-detected). */
  config: PrognosConfig | null;
  /** Address of the written report region, e.g. "Rapport!A1:G12". */
  outputAddress: string | null;
  /** Where the draft text given as `narrative` went, e.g. "Rapport!A1:G4". */
  textAddress?: string;
  /**
   * true when nothing was written because the report may be wrong: the `check` warnings are among
   * `warnings`, and the same update with checks "write" writes it.
   */
  stoppedForChecks: boolean;
  /** The report's year through its stored periods, as the history stands after the update (when it ran). */
  development?: Development;
  /** The year's forecasts against its outcome, when a period of the year is marked as one; else null. */
  accuracy?: Accuracy | null;
}

export interface SetupState {
  /** false when the workbook could not be read at all (errors say why); the pane then offers to try again. */
  ok: boolean;
  /** The stored configuration, or null when the workbook has none. */
  config: PrognosConfig | null;
  /** Problems reading the stored configuration (e.g. invalid JSON on the settings sheet). */
  errors: Problem[];
  history: HistoryPeriod[];
}

export interface HistoryPeriod {
  period: string;
  reportDate: string;
  areas: number;
  savedAt: string;
  /** The period's total grant, kronor. */
  grant: number;
  /** The period is marked as its year's outcome (utfall). */
  outcome: boolean;
}

export interface ImportBaselineOptions {
  /** A1 address with sheet of the range holding the baseline table. */
  range: string;
  /** "YYYY-MM" */
  period: string;
  /** "YYYY-MM-DD"; default: last day of the period's month. */
  reportDate?: string;
  now?: string;
  /** Replace the rows of `period` when the history already has them (default: refuse). */
  replace?: boolean;
  /** Mark the imported period as its year's outcome (utfall, issue 22). */
  outcome?: boolean;
}

export interface ImportBaselineResult {
  ok: boolean;
  rows: HistoryRow[];
  errors: Problem[];
  warnings: Problem[];
}
