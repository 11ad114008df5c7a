// The seed's table through the engine. Computed by hand from the seed (tkr):
//   Arbetsmarknad och ekonomiskt bistånd: 1 645 081 − 1 593 981 = 51 100 (typed 48 200);  51 100 / 1 645 081 = 3,106 % (typed 3,1 %)
//   Individ och familj:                   1 822 631 − 1 889 631 = −67 000 (typed −67 000); −3,676 % (typed −3,7 %)
//   Boende, tillsyn och service:            493 425 −   538 425 = −45 000 (typed −48 950); −9,120 % (typed −9,1 %)
//   Stab och förvaltningsövergripande:      248 753 −   187 853 =  60 900 (typed 67 750);  24,482 % (typed 24,5 %)
//   Nämndens ram: KB 4 209 890, prognos 4 209 890, avvikelse 0 (typed 0), jan–nov 31 462 (typed 31 462).
// So the typed "% av KB" agrees with the recomputed deviations everywhere, while the typed full-year
// deviation disagrees in three rows (E5, E7, E8) by far more than rounding: exactly three warnings.
import { computeReport } from "../../src/engine/compute";
import { formatProblem } from "../../src/i18n";
import { SEED_TEXT_VALUES, seedInput, seedSource } from "./fixtures/seed";

const TKR = 1000;

describe("the seed's table", () => {
  const report = computeReport(seedInput());

  it("has no errors and finds the two-line header, the unit and Stockholm signs", () => {
    expect(report.errors).toEqual([]);
    expect(report.detected[0]).toMatchObject({
      headerRows: 2,
      columns: { area: "A", periodDeviation: "B", grant: "C", forecastNetCost: "D", reportedDeviation: "E", reportedPct: "F" },
      unit: "tkr",
      unitSource: "header",
      signs: { grant: "positive", netCost: "negative" },
      signSource: { grant: "data", netCost: "data" },
    });
  });

  it.each([
    ["Arbetsmarknad och ekonomiskt bistånd", 1_645_081, 1_593_981, 51_100, 56_758],
    ["Individ och familj", 1_822_631, 1_889_631, -67_000, -57_338],
    ["Boende, tillsyn och service", 493_425, 538_425, -45_000, -38_612],
    ["Stab och förvaltningsövergripande kostnader", 248_753, 187_853, 60_900, 70_654],
  ])("%s: grant %d, net cost %d, deviation %d, jan–nov %d (tkr)", (area, grant, netCost, deviation, period) => {
    const row = report.rows.find((candidate) => candidate.area === area);
    expect(row).toBeDefined();
    expect(row?.grant).toBe(grant * TKR);
    expect(row?.forecastNetCost).toBe(netCost * TKR);
    expect(row?.deviation).toBe(deviation * TKR);
    expect(row?.pctOfGrant).toBeCloseTo(deviation / grant, 12);
    expect(row?.periodDeviation).toBe(period * TKR);
  });

  it("keeps the source's row order and rounds percentages to the seed's one decimal", () => {
    expect(report.rows.map((row) => row.cell)).toEqual(["Controller!A5", "Controller!A6", "Controller!A7", "Controller!A8"]);
    expect(report.rows.map((row) => Math.round((row.pctOfGrant ?? NaN) * 1000) / 10)).toEqual([3.1, -3.7, -9.1, 24.5]);
  });

  it("gives the total row 'Nämndens ram' from the unrounded area amounts", () => {
    expect(report.total).toMatchObject({
      area: "Nämndens ram",
      grant: 4_209_890 * TKR,
      forecastNetCost: 4_209_890 * TKR,
      deviation: 0,
      pctOfGrant: 0,
      periodDeviation: 31_462 * TKR,
      cell: "Controller!A9",
    });
  });

  it("warns exactly where the typed full-year deviation disagrees with KB + prognos", () => {
    const reconcile = report.warnings.filter((warning) => warning.code.startsWith("reconcile") || warning.code === "totalMismatch");
    expect(reconcile.map((warning) => [warning.cell, warning.params.reported, warning.params.computed])).toEqual([
      ["Controller!E5", 48_200, 51_100],
      ["Controller!E7", -48_950, -45_000],
      ["Controller!E8", 67_750, 60_900],
    ]);
    expect(formatProblem(reconcile[0])).toBe(
      "Controller!E5: Arbetsmarknad och ekonomiskt bistånd: budgetavvikelsen 48\u00a0200 tkr stämmer inte med kommunbidrag och prognos, som ger 51\u00a0100 tkr (skillnad \u22122\u00a0900 tkr). Rapporten visar 51\u00a0100 tkr, kommunbidrag + prognos.",
    );
  });

  it("reads the same table pasted as text (narrow no-break spaces, U+2212, '3,1%') to the same report", () => {
    const pasted = computeReport(seedInput({ sources: [seedSource(SEED_TEXT_VALUES)] }));
    expect(pasted.errors).toEqual([]);
    expect(pasted.rows).toEqual(report.rows);
    expect(pasted.total).toEqual(report.total);
    expect(pasted.warnings).toEqual(report.warnings);
  });

  it("has no baseline on a first run, so every row is new and one warning says so", () => {
    expect(report.baseline).toBeNull();
    expect(report.rows.every((row) => row.trend === "new")).toBe(true);
    expect(report.warnings.filter((warning) => warning.code === "noBaseline")).toHaveLength(1);
  });
});
