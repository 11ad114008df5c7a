// Builds examples/ekonomisk-rapport-2024-11.xlsx, the workbook `npm run demo` updates:
//   Controller        the seed's table as the controllers keep it (two-line headers, tkr, the reported
//                     "Budgetavvikelse helår" and "% av KB" as the seed prints them: three rows do not
//                     add up, and the update's reconciliation says so — that is the product's job)
//   Oktober           an invented, plausible October forecast, marked "Exempeldata"
//   Prognoshistorik   the October baseline, stored by the product's own import-baseline path
//   Läs mig           what the workbook is and how to run the demo
// Usage: npx tsx scripts/make-example.ts [out.xlsx]   (same content every run: fixed document dates;
//   the bytes still differ, as ExcelJS stamps each zip entry with the time it was written)
import ExcelJS from "exceljs";
import { mkdir, writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { CellValue } from "../src/engine/types";
import { importBaseline } from "../src/excel";
import { createHeadlessHost, saveWorkbook } from "../src/headless";
import { seedTableValues } from "../tests/fixtures/seedTable";

export const EXAMPLE_FILE = "examples/ekonomisk-rapport-2024-11.xlsx";
export const OCTOBER_RANGE = "Oktober!A4:D9";
export const OCTOBER_PERIOD = "2024-10";
export const OCTOBER_DATE = "2024-10-31";
/** "Saved at" of the imported baseline: fixed, so the file is the same on every run. */
export const BASELINE_SAVED_AT = "2024-11-08T09:00:00.000Z";

const AMOUNT = "#,##0";
const PERCENT = "0.0%";
// A font written without a name falls back to a serif font in LibreOffice: name the workbook's default.
const BODY_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };
const bold = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ ...BODY_FONT, bold: true, ...extra });

/** The seed's table (Ekonomisk rapport per 30 november 2024), amounts in tkr as the seed prints them. */
export const CONTROLLER_VALUES: CellValue[][] = seedTableValues();

// Invented October forecast: the same grants; deviations chosen so that November shows every arrow
// (two areas improve, one worsens, one is unchanged, and the committee's total stays at zero).
const OCTOBER_DEVIATIONS: Array<[string, number, number]> = [
  ["Arbetsmarknad och ekonomiskt bistånd", 1645081, 45000],
  ["Individ och familj", 1822631, -58000],
  ["Boende, tillsyn och service", 493425, -45000],
  ["Stab och förvaltnings-\növergripande kostnader", 248753, 58000],
];

export function octoberValues(): CellValue[][] {
  const rows: CellValue[][] = OCTOBER_DEVIATIONS.map(([area, grant, deviation]) => [area, grant, -(grant - deviation), deviation]);
  const sum = (column: number) => rows.reduce((total, row) => total + Number(row[column]), 0);
  return [["Verksamhetsområde", "Kommunbidrag helår", "Prognos nettokostnad helår", "Budgetavvikelse helår"], ...rows, ["Nämndens ram", sum(1), sum(2), sum(3)]];
}

function fixedDates(workbook: ExcelJS.Workbook): void {
  const date = new Date("2024-12-02T08:00:00Z");
  workbook.creator = "Prognos (scripts/make-example.ts)";
  workbook.lastModifiedBy = "Prognos";
  workbook.created = date;
  workbook.modified = date;
}

function putRows(sheet: ExcelJS.Worksheet, top: number, values: CellValue[][]): void {
  values.forEach((row, r) => row.forEach((value, c) => {
    if (value !== "" && value !== null) sheet.getCell(top + r, c + 1).value = value;
  }));
}

/** A label typed on two lines (Alt+Enter) needs a row tall enough for both, as Excel would make it. */
function fitLineBreaks(sheet: ExcelJS.Worksheet, row: number): void {
  const lines = String(sheet.getCell(`A${row}`).value ?? "").split("\n").length;
  if (lines > 1) sheet.getRow(row).height = 15 * lines;
}

