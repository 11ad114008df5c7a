// Problems found by the adapter, as values (code + cell + params) made by the engine's problem(); texts in
// src/i18n/excel.ts.
import { problem, type ProblemCode } from "../engine/problems";
import type { Problem } from "../engine/types";

/** An adapter error: nothing is written. */
export function excelError(code: ProblemCode, cell: string | undefined, params: Problem["params"] = {}): Problem {
  return problem(code, "error", cell, params);
}

/** The code of the error a `run` outside Excel rejects with (src/taskpane/index.tsx). */
export const NOT_IN_EXCEL = "NotInExcel";

/** An exception from Excel (or the headless host) at sync, as a problem: the operation stops with it. */
export function problemFromException(error: unknown): Problem {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "Error";
  if (code === NOT_IN_EXCEL) return excelError("notInExcel", undefined);
  const message = error instanceof Error ? error.message : String(error);
  return excelError("excelFailed", undefined, { code, message });
}

/** "Rapport!B14, Rapport!C15, … (and n more)": at most `limit` cells named in a message. */
export function listCells(cells: string[], limit = 8): string {
  const shown = cells.slice(0, limit).join(", ");
  return cells.length > limit ? `${shown} … (+${cells.length - limit})` : shown;
}
