// Table-driven tests for the rules of design §2.
import { computeReport, trendOf } from "../../src/engine/compute";
import type { CellValue } from "../../src/engine/types";
import { HEADER, config, history, input, source } from "./fixtures/build";

const TKR = 1000;

function rowsOf(values: CellValue[][]) {
  return computeReport(input([source(values)]));
}

describe("deviation = grant − net cost, whatever the sign convention", () => {
  it.each<[string, number, number]>([
    ["Stockholm style: grant +, net cost −", 1000, -900],
    ["both written positive", 1000, 900],
    ["budget negative too: both written negative", -1000, -900],
  ])("%s", (_name, grant, netCost) => {
    const report = rowsOf([HEADER, ["A", grant, netCost], ["B", grant * 2, netCost * 2], ["C", grant * 3, netCost * 3.3]]);
    expect(report.errors).toEqual([]);
    expect(report.rows.map((row) => row.deviation / TKR)).toEqual([100, 200, 30]);
    expect(report.rows[0]).toMatchObject({ grant: 1_000_000, forecastNetCost: 900_000, deviation: 100_000 });
  });

  it("follows configured signs over the data", () => {
    const report = computeReport(input([source([HEADER, ["A", 1000, 900]], { signs: { grant: "positive", netCost: "negative" } })]));
    expect(report.rows[0].forecastNetCost).toBe(-900 * TKR);
    expect(report.rows[0].deviation).toBe(1900 * TKR);
    expect(report.detected[0].signSource).toEqual({ grant: "config", netCost: "config" });
  });

  it("keeps an area with net income in a Stockholm-style table", () => {
    const report = rowsOf([HEADER, ["A", 1000, -900], ["B", 500, -550], ["C", 200, -180], ["Intäktsfinansierat", 0, 50]]);
    expect(report.detected[0].signs).toEqual({ grant: "positive", netCost: "negative" });
    expect(report.rows[3]).toMatchObject({ forecastNetCost: -50 * TKR, deviation: 50 * TKR, pctOfGrant: null });
  });

  it("warns when the signs cannot be told and assumes the Stockholm style", () => {
    const report = rowsOf([HEADER, ["A", 0, 10], ["B", 0, -10]]);
    expect(report.warnings.filter((w) => w.code === "signAssumed").map((w) => w.params.field)).toEqual(["grant", "netCost"]);
    expect(report.detected[0].signs).toEqual({ grant: "positive", netCost: "negative" });
  });
});

describe("% of grant", () => {
  it.each<[string, number, number, number | null]>([
    ["surplus on a positive grant", 1000, -900, 0.1],
    ["deficit on a positive grant", 1000, -1100, -0.1],
    ["surplus on a negative grant (utdelningskrav) stays positive", -1000, 1100, 0.1],
    ["zero grant gives no percentage, never #DIV/0!", 0, -50, null],
  ])("%s", (_name, grant, netCost, pct) => {
    const report = computeReport(
      input([source([HEADER, ["A", grant, netCost], ["B", 1000, -1000], ["C", 1000, -1000], ["D", 1000, -1000]], { signs: { grant: "positive", netCost: "negative" } })]),
    );
    const row = report.rows[0];
    if (pct === null) expect(row.pctOfGrant).toBeNull();
    else expect(row.pctOfGrant).toBeCloseTo(pct, 12);
  });
});

describe("period deviation", () => {
  it("is read from its own column", () => {
    const report = rowsOf([["Område", "Avvikelse jan–nov", "KB", "Prognos"], ["A", 12, 1000, -990]]);
    expect(report.hasPeriodDeviation).toBe(true);
    expect(report.rows[0].periodDeviation).toBe(12 * TKR);
  });

  it("is periodised budget − period net cost when both are mapped", () => {
    const report = rowsOf([["Område", "Periodiserad budget", "Utfall jan–nov", "KB", "Prognos"], ["A", 900, -880, 1000, -990]]);
    expect(report.rows[0].periodDeviation).toBe(20 * TKR);
    expect(report.total.periodDeviation).toBe(20 * TKR);
  });

  it("is absent (column omitted) otherwise", () => {
    const report = rowsOf([HEADER, ["A", 1000, -990]]);
    expect(report.hasPeriodDeviation).toBe(false);
    expect(report.rows[0].periodDeviation).toBeNull();
    expect(report.total.periodDeviation).toBeNull();
  });
});

