// How Prognoshistorik shows its rows (issue 19) and the outcome marking (issue 22), as pure functions.
import { historyFromValues, markOutcome, outcomePeriodOf, storedPeriods } from "../../src/engine/history";
import { FORMER_LAYOUT, historyCells, historyHeaders, layoutOfHeaders, readOutcome, reportLayout } from "../../src/engine/historyLayout";
import { localSerialFromTimestamp, timestampFromSerial } from "../../src/engine/period";
import type { CellValue, HistoryRow } from "../../src/engine/types";
import { rowsOf } from "./fixtures/year2024";

const ROW: HistoryRow = {
  period: "2024-11",
  reportDate: "2024-11-30",
  area: "Arbetsmarknad",
  grant: 1_645_081_000,
  forecastNetCost: 1_593_981_000,
  deviation: 51_100_000,
  savedAt: "2024-12-05T08:00:00.000Z",
};

describe("the saved time as a local date-time", () => {
  // Stockholm's offsets as Date reports them (minutes behind UTC): −60 in winter, −120 from the last Sunday
  // of March 01:00 UTC to the last Sunday of October 01:00 UTC (2024: 31 March and 27 October).
  const stockholm = function (this: Date) {
    const time = this.getTime();
    return time >= Date.UTC(2024, 2, 31, 1) && time < Date.UTC(2024, 9, 27, 1) ? -120 : -60;
  };
  afterEach(() => jest.restoreAllMocks());

  test.each([
    // 2025-01-10 is serial 45 667 (2025-01-01 is 45 658); 09:30 UTC is 10:30 in Stockholm in winter.
    ["winter", "2025-01-10T09:30:00.000Z", 45_667 + 10.5 / 24],
    // 2024-07-01 is 45 474; 06:00 UTC is 08:00 in Stockholm in summer.
    ["summer", "2024-07-01T06:00:00.000Z", 45_474 + 8 / 24],
  ])("in Stockholm, %s: %s is serial %d and reads back the same", (_season, timestamp, serial) => {
    jest.spyOn(Date.prototype, "getTimezoneOffset").mockImplementation(stockholm);
    expect(localSerialFromTimestamp(timestamp)).toBeCloseTo(serial, 9);
    expect(timestampFromSerial(localSerialFromTimestamp(timestamp))).toBe(timestamp);
  });

  test("the hour the clocks go back shows twice: a local time in it reads back as one of its two instants", () => {
    jest.spyOn(Date.prototype, "getTimezoneOffset").mockImplementation(stockholm);
    // 2024-10-27 00:30 UTC is 02:30 summer time; 01:30 UTC is 02:30 winter time. 2024-10-27 is serial 45 592.
    expect(localSerialFromTimestamp("2024-10-27T00:30:00.000Z")).toBeCloseTo(45_592 + 2.5 / 24, 9);
    expect(localSerialFromTimestamp("2024-10-27T01:30:00.000Z")).toBeCloseTo(45_592 + 2.5 / 24, 9);
    expect(["2024-10-27T00:30:00.000Z", "2024-10-27T01:30:00.000Z"]).toContain(timestampFromSerial(45_592 + 2.5 / 24));
  });

  test("in UTC the serial is the UTC time", () => {
    jest.spyOn(Date.prototype, "getTimezoneOffset").mockReturnValue(0);
    expect(localSerialFromTimestamp("2025-01-10T09:30:00.000Z")).toBeCloseTo(45_667 + 9.5 / 24, 9);
    expect(timestampFromSerial(45_667 + 9.5 / 24)).toBe("2025-01-10T09:30:00.000Z");
  });
});

