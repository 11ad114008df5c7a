// The report month's logic (issue 19): the month's last day implied, moves across years, never past the
// current month, and month names from the pane's language rather than the browser's.
import { compareMonths, dayChoices, dayOfMonth, isMonthEnd, keyMove, monthEnd, monthLabel, monthOf, moveMonth, shortMonthName } from "../../src/taskpane/month";

describe("a month's report date is its last day", () => {
  it.each([
    [{ year: 2024, month: 11 }, "2024-11-30"],
    [{ year: 2024, month: 2 }, "2024-02-29"],
    [{ year: 2023, month: 2 }, "2023-02-28"],
    [{ year: 2024, month: 12 }, "2024-12-31"],
    [{ year: 2025, month: 4 }, "2025-04-30"],
  ])("%o → %s", (month, end) => {
    expect(monthEnd(month)).toBe(end);
    expect(isMonthEnd(end)).toBe(true);
    expect(monthOf(end)).toEqual(month);
  });

  it("knows another day from the last, and keeps a day within its month", () => {
    expect(isMonthEnd("2024-11-15")).toBe(false);
    expect(isMonthEnd("2024-11-31")).toBe(false);
    expect(monthOf("2024-13-01")).toBeNull();
    expect(dayOfMonth({ year: 2024, month: 11 }, 31)).toBe("2024-11-30");
    expect(dayOfMonth({ year: 2024, month: 11 }, 0)).toBe("2024-11-01");
    expect(dayOfMonth({ year: 2024, month: 2 }, 15)).toBe("2024-02-15");
  });
});

describe("moving a month", () => {
  const november = { year: 2024, month: 11 };
  it.each([
    [-1, { year: 2024, month: 10 }],
    [1, { year: 2024, month: 12 }],
    [2, { year: 2025, month: 1 }],
    [-11, { year: 2023, month: 12 }],
    [-12, { year: 2023, month: 11 }],
    [-3, { year: 2024, month: 8 }],
    [3, { year: 2025, month: 2 }],
    [-23, { year: 2022, month: 12 }],
  ])("november 2024 %i months → %o", (delta, expected) => {
    expect(moveMonth(november, delta)).toEqual(expected);
  });

  it("stops at the latest month a report can be for", () => {
    const latest = { year: 2024, month: 12 };
    expect(moveMonth(november, 3, latest)).toEqual(latest);
    expect(moveMonth(november, 12, latest)).toEqual(latest);
    expect(moveMonth(november, -12, latest)).toEqual({ year: 2023, month: 11 });
  });

  it("every move and its opposite come back (within the range)", () => {
    for (let delta = -40; delta <= 40; delta++) expect(moveMonth(moveMonth(november, delta), -delta)).toEqual(november);
  });

  it("compares months across years", () => {
    expect(compareMonths({ year: 2025, month: 1 }, { year: 2024, month: 12 })).toBeGreaterThan(0);
    expect(compareMonths({ year: 2024, month: 1 }, { year: 2024, month: 12 })).toBeLessThan(0);
    expect(compareMonths(november, { ...november })).toBe(0);
  });

  it.each([
    ["ArrowLeft", -1],
    ["ArrowRight", 1],
    ["ArrowUp", -3],
    ["ArrowDown", 3],
    ["PageUp", -12],
    ["PageDown", 12],
    ["Enter", null],
    ["Tab", null],
    ["a", null],
  ])("the key %s moves %p", (key, delta) => {
    expect(keyMove(key)).toBe(delta);
  });
});

describe("month names in the pane's language, whatever the browser's", () => {
  it("writes Swedish and English names from the pane's own lists", () => {
    expect(monthLabel({ year: 2024, month: 11 }, "sv")).toBe("november 2024");
    expect(monthLabel({ year: 2024, month: 11 }, "en")).toBe("November 2024");
    expect(monthLabel({ year: 2025, month: 5 }, "sv")).toBe("maj 2025");
    expect(shortMonthName(10, "sv")).toBe("okt");
    expect(shortMonthName(10, "en")).toBe("Oct");
    expect(shortMonthName(5, "sv")).toBe("maj");
  });

  it("lists every day of the month with its written date", () => {
    const days = dayChoices({ year: 2024, month: 2 }, "sv");
    expect(days).toHaveLength(29);
    expect(days[0]).toEqual({ day: 1, date: "2024-02-01", text: "1 februari 2024" });
    expect(days[28]).toEqual({ day: 29, date: "2024-02-29", text: "29 februari 2024" });
    expect(dayChoices({ year: 2024, month: 11 }, "en")[29].text).toBe("30 November 2024");
  });
});
