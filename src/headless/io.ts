// Reading and writing .xlsx bytes — browser-safe (no Node APIs): the preview runs this with
// ExcelJS's browser build.
import ExcelJS from "exceljs";
import { fixLoadedTables, syncTableHeaders } from "./tables";

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // ExcelJS's typings ask for a Node Buffer; its loader takes any byte array.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  fixLoadedTables(workbook);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  syncTableHeaders(workbook);
  const written = await workbook.xlsx.writeBuffer();
  return written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer);
}
