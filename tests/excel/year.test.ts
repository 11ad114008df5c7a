// The year through the adapter (issues 19 and 22) against the headless host: the history sheet in the
// report's unit and sign with a local saved time, the outcome column (old sheets without it read as no
// outcome), and December as the outcome of eleven forecasts — every figure worked out by hand below.
import type ExcelJS from "exceljs";
import { historyFromValues } from "../../src/engine/history";
import { localSerialFromTimestamp } from "../../src/engine/period";
import { displayLabel } from "../../src/engine/text";
import type { HistoryRow } from "../../src/engine/types";
import { markHistoryOutcome, readSetup, updateForecast, type UpdateOptions } from "../../src/excel";
import type { HeadlessHost } from "../../src/headless";
import { formatProblem } from "../../src/i18n";
import { FORECASTS_2024, FRITID, IFO, KULTUR, NYTT, STAB } from "../engine/fixtures/year2024";
import { buildYearWorkbook, YEAR_2023 } from "../fixtures/yearWorkbook";
import { HOST_EXTREMES, underVariant, variantHost } from "./hostVariants";
import { reload } from "./snapshot";

const NOW = "2025-01-10T09:30:00.000Z";
const RUN: UpdateOptions = { today: "2025-01-10", now: NOW };
const JAN_TO_NOV = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11"];

function sheetValues(workbook: ExcelJS.Workbook, name = "Prognoshistorik"): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  const values: unknown[][] = [];
  // ExcelJS hands a date-formatted number over as a Date (of the serial read as UTC); the sheet holds the serial.
  const cell = (value: unknown) => (value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : value);
  sheet?.eachRow((row) => values.push((row.values as unknown[]).slice(1).map(cell)));
  return values;
}

/** The rows as read back: area names are read with their spacing tidied ("Individ  och familj"). */
const asRead = (rows: HistoryRow[]) => rows.map((row) => ({ ...row, area: displayLabel(row.area) }));

function formatsOf(workbook: ExcelJS.Workbook, row: number): Array<string | undefined> {
  const sheet = workbook.getWorksheet("Prognoshistorik") as ExcelJS.Worksheet;
  return Array.from({ length: 8 }, (_, c) => sheet.getCell(row, c + 1).numFmt);
}

function historyOf(workbook: ExcelJS.Workbook) {
  return historyFromValues(sheetValues(workbook) as (string | number)[][], "Prognoshistorik", "A1");
}

async function hostOf(history: "former" | "report"): Promise<HeadlessHost> {
  return variantHost(await buildYearWorkbook({ history }));
}

