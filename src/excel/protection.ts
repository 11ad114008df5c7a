// Workbook structure protection (Workbook.protection.protected, ExcelApi 1.7): with it, worksheets.add
// fails, and would fail in the middle of a write batch. Checked before anything is written.
import type { Problem } from "../engine/types";
import { excelError } from "./problems";

/** The refusal when an operation needs sheets that do not exist (so must add them) in a structure-protected workbook. */
export function structureProblems(workbook: { structureProtected: boolean; sheets: ReadonlyArray<{ name: string }> }, needed: string[]): Problem[] {
  const existing = new Set(workbook.sheets.map((sheet) => sheet.name.toLocaleLowerCase("sv")));
  const added = needed.filter((sheet) => !existing.has(sheet.toLocaleLowerCase("sv")));
  return workbook.structureProtected && added.length > 0 ? [excelError("workbookProtected", undefined, { sheets: added.join('", "') })] : [];
}