describe("total row 'Nämndens ram'", () => {
  it("adds the unrounded area amounts; its percentage is sum(deviation) / |sum(grant)|", () => {
    const report = rowsOf([HEADER, ["A", 1000.4, -900.2], ["B", 2000.3, -2100.1], ["C", -500, 600]]);
    expect(report.total.grant).toBe(2500.7 * TKR);
    expect(report.total.forecastNetCost).toBe(2400.3 * TKR);
    expect(report.total.deviation).toBe(100.4 * TKR);
    expect(report.total.pctOfGrant).toBeCloseTo(100.4 / 2500.7, 12);
  });

  it("is summed from detail rows, never from a total-like row, which is a cross-check", () => {
    const values: CellValue[][] = [HEADER, ["A", 1000, -900], ["B", 2000, -2100], ["Summa", 3000, -3000]];
    const report = rowsOf(values);
    expect(report.rows.map((row) => row.area)).toEqual(["A", "B"]);
    expect(report.total.grant).toBe(3000 * TKR);
    expect(report.warnings.filter((w) => w.code === "totalMismatch")).toEqual([]);
  });

  it.each<[string, CellValue[], string[]]>([
    ["a wrong grant", ["Totalt", 3100, -3000], ["Blad1!B4"]],
    ["a wrong net cost", ["Totalt", 3000, -2990], ["Blad1!C4"]],
    ["one decimal shown: off by more than 0,5 + 0,5 + 0,05", ["Totalt", 3000, -2998.9], ["Blad1!C4"]],
    ["whole tkr: off by less than 3 × 0,5", ["Totalt", 3000, -2999], []],
    ["both wrong", ["Nämndens ram", 2000, -2000], ["Blad1!B4", "Blad1!C4"]],
    ["within rounding", ["Totalt", 3000.4, -3000.4], []],
  ])("warns at the cell of %s", (_name, totalRow, cells) => {
    const report = rowsOf([HEADER, ["A", 1000, -900], ["B", 2000, -2100], totalRow]);
    expect(report.warnings.filter((w) => w.code === "totalMismatch").map((w) => w.cell)).toEqual(cells);
  });

  it("checks subtotals against their own rows and the grand total against all", () => {
    const report = rowsOf([
      HEADER,
      ["A", 1000, -900],
      ["B", 2000, -2100],
      ["Summa Socialtjänst", 3000, -3000],
      ["C", 500, -400],
      ["Summa Stab", 500, -405],
      ["Nämndens ram", 3500, -3400],
    ]);
    expect(report.rows.map((row) => row.area)).toEqual(["A", "B", "C"]);
    expect(report.warnings.filter((w) => w.code === "totalMismatch").map((w) => [w.cell, w.params.found, w.params.expected])).toEqual([["Blad1!C6", -405, -400]]);
  });

  it("accepts a total written above its rows", () => {
    const report = rowsOf([HEADER, ["Totalt", 3000, -3000], ["A", 1000, -900], ["B", 2000, -2100]]);
    expect(report.warnings.filter((w) => w.code === "totalMismatch")).toEqual([]);
  });
});

describe("detail rows are summed per area", () => {
  const detail: CellValue[][] = [
    ["Verksamhetsområde", "Enhet", "KB", "Prognos"],
    ["Individ och familj", "Barn och unga", 600, -650],
    ["Stab", "Kansli", 100, -90],
    ["Individ och familj", "Vuxna", 400, -420],
    ["individ  och Familj", "Ekonomi", 10, -10],
  ];

  it("in the order areas first appear, named as first written", () => {
    const report = rowsOf(detail);
    expect(report.rows.map((row) => [row.area, row.grant / TKR, row.forecastNetCost / TKR, row.cell])).toEqual([
      ["Individ och familj", 1010, 1080, "Blad1!A2"],
      ["Stab", 100, 90, "Blad1!A3"],
    ]);
  });

  it("by a code column when mapped", () => {
    const report = rowsOf([
      ["Kod", "Verksamhetsområde", "KB", "Prognos"],
      ["310", "Individ och familj", 600, -650],
      ["310", "IoF", 400, -420],
      ["320", "Stab", 100, -90],
    ]);
    expect(report.rows.map((row) => [row.key, row.area, row.grant / TKR])).toEqual([
      ["#310", "Individ och familj", 1000],
      ["#320", "Stab", 100],
    ]);
  });

  it("across several sources, each in its own unit", () => {
    const report = computeReport(
      input([source([HEADER, ["A", 1000, -900]], { unit: "tkr" }), source([HEADER, ["A", 1, -0.5], ["B", 2, -2.5]], { unit: "mnkr" }, "Blad2")]),
    );
    expect(report.rows.map((row) => [row.area, row.grant, row.deviation])).toEqual([
      ["A", 2_000_000, 600_000],
      ["B", 2_000_000, -500_000],
    ]);
  });

  it("skips blank rows, headings and notes without amounts", () => {
    const report = rowsOf([HEADER, ["Socialtjänst", "", ""], ["A", 1000, -900], ["", "", ""], ["Källa: ekonomisystemet", "", ""]]);
    expect(report.errors).toEqual([]);
    expect(report.rows.map((row) => row.area)).toEqual(["A"]);
  });
});

