// Prognossäkerhet: the eleven forecasts of 2024 against the outcome 2024-12 (fixtures/year2024.ts, tkr).
// Errors (outcome − forecast) and means are worked out by hand below, never by the code under test.
import { buildAccuracy } from "../../src/engine/accuracy";
import { FORECASTS_2024, FRITID, HISTORY, IFO, KULTUR, NYTT, OUTCOME_2024, rowsOf, STAB } from "./fixtures/year2024";

const FORECAST_PERIODS = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11"];

/** [deviation, error] per forecast period → the forecasts array of a row. */
const forecasts = (pairs: Array<[number | null, number | null]>) =>
  pairs.map(([deviation, error], i) => ({ period: FORECAST_PERIODS[i], deviation, error }));

describe("accuracy of 2024 at the outcome 2024-12", () => {
  const accuracy = buildAccuracy(HISTORY, "2024-12", "tkr");
  if (accuracy === null) throw new Error("the outcome is stored");

  test("the outcome and the forecast periods before it", () => {
    expect(accuracy.outcomePeriod).toBe("2024-12");
    expect(accuracy.outcomeReportDate).toBe("2024-12-31");
    expect(accuracy.year).toBe(2024);
    expect(accuracy.periods.map((p) => p.period)).toEqual(FORECAST_PERIODS);
    expect(accuracy.periods[7]).toEqual({ period: "2024-08", reportDate: "2024-08-31" });
  });

  test("areas: the outcome's order, then an area only forecasts had", () => {
    expect(accuracy.rows.map((row) => row.area)).toEqual([IFO, STAB, KULTUR, NYTT, FRITID]);
  });

  test("Individ och familj: outcome −6 500, every forecast too pessimistic", () => {
    // −6 500 − (−10 000) = 3 500, − (−12 000) = 5 500, − (−15 000) = 8 500, …, − (−8 000) = 1 500
    expect(accuracy.rows[0]).toEqual({
      area: IFO,
      outcome: -6_500,
      forecasts: forecasts([
        [-10_000, 3_500], [-12_000, 5_500], [-15_000, 8_500], [-14_000, 7_500], [-13_000, 6_500], [-12_500, 6_000],
        [-12_000, 5_500], [-11_000, 4_500], [-9_000, 2_500], [-8_500, 2_000], [-8_000, 1_500],
      ]),
    });
  });

  test("Stab: outcome 2 700, errors of both signs", () => {
    // 2 700 − 2 000 = 700, − 2 500 = 200, − 3 000 = −300, …, − 2 000 = 700
    expect(accuracy.rows[1].forecasts).toEqual(forecasts([
      [2_000, 700], [2_500, 200], [3_000, -300], [3_000, -300], [2_800, -100], [2_600, 100],
      [2_600, 100], [2_400, 300], [2_400, 300], [2_200, 500], [2_000, 700],
    ]));
  });

  test("Kultur: no forecast before April, so no error either", () => {
    // −1 100 − (−1 000) = −100, − (−1 200) = 100, − (−1 500) = 400, …
    expect(accuracy.rows[2]).toEqual({
      area: KULTUR,
      outcome: -1_100,
      forecasts: forecasts([
        [null, null], [null, null], [null, null], [-1_000, -100], [-1_200, 100], [-1_500, 400],
        [-1_500, 400], [-1_400, 300], [-1_300, 200], [-1_200, 100], [-1_000, -100],
      ]),
    });
  });

  test("an area only in the outcome has no forecast; one only in forecasts has no outcome", () => {
    expect(accuracy.rows[3]).toEqual({ area: NYTT, outcome: 300, forecasts: forecasts(Array(11).fill([null, null])) });
    expect(accuracy.rows[4]).toEqual({
      area: FRITID,
      outcome: null,
      forecasts: forecasts([[500, null], [500, null], [400, null], [300, null], [300, null], [200, null], [null, null], [null, null], [null, null], [null, null], [null, null]]),
    });
  });

  test("the total's error: outcome total −4 600 against each period's total", () => {
    // −4 600 − (−7 500) = 2 900; − (−9 000) = 4 400; − (−11 600) = 7 000; − (−11 700) = 7 100; − (−11 100) = 6 500;
    // − (−11 200) = 6 600; − (−10 900) = 6 300; − (−10 000) = 5 400; − (−7 900) = 3 300; − (−7 500) = 2 900; − (−7 000) = 2 400
    expect(accuracy.total).toEqual({
      outcome: -4_600,
      forecasts: [
        [-7_500, 2_900], [-9_000, 4_400], [-11_600, 7_000], [-11_700, 7_100], [-11_100, 6_500], [-11_200, 6_600],
        [-10_900, 6_300], [-10_000, 5_400], [-7_900, 3_300], [-7_500, 2_900], [-7_000, 2_400],
      ].map(([deviation, error], i) => ({ period: FORECAST_PERIODS[i], deviation, error })),
    });
  });

  test("the mean absolute error per period over the areas in both the forecast and the outcome", () => {
    // jan–mar: Individ och familj and Stab; from April Kultur too. Nytt område and Fritid never count.
    const expected = [
      [(3_500 + 700) / 2, 2], [(5_500 + 200) / 2, 2], [(8_500 + 300) / 2, 2],
      [(7_500 + 300 + 100) / 3, 3], [(6_500 + 100 + 100) / 3, 3], [(6_000 + 100 + 400) / 3, 3],
      [(5_500 + 100 + 400) / 3, 3], [(4_500 + 300 + 300) / 3, 3], [(2_500 + 300 + 200) / 3, 3],
      [(2_000 + 500 + 100) / 3, 3], [(1_500 + 700 + 100) / 3, 3],
    ];
    expect(accuracy.meanAbsoluteError.map((mae) => mae.period)).toEqual(FORECAST_PERIODS);
    accuracy.meanAbsoluteError.forEach((mae, i) => {
      expect(mae.areas).toBe(expected[i][1]);
      expect(mae.value).toBeCloseTo(expected[i][0], 9);
    });
    expect(accuracy.meanAbsoluteError[0].value).toBe(2_100);
    expect(accuracy.meanAbsoluteError[7].value).toBe(1_700);
  });

  test("in mnkr: the same figures / 1 000", () => {
    const mnkr = buildAccuracy(HISTORY, "2024-12", "mnkr");
    expect(mnkr?.unit).toBe("mnkr");
    expect(mnkr?.total.outcome).toBe(-4.6);
    expect(mnkr?.total.forecasts[7]).toEqual({ period: "2024-08", deviation: -10, error: 5.4 });
    expect(mnkr?.rows[1].forecasts[2]).toEqual({ period: "2024-03", deviation: 3, error: -0.3 });
    expect(mnkr?.meanAbsoluteError[7]).toEqual({ period: "2024-08", value: 1.7, areas: 3 });
  });
});