describe("the two conventions", () => {
  test("a new table: headers in the report's unit, kronor under a display format, net cost with the report's sign", () => {
    const layout = reportLayout("tkr");
    expect(historyHeaders(layout)).toEqual(["Period", "Rapportdatum", "Verksamhetsområde", "Kommunbidrag helår (tkr)", "Prognos nettokostnad helår (tkr)", "Budgetavvikelse helår (tkr)", "Sparad", "Utfall"]);
    const cells = historyCells({ ...ROW, outcome: true }, layout);
    expect(cells.values.slice(0, 6)).toEqual(["2024-11", "2024-11-30", "Arbetsmarknad", 1_645_081_000, -1_593_981_000, 51_100_000]);
    expect(typeof cells.values[6]).toBe("number");
    expect(cells.values[7]).toBe("Ja");
    expect(cells.formats).toEqual(["@", "@", "@", "#,##0,", "#,##0,", "#,##0,", "yyyy-mm-dd hh:mm", "@"]);
    expect(historyCells(ROW, reportLayout("mnkr")).formats[3]).toBe("#,##0.0,,");
  });

  test("a sheet from before: kronor, net cost positive, the time as text, no outcome", () => {
    const cells = historyCells(ROW, FORMER_LAYOUT);
    expect(cells.values).toEqual(["2024-11", "2024-11-30", "Arbetsmarknad", 1_645_081_000, 1_593_981_000, 51_100_000, "2024-12-05T08:00:00.000Z", ""]);
    expect(cells.formats.slice(3, 7)).toEqual(["#,##0", "#,##0", "#,##0", "@"]);
  });

  test.each([
    [["prognos nettokostnad helår (kr)"], FORMER_LAYOUT],
    [["prognos nettokostnad helår"], FORMER_LAYOUT],
    [["prognos nettokostnad helår (tkr)"], reportLayout("tkr")],
    [["period", "prognos nettokostnad helår (mnkr)"], reportLayout("mnkr")],
  ])("headers %j have layout %j", (headers, layout) => {
    expect(layoutOfHeaders(headers)).toEqual(layout);
  });

  test.each(["tkr", "mnkr"] as const)("a table in %s reads back exactly what it wrote", (unit) => {
    const layout = reportLayout(unit);
    const rows = [{ ...ROW, outcome: true }, { ...ROW, area: "Stab", forecastNetCost: 0, deviation: 1_645_081_000, outcome: undefined }];
    const values: CellValue[][] = [historyHeaders(layout), ...rows.map((row) => historyCells(row, layout).values)];
    const read = historyFromValues(values, "Prognoshistorik", "A1");
    expect(read.errors).toEqual([]);
    expect(read.layout).toEqual(layout);
    expect(read.hasOutcome).toBe(true);
    expect(read.rows).toEqual([{ ...ROW, outcome: true }, { ...ROW, area: "Stab", forecastNetCost: 0, deviation: 1_645_081_000 }]);
  });
});

describe("the outcome column", () => {
  test.each([
    ["Ja", true], ["ja ", true], ["x", true], [true, true], ["", false], [null, false], ["Nej", false], [false, false], ["kanske", null],
  ] as Array<[CellValue, boolean | null]>)("%j reads as %j", (value, expected) => {
    expect(readOutcome(value)).toBe(expected);
  });

  test("an unreadable mark names its cell", () => {
    const layout = reportLayout("tkr");
    const line = historyCells(ROW, layout).values;
    line[7] = "kanske";
    const read = historyFromValues([historyHeaders(layout), line], "Prognoshistorik", "B3");
    expect(read.errors.map((error) => [error.code, error.cell])).toEqual([["historyBadValue", "Prognoshistorik!I4"]]);
  });

  const year: HistoryRow[] = [...rowsOf("2023-12", { A: 1 }), ...rowsOf("2024-11", { A: 2, B: 3 }), ...rowsOf("2024-12", { A: 4 })];

  test("marking a period unmarks the rest of its year and leaves other years the very same objects", () => {
    const marked2023 = markOutcome(year, 2023, "2023-12");
    const marked = markOutcome(marked2023, 2024, "2024-12");
    expect(outcomePeriodOf(marked, 2024)).toBe("2024-12");
    expect(outcomePeriodOf(marked, 2023)).toBe("2023-12");
    expect(marked[0]).toBe(marked2023[0]);
    const moved = markOutcome(marked, 2024, "2024-11");
    expect(moved.filter((row) => row.outcome).map((row) => row.period)).toEqual(["2023-12", "2024-11", "2024-11"]);
    expect(moved[0]).toBe(marked[0]);
    expect(outcomePeriodOf(markOutcome(moved, 2024, null), 2024)).toBeNull();
    expect(storedPeriods(moved).map((p) => [p.period, p.outcome])).toEqual([["2024-12", false], ["2024-11", true], ["2023-12", true]]);
  });

  test("a hand-edited sheet with two marks in a year: the later period is the outcome", () => {
    const rows = year.map((row) => ({ ...row, outcome: true }));
    expect(outcomePeriodOf(rows, 2024)).toBe("2024-12");
  });
});