describe("units", () => {
  it.each<[string, number]>([
    ["Belopp (kr)", 1],
    ["Tkr", 1000],
    ["Mnkr", 1_000_000],
  ])("reads the unit from a header %s", (unitText, factor) => {
    const report = rowsOf([[unitText, "", ""], HEADER, ["A", 10, -9], ["B", 20, -19]]);
    expect(report.rows[0].grant).toBe(10 * factor);
  });

  it("defaults to tkr", () => {
    const report = rowsOf([HEADER, ["A", 10, -9]]);
    expect(report.detected[0]).toMatchObject({ unit: "tkr", unitSource: "default" });
    expect(report.rows[0].grant).toBe(10_000);
  });
});

describe("trend against the baseline", () => {
  it.each<[number, number, string]>([
    [0, 0, "unchanged"],
    [0.001, 0, "improved"],
    [-0.001, 0, "worsened"],
    [5000, 5000, "unchanged"],
    [-5000, 5000, "unchanged"],
    [5000.5, 5000, "improved"],
    [-5000.5, 5000, "worsened"],
  ])("change %d kr with tolerance %d kr is %s", (change, tolerance, trend) => {
    expect(trendOf(change, tolerance)).toBe(trend);
  });

  const values: CellValue[][] = [HEADER, ["A", 1000, -900], ["B", 1000, -1100], ["C", 1000, -1000], ["D", 500, -400]];
  const previous = history("2024-10", { A: 50 * TKR, B: -150 * TKR, C: -1 * TKR, E: 7 * TKR }, "2024-10-31");

  it("compares with the latest earlier period, with arrows, new and missing areas", () => {
    const report = computeReport(input([source(values)], { history: [...history("2024-09", { A: 0 }), ...previous] }));
    expect(report.baseline).toEqual({ period: "2024-10", reportDate: "2024-10-31" });
    expect(report.rows.map((row) => [row.area, row.baselineDeviation, row.change, row.trend])).toEqual([
      ["A", 50 * TKR, 50 * TKR, "improved"],
      ["B", -150 * TKR, 50 * TKR, "improved"],
      ["C", -1 * TKR, 1 * TKR, "improved"],
      ["D", null, null, "new"],
    ]);
    expect(report.warnings.filter((w) => w.code === "newArea")).toEqual([
      { code: "newArea", severity: "info", cell: "Blad1!A5", params: { area: "D", period: "2024-10" } },
    ]);
    expect(report.warnings.filter((w) => w.code === "missingArea").map((w) => w.params.area)).toEqual(["E"]);
    expect(report.total).toMatchObject({ baselineDeviation: -94 * TKR, deviation: 100 * TKR, change: 194 * TKR, trend: "improved" });
  });

  it("says nothing of a missing area when its row has an error: the error already explains it (issue 14, case 7)", () => {
    const bad: CellValue[][] = [HEADER, ["A", 1000, -900], ["B", "1 0O0", -1100], ["C", 1000, -1000]];
    const report = computeReport(input([source(bad)], { history: previous }));
    expect(report.errors.map((error) => [error.code, error.cell])).toEqual([["notANumber", "Blad1!B3"]]);
    // E is missing for real; B is not: its row is there, with a bad cell.
    expect(report.warnings.filter((w) => w.code === "missingArea").map((w) => w.params.area)).toEqual(["E"]);
  });

  it("applies the tolerance in the output unit", () => {
    const tkr = computeReport(input([source(values)], { history: previous, config: config({ tolerance: 1 }) }));
    expect(tkr.rows.map((row) => row.trend)).toEqual(["improved", "improved", "unchanged", "new"]);
    const mnkr = computeReport(input([source(values)], { history: previous, config: config({ tolerance: 0.05, output: { sheet: "Rapport", anchor: "A1", unit: "mnkr", chart: true } }) }));
    expect(mnkr.rows.map((row) => row.trend)).toEqual(["unchanged", "unchanged", "unchanged", "new"]);
  });

  it("matches baseline areas by name, ignoring case and spacing", () => {
    const report = computeReport(input([source([HEADER, ["Individ och familj", 1000, -1100]])], { history: history("2024-10", { "INDIVID  och familj": -50 * TKR }) }));
    expect(report.rows[0]).toMatchObject({ change: -50 * TKR, trend: "worsened" });
  });

  it("never uses its own period, so re-running keeps the baseline", () => {
    const own = history("2024-11", { A: 999 * TKR });
    const report = computeReport(input([source(values)], { history: [...previous, ...own] }));
    expect(report.baseline?.period).toBe("2024-10");
  });

  it("uses a chosen period, and warns when it is not stored", () => {
    const all = [...history("2024-09", { A: 100 * TKR }), ...previous];
    expect(computeReport(input([source(values)], { history: all, baselinePeriod: "2024-09" })).rows[0]).toMatchObject({ change: 0, trend: "unchanged" });
    const missing = computeReport(input([source(values)], { history: all, baselinePeriod: "2024-03" }));
    expect(missing.baseline).toBeNull();
    expect(missing.warnings).toContainEqual(expect.objectContaining({ code: "baselineNotFound", params: { period: "2024-03" } }));
    const own = computeReport(input([source(values)], { history: [...all, ...history("2024-11", { A: 1 })], baselinePeriod: "2024-11" }));
    expect(own.baseline).toBeNull();
    expect(own.warnings).toContainEqual(expect.objectContaining({ code: "baselineIsOwnPeriod" }));
  });
});

