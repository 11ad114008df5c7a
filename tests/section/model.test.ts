// The report section read off the sheet's layout: the seed's two header rows and merges, the figures as a
// Swedish Excel shows them, the bold total with its rule, one arrow per row, the legend and the draft text.
import { layoutReport } from "../../src/excel/layout";
import { arrowOf, buildSection, displayValue, PAGE_TEXT_WIDTH, type ReportSection, type SectionCell } from "../../src/section/model";
import { reportOf } from "../engine/narrativeReport";
import { seedReport } from "./seedReport";

const texts = (cells: SectionCell[]) => cells.map((cell) => cell.text);
const body = (section: ReportSection) => section.rows.slice(section.headerRows);

describe("the seed's section (Swedish)", () => {
  const report = seedReport();
  const section = buildSection(report, { lang: "sv", paragraphs: ["Första stycket.", "  ", "Andra stycket. "] });

  it("has the sheet's title, subtitle and legend", () => {
    expect(section.title).toEqual({ text: "Budgetavvikelse per verksamhetsområde", format: { bold: true, size: 13 } });
    expect(section.subtitle).toEqual({ text: "Prognos per den 30 november 2024, tkr", format: { italic: true } });
    expect(section.legend.text).toMatch(/^Pilar bredvid tabellen visar förändring av prognostiserad budgetavvikelse sedan föregående prognos per den 31 oktober 2024: grön pil/);
    expect(section.legend.format.italic).toBe(true);
  });

  it("has two header rows: single headers span both, 'Budgetavvikelse helår' spans 'Tkr' and '% av KB'", () => {
    expect(section.headerRows).toBe(2);
    const [first, second] = section.rows;
    expect(first.map(({ column, text, rowSpan, colSpan }) => [column, text, rowSpan, colSpan])).toEqual([
      [0, "Verksamhetsområde", 2, 1],
      [1, "Budgetavvikelse jan–nov", 2, 1],
      [2, "Kommunbidrag helår", 2, 1],
      [3, "Prognos nettokostnad helår", 2, 1],
      [4, "Budgetavvikelse helår", 1, 2],
      [6, "", 1, 1],
    ]);
    expect(second.map(({ column, text }) => [column, text])).toEqual([[4, "Tkr"], [5, "% av KB"], [6, ""]]);
    expect([...first.slice(0, 5), ...second.slice(0, 2)].every((cell) => cell.format.bold)).toBe(true);
    // The header's rule runs under the lowest header row, not under the merged "Budgetavvikelse helår".
    expect(first.map((cell) => cell.ruleBelow)).toEqual([true, true, true, true, false, false]);
    expect(second.map((cell) => cell.ruleBelow)).toEqual([true, true, false]);
    expect(first[4].format.horizontal).toBe("Center");
    expect(first[2].format.horizontal).toBe("Right");
  });

  it("shows the figures as Swedish Excel does, right-aligned, the total bold under its rule", () => {
    expect(body(section).map(texts)).toEqual([
      ["Arbetsmarknad och ekonomiskt bistånd", "56\u00a0758", "1\u00a0645\u00a0081", "-1\u00a0593\u00a0981", "51\u00a0100", "3,1%", ""],
      ["Individ och familj", "-57\u00a0338", "1\u00a0822\u00a0631", "-1\u00a0889\u00a0631", "-67\u00a0000", "-3,7%", ""],
      ["Boende, tillsyn och service", "-38\u00a0612", "493\u00a0425", "-538\u00a0425", "-45\u00a0000", "-9,1%", ""],
      ["Stab och förvaltningsövergripande kostnader", "70\u00a0654", "248\u00a0753", "-187\u00a0853", "60\u00a0900", "24,5%", ""],
      ["Nämndens ram", "31\u00a0462", "4\u00a0209\u00a0890", "-4\u00a0209\u00a0890", "0", "0,0%", ""],
    ]);
    for (const row of body(section)) {
      expect(row[0].format.horizontal).toBeUndefined();
      expect(row.slice(1, 6).every((cell) => cell.format.horizontal === "Right")).toBe(true);
    }
    const total = body(section)[4];
    expect(total.slice(0, 6).every((cell) => cell.format.bold && cell.ruleAbove)).toBe(true);
    expect(body(section).slice(0, 4).flat().some((cell) => cell.format.bold || cell.ruleAbove)).toBe(false);
  });

  it("has one arrow per row, in the last column, green up, red down, yellow sideways", () => {
    const arrows = body(section).map((row) => row[6].arrow);
    expect(arrows.map((arrow) => arrow && [arrow.trend, arrow.glyph, arrow.color, arrow.word])).toEqual([
      ["improved", "\u25B2", "#00B050", "Förbättrad"],
      ["worsened", "\u25BC", "#C00000", "Försämrad"],
      ["unchanged", "\u25BA", "#FFC000", "Oförändrad"],
      ["improved", "\u25B2", "#00B050", "Förbättrad"],
      ["unchanged", "\u25BA", "#FFC000", "Oförändrad"],
    ]);
    expect(section.rows.slice(0, 2).flat().some((cell) => cell.arrow !== null)).toBe(false);
  });

  it("keeps the draft paragraphs given, trimmed, without empty ones", () => {
    expect(section.paragraphs).toEqual(["Första stycket.", "Andra stycket."]);
    expect(buildSection(report, { lang: "sv", paragraphs: [] }).paragraphs).toEqual([]);
  });

  it("fits a portrait A4 page, each figure column at least as wide as its longest figure", () => {
    const widths = section.columnWidths;
    expect(widths).toHaveLength(7);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(PAGE_TEXT_WIDTH);
    // A figure never wraps: about 0,52 em per character at 10 pt, plus the padding.
    for (const row of body(section)) for (const cell of row.slice(1, 6)) expect(widths[cell.column]).toBeGreaterThanOrEqual(cell.text.length * 5.2 + 6);
    expect(widths[0]).toBeGreaterThanOrEqual(110);
    expect(widths[6]).toBeLessThan(widths[5]);
  });

  it("reads every text of the table from the sheet's layout", () => {
    const layout = layoutReport(report, "sv");
    const sheetTexts = new Set(layout.values.flat().filter((value): value is string => typeof value === "string" && value !== ""));
    const sectionTexts = section.rows.flat().map((cell) => cell.text).filter((text) => text !== "" && !/\d/.test(text));
    for (const text of [...sectionTexts, section.title.text, section.subtitle.text, section.legend.text]) expect(sheetTexts).toContain(text);
  });
});

