// The narrative's sentences on the year (issue 22): the development since an earlier report of the year,
// and at the outcome the accuracy of the interim forecast. Without such data the draft is as before.
import { buildAccuracy } from "../../src/engine/accuracy";
import { developmentOfReport, historyWithReport } from "../../src/engine/development";
import { draftNarrative } from "../../src/engine/narrative";
import { developmentReference, type YearNarrativeData } from "../../src/engine/narrative/year";
import type { HistoryRow, Report } from "../../src/engine/types";
import { FORECASTS_2024, IFO, KULTUR, NYTT, rowsOf, STAB } from "./fixtures/year2024";
import { type AreaFigures, reportOf } from "./narrativeReport";

const before = (period: string): HistoryRow[] => FORECASTS_2024.filter((row) => row.period < period);
const draft = (report: Report, data: YearNarrativeData = {}, lang: "sv" | "en" = "sv") => draftNarrative(report, { previousYearGrant: null, lang, ...data });
const withDevelopment = (report: Report, stored: HistoryRow[], lang: "sv" | "en" = "sv") => draft(report, { development: developmentOfReport(report, stored) }, lang);

// November (tkr): Stab 2 000, Individ och familj −8 000, Kultur −1 000 = −7 000; October's figures as baseline.
const novemberAreas: AreaFigures[] = [
  { area: STAB, grant: 50_000, forecastNetCost: 48_000, baselineDeviation: 2_200 },
  { area: IFO, grant: 100_000, forecastNetCost: 108_000, baselineDeviation: -8_500 },
  { area: KULTUR, grant: 10_000, forecastNetCost: 11_000, baselineDeviation: -1_200 },
];
const november = reportOf(novemberAreas, { reportDate: "2024-11-30", baselineDate: "2024-10-31" });

describe("the development sentence", () => {
  test("November: since the delårsrapport (August total −10 000), appended to the change paragraph", () => {
    // −7 000 − (−10 000) = +3 000 tkr
    expect(withDevelopment(november, before("2024-11")).at(-1)).toBe(
      "Helårsprognosen har förbättrats med 500 tusen kronor jämfört med föregående prognos per den 31 oktober 2024. " +
        "Prognosen har förbättrats för Individ och familj med 500 tusen kronor och för Kultur med 200 tusen kronor. " +
        "Prognosen har försämrats för Stab med 200 tusen kronor. " +
        "Helårsprognosen har förbättrats med 3,0 miljoner kronor sedan prognosen per den 31 augusti 2024.",
    );
  });

  test("the issue's example, word for word but for the year", () => {
    const stored = [...rowsOf("2024-08", { A: -12_000 }), ...rowsOf("2024-09", { A: -5_000 })];
    const october = reportOf([{ area: "A", grant: 10_000, forecastNetCost: 12_800, baselineDeviation: -5_000 }], { reportDate: "2024-10-31", baselineDate: "2024-09-30" });
    // −2 800 − (−12 000) = 9 200 tkr
    expect(withDevelopment(october, stored).at(-1)).toMatch(/ Helårsprognosen har förbättrats med 9,2 miljoner kronor sedan prognosen per den 31 augusti 2024\.$/);
  });

  test("March: no tertial report yet, so since the first period of the year; a worsening", () => {
    const march = reportOf([{ area: STAB, grant: 50_000, forecastNetCost: 47_000 }, { area: IFO, grant: 100_000, forecastNetCost: 115_000 }, { area: "Fritid", grant: 1_000, forecastNetCost: 600 }]);
    const marchReport = { ...march, reportDate: "2024-03-31", period: "2024-03" };
    // −11 600 − (−7 500) = −4 100 tkr; no baseline in this report, so the sentence stands alone.
    expect(withDevelopment(marchReport, before("2024-03")).at(-1)).toBe("Helårsprognosen har försämrats med 4,1 miljoner kronor sedan prognosen per den 31 januari 2024.");
  });

  test.each([
    ["2024-03", "2024-01"], ["2024-04", "2024-01"], ["2024-05", "2024-04"], ["2024-08", "2024-04"],
    ["2024-09", "2024-08"], ["2024-12", "2024-08"], ["2024-01", null],
  ])("the report of %s compares with %s", (period, expected) => {
    const development = developmentOfReport({ ...november, period, reportDate: `${period}-28` }, FORECASTS_2024);
    expect(developmentReference(development, period)?.period ?? null).toBe(expected);
  });

  test("September: the reference is the baseline, which the change paragraph already names", () => {
    const september = { ...reportOf(novemberAreas, { baselineDate: "2024-08-31" }), reportDate: "2024-09-30", period: "2024-09" };
    expect(withDevelopment(september, before("2024-09"))).toEqual(draft(september));
  });

  test("a baseline the user picked at the reference period gives no second sentence on it", () => {
    const againstAugust = reportOf(novemberAreas, { baselineDate: "2024-08-31" });
    expect(withDevelopment(againstAugust, before("2024-11"))).toEqual(draft(againstAugust));
  });

  test("a move the table shows as zero says nothing; the unit decides what is zero", () => {
    const stored = [...rowsOf("2024-08", { A: 1_000 }), ...rowsOf("2024-10", { A: 0 })];
    const figures = (grant: number) => reportOf([{ area: "A", grant, forecastNetCost: 0, baselineDeviation: 0 }], { baselineDate: "2024-10-31" });
    // 1 000,4 − 1 000 = 0,4 tkr: under half a tkr.
    expect(withDevelopment(figures(1_000.4), stored)).toEqual(draft(figures(1_000.4)));
    // 1 040 − 1 000 = 40 tkr: "40 tusen kronor" under a tkr table, 0,0 in an mnkr table.
    expect(withDevelopment(figures(1_040), stored).at(-1)).toMatch(/ Helårsprognosen har förbättrats med 40 tusen kronor sedan prognosen per den 31 augusti 2024\.$/);
    const mnkr = { ...figures(1_040), outputUnit: "mnkr" as const };
    expect(withDevelopment(mnkr, stored)).toEqual(draft(mnkr));
  });

  test("a development of another year says nothing", () => {
    const development = developmentOfReport({ ...november, year: 2025, period: "2025-11", reportDate: "2025-11-30" }, FORECASTS_2024);
    expect(draft(november, { development })).toEqual(draft(november));
  });

  test("in English", () => {
    expect(withDevelopment(november, before("2024-11"), "en").at(-1)).toMatch(/ The full-year forecast has improved by 3.0 million kronor since the forecast of 31 August 2024\.$/);
  });
});

