import { computeReport } from "../../src/engine/compute";
import { HISTORY_HEADERS, historyFromValues, historyToValues, pickBaseline, storedPeriods, toHistoryRows, upsertPeriod } from "../../src/engine/history";
import { FORMER_LAYOUT } from "../../src/engine/historyLayout";
import type { CellValue, HistoryRow } from "../../src/engine/types";
import { history } from "./fixtures/build";
import { seedInput } from "./fixtures/seed";

const SAVED = "2024-12-05T08:00:00.000Z";

describe("Prognoshistorik", () => {
  const rows: HistoryRow[] = [...history("2024-09", { A: 1, B: 2 }, "2024-09-30"), ...history("2024-10", { A: 3, B: 4 }, "2024-10-31")];

  it("writes and reads back the table", () => {
    const values = historyToValues(rows);
    expect(values[0]).toEqual([
      "Period",
      "Rapportdatum",
      "Verksamhetsområde",
      "Kommunbidrag helår (kr)",
      "Prognos nettokostnad helår (kr)",
      "Budgetavvikelse helår (kr)",
      "Sparad",
    ]);
    expect(historyFromValues(values, "Prognoshistorik", "A1")).toEqual({ rows, errors: [], layout: FORMER_LAYOUT, hasOutcome: false });
  });

  it("reads columns by header, in any order, and dates Excel turned into serials", () => {
    const values: CellValue[][] = [
      ["Verksamhetsområde", "Period", "Rapportdatum", "Sparad", "Budgetavvikelse helår (kr)", "Kommunbidrag helår (kr)", "Prognos nettokostnad helår (kr)"],
      ["Stab", 45597, 45626, "2024-12-05T08:00:00.000Z", "60 900 000", 248753000, 187853000],
      ["", "", "", "", "", "", ""],
    ];
    expect(historyFromValues(values, "Prognoshistorik", "A1")).toEqual({
      rows: [{ period: "2024-11", reportDate: "2024-11-30", area: "Stab", grant: 248753000, forecastNetCost: 187853000, deviation: 60900000, savedAt: SAVED }],
      errors: [],
      layout: FORMER_LAYOUT,
      hasOutcome: false,
    });
  });

  it("names a renamed or deleted column", () => {
    const header: string[] = [...HISTORY_HEADERS];
    header[5] = "Avvikelse";
    const { errors } = historyFromValues([header, ["2024-10", "2024-10-31", "A", 1, 1, 0, SAVED]], "Prognoshistorik", "B2");
    expect(errors).toEqual([
      { code: "historyMissingColumn", severity: "error", cell: "Prognoshistorik!B2:H2", params: { header: "Budgetavvikelse helår (kr)" } },
    ]);
  });

  it("names every bad cell", () => {
    const values: CellValue[][] = [
      [...HISTORY_HEADERS],
      ["2024-10", "2024-10-31", "A", "#REF!", 1, 0, SAVED],
      ["okt", "2024-10-31", "", 1, 1, "x", SAVED],
    ];
    const { rows: read, errors } = historyFromValues(values, "Prognoshistorik", "A1");
    expect(read).toEqual([]);
    expect(errors.map((error) => [error.code, error.cell])).toEqual([
      ["errorValue", "Prognoshistorik!D2"],
      ["historyBadValue", "Prognoshistorik!A3"],
      ["emptyCell", "Prognoshistorik!C3"],
      ["notANumber", "Prognoshistorik!F3"],
    ]);
  });

  it("upserts one period: replaces its rows in place, keeps the others and their order", () => {
    const november = history("2024-11", { A: 9 }, "2024-11-30");
    const withNovember = upsertPeriod(rows, november, "2024-11");
    expect(withNovember.map((row) => row.period)).toEqual(["2024-09", "2024-09", "2024-10", "2024-10", "2024-11"]);
    const october = history("2024-10", { A: 7, B: 8, C: 9 }, "2024-10-31");
    const replaced = upsertPeriod(withNovember, october, "2024-10");
    expect(replaced.map((row) => [row.period, row.deviation])).toEqual([
      ["2024-09", 1],
      ["2024-09", 2],
      ["2024-10", 7],
      ["2024-10", 8],
      ["2024-10", 9],
      ["2024-11", 9],
    ]);
    const august = upsertPeriod(replaced, history("2024-08", { A: 0 }), "2024-08");
    expect(august[0].period).toBe("2024-08");
    expect(august.slice(1)).toEqual(replaced);
  });

  it("picks the latest period strictly before, or the chosen one, never its own", () => {
    expect(pickBaseline(rows, "2024-11")?.period).toBe("2024-10");
    expect(pickBaseline(rows, "2024-10")?.period).toBe("2024-09");
    expect(pickBaseline(rows, "2024-09")).toBeNull();
    expect(pickBaseline(rows, "2024-11", "2024-09")?.period).toBe("2024-09");
    expect(pickBaseline(rows, "2024-10", "2024-10")).toBeNull();
    expect(pickBaseline(rows, "2024-11", "2023-01")).toBeNull();
    expect(pickBaseline(rows, "2024-11")?.reportDate).toBe("2024-10-31");
  });

  it("re-running an update keeps its baseline", () => {
    const first = computeReport(seedInput({ history: rows }));
    const stored = upsertPeriod(rows, toHistoryRows(first, SAVED), first.period);
    const second = computeReport(seedInput({ history: stored }));
    expect(second.baseline).toEqual(first.baseline);
    expect(second.rows).toEqual(first.rows);
  });

  it("stores one row per area of the report, amounts in kronor", () => {
    const report = computeReport(seedInput());
    const stored = toHistoryRows(report, SAVED);
    expect(stored[0]).toEqual({
      period: "2024-11",
      reportDate: "2024-11-30",
      area: "Arbetsmarknad och ekonomiskt bistånd",
      grant: 1_645_081_000,
      forecastNetCost: 1_593_981_000,
      deviation: 51_100_000,
      savedAt: SAVED,
    });
    expect(stored).toHaveLength(4);
  });

  it("lists stored periods newest first", () => {
    expect(storedPeriods(rows).map((entry) => [entry.period, entry.areas])).toEqual([
      ["2024-10", 2],
      ["2024-09", 2],
    ]);
  });
});
