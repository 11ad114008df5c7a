// File I/O for Node callers (CLI, tests). Kept apart so the core stays browser-safe.
import type ExcelJS from "exceljs";
import { readFile, writeFile } from "node:fs/promises";
import type { HeadlessHost } from "./host";
import { loadWorkbook, saveWorkbook } from "./io";

export async function openXlsxFile(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readFile(path));
}

export async function saveXlsxFile(source: HeadlessHost | ExcelJS.Workbook, path: string): Promise<void> {
  const workbook = "run" in source ? source.workbook : source;
  await writeFile(path, await saveWorkbook(workbook));
}
