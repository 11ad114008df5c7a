// Prognosutveckling over a year of eleven forecasts: every figure below is worked out by hand from
// fixtures/year2024.ts (tkr), not by the code under test.
import { buildDevelopment, developmentOfReport, historyWithReport } from "../../src/engine/development";
import type { HistoryRow } from "../../src/engine/types";
import { FORECASTS_2024, FRITID, HISTORY, IFO, KULTUR, NYTT, OTHER_YEARS, rowsOf, STAB } from "./fixtures/year2024";
import { reportOf } from "./narrativeReport";

const MONTH_ENDS = ["01-31", "02-29", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30"];
const JAN_TO_NOV = MONTH_ENDS.map((end) => ({ period: `2024-${end.slice(0, 2)}`, reportDate: `2024-${end}` }));

// The November report in source order Stab, Individ och familj, Kultur (tkr): 2 000, −8 000, −1 000.
const november = reportOf(
  [
    { area: STAB, grant: 50_000, forecastNetCost: 48_000 },
    { area: IFO, grant: 100_000, forecastNetCost: 108_000 },
    { area: KULTUR, grant: 10_000, forecastNetCost: 11_000 },
  ],
  { reportDate: "2024-11-30", baselineDate: "2024-10-31" },
);
// Read before the update: jan–oct, a November stored by an earlier run with other figures, other years.
const staleNovember = rowsOf("2024-11", { [IFO]: -9_999, [STAB]: 1, Borttaget: 42 });
const stored: HistoryRow[] = [...OTHER_YEARS.slice(0, 5), ...FORECASTS_2024.filter((row) => row.period < "2024-11"), ...staleNovember, ...OTHER_YEARS.slice(5)];

describe("the development of the November report", () => {
  const development = developmentOfReport(november, stored);

  test("every period of 2024 in order, the report's own with its date", () => {
    expect(development.year).toBe(2024);
    expect(development.unit).toBe("tkr");
    expect(development.periods).toEqual(JAN_TO_NOV);
  });

  test("areas: the report's source order, then those only earlier periods had", () => {
    expect(development.rows.map((row) => row.area)).toEqual([STAB, IFO, KULTUR, FRITID]);
  });

  test("values per area in tkr, null where a period lacks the area, the report's figures for November", () => {
    expect(development.rows.map((row) => row.values)).toEqual([
      [2_000, 2_500, 3_000, 3_000, 2_800, 2_600, 2_600, 2_400, 2_400, 2_200, 2_000],
      [-10_000, -12_000, -15_000, -14_000, -13_000, -12_500, -12_000, -11_000, -9_000, -8_500, -8_000],
      [null, null, null, -1_000, -1_200, -1_500, -1_500, -1_400, -1_300, -1_200, -1_000],
      [500, 500, 400, 300, 300, 200, null, null, null, null, null],
    ]);
  });

  test("changes from one period to the next; none into or out of a missing period", () => {
    expect(development.rows.map((row) => row.changes)).toEqual([
      [null, 500, 500, 0, -200, -200, 0, -200, 0, -200, -200],
      [null, -2_000, -3_000, 1_000, 1_000, 500, 500, 1_000, 2_000, 500, 500],
      [null, null, null, null, -200, -300, 0, 100, 100, 100, 200],
      [null, 0, -100, -100, 0, -100, null, null, null, null, null],
    ]);
  });

  test("the total sums each period's areas, whichever areas it had", () => {
    // jan −10 000 + 2 000 + 500; apr −14 000 + 3 000 − 1 000 + 300; nov 2 000 − 8 000 − 1 000.
    expect(development.total.values).toEqual([-7_500, -9_000, -11_600, -11_700, -11_100, -11_200, -10_900, -10_000, -7_900, -7_500, -7_000]);
    expect(development.total.changes).toEqual([null, -1_500, -2_600, -100, 600, -100, 300, 900, 2_100, 400, 500]);
  });

  test("the stale November rows are replaced, an area only they had is gone", () => {
    expect(development.rows.map((row) => row.area)).not.toContain("Borttaget");
    expect(development.rows[1].values[10]).toBe(-8_000);
  });

  test("given the history after the upsert, the same development", () => {
    expect(developmentOfReport(november, historyWithReport(november, stored))).toEqual(development);
  });

  test("in mnkr: the same figures / 1 000", () => {
    const mnkr = developmentOfReport({ ...november, outputUnit: "mnkr" }, stored);
    expect(mnkr.unit).toBe("mnkr");
    expect(mnkr.total.values).toEqual([-7.5, -9, -11.6, -11.7, -11.1, -11.2, -10.9, -10, -7.9, -7.5, -7]);
    expect(mnkr.total.changes).toEqual([null, -1.5, -2.6, -0.1, 0.6, -0.1, 0.3, 0.9, 2.1, 0.4, 0.5]);
    expect(mnkr.rows[3].values).toEqual([0.5, 0.5, 0.4, 0.3, 0.3, 0.2, null, null, null, null, null]);
  });
});

describe("other years", () => {
  test("are ignored: their areas and figures never show", () => {
    const development = developmentOfReport(november, stored);
    expect(development.rows.map((row) => row.area)).not.toContain("Gammalt område");
    expect(development.rows.map((row) => row.area)).not.toContain("Nästa års område");
    expect(development.periods.every((p) => p.period.startsWith("2024-"))).toBe(true);
  });

  test("keep their rows, the very same objects, through the upsert", () => {
    const after = historyWithReport(november, stored);
    const others = after.filter((row) => !row.period.startsWith("2024-"));
    expect(others).toEqual(OTHER_YEARS);
    others.forEach((row, i) => expect(row).toBe(OTHER_YEARS[i]));
  });
});

describe("buildDevelopment over the stored history", () => {
  const development = buildDevelopment(HISTORY, { year: 2024, unit: "tkr" });

  test("with the outcome stored: twelve periods, the newest period's order leads", () => {
    expect(development.periods.map((p) => p.period)).toEqual([...JAN_TO_NOV.map((p) => p.period), "2024-12"]);
    expect(development.rows.map((row) => row.area)).toEqual([IFO, STAB, KULTUR, NYTT, FRITID]);
    expect(development.rows[3].values).toEqual([...Array(11).fill(null), 300]);
    // dec −6 500 + 2 700 − 1 100 + 300 = −4 600; against nov −7 000: +2 400.
    expect(development.total.values.at(-1)).toBe(-4_600);
    expect(development.total.changes.at(-1)).toBe(2_400);
  });

  test("orderPeriod puts another period's order first", () => {
    const byJanuary = buildDevelopment(HISTORY, { year: 2024, unit: "tkr", orderPeriod: "2024-01" });
    expect(byJanuary.rows.map((row) => row.area)).toEqual([IFO, STAB, FRITID, KULTUR, NYTT]);
  });

  test("a year with nothing stored is empty", () => {
    expect(buildDevelopment(HISTORY, { year: 2022, unit: "tkr" })).toEqual({ year: 2022, unit: "tkr", periods: [], rows: [], total: { values: [], changes: [] } });
  });

  test("an area stored twice in a period is added; the period's latest report date is its date", () => {
    const rows = [...rowsOf("2024-05", { A: 100 }, "2024-05-15"), ...rowsOf("2024-05", { A: 20, B: 3 }, "2024-05-31")];
    const development = buildDevelopment(rows, { year: 2024, unit: "tkr" });
    expect(development.periods).toEqual([{ period: "2024-05", reportDate: "2024-05-31" }]);
    expect(development.rows).toEqual([{ area: "A", values: [120], changes: [null] }, { area: "B", values: [3], changes: [null] }]);
    expect(development.total.values).toEqual([123]);
  });

  test("amounts keep their decimals in the unit, and a zero is never −0", () => {
    const rows: HistoryRow[] = [
      { ...rowsOf("2024-01", { A: 0 })[0], deviation: 1_234_567 },
      { ...rowsOf("2024-02", { A: 0 })[0], deviation: 1_234_567 },
      { ...rowsOf("2024-03", { A: 0 })[0], deviation: -0 },
    ];
    expect(buildDevelopment(rows, { year: 2024, unit: "tkr" }).rows[0]).toEqual({ area: "A", values: [1_234.567, 1_234.567, 0], changes: [null, 0, -1_234.567] });
    expect(buildDevelopment(rows, { year: 2024, unit: "mnkr" }).rows[0]).toEqual({ area: "A", values: [1.234567, 1.234567, 0], changes: [null, 0, -1.234567] });
  });
});
