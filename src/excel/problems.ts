// Problems found by the adapter, as values (code + cell + params); texts in src/i18n/excel.ts.
import type { Problem } from "../engine/types";

export function excelError(code: string, cell: string | undefined, params: Problem["params"] = {}): Problem {
  return cell ? { code, severity: "error", cell, params } : { code, severity: "error", params };
}

/** An exception from Excel (or the headless host) at sync, as a problem: the update stops with it. */
export function problemFromException(error: unknown): Problem {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "Error";
  const message = error instanceof Error ? error.message : String(error);
  return excelError("excelFailed", undefined, { code, message });
}

/** "Rapport!B14, Rapport!C15, … (and n more)": at most `limit` cells named in a message. */
export function listCells(cells: string[], limit = 8): string {
  const shown = cells.slice(0, limit).join(", ");
  return cells.length > limit ? `${shown} … (+${cells.length - limit})` : shown;
}
