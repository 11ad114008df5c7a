// The sheet Prognosutveckling (issue 22) written by the update, against the headless host: the year's table
// under Swedish month headers in tkr, the accuracy block at the outcome, the line chart, and the rules of a
// Prognos-owned sheet — a cell the economist changed is never overwritten or cleared silently. Figures by
// hand from tests/engine/fixtures/year2024.ts.
import type ExcelJS from "exceljs";
import { updateForecast, type UpdateOptions } from "../../src/excel";
import type { HeadlessHost } from "../../src/headless";
import { formatProblem } from "../../src/i18n";
import { FRITID, IFO, KULTUR, NYTT, rowsOf, STAB } from "../engine/fixtures/year2024";
import { buildYearWorkbook, YEAR_CONFIG } from "../fixtures/yearWorkbook";
import { HOST_EXTREMES, underVariant, variantHost } from "./hostVariants";

const RUN: UpdateOptions = { today: "2025-01-10", now: "2025-01-10T09:30:00.000Z" };
const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const SHEET = "Prognosutveckling";

function rowOf(sheet: ExcelJS.Worksheet, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, c) => {
    const value = sheet.getCell(row, c + 1).value;
    return value === null ? "" : value;
  });
}

function sheetOf(host: HeadlessHost): ExcelJS.Worksheet {
  const sheet = host.workbook.getWorksheet(SHEET);
  if (!sheet) throw new Error("no Prognosutveckling");
  return sheet;
}

