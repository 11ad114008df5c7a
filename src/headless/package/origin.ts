// What a workbook was read from: the bytes the save edits, so that every part Prognos does not change is
// written back as it was. Kept beside the ExcelJS workbook, which cannot hold them.
import type ExcelJS from "exceljs";
import type { ChartState } from "../state";

const originals = new WeakMap<ExcelJS.Workbook, Uint8Array>();

export function rememberOriginal(workbook: ExcelJS.Workbook, bytes: Uint8Array): void {
  originals.set(workbook, bytes);
}

export function originalOf(workbook: ExcelJS.Workbook): Uint8Array | undefined {
  return originals.get(workbook);
}

const hostCharts = new WeakMap<ExcelJS.Workbook, ReadonlyMap<ExcelJS.Worksheet, readonly ChartState[]>>();

/** The charts a headless host keeps for the workbook, which the save writes as chart parts. */
export function rememberCharts(workbook: ExcelJS.Workbook, charts: ReadonlyMap<ExcelJS.Worksheet, readonly ChartState[]>): void {
  hostCharts.set(workbook, charts);
}

export function chartsOfWorkbook(workbook: ExcelJS.Workbook): ReadonlyMap<ExcelJS.Worksheet, readonly ChartState[]> | undefined {
  return hostCharts.get(workbook);
}