describe("edge cases", () => {
  test("an outcome period not stored, or not a period, gives null", () => {
    expect(buildAccuracy(FORECASTS_2024, "2024-12", "tkr")).toBeNull();
    expect(buildAccuracy(HISTORY, "2024-13", "tkr")).toBeNull();
    expect(buildAccuracy(HISTORY, "december", "tkr")).toBeNull();
  });

  test("other years are ignored: 2023's outcome is against 2023's forecasts only", () => {
    const accuracy = buildAccuracy(HISTORY, "2023-12", "tkr");
    expect(accuracy?.periods.map((p) => p.period)).toEqual(["2023-11"]);
    // 2023-12: Individ och familj −4 444, Stab 8 888, Gammalt område 1 000; 2023-11: Stab 9 999, Gammalt område 1 234.
    expect(accuracy?.rows.map((row) => [row.area, row.outcome, row.forecasts[0].error])).toEqual([
      [IFO, -4_444, null], [STAB, 8_888, 8_888 - 9_999], ["Gammalt område", 1_000, 1_000 - 1_234],
    ]);
    expect(accuracy?.meanAbsoluteError).toEqual([{ period: "2023-11", value: (1_111 + 234) / 2, areas: 2 }]);
  });

  test("periods after the outcome are no forecasts of it", () => {
    const accuracy = buildAccuracy(HISTORY, "2024-06", "tkr");
    expect(accuracy?.periods.map((p) => p.period)).toEqual(FORECAST_PERIODS.slice(0, 5));
  });

  test("a first period as outcome has no forecasts: empty lists, no mean", () => {
    expect(buildAccuracy(OUTCOME_2024, "2024-12", "tkr")).toMatchObject({ periods: [], total: { outcome: -4_600, forecasts: [] }, meanAbsoluteError: [] });
  });

  test("a forecast that shares no area with the outcome has no mean, but the total still has an error", () => {
    const accuracy = buildAccuracy([...rowsOf("2024-08", { A: 100 }), ...rowsOf("2024-12", { B: 40 })], "2024-12", "tkr");
    expect(accuracy?.meanAbsoluteError).toEqual([{ period: "2024-08", value: null, areas: 0 }]);
    expect(accuracy?.total.forecasts).toEqual([{ period: "2024-08", deviation: 100, error: -60 }]);
  });

  test("area errors of opposite sign cancel in the total, never in the mean", () => {
    const accuracy = buildAccuracy([...rowsOf("2024-08", { A: 100, B: 0 }), ...rowsOf("2024-12", { A: 0, B: 100 })], "2024-12", "tkr");
    expect(accuracy?.total.forecasts[0].error).toBe(0);
    expect(accuracy?.meanAbsoluteError[0].value).toBe(100);
  });
});
