import {
  dateFromSerial,
  defaultReportDate,
  englishDate,
  lastDayOfMonth,
  parseIsoDate,
  periodEndDate,
  periodLabel,
  periodOf,
  swedishDate,
  yearOf,
} from "../../src/engine/period";

describe("the report date and its period", () => {
  it.each([
    ["2024-12-05", "2024-11-30"],
    ["2024-12-01", "2024-11-30"],
    ["2024-03-15", "2024-02-29"],
    ["2023-03-31", "2023-02-28"],
    ["2025-01-10", "2024-12-31"],
    ["2024-05-31", "2024-04-30"],
  ])("today %s -> default report date %s (last day of the previous month)", (today, expected) => {
    expect(defaultReportDate(today)).toBe(expected);
  });

  it.each([
    ["2024-11-30", "2024-11", "jan\u2013nov", 2024],
    ["2024-01-31", "2024-01", "jan", 2024],
    ["2024-02-29", "2024-02", "jan\u2013feb", 2024],
    ["2025-12-31", "2025-12", "jan\u2013dec", 2025],
    ["2024-05-15", "2024-05", "jan\u2013maj", 2024],
    ["2024-10-31", "2024-10", "jan\u2013okt", 2024],
  ])("%s -> period %s, label %s, year %d", (date, period, label, year) => {
    expect(periodOf(date)).toBe(period);
    expect(periodLabel(date)).toBe(label);
    expect(yearOf(date)).toBe(year);
  });

  it("writes dates in Swedish and English", () => {
    expect(swedishDate("2024-11-30")).toBe("30 november 2024");
    expect(swedishDate("2024-10-01")).toBe("1 oktober 2024");
    expect(englishDate("2024-11-30")).toBe("30 November 2024");
    expect(periodLabel("2024-10-31", "en")).toBe("Jan\u2013Oct");
  });

  it("knows month lengths and rejects dates that do not exist", () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
    expect(lastDayOfMonth(2024, 12)).toBe(31);
    expect(parseIsoDate("2024-02-30")).toBeNull();
    expect(parseIsoDate("2024-13-01")).toBeNull();
    expect(parseIsoDate("30/11/2024")).toBeNull();
    expect(periodEndDate("2024-10")).toBe("2024-10-31");
    expect(() => periodOf("2024-11")).toThrow(RangeError);
  });

  it("reads Excel date serials (1900 system)", () => {
    expect(dateFromSerial(45626)).toBe("2024-11-30");
    expect(dateFromSerial(45292)).toBe("2024-01-01");
  });
});
