import ExcelJS from "exceljs";
import { type HeadlessHost, type HeadlessHostOptions, createHeadlessHost } from "../../src/headless";

/** A host over a fresh workbook with sheets "Data" (A1:B3 filled) and "Other". */
export function sampleHost(options?: HeadlessHostOptions): HeadlessHost {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Data");
  data.getCell("A1").value = "Område";
  data.getCell("B1").value = "Belopp";
  data.getCell("A2").value = "Kultur";
  data.getCell("B2").value = 1645081;
  data.getCell("A3").value = "Fritid";
  data.getCell("B3").value = -67000.5;
  workbook.addWorksheet("Other");
  return createHeadlessHost(workbook, options);
}

/** Runs `action` and returns the Office error it throws (fails the test when none is thrown). */
export async function officeError(action: () => Promise<unknown>): Promise<{ code: string; message: string; debugInfo: { statement?: string; errorLocation?: string } }> {
  try {
    await action();
  } catch (error) {
    return error as { code: string; message: string; debugInfo: { statement?: string; errorLocation?: string } };
  }
  throw new Error("expected an Office error, but nothing was thrown");
}
