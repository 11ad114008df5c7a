import { updateJson } from "../../src/cli/json";
import { summaryTable } from "../../src/cli/summary";
import { computeReport } from "../../src/engine";
import type { HistoryRow } from "../../src/engine/types";
import { seedConfig, seedInput } from "../engine/fixtures/seed";

const october: HistoryRow[] = [
  ["Arbetsmarknad och ekonomiskt bistånd", 1645081, 45000],
  ["Individ och familj", 1822631, -58000],
  ["Boende, tillsyn och service", 493425, -45000],
  ["Stab och förvaltningsövergripande kostnader", 248753, 58000],
].map(([area, grant, deviation]) => ({
  period: "2024-10",
  reportDate: "2024-10-31",
  area: String(area),
  grant: Number(grant) * 1000,
  forecastNetCost: (Number(grant) - Number(deviation)) * 1000,
  deviation: Number(deviation) * 1000,
  savedAt: "2024-11-08T09:00:00.000Z",
}));

const stats = { syncs: 3, maxRequestBytes: 12345 };

describe("updateJson", () => {
  const report = computeReport(seedInput({ history: october }));
  const json = updateJson({ report, errors: report.errors, warnings: report.warnings, narrative: ["Första stycket.", "Andra stycket."], stats, lang: "sv" });

  it("gives amounts in the output unit, unrounded, with the net cost negative for a cost", () => {
    expect(json).toMatchObject({ reportDate: "2024-11-30", period: "2024-11", periodLabel: "jan–nov", unit: "tkr", baseline: { period: "2024-10", reportDate: "2024-10-31" } });
    expect(json.rows[0]).toEqual({
      area: "Arbetsmarknad och ekonomiskt bistånd",
      periodDeviation: 56758,
      grant: 1645081,
      forecastNetCost: -1593981,
      deviation: 51100,
      pctOfGrant: report.rows[0].pctOfGrant,
      baselineDeviation: 45000,
      change: 6100,
      trend: "improved",
    });
    expect(json.rows[0].pctOfGrant).toBeCloseTo(0.0311, 4);
    expect(json.rows.map((row) => row.trend)).toEqual(["improved", "worsened", "unchanged", "improved"]);
    expect(json.total).toMatchObject({ area: "Nämndens ram", grant: 4209890, forecastNetCost: -4209890, deviation: 0, pctOfGrant: 0, periodDeviation: 31462, change: 0, trend: "unchanged" });
  });

  it("gives problems as {code, cell, message} without the cell in the message, and joins the narrative", () => {
    expect(json.warnings[0]).toEqual({ code: "reconcileDeviation", severity: "info", cell: "Controller!E5", message: expect.stringContaining("48") });
    expect(json.warnings[0].message).not.toContain("Controller!");
    expect(json.errors).toEqual([]);
    expect(json.narrative).toBe("Första stycket.\n\nAndra stycket.");
    expect(json.stats).toEqual(stats);
  });

  it("gives no development or accuracy when none is handed in (the update did not run, or no outcome)", () => {
    expect(json.development).toBeNull();
    expect(json.accuracy).toBeNull();
  });

  it("uses null where a value is absent: no baseline, no grant, no report", () => {
    const plain = computeReport(seedInput());
    const noBaseline = updateJson({ report: plain, errors: [], warnings: [], narrative: null, stats, lang: "sv" });
    expect(noBaseline.baseline).toBeNull();
    expect(noBaseline.rows[0]).toMatchObject({ baselineDeviation: null, change: null, trend: "new" });
    expect(noBaseline.narrative).toBeNull();
    const none = updateJson({ report: null, errors: [{ code: "noSources", severity: "error", params: {} }], warnings: [], narrative: null, stats, lang: "en" });
    expect(none).toMatchObject({ reportDate: null, period: null, unit: null, rows: [], total: null, errors: [{ code: "noSources", cell: null }] });
    expect(none.errors[0].message).toMatch(/[a-z]/);
  });

  it("converts to mnkr when the output unit is mnkr", () => {
    const mnkr = computeReport(seedInput({ config: seedConfig({ output: { sheet: "Rapport", anchor: "A1", unit: "mnkr", chart: true } }) }));
    const json = updateJson({ report: mnkr, errors: [], warnings: [], narrative: null, stats, lang: "sv" });
    expect(json.unit).toBe("mnkr");
    expect(json.rows[0]).toMatchObject({ grant: 1645.081, deviation: 51.1, forecastNetCost: -1593.981 });
  });
});

describe("summaryTable", () => {
  it("shows the table rounded as the report shows it, with the trend words", () => {
    const report = computeReport(seedInput({ history: october }));
    const sv = summaryTable(report, "sv");
    expect(sv).toContain("Arbetsmarknad och ekonomiskt bistånd");
    expect(sv).toMatch(/1 645 081\s+-1 593 981\s+51 100\s+3,1 %\s+förbättrad \(\+6 100\)/);
    expect(sv).toMatch(/Nämndens ram\s+31 462\s+4 209 890\s+-4 209 890\s+0\s+0,0 %\s+oförändrad \(0\)/);
    const en = summaryTable(report, "en");
    expect(en).toMatch(/1,645,081\s+-1,593,981\s+51,100\s+3\.1 %\s+improved \(\+6,100\)/);
    expect(en).toContain("worsened (-9,000)");
  });
});
