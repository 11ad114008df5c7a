// Every problem code Prognos can report, engine and adapter alike, with the severity it has as a warning
// (design §3 "Severity"), and the one constructor that builds a Problem. The list lives here, not in i18n,
// because a code's severity is a rule of the engine; the catalogues in src/i18n are typed by it, so an
// unknown code, or a code without both a Swedish and an English text, does not compile.
import type { Problem, ProblemParams } from "./types";

/** The report may be wrong or stale: the add-in asks before writing it, `prognos --strict` refuses. */
const CHECK = "check";
/** The report is right; something in the source deserves a look. */
const INFO = "info";
/** Only ever an error: nothing is written. */
const ERROR = "error";

export const PROBLEM_CODES = {
  // Cells: errors in a required cell, info in a cross-check column (the report computes that figure itself).
  notANumber: INFO,
  emptyCell: INFO,
  errorValue: INFO,
  booleanValue: INFO,
  unexpectedPercent: INFO,
  dateInAmount: INFO,
  amountTooLarge: INFO,
  emptyLabel: ERROR,
  // Sources
  missingColumn: ERROR,
  columnOutsideRange: ERROR,
  noDataRows: ERROR,
  badAddress: ERROR,
  noSources: ERROR,
  reportDateInFuture: ERROR,
  badReportDate: ERROR,
  unitConflict: INFO,
  signAssumed: INFO,
  periodDeviationPartial: INFO,
  periodMismatch: CHECK,
  // Reconciliation: the report shows the recomputed figure.
  reconcileDeviation: INFO,
  reconcilePct: INFO,
  reconcilePeriodDeviation: INFO,
  totalMismatch: CHECK,
  // Baseline and trends
  noBaseline: INFO,
  baselineIsOwnPeriod: INFO,
  baselineNotFound: INFO,
  newArea: INFO,
  missingArea: CHECK,
  sameAsBaseline: CHECK,
  scaleSlip: CHECK,
  signFlipped: CHECK,
  grantGrowthUnusual: CHECK,
  // History
  historyMissingColumn: ERROR,
  historyDuplicate: ERROR,
  historyBadValue: ERROR,
  // Configuration
  configEmpty: ERROR,
  configInvalidJson: ERROR,
  configWrongType: ERROR,
  configUnknownKey: ERROR,
  configMissing: ERROR,
  configBadRange: ERROR,
  configBadValue: ERROR,
  configDuplicateColumn: ERROR,
  configBadSheetName: ERROR,
  configBadCell: ERROR,
  configBadVersion: ERROR,
  configBadDate: ERROR,
  configNegative: ERROR,
  // The adapter: the workbook itself
  formatsNotRead: INFO,
  chartSkipped: INFO,
  reportSheetHidden: INFO,
  sourceSheetMissing: ERROR,
  sourceNameMissing: ERROR,
  sheetProtected: ERROR,
  workbookProtected: ERROR,
  cellsInTheWay: ERROR,
  cellsEdited: ERROR,
  outputOverlapsSource: ERROR,
  outputOnOwnSheet: ERROR,
  noSourceFound: ERROR,
  selectionNotRange: ERROR,
  baselinePeriodExists: ERROR,
  badPeriod: ERROR,
  noReportYet: ERROR,
  historyPeriodMissing: ERROR,
  excelFailed: ERROR,
  notInExcel: ERROR,
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;
/** Codes that may also be reported as a warning. */
export type WarningCode = { [C in ProblemCode]: (typeof PROBLEM_CODES)[C] extends typeof ERROR ? never : C }[ProblemCode];

export type Level = "error" | "warning";

/**
 * The one way to make a problem: a code, "error" (nothing is written) or "warning" (its severity, check or
 * info, is the code's), the cell when there is one, and the parameters of its message.
 */
export function problem<C extends ProblemCode>(
  code: C,
  level: C extends WarningCode ? Level : "error",
  cell?: string,
  params: ProblemParams = {},
): Problem {
  const severity = level === "error" ? "error" : (PROBLEM_CODES[code] as Problem["severity"]);
  return cell ? { code, severity, cell, params } : { code, severity, params };
}

export function isCheck(problem: Problem): boolean {
  return problem.severity === CHECK;
}