describe.each(HOST_EXTREMES)("on a host with $name", (variant) => {
  underVariant(variant);

  describe("December as the outcome of a history written before issue 19", () => {
    let host: HeadlessHost;
    let before: ExcelJS.Workbook;
    let after: ExcelJS.Workbook;
    let result: Awaited<ReturnType<typeof updateForecast>>;

    beforeAll(async () => {
      host = await hostOf("former");
      before = await reload(host.workbook);
      result = await updateForecast(host.run, { ...RUN, outcome: true });
      expect(result.errors.map((problem) => formatProblem(problem))).toEqual([]);
      after = await reload(host.workbook);
    });

    it("costs three syncs at most", () => {
      expect(host.stats.syncs).toBeLessThanOrEqual(3);
    });

    it("keeps the sheet's own convention: kronor, net cost positive, and adds the outcome column at its end", () => {
      const values = sheetValues(after);
      expect(values[0]).toEqual(["Period", "Rapportdatum", "Verksamhetsområde", "Kommunbidrag helår (kr)", "Prognos nettokostnad helår (kr)", "Budgetavvikelse helår (kr)", "Sparad", "Utfall"]);
      // December, Individ och familj: grant 100 000 tkr, net cost 106 500 tkr, deviation −6 500 tkr.
      const december = values.filter((line) => line[0] === "2024-12");
      expect(december.map((line) => line[2])).toEqual([IFO, STAB, KULTUR, NYTT]);
      expect(december[0]).toEqual(["2024-12", "2024-12-31", IFO, 100_000_000, 106_500_000, -6_500_000, NOW, "Ja"]);
    });

    it("leaves every cell of the earlier year and of the forecasts as it was, the new column empty there", () => {
      const old = sheetValues(before);
      const now = sheetValues(after);
      for (let r = 1; r < old.length; r++) expect(now[r].slice(0, 7)).toEqual(old[r]);
      expect(now.slice(1, old.length).every((line) => line[7] === undefined || line[7] === null || line[7] === "")).toBe(true);
      expect(formatsOf(after, 2)).toEqual(formatsOf(before, 2).map((format, c) => (c < 7 ? format : formatsOf(after, 2)[7])));
    });

    it("reads back with the outcome marked on December's rows only", () => {
      const read = historyOf(after);
      expect(read.errors).toEqual([]);
      expect(read.hasOutcome).toBe(true);
      expect([...new Set(read.rows.filter((row) => row.outcome).map((row) => row.period))]).toEqual(["2024-12"]);
      expect(read.rows.filter((row) => row.period < "2024-12")).toEqual(asRead([...YEAR_2023, ...FORECASTS_2024]));
    });

    it("gives the development of the year: twelve periods, December's figures last", () => {
      const development = result.development;
      expect(development?.periods.map((p) => p.period)).toEqual([...JAN_TO_NOV, "2024-12"]);
      expect(development?.rows.map((row) => row.area)).toEqual([IFO, STAB, KULTUR, NYTT, FRITID]);
      // nov −8 000 + 2 000 − 1 000 = −7 000; dec −6 500 + 2 700 − 1 100 + 300 = −4 600.
      expect(development?.total.values.slice(-2)).toEqual([-7_000, -4_600]);
      expect(development?.total.changes.at(-1)).toBe(2_400);
    });

    it("gives the accuracy of the eleven forecasts against the outcome", () => {
      const accuracy = result.accuracy;
      if (!accuracy) throw new Error("December is the outcome");
      expect(accuracy.outcomePeriod).toBe("2024-12");
      expect(accuracy.periods.map((p) => p.period)).toEqual(JAN_TO_NOV);
      // Stab: 2 700 − 2 000 = 700 (jan), 2 700 − 3 000 = −300 (mar), 2 700 − 2 000 = 700 (nov).
      const stab = accuracy.rows.find((row) => row.area === STAB);
      expect(stab?.outcome).toBe(2_700);
      expect([0, 2, 10].map((i) => stab?.forecasts[i].error)).toEqual([700, -300, 700]);
      // Total: −4 600 − (−7 500) = 2 900 (jan), − (−10 000) = 5 400 (aug), − (−7 000) = 2 400 (nov).
      expect([0, 7, 10].map((i) => accuracy.total.forecasts[i].error)).toEqual([2_900, 5_400, 2_400]);
      // Mean absolute error, August: (|−6 500 + 11 000| + |2 700 − 2 400| + |−1 100 + 1 400|) / 3 = 5 100 / 3 = 1 700.
      expect(accuracy.meanAbsoluteError[7]).toEqual({ period: "2024-08", value: 1_700, areas: 3 });
      // January: (3 500 + 700) / 2 = 2 100 over the two areas both hold.
      expect(accuracy.meanAbsoluteError[0]).toEqual({ period: "2024-01", value: 2_100, areas: 2 });
    });

    it("re-running December without --outcome keeps it the outcome", async () => {
      const again = await updateForecast(host.run, RUN);
      expect(again.ok).toBe(true);
      expect(again.accuracy?.outcomePeriod).toBe("2024-12");
      const read = historyOf(await reload(host.workbook));
      expect(read.rows.filter((row) => row.outcome).map((row) => row.area)).toEqual([IFO, STAB, KULTUR, NYTT]);
    });
  });

  describe("a history table written now (issue 19)", () => {
    let after: ExcelJS.Workbook;

    beforeAll(async () => {
      const host = await hostOf("report");
      const result = await updateForecast(host.run, RUN);
      expect(result.errors.map((problem) => formatProblem(problem))).toEqual([]);
      after = await reload(host.workbook);
    });

    it("shows amounts in tkr over kronor, net cost negative as in the report, the saved time as a local date-time", () => {
      const values = sheetValues(after);
      expect(values[0]).toEqual(["Period", "Rapportdatum", "Verksamhetsområde", "Kommunbidrag helår (tkr)", "Prognos nettokostnad helår (tkr)", "Budgetavvikelse helår (tkr)", "Sparad", "Utfall"]);
      const december = values.find((line) => line[0] === "2024-12" && line[2] === IFO);
      // 100 000 tkr = 100 000 000 kr; the net cost 106 500 tkr written −106 500 000 as the report writes it.
      expect(december?.slice(0, 6)).toEqual(["2024-12", "2024-12-31", IFO, 100_000_000, -106_500_000, -6_500_000]);
      expect(december?.[6]).toBeCloseTo(localSerialFromTimestamp(NOW), 9);
      const row = values.indexOf(december as unknown[]) + 1;
      expect(formatsOf(after, row).slice(3, 7)).toEqual(["#,##0,", "#,##0,", "#,##0,", "yyyy-mm-dd hh:mm"]);
    });

    it("reads back what it wrote, the saved time to the millisecond", () => {
      const read = historyOf(after);
      expect(read.errors).toEqual([]);
      expect(read.rows.find((row) => row.period === "2024-12" && row.area === IFO)).toEqual({
        period: "2024-12", reportDate: "2024-12-31", area: IFO, grant: 100_000_000, forecastNetCost: 106_500_000, deviation: -6_500_000, savedAt: NOW,
      });
      expect(read.rows.filter((row) => row.period < "2024-12")).toEqual(asRead([...YEAR_2023, ...FORECASTS_2024]));
    });
  });

  describe("marking a period in the history tab", () => {
    it("moves the outcome within the year and never touches another year's rows", async () => {
      const host = await hostOf("report");
      expect((await updateForecast(host.run, { ...RUN, outcome: true })).ok).toBe(true);
      const before = sheetValues(await reload(host.workbook));
      expect((await markHistoryOutcome(host.run, "2024-11")).errors).toEqual([]);
      const after = sheetValues(await reload(host.workbook));
      const marked = (values: unknown[][]) => [...new Set(values.filter((line) => line[7] === "Ja").map((line) => line[0]))];
      expect(marked(before)).toEqual(["2024-12"]);
      expect(marked(after)).toEqual(["2024-11"]);
      const of2023 = (values: unknown[][]) => values.filter((line) => String(line[0]).startsWith("2023-"));
      expect(of2023(after)).toEqual(of2023(before));
      expect(of2023(after)).toHaveLength(YEAR_2023.length);
      // Only the outcome cells changed.
      expect(after.map((line) => line.slice(0, 7))).toEqual(before.map((line) => line.slice(0, 7)));
      expect((await readSetup(host.run)).history.filter((period) => period.outcome).map((period) => period.period)).toEqual(["2024-11"]);
      expect((await markHistoryOutcome(host.run, "2024-11", false)).ok).toBe(true);
      expect(marked(sheetValues(await reload(host.workbook)))).toEqual([]);
    });

    it("names a period that is not stored", async () => {
      const host = await hostOf("former");
      const result = await markHistoryOutcome(host.run, "2024-12");
      expect(result.ok).toBe(false);
      expect(result.errors.map((problem) => problem.code)).toEqual(["historyPeriodMissing"]);
    });
  });
});