describe("other reports", () => {
  it("in English: the sheet's English words and English figures", () => {
    const section = buildSection(seedReport(), { lang: "en", paragraphs: [] });
    expect(section.title.text).toBe("Budget deviation per business area");
    expect(section.subtitle.text).toBe("Forecast as of 30 November 2024, sek k");
    expect(texts(section.rows[0])).toContain("Budget deviation full year");
    expect(texts(section.rows[1])).toEqual(["SEK k", "% of grant", ""]);
    expect(texts(body(section)[0]).slice(1, 6)).toEqual(["56,758", "1,645,081", "-1,593,981", "51,100", "3.1%"]);
    expect(body(section)[1][6].arrow?.word).toBe("Worsened");
  });

  it("without a baseline: no arrows, and the legend says why", () => {
    const section = buildSection(seedReport({ baseline: false }), { lang: "sv", paragraphs: [] });
    expect(section.rows.flat().some((cell) => cell.arrow !== null)).toBe(false);
    expect(section.legend.text).toMatch(/^Det finns ingen tidigare prognos att jämföra med/);
  });

  it("in mnkr: one decimal; without a period column: one column fewer", () => {
    const mnkr = buildSection(seedReport({ unit: "mnkr" }), { lang: "sv", paragraphs: [] });
    expect(texts(body(mnkr)[0]).slice(1, 6)).toEqual(["56,8", "1\u00a0645,1", "-1\u00a0594,0", "51,1", "3,1%"]);
    const report = reportOf([{ area: "Kultur", grant: 48_200, forecastNetCost: 47_100, baselineDeviation: 1_100 }, { area: "Fritid", grant: 0, forecastNetCost: 900 }], { baselineDate: "2024-10-31" });
    const section = buildSection(report, { lang: "sv", paragraphs: [] });
    expect(section.columnWidths).toHaveLength(6);
    expect(texts(section.rows[0])).toEqual(["Verksamhetsområde", "Kommunbidrag helår", "Prognos nettokostnad helår", "Budgetavvikelse helår", ""]);
    // A zero grant has no percentage; an area without a baseline row has no arrow.
    expect(texts(body(section)[1]).slice(0, 5)).toEqual(["Fritid", "0", "-900", "-900", "\u2013"]);
    expect(body(section).map((row) => row[5].arrow?.trend ?? null)).toEqual(["unchanged", null, "worsened"]);
  });
});

describe("displayValue", () => {
  it.each([
    [1645081, "#,##0", "sv", "1\u00a0645\u00a0081"],
    [-67000, "#,##0", "sv", "-67\u00a0000"],
    [-0.4, "#,##0", "sv", "0"],
    [1234.56, "#,##0.0", "sv", "1\u00a0234,6"],
    [1234.56, "#,##0.0", "en", "1,234.6"],
    [0.031, "0.0%", "sv", "3,1%"],
    [-0.0912, "0.0%", "en", "-9.1%"],
    ["–", "General", "sv", "–"],
  ] as const)("%p in %s (%s) is %p", (value, format, lang, text) => {
    expect(displayValue(value, format, lang)).toBe(text);
  });

  it("gives no arrow for a new area", () => {
    expect(arrowOf("new", "sv")).toBeNull();
  });
});
