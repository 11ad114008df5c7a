// Generated workbooks for the update benchmarks: a controller's detail table with one row per unit
// (enhet) and an area column, so the engine sums many rows into a few areas, plus last month's
// forecast in the history table (every area gets an arrow) and, optionally, the stored configuration.
import ExcelJS from "exceljs";
import { serializeConfig, SETTINGS_SHEET } from "../src/engine/config";
import { HISTORY_HEADERS, HISTORY_SHEET, HISTORY_TABLE, historyToValues } from "../src/engine/history";
import type { CellValue, HistoryRow, PrognosConfig } from "../src/engine/types";

export const SOURCE_SHEET = "Controller";
/** A committee's areas; a source with fewer rows has one area per row. */
export const BENCH_AREAS = 10;
const HEADER_TOP = 3;
const HEADERS = ["Verksamhetsområde", "Enhet", "Budgetavvikelse jan–nov", "Kommunbidrag helår", "Prognos nettokostnad helår", "Budgetavvikelse helår", "% av KB"];
const KR_PER_TKR = 1000;

export function areaName(index: number): string {
  return `Verksamhetsområde ${index + 1}`;
}

/** Deterministic pseudo-random numbers, so every run measures the same workbook. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** The source table's last row, header included (two header rows, the detail rows, the total row). */
export function sourceRange(rows: number): string {
  return `${SOURCE_SHEET}!A${HEADER_TOP}:G${HEADER_TOP + 2 + rows}`;
}

export function benchConfig(rows: number): PrognosConfig {
  return {
    version: 2,
    reportDate: "2024-11-30",
    sources: [{ range: sourceRange(rows) }],
    tolerance: 0,
    output: { sheet: "Rapport", anchor: "A1", unit: "tkr", chart: true },
    previousYearGrant: null,
  };
}

/** The detail rows (tkr): area, unit, period deviation, grant, net cost (negative), deviation, share. */
export function detailRows(rows: number): CellValue[][] {
  const random = lcg(20_241_130 + rows);
  const lines: CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const grant = 500 + Math.round(random() * 20_000);
    const netCost = Math.round(grant * (0.9 + random() * 0.2));
    const deviation = grant - netCost;
    lines.push([areaName(i % BENCH_AREAS), `Enhet ${i + 1}`, Math.round((random() - 0.5) * 400), grant, -netCost, deviation, Math.round((deviation / grant) * 1000) / 1000]);
  }
  return lines;
}

function totalRow(lines: CellValue[][]): CellValue[] {
  const sum = (column: number) => lines.reduce((total, line) => total + Number(line[column]), 0);
  const grant = sum(3);
  return ["Summa", "", sum(2), grant, sum(4), sum(5), Math.round((sum(5) / grant) * 1000) / 1000];
}

/** October's forecast per area, a little off November's so the arrows vary. */
function octoberBaseline(lines: CellValue[][]): HistoryRow[] {
  const areas = Math.min(BENCH_AREAS, lines.length);
  return Array.from({ length: areas }, (_, area) => {
    const mine = lines.filter((_line, i) => i % BENCH_AREAS === area);
    const grant = mine.reduce((total, line) => total + Number(line[3]), 0) * KR_PER_TKR;
    const deviation = (mine.reduce((total, line) => total + Number(line[5]), 0) + (area % 3) * 250 - 250) * KR_PER_TKR;
    return { period: "2024-10", reportDate: "2024-10-31", area: areaName(area), grant, forecastNetCost: grant - deviation, deviation, savedAt: "2024-11-08T09:30:00.000Z" };
  });
}

export interface BenchWorkbookOptions {
  /** Store the configuration on the hidden settings sheet (the ribbon's one-click case). */
  storedConfig: boolean;
}

export function buildBenchWorkbook(rows: number, options: BenchWorkbookOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SOURCE_SHEET);
  sheet.getCell("A1").value = "Underlag: prognos per enhet, november 2024";
  const lines = detailRows(rows);
  const table: CellValue[][] = [HEADERS, ["", "", "", "", "", "Tkr", ""], ...lines, totalRow(lines)];
  table.forEach((line, r) => {
    const row = sheet.getRow(HEADER_TOP + r);
    line.forEach((value, c) => {
      if (value === "" || value === null) return;
      const cell = row.getCell(1 + c);
      cell.value = value as ExcelJS.CellValue;
      if (r >= 2 && typeof value === "number") cell.numFmt = c === 6 ? "0.0%" : "#,##0";
    });
  });

  const history = workbook.addWorksheet(HISTORY_SHEET);
  history.addTable({
    name: HISTORY_TABLE,
    ref: "A1",
    headerRow: true,
    columns: HISTORY_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: historyToValues(octoberBaseline(lines)).slice(1) as ExcelJS.CellValue[][],
  });
  if (options.storedConfig) {
    const settings = workbook.addWorksheet(SETTINGS_SHEET, { state: "hidden" });
    settings.getCell("A1").numFmt = "@";
    settings.getCell("A1").value = serializeConfig(benchConfig(rows));
  }
  return workbook;
}

/** The workbook as the bytes of an .xlsx file, so each measurement starts from a fresh load. */
export async function benchWorkbookBytes(rows: number, options: BenchWorkbookOptions): Promise<Uint8Array> {
  const buffer = await buildBenchWorkbook(rows, options).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
