// The pure layout of the report table (design §3), checked cell by cell without a host.
import { computeReport } from "../../src/engine/compute";
import type { CellValue, PrognosConfig, Report } from "../../src/engine/types";
import { ARROW_VALUES, layoutReport, lineBreaks, MAX_LEGEND_LINES, maxLayoutRows, MISSING_PCT } from "../../src/excel/layout";
import { OCTOBER_BASELINE, SEED_CONFIG, SEED_TABLE } from "../fixtures/seedWorkbook";

function seedReport(overrides: Partial<PrognosConfig> = {}, values: CellValue[][] = SEED_TABLE): Report {
  return computeReport({
    config: { ...SEED_CONFIG, ...overrides },
    sources: [{ config: SEED_CONFIG.sources[0], sheet: "Controller", topLeft: "A3", values }],
    history: OCTOBER_BASELINE,
    today: "2024-12-05",
  });
}

describe("layoutReport on the seed with an October baseline", () => {
  const report = seedReport();
  const layout = layoutReport(report);

  it("has the seed's title, subtitle and two header rows", () => {
    expect(report.errors).toEqual([]);
    expect(layout.values[0][0]).toBe("Budgetavvikelse per verksamhetsområde");
    expect(layout.values[1][0]).toBe("Prognos per den 30 november 2024, tkr");
    expect(layout.values[3]).toEqual(["Verksamhetsområde", "Budgetavvikelse jan\u2013nov", "Kommunbidrag helår", "Prognos nettokostnad helår", "Budgetavvikelse helår", "", ""]);
    expect(layout.values[4]).toEqual(["", "", "", "", "Tkr", "% av KB", ""]);
    expect(layout.merges).toEqual(
      expect.arrayContaining([
        { row: 3, column: 4, rows: 1, columns: 2 },
        { row: 3, column: 0, rows: 2, columns: 1 },
        { row: 3, column: 3, rows: 2, columns: 1 },
      ]),
    );
  });

  it("writes the areas in source order with the net cost negative, and the total row", () => {
    expect(layout.values.slice(5, 10).map((row) => row.slice(0, 5))).toEqual([
      ["Arbetsmarknad och ekonomiskt bistånd", 56758, 1645081, -1593981, 51100],
      ["Individ och familj", -57338, 1822631, -1889631, -67000],
      ["Boende, tillsyn och service", -38612, 493425, -538425, -45000],
      ["Stab och förvaltningsövergripande kostnader", 70654, 248753, -187853, 60900],
      ["Nämndens ram", 31462, 4209890, -4209890, 0],
    ]);
    expect(layout.values[5][5]).toBeCloseTo(51100 / 1645081, 12);
    expect(layout.totalRow).toBe(9);
    expect(layout.styles).toContainEqual({ block: { row: 9, column: 0, rows: 1, columns: 6 }, format: { bold: true, borderTop: true } });
  });

  it("puts 1 / 0 / −1 in the arrow column from the engine's trends", () => {
    expect(layout.values.slice(5, 10).map((row) => row[6])).toEqual([1, -1, 0, -1, -1]);
    expect(layout.arrows).toEqual({ row: 5, column: 6, rows: 5, columns: 1 });
  });

  it("formats amounts #,##0, percentages 0.0% and area names as text", () => {
    expect(layout.numberFormats[5]).toEqual(["@", "#,##0", "#,##0", "#,##0", "#,##0", "0.0%", "General"]);
    expect(layout.numberFormats[0][0]).toBe("General");
  });

  it("names the baseline's date in the legend, two rows under the total", () => {
    expect(layout.legendRow).toBe(11);
    expect(layout.values[11][0]).toContain("sedan föregående prognos per den 31 oktober 2024: grön pil innebär förbättrad prognos (ökat överskott eller minskat underskott), röd pil innebär försämrad prognos");
    expect(layout.values[11][0]).toMatch(/och gul pil innebär oförändrad prognos\.$/);
    expect(layout.merges).toContainEqual({ row: 11, column: 0, rows: 1, columns: 7 });
  });

  it("puts each area's full-year deviation in the chart's surplus or deficit column beside the table, without the total", () => {
    expect(layout.chart.categories).toEqual({ row: 5, column: 0, rows: 4, columns: 1 });
    expect(layout.chart.source).toEqual({ row: 5, column: 4, rows: 4, columns: 1 });
    expect(layout.chart.data).toEqual({ row: 4, column: 8, rows: 5, columns: 2 });
    expect(layout.chart.values).toEqual([
      ["Överskott", "Underskott"],
      [51100, ""],
      ["", -67000],
      ["", -45000],
      [60900, ""],
    ]);
    expect([layout.chart.surplus, layout.chart.deficit]).toEqual([
      { row: 5, column: 8, rows: 4, columns: 1 },
      { row: 5, column: 9, rows: 4, columns: 1 },
    ]);
    // The chart covers its data: from the header row at the data's first column to the total row.
    expect([layout.chart.start, layout.chart.end]).toEqual([
      { row: 3, column: 8, rows: 1, columns: 1 },
      { row: 15, column: 15, rows: 1, columns: 1 },
    ]);
  });

  it("makes the area column wide enough for the longest name", () => {
    expect(layout.columnWidths[0]).toBeGreaterThanOrEqual("Stab och förvaltningsövergripande kostnader".length * 5.5);
    expect(layout.columnWidths.slice(1, 5).every((w) => w >= 80)).toBe(true);
  });
});

