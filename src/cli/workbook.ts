// Opening the workbook file for a command and saving the result, with the command's exit codes.
import type ExcelJS from "exceljs";
import { createHeadlessHost, type HeadlessHost, loadWorkbook, saveWorkbook } from "../headless";
import { readInputFile, saveOutput } from "./files";
import { type CliLang, message } from "./messages";

/** `bytes` are the file as read, for the data-loss check before saving. */
export type OpenResult = { ok: true; host: HeadlessHost; workbook: ExcelJS.Workbook; bytes: Uint8Array } | { ok: false; message: string };

export async function openWorkbookFile(file: string, lang: CliLang): Promise<OpenResult> {
  const read = await readInputFile(file, lang);
  if (!read.ok) return read;
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(read.data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: message("notAWorkbook", lang, { path: file, reason }) };
  }
  return { ok: true, host: createHeadlessHost(workbook), workbook, bytes: read.data };
}

/** Serialises the workbook, then writes it atomically; the target stays as it was on any failure. */
export async function saveWorkbookFile(workbook: ExcelJS.Workbook, target: string, lang: CliLang): Promise<{ ok: true } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await saveWorkbook(workbook);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: message("writeFailed", lang, { path: target, reason }) };
  }
  return saveOutput(target, bytes, lang);
}