describe("report date", () => {
  it.each<[string | undefined, string | undefined, string]>([
    [undefined, undefined, "2024-11-30"],
    ["2024-10-31", undefined, "2024-10-31"],
    ["2024-10-31", "2024-09-30", "2024-09-30"],
  ])("config %s, override %s -> %s", (configured, override, expected) => {
    const report = computeReport(
      input([source([HEADER, ["A", 1, -1]])], { config: config({ reportDate: configured }), reportDate: override, today: "2024-12-05" }),
    );
    expect(report.reportDate).toBe(expected);
  });

  it("rejects a report date that is not a date", () => {
    const report = computeReport(input([source([HEADER, ["A", 1, -1]])], { reportDate: "2024-11-31" }));
    expect(report.errors).toContainEqual(expect.objectContaining({ code: "badReportDate" }));
  });
});

describe("sources without recognisable headers", () => {
  it("read by configured column letters, even with no header row at all", () => {
    const report = computeReport(input([source([["A", 1000, -900], ["B", 500, -600]], { columns: { area: "C", grant: "D", forecastNetCost: "E" } }, "Blad1", "C10")]));
    expect(report.errors).toEqual([]);
    expect(report.detected[0]).toMatchObject({ headerRows: 0, columns: { area: "C", grant: "D", forecastNetCost: "E" } });
    expect(report.rows.map((row) => [row.area, row.deviation / TKR, row.cell])).toEqual([
      ["A", 100, "Blad1!C10"],
      ["B", -100, "Blad1!C11"],
    ]);
  });

  it("with an area header on the second header line", () => {
    const report = rowsOf([
      ["", "Kommunbidrag", "Prognos nettokostnad"],
      ["Verksamhetsområde", "helår", "helår"],
      ["A", 1000, -900],
    ]);
    expect(report.detected[0]).toMatchObject({ headerRows: 2, columns: { area: "A", grant: "B", forecastNetCost: "C" } });
  });
});

describe("mixed sources", () => {
  it("warns when headers name different units and uses the first", () => {
    const report = rowsOf([["Område", "KB (tkr)", "Prognos (mnkr)"], ["A", 1000, -900]]);
    expect(report.detected[0].unit).toBe("tkr");
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: "unitConflict", params: { unit: "tkr", other: "mnkr" } }));
  });

  it("leaves the period column out when one source lacks it, and says so", () => {
    const report = computeReport(
      input([source([["Område", "Avvikelse jan–nov", "KB", "Prognos"], ["A", 5, 1000, -990]]), source([HEADER, ["B", 10, -9]], {}, "Blad2")]),
    );
    expect(report.hasPeriodDeviation).toBe(false);
    expect(report.rows.every((row) => row.periodDeviation === null)).toBe(true);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: "periodDeviationPartial", params: { without: "Blad2!A1" } }));
  });
});

describe("a unit written in a cell", () => {
  it("converts a cell in another unit than its source's", () => {
    const report = rowsOf([["Område", "KB (tkr)", "Prognos (tkr)"], ["A", "1,5 mnkr", "-1 400 tkr"], ["B", "200 000 kr", -150]]);
    expect(report.errors).toEqual([]);
    expect(report.rows.map((row) => [row.grant, row.forecastNetCost])).toEqual([
      [1_500_000, 1_400_000],
      [200_000, 150_000],
    ]);
  });
});