// December, the outcome (tkr): Individ och familj −6 500, Stab 2 700, Kultur −1 100, Nytt område 300 = −4 600.
const decemberAreas: AreaFigures[] = [
  { area: IFO, grant: 100_000, forecastNetCost: 106_500, baselineDeviation: -8_000 },
  { area: STAB, grant: 50_000, forecastNetCost: 47_300, baselineDeviation: 2_000 },
  { area: KULTUR, grant: 10_000, forecastNetCost: 11_100, baselineDeviation: -1_000 },
  { area: NYTT, grant: 1_000, forecastNetCost: 700 },
];
const december = { ...reportOf(decemberAreas, { baselineDate: "2024-11-30" }), reportDate: "2024-12-31", period: "2024-12" };
const atOutcome = (report: Report, stored: HistoryRow[]): YearNarrativeData => {
  const history = historyWithReport(report, stored);
  return { development: developmentOfReport(report, stored), accuracy: buildAccuracy(history, report.period, report.outputUnit) };
};

describe("the accuracy sentence at the outcome", () => {
  test("against the delårsrapport per 31 augusti, instead of the development sentence", () => {
    const paragraphs = draft(december, atOutcome(december, FORECASTS_2024));
    // −4 600 − (−10 000) = 5 400 tkr better than August.
    expect(paragraphs.at(-1)).toMatch(/\. Utfallet för 2024 blev ett underskott på 4,6 miljoner kronor, vilket är 5,4 miljoner kronor bättre än prognosen i delårsrapporten per den 31 augusti 2024\.$/);
    expect(paragraphs.join(" ")).not.toMatch(/sedan prognosen/);
  });

  test("without an August forecast: against the latest one", () => {
    const paragraphs = draft(december, atOutcome(december, FORECASTS_2024.filter((row) => row.period !== "2024-08")));
    // −4 600 − (−7 000) = 2 400 tkr
    expect(paragraphs.at(-1)).toMatch(/ Utfallet för 2024 blev ett underskott på 4,6 miljoner kronor, vilket är 2,4 miljoner kronor bättre än prognosen per den 30 november 2024\.$/);
  });

  test.each([
    // [August's total, outcome's areas] → the sentence
    [-1_000, [{ area: "A", grant: 1_000, forecastNetCost: 4_500 }], "ett underskott på 3,5 miljoner kronor, vilket är 2,5 miljoner kronor sämre än"],
    [-3_500, [{ area: "A", grant: 1_000, forecastNetCost: 4_500.3 }], "ett underskott på 3,5 miljoner kronor, vilket motsvarar"],
    [2_000, [{ area: "A", grant: 1_000, forecastNetCost: 1_000.2 }], "ett nollresultat, vilket är 2,0 miljoner kronor sämre än"],
    [-200, [{ area: "A", grant: 21_000, forecastNetCost: 1_000 }], "ett överskott på 20 miljoner kronor, vilket är 20 miljoner kronor bättre än"],
  ])("August %d tkr", (august, areas, words) => {
    const outcome = { ...reportOf(areas), reportDate: "2024-12-31", period: "2024-12" };
    expect(draft(outcome, atOutcome(outcome, rowsOf("2024-08", { A: august }))).at(-1)).toBe(`Utfallet för 2024 blev ${words} prognosen i delårsrapporten per den 31 augusti 2024.`);
  });

  test("an accuracy whose outcome is not the report's period says nothing", () => {
    const { accuracy } = atOutcome(december, FORECASTS_2024);
    expect(draft(november, { accuracy })).toEqual(draft(november));
  });

  test("in English", () => {
    expect(draft(december, atOutcome(december, FORECASTS_2024), "en").at(-1)).toMatch(
      / The outcome for 2024 was a deficit of 4.6 million kronor, 5.4 million kronor better than the forecast in the interim report of 31 August 2024\.$/,
    );
  });
});

describe("without development or accuracy data the draft is as before", () => {
  test.each([november, december])("%#", (report) => {
    const plain = draftNarrative(report, { previousYearGrant: 100_000_000 });
    expect(draftNarrative(report, { previousYearGrant: 100_000_000, development: null, accuracy: null })).toEqual(plain);
    expect(draftNarrative(report, { previousYearGrant: 100_000_000, development: undefined })).toEqual(plain);
  });
});
