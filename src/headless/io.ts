// Reading and writing .xlsx bytes — browser-safe (no Node APIs): the preview runs this with
// ExcelJS's browser build. The save edits the package it was read from (package/save.ts).
import ExcelJS from "exceljs";
import { chartsOfWorkbook, rememberOriginal } from "./package/origin";
import { readableCopy } from "./package/readable";
import { savePackage } from "./package/save";
import { fixLoadedTables } from "./tables";

export { PackageSaveError } from "./package/save";

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // ExcelJS's typings ask for a Node Buffer; its loader takes any byte array.
  await workbook.xlsx.load(readableCopy(bytes) as unknown as ExcelJS.Buffer);
  fixLoadedTables(workbook);
  rememberOriginal(workbook, bytes);
  return workbook;
}

/** The workbook as a package: the file it was read from with only the run's changes, and the host's charts. */
export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return savePackage(workbook, chartsOfWorkbook(workbook));
}