/** The controllers' sheet: the seed's table at A3:F9 under a title, two header rows, tkr. */
export function addControllerSheet(workbook: ExcelJS.Workbook, values: CellValue[][] = CONTROLLER_VALUES): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet("Controller");
  sheet.getCell("A1").value = "Arbetsmarknads- och socialnämnden – controllernas sammanställning per den 30 november 2024";
  sheet.getCell("A1").font = bold({ size: 12 });
  putRows(sheet, 3, values);
  sheet.mergeCells("E3:F3");
  for (const cell of ["A3", "B3", "C3", "D3", "E3", "E4", "F4"]) {
    sheet.getCell(cell).font = bold();
    sheet.getCell(cell).alignment = { wrapText: true, vertical: "bottom", horizontal: cell === "A3" ? "left" : "center" };
  }
  for (let row = 5; row < 3 + values.length; row++) {
    for (const column of ["B", "C", "D", "E"]) sheet.getCell(`${column}${row}`).numFmt = AMOUNT;
    sheet.getCell(`F${row}`).numFmt = PERCENT;
    sheet.getCell(`A${row}`).alignment = { wrapText: true, vertical: "top" };
    fitLineBreaks(sheet, row);
  }
  const totalRow = 2 + values.length;
  sheet.getRow(totalRow).font = bold();
  sheet.getRow(3).height = 48;
  sheet.columns = [{ width: 40 }, { width: 13 }, { width: 17 }, { width: 16 }, { width: 13 }, { width: 9 }];
  return sheet;
}

function addOctoberSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet("Oktober");
  sheet.getCell("A1").value = "Exempeldata: påhittade siffror för demonstrationen, inte nämndens verkliga prognos.";
  sheet.getCell("A1").font = bold({ color: { argb: "FFC00000" } });
  sheet.getCell("A2").value = "Prognos per den 31 oktober 2024, tkr";
  const values = octoberValues();
  putRows(sheet, 4, values);
  sheet.getRow(4).font = bold();
  sheet.getRow(4).alignment = { wrapText: true, vertical: "bottom" };
  for (let row = 5; row < 4 + values.length; row++) {
    for (const column of ["B", "C", "D"]) sheet.getCell(`${column}${row}`).numFmt = AMOUNT;
    sheet.getCell(`A${row}`).alignment = { wrapText: true, vertical: "top" };
    fitLineBreaks(sheet, row);
  }
  sheet.getRow(3 + values.length).font = bold();
  sheet.columns = [{ width: 40 }, { width: 16 }, { width: 18 }, { width: 16 }];
  return sheet;
}

const README_LINES = [
  "Läs mig – exempel för Prognos",
  "",
  "Den här arbetsboken är ett exempel på hur en nämnds ekonomer kan använda Prognos.",
  "Controller: controllernas tabell per den 30 november 2024, belopp i tkr, så som den står i Ekonomisk rapport.",
  "   Tre rader går inte ihop (budgetavvikelse helår ≠ kommunbidrag + prognos nettokostnad): uppdateringen varnar för dem.",
  "Oktober: Exempeldata – en påhittad oktoberprognos att jämföra med.",
  "Prognoshistorik: oktoberprognosen, sparad med prognos import-baseline (Oktober!A4:D9, period 2024-10).",
  "",
  "Prova: npm run demo  (eller: npx prognos update <kopia av filen> --date 2024-11-30)",
  "Uppdateringen skriver bladet Rapport (tabellen med pilar; diagrammet bredvid skapas när den körs i Excel),",
  "sparar novemberprognosen i Prognoshistorik och inställningarna i det dolda bladet Prognosinställningar,",
  "så att nästa månad är ett klick. Med examples/prognos.json (--config) kommer även kommunbidragets ökning med i texten.",
  "",
  "Se på resultatet utan Excel: npm run render -- out/demo.xlsx  (kräver LibreOffice).",
];

function addReadMeSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet("Läs mig");
  README_LINES.forEach((line, index) => {
    if (line !== "") sheet.getCell(index + 1, 1).value = line;
  });
  sheet.getCell("A1").font = bold({ size: 14 });
  sheet.getColumn(1).width = 120;
  return sheet;
}

export async function buildExampleWorkbook(): Promise<{ bytes: Uint8Array; baselineRows: number }> {
  const workbook = new ExcelJS.Workbook();
  fixedDates(workbook);
  // The controllers' sheet comes first: without settings the update looks for the table there.
  addControllerSheet(workbook);
  addOctoberSheet(workbook);
  const host = createHeadlessHost(workbook);
  const imported = await importBaseline(host.run, { range: OCTOBER_RANGE, period: OCTOBER_PERIOD, reportDate: OCTOBER_DATE, now: BASELINE_SAVED_AT });
  if (!imported.ok) throw new Error(`import-baseline failed: ${JSON.stringify(imported.errors)}`);
  addReadMeSheet(workbook);
  return { bytes: await saveWorkbook(workbook), baselineRows: imported.rows.length };
}

async function main(): Promise<void> {
  const target = path.resolve(process.argv[2] ?? EXAMPLE_FILE);
  const { bytes, baselineRows } = await buildExampleWorkbook();
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes);
  process.stdout.write(`${path.relative(process.cwd(), target)}: ${bytes.length} bytes, ${baselineRows} baseline rows for ${OCTOBER_PERIOD}\n`);
}

if (process.argv[1] && /make-example\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
