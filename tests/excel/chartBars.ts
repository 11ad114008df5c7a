// What a chart the host keeps shows, bar by bar: for each category, the series that has a value there,
// that value and the colour it is drawn in (the point's own fill where one took effect, else the series').
import type ExcelJS from "exceljs";
import type { ChartInfo } from "../../src/headless";

export interface Bar {
  label: string;
  value: number;
  color: string | null;
}

function cellsOf(workbook: ExcelJS.Workbook, address: string): unknown[] {
  const [sheetName, local] = address.split("!");
  const sheet = workbook.getWorksheet(sheetName.replace(/^'|'$/g, "")) as ExcelJS.Worksheet;
  const [start, end = start] = local.replace(/\$/g, "").split(":");
  const from = sheet.getCell(start);
  const to = sheet.getCell(end);
  const values: unknown[] = [];
  for (let r = Number(from.row); r <= Number(to.row); r++) for (let c = Number(from.col); c <= Number(to.col); c++) values.push(sheet.getCell(r, c).value);
  return values;
}

export function barsOf(workbook: ExcelJS.Workbook, chart: ChartInfo): Bar[] {
  const labels = chart.series[0]?.categories ? cellsOf(workbook, chart.series[0].categories).map(String) : [];
  return labels.map((label, index) => {
    const drawn = chart.series.flatMap((series) => {
      const value = series.values ? cellsOf(workbook, series.values)[index] : null;
      return typeof value === "number" ? [{ value, color: series.pointFills[index] ?? series.fill }] : [];
    });
    if (drawn.length !== 1) throw new Error(`category ${label}: ${drawn.length} bars instead of one`);
    return { label, ...drawn[0] };
  });
}