describe.each(HOST_EXTREMES)("on a host with $name", (variant) => {
  underVariant(variant);

  describe("December as the outcome", () => {
    let host: HeadlessHost;
    let sheet: ExcelJS.Worksheet;

    beforeAll(async () => {
      host = await variantHost(await buildYearWorkbook({ history: "report" }));
      const result = await updateForecast(host.run, { ...RUN, outcome: true });
      expect(result.errors.map((problem) => formatProblem(problem))).toEqual([]);
      sheet = sheetOf(host);
    });

    it("writes the development table: a month per period, areas in the report's order, tkr, empty where a period lacks the area", () => {
      expect(sheet.getCell("A1").value).toBe("Prognosutveckling 2024");
      expect(sheet.getCell("A2").value).toBe("Budgetavvikelse helår enligt varje prognos under året, tkr");
      expect(rowOf(sheet, 4, 13)).toEqual(["Verksamhetsområde", ...MONTHS]);
      expect(rowOf(sheet, 5, 13)).toEqual([IFO, -10_000, -12_000, -15_000, -14_000, -13_000, -12_500, -12_000, -11_000, -9_000, -8_500, -8_000, -6_500]);
      expect(rowOf(sheet, 7, 13)).toEqual([KULTUR, "", "", "", -1_000, -1_200, -1_500, -1_500, -1_400, -1_300, -1_200, -1_000, -1_100]);
      expect(rowOf(sheet, 8, 2)).toEqual([NYTT, ""]);
      expect(rowOf(sheet, 9, 13)).toEqual([FRITID, 500, 500, 400, 300, 300, 200, "", "", "", "", "", ""]);
      // jan −10 000 + 2 000 + 500 = −7 500 … dec −6 500 + 2 700 − 1 100 + 300 = −4 600; changes −9 000 − (−7 500) = −1 500 …
      expect(rowOf(sheet, 10, 13)).toEqual(["Nämndens ram", -7_500, -9_000, -11_600, -11_700, -11_100, -11_200, -10_900, -10_000, -7_900, -7_500, -7_000, -4_600]);
      expect(rowOf(sheet, 11, 13)).toEqual(["Förändring mot föregående prognos", "", -1_500, -2_600, -100, 600, -100, 300, 900, 2_100, 400, 500, 2_400]);
      expect(sheet.getCell("B5").numFmt).toBe("#,##0");
      expect(sheet.getCell("A10").font?.bold).toBe(true);
    });

    it("writes the accuracy block: outcome, outcome − forecast per period, and the mean absolute error", () => {
      expect(sheet.getCell("A13").value).toBe("Prognossäkerhet: utfallet 31 december 2024 mot årets prognoser");
      expect(rowOf(sheet, 16, 13)).toEqual(["Verksamhetsområde", "Utfall", ...MONTHS.slice(0, 11)]);
      // Individ och familj: −6 500 − (−10 000) = 3 500 … − (−8 000) = 1 500.
      expect(rowOf(sheet, 17, 13)).toEqual([IFO, -6_500, 3_500, 5_500, 8_500, 7_500, 6_500, 6_000, 5_500, 4_500, 2_500, 2_000, 1_500]);
      // Stab: 2 700 − 2 000 = 700, − 2 500 = 200, − 3 000 = −300 …
      expect(rowOf(sheet, 18, 5)).toEqual([STAB, 2_700, 700, 200, -300]);
      // Fritid has no outcome, so no difference either.
      expect(rowOf(sheet, 21, 13)).toEqual([FRITID, ...Array(12).fill("")]);
      expect(rowOf(sheet, 22, 13)).toEqual(["Nämndens ram", -4_600, 2_900, 4_400, 7_000, 7_100, 6_500, 6_600, 6_300, 5_400, 3_300, 2_900, 2_400]);
      // Mean absolute error, January (3 500 + 700) / 2 = 2 100; August (4 500 + 300 + 300) / 3 = 1 700.
      expect(sheet.getCell("A23").value).toBe("Medelabsolutfel per område");
      expect(sheet.getCell("C23").value).toBe(2_100);
      expect(sheet.getCell("J23").value).toBe(1_700);
      expect(sheet.getCell("D23").value).toBeCloseTo((5_500 + 200) / 2, 9);
    });

    it("draws one line chart over the table: a line per area and the total, the months as categories", () => {
      const charts = host.charts(SHEET);
      expect(charts).toHaveLength(1);
      expect(charts[0]).toMatchObject({ name: "Prognosutvecklingsdiagram", type: "LineMarkers", title: "Prognosutveckling 2024, budgetavvikelse helår, tkr" });
      expect(charts[0].source).toBe("Prognosutveckling!A4:M10");
      expect(charts[0].series.map((series) => series.name)).toEqual([IFO, STAB, KULTUR, NYTT, FRITID, "Nämndens ram"]);
      expect(charts[0].series[0].values).toBe("Prognosutveckling!B5:M5");
      expect(charts[0].position?.start).toBe("A25");
    });

    it("a re-run gives the same sheet and still one chart", async () => {
      const before = rowOf(sheet, 17, 13);
      const again = await updateForecast(host.run, RUN);
      expect(again.errors).toEqual([]);
      expect(rowOf(sheetOf(host), 17, 13)).toEqual(before);
      expect(host.charts(SHEET)).toHaveLength(1);
    });
  });

  describe("the economist's cells", () => {
    it("a changed cell the table needs stops the update, naming it; with the go-ahead it is replaced", async () => {
      const host = await variantHost(await buildYearWorkbook({ history: "report" }));
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      sheetOf(host).getCell("C5").value = "se not";
      const refused = await updateForecast(host.run, RUN);
      expect(refused.errors.map((problem) => [problem.code, problem.cell])).toEqual([["cellsEdited", "Prognosutveckling!C5"]]);
      expect(sheetOf(host).getCell("C5").value).toBe("se not");
      expect((await updateForecast(host.run, { ...RUN, replaceEdited: true })).errors).toEqual([]);
      expect(sheetOf(host).getCell("C5").value).toBe(-12_000);
    });

    it("a cell the economist emptied is filled again, as on Rapport", async () => {
      const host = await variantHost(await buildYearWorkbook({ history: "report" }));
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      sheetOf(host).getCell("C5").value = null;
      expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
      expect(sheetOf(host).getCell("C5").value).toBe(-12_000);
    });

    it("a note beside the table stays; one where a larger table would go stops the update", async () => {
      const host = await variantHost(await buildYearWorkbook({ history: "report" }));
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      sheetOf(host).getCell("P3").value = "Min anteckning";
      expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
      expect(sheetOf(host).getCell("P3").value).toBe("Min anteckning");
      // Marking December as the outcome adds the accuracy block below: a note there is in the way.
      const region = host.workbook.definedNames.getRanges("Prognos_Utveckling").ranges[0];
      const bottom = Number(/\$(\d+)$/.exec(region)?.[1]);
      sheetOf(host).getCell(bottom + 2, 1).value = "Under tabellen";
      const refused = await updateForecast(host.run, { ...RUN, outcome: true });
      expect(refused.errors.map((problem) => [problem.code, problem.cell])).toEqual([["cellsInTheWay", `Prognosutveckling!A${bottom + 2}`]]);
    });

    it("a sheet of that name that Prognos never wrote is not written over", async () => {
      const workbook = await buildYearWorkbook({ history: "report" });
      workbook.addWorksheet(SHEET).getCell("B2").value = "Egen analys";
      const host = await variantHost(workbook);
      const refused = await updateForecast(host.run, RUN);
      expect(refused.errors.map((problem) => [problem.code, problem.cell])).toEqual([["cellsInTheWay", "Prognosutveckling!B2"]]);
    });
  });

  describe("when there is no sheet to write", () => {
    it("output.development false writes none", async () => {
      const host = await variantHost(await buildYearWorkbook({ history: "report", config: { ...YEAR_CONFIG, output: { ...YEAR_CONFIG.output, development: false } } }));
      expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
      expect(host.workbook.getWorksheet(SHEET)).toBeUndefined();
    });

    it("a year with one period (the report's own) writes none", async () => {
      const host = await variantHost(await buildYearWorkbook({ history: "report", rows: rowsOf("2023-12", { [STAB]: 1 }) }));
      const result = await updateForecast(host.run, RUN);
      expect(result.errors).toEqual([]);
      expect(result.development?.periods).toHaveLength(1);
      expect(host.workbook.getWorksheet(SHEET)).toBeUndefined();
    });
  });
});
