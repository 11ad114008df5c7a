// A comparable picture of a workbook as saved: every sheet's cells (value, format, bold), merges,
// conditional formats, column widths, names and tables — what "unchanged" and "the same" mean in the tests.
import ExcelJS from "exceljs";
import { saveWorkbook } from "../../src/headless";

export interface SheetSnapshot {
  name: string;
  state: string;
  cells: Record<string, { value: unknown; numFmt: string | undefined; bold: boolean | undefined }>;
  merges: string[];
  conditionalFormats: unknown;
  widths: Array<number | undefined>;
  protected: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: string[];
}

export async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await saveWorkbook(workbook)) as unknown as ExcelJS.Buffer);
  return copy;
}

/** ExcelJS keeps a sheet's conditional formats on a property its typings do not declare. */
export function conditionalFormatsOf(sheet: ExcelJS.Worksheet): Array<{ ref: string; rules: unknown[] }> {
  return (sheet as unknown as { conditionalFormattings?: Array<{ ref: string; rules: unknown[] }> }).conditionalFormattings ?? [];
}

/** Snapshot of the workbook after a save and reload, so only what reaches the file counts. */
export async function snapshot(workbook: ExcelJS.Workbook): Promise<WorkbookSnapshot> {
  const saved = await reload(workbook);
  const sheets = saved.worksheets.map((sheet) => {
    const cells: SheetSnapshot["cells"] = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value === null && !cell.numFmt) return;
        cells[cell.address] = { value: cell.value, numFmt: cell.numFmt, bold: cell.font?.bold };
      }),
    );
    const model = sheet.model as unknown as { merges?: string[] };
    return {
      name: sheet.name,
      state: sheet.state,
      cells,
      merges: [...(model.merges ?? [])].sort(),
      conditionalFormats: JSON.parse(JSON.stringify(conditionalFormatsOf(sheet))),
      widths: sheet.columns?.map((column) => column.width) ?? [],
      protected: !!(sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
    };
  });
  const names = Object.keys((saved.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap).sort();
  return { sheets, names };
}