describe("layoutReport, other cases", () => {
  it("shows – for a zero grant and leaves the arrow empty for a new area", () => {
    const values = [...SEED_TABLE.slice(0, 6), ["Ny verksamhet", 0, 0, -500, -500, ""], SEED_TABLE[6].map((v, i) => (i === 3 ? -4210390 : i === 4 ? -500 : v))];
    const layout = layoutReport(seedReport({}, values));
    expect(layout.values[9].slice(0, 7)).toEqual(["Ny verksamhet", 0, 0, -500, -500, MISSING_PCT, ARROW_VALUES.new]);
    expect(layout.numberFormats[9][5]).toBe("General");
  });

  it("omits the period column when the source has none and uses #,##0.0 for mnkr", () => {
    const values = SEED_TABLE.map((row) => [row[0], ...row.slice(2)]);
    const layout = layoutReport(seedReport({ output: { ...SEED_CONFIG.output, unit: "mnkr" } }, values));
    expect(layout.columns).toBe(6);
    expect(layout.values[3].slice(0, 4)).toEqual(["Verksamhetsområde", "Kommunbidrag helår", "Prognos nettokostnad helår", "Budgetavvikelse helår"]);
    expect(layout.values[1][0]).toBe("Prognos per den 30 november 2024, mnkr");
    expect(layout.values[5][1]).toBeCloseTo(1645.081, 10);
    expect(layout.numberFormats[5][1]).toBe("#,##0.0");
  });

  it("says there is nothing to compare with when there is no baseline", () => {
    const report = computeReport({ config: SEED_CONFIG, sources: [{ config: SEED_CONFIG.sources[0], sheet: "Controller", topLeft: "A3", values: SEED_TABLE }], history: [], today: "2024-12-05" });
    const layout = layoutReport(report);
    expect(layout.values[layout.legendRow][0]).toMatch(/ingen tidigare prognos/i);
    expect(layout.values.slice(5, 10).map((row) => row[6])).toEqual(["", "", "", "", ""]);
  });
});

describe("lineBreaks", () => {
  it.each([
    ["", 10, [""]],
    ["ett två tre", 7, ["ett två", "tre"]],
    ["ett två tre", 11, ["ett två tre"]],
    ["ett  två\ttre", 3, ["ett", "två", "tre"]],
    ["kommunbidragsram är", 5, ["kommunbidragsram", "är"]],
  ])("%j at %i characters → %j", (text, width, lines) => {
    expect(lineBreaks(text, width)).toEqual(lines);
  });

  it("keeps every word, in order, and no line over the width unless one word is longer", () => {
    const words = "Pilar bredvid tabellen visar förändring av prognostiserad budgetavvikelse sedan föregående prognos".split(" ");
    for (let width = 1; width <= 40; width++) {
      const lines = lineBreaks(words.join(" "), width);
      expect(lines.join(" ")).toBe(words.join(" "));
      for (const line of lines) expect(line.length <= width || !line.includes(" ")).toBe(true);
    }
  });
});

describe("layoutReport in rows that are not Prognos' (rowHeights: false)", () => {
  const cases: Array<[string, Report, "sv" | "en"]> = [
    ["the seed, Swedish", seedReport(), "sv"],
    ["the seed, English", seedReport(), "en"],
    ["no baseline", computeReport({ config: SEED_CONFIG, sources: [{ config: SEED_CONFIG.sources[0], sheet: "Controller", topLeft: "A3", values: SEED_TABLE }], history: [], today: "2024-12-05" }), "sv"],
    ["no period column, mnkr", seedReport({ output: { ...SEED_CONFIG.output, unit: "mnkr" } }, SEED_TABLE.map((row) => [row[0], ...row.slice(2)])), "en"],
  ];

  it.each(cases)("%s: sets no row height, keeps the title at body size and puts the legend in unwrapped lines", (_, report, lang) => {
    const own = layoutReport(report, lang);
    const layout = layoutReport(report, lang, { rowHeights: false });
    expect(own.rowHeights.length).toBeGreaterThan(0);
    expect(layout.rowHeights).toEqual([]);
    expect(layout.styles).toContainEqual({ block: { row: 0, column: 0, rows: 1, columns: 1 }, format: { bold: true } });
    // The table itself is the same; only the legend's rows differ.
    expect(layout.values.slice(0, layout.legendRow)).toEqual(own.values.slice(0, own.legendRow));
    expect(layout.columnWidths).toEqual(own.columnWidths);
    const lines = layout.values.slice(layout.legendRow).map((row) => String(row[0]));
    expect(lines.join(" ")).toBe(own.values[own.legendRow][0]);
    expect(layout.rows).toBe(layout.legendRow + lines.length);
    expect(lines.length).toBeLessThanOrEqual(MAX_LEGEND_LINES);
    const tableWidth = layout.columnWidths.reduce((sum, width) => sum + width, 0);
    for (const [index, line] of lines.entries()) {
      expect(line.length * 5.6).toBeLessThan(tableWidth - 8);
      expect(layout.merges).toContainEqual({ row: layout.legendRow + index, column: 0, rows: 1, columns: layout.columns });
      expect(layout.styles).toContainEqual({ block: { row: layout.legendRow + index, column: 0, rows: 1, columns: 1 }, format: { italic: true } });
    }
    expect(layout.rows).toBeLessThanOrEqual(maxLayoutRows(report.rows.length));
  });
});
