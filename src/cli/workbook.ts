// Opening the workbook file for a command and saving the result, with the command's exit codes.
import type ExcelJS from "exceljs";
import { createHeadlessHost, extensionFits, type HeadlessHost, loadWorkbook, packageKind, PackageSaveError, saveWorkbook } from "../headless";
import { readInputFile, saveOutput } from "./files";
import { type CliLang, message } from "./messages";

/** `macros`: the file is a macro-enabled workbook, which must be saved under .xlsm. */
export type OpenResult = { ok: true; host: HeadlessHost; workbook: ExcelJS.Workbook; macros: boolean } | { ok: false; message: string };

export async function openWorkbookFile(file: string, lang: CliLang): Promise<OpenResult> {
  const read = await readInputFile(file, lang);
  if (!read.ok) return read;
  const kind = packageKind(read.data);
  if (kind.kind === "compound") return { ok: false, message: message("compoundFile", lang, { path: file }) };
  if (kind.kind === "binary") return { ok: false, message: message("binaryWorkbook", lang, { path: file }) };
  if (kind.kind === "notWorkbook") return { ok: false, message: message("notAWorkbook", lang, { path: file }) };
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(read.data);
  } catch {
    // The reader's own error text ("Cannot read properties of undefined") helps nobody who has the file.
    return { ok: false, message: message("workbookUnreadable", lang, { path: file }) };
  }
  return { ok: true, host: createHeadlessHost(workbook), workbook, macros: kind.macros };
}

/** Refuses a target whose extension Excel would reject for this workbook (.xlsx with macros, .xlsm without). */
export function checkTargetName(target: string, macros: boolean, lang: CliLang): { ok: true } | { ok: false; message: string } {
  if (extensionFits(target, macros)) return { ok: true };
  return { ok: false, message: message(macros ? "macrosNeedXlsm" : "xlsmNeedsMacros", lang, { path: target }) };
}

/** Serialises the workbook, then writes it atomically; the target stays as it was on any failure. */
export async function saveWorkbookFile(workbook: ExcelJS.Workbook, target: string, lang: CliLang): Promise<{ ok: true } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await saveWorkbook(workbook);
  } catch (error) {
    if (error instanceof PackageSaveError) return { ok: false, message: message("saveWouldLose", lang, { path: target, what: error.problems.join("; ") }) };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: message("writeFailed", lang, { path: target, reason }) };
  }
  return saveOutput(target, bytes, lang);
}
