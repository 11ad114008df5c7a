// Inputs that parse but must not be used: a range with no figures, a date in an amount cell, an amount too
// large to add exactly, a duplicated history row, a report date in a month that has not come.
import { computeReport } from "../../src/engine/compute";
import { isDateFormat } from "../../src/engine/formats";
import { historyFromValues, historyToValues } from "../../src/engine/history";
import type { CellValue, Problem, SourceData } from "../../src/engine/types";
import { MAX_EXACT_KRONOR } from "../../src/engine/units";
import { HEADER, config, history, input, source } from "./fixtures/build";

function brief(problems: Problem[]): Array<[string, string | undefined]> {
  return problems.map((problem) => [problem.code, problem.cell]);
}

function withFormats(values: CellValue[][], formats: Record<string, string>): SourceData {
  const data = source(values);
  // formats by "row,column" in values' coordinates; every other cell General
  data.numberFormats = values.map((row, r) => row.map((_, c) => formats[`${r},${c}`] ?? "General"));
  return data;
}

describe("a range with headers and no figures", () => {
  it("is refused with noDataRows naming the range, when every data row is blank", () => {
    const report = computeReport(input([source([HEADER, ["", null, ""], [null, null, null]])]));
    expect(brief(report.errors)).toEqual([["noDataRows", "Blad1!A1:C3"]]);
    expect(report.rows).toEqual([]);
  });

  it("is refused when only labels are left (the amounts cleared)", () => {
    const report = computeReport(input([source([HEADER, ["A", null, null], ["B", "", ""]])]));
    expect(brief(report.errors)).toEqual([["noDataRows", "Blad1!A1:C3"]]);
  });

  it("accepts a range whose only figures are on a total row (checked there, nothing to add)", () => {
    const report = computeReport(input([source([HEADER, ["A", 1000, 900], ["Summa", 1000, 900]])]));
    expect(report.errors).toEqual([]);
  });
});

describe("a date in an amount cell", () => {
  it("is refused when the cell's format shows a date, naming the cell and the date", () => {
    const report = computeReport(input([withFormats([HEADER, ["A", 1000, 900], ["B", 2000, 45626]], { "2,2": "yyyy-mm-dd" })]));
    expect(brief(report.errors)).toEqual([["dateInAmount", "Blad1!C3"]]);
    expect(report.errors[0].params).toMatchObject({ field: "forecastNetCost", date: "2024-11-30" });
  });

  it("is only a warning in an optional cross-check column", () => {
    const values = [[...HEADER, "Budgetavvikelse helår"], ["A", 1000, 900, 45626]];
    const report = computeReport(input([withFormats(values, { "1,3": "d/m/yyyy" })]));
    expect(report.errors).toEqual([]);
    expect(brief(report.warnings.filter((warning) => warning.code === "dateInAmount"))).toEqual([["dateInAmount", "Blad1!D2"]]);
  });

  it("is an amount as before without formats (the adapter skips them for very large sources)", () => {
    const report = computeReport(input([source([HEADER, ["A", 1000, 45626]])]));
    expect(report.errors).toEqual([]);
  });

  it.each(["yyyy-mm-dd", "d/m/yyyy", "[$-41D]d mmmm yyyy", "mmm-yy", "hh:mm", "[h]:mm:ss", "m/d/yy h:mm AM/PM", "dd"])("%s is a date format", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each(["General", "#,##0", "0.0%", '#,##0 "mnkr"', "# ##0 \\m\\n\\k\\r", "_-* #,##0 kr_-;-* #,##0 kr_-", "@", "0.00E+00", "", "[Red]#,##0"])(
    "%s is not a date format",
    (format) => {
      expect(isDateFormat(format)).toBe(false);
    },
  );
});

describe("an amount too large to add exactly", () => {
  const limitTkr = Math.floor(MAX_EXACT_KRONOR / 1000);

  it("is refused above the limit, naming the cell", () => {
    const report = computeReport(input([source([HEADER, ["A", 1e15, 900], ["B", 1000, 900]])]));
    expect(brief(report.errors)).toEqual([["amountTooLarge", "Blad1!B2"]]);
    expect(report.errors[0].params).toMatchObject({ field: "grant", value: 1e15, unit: "tkr", max: limitTkr });
  });

  it("is accepted at the limit", () => {
    const report = computeReport(input([source([HEADER, ["A", limitTkr, 900]])]));
    expect(report.errors).toEqual([]);
  });

  it("counts a unit word: 10^6 mnkr in a tkr table is 10^15 kr, too large", () => {
    const report = computeReport(input([source([HEADER, ["A", "1000000 mnkr", 900]])]));
    expect(brief(report.errors)).toEqual([["amountTooLarge", "Blad1!B2"]]);
  });

  it("accepts a sum of cells each below the limit (its error is far below a krona)", () => {
    const report = computeReport(input([source([HEADER, ["A", limitTkr, 0], ["A", limitTkr, 0]])]));
    expect(report.errors).toEqual([]);
    expect(report.rows[0].grant).toBeCloseTo(2 * limitTkr * 1000, -1);
  });

  it("refuses a stored history amount past the limit", () => {
    const values = historyToValues(history("2024-10", { A: 1 }));
    values[1][5] = 1e16;
    expect(brief(historyFromValues(values, "Prognoshistorik", "A1").errors)).toEqual([["amountTooLarge", "Prognoshistorik!F2"]]);
  });
});

describe("duplicate rows in the history", () => {
  it("are refused at the area cell of the first repeated row, once per period", () => {
    const october = history("2024-10", { A: 1, B: 2 }, "2024-10-31");
    const values = historyToValues([...history("2024-09", { A: 5 }), ...october, ...october]);
    const read = historyFromValues(values, "Prognoshistorik", "A1");
    expect(brief(read.errors)).toEqual([["historyDuplicate", "Prognoshistorik!C5"]]);
    expect(read.errors[0].params).toMatchObject({ area: "A", period: "2024-10", firstRow: 3, count: 2 });
  });

  it("count a look-alike name (case, spacing) and another report date in the same period", () => {
    const values = historyToValues([...history("2024-10", { "Individ och familj": 1 }, "2024-10-15"), ...history("2024-10", { "individ  och familj": 2 }, "2024-10-31")]);
    expect(brief(historyFromValues(values, "Prognoshistorik", "A1").errors)).toEqual([["historyDuplicate", "Prognoshistorik!C3"]]);
  });

  it("do not include one area stored in two periods", () => {
    const values = historyToValues([...history("2024-09", { A: 1 }), ...history("2024-10", { A: 2 })]);
    expect(historyFromValues(values, "Prognoshistorik", "A1").errors).toEqual([]);
  });
});

describe("a report date after the current month", () => {
  const table = [HEADER, ["A", 1000, 900]];

  it("is refused from the settings, at the settings' cell", () => {
    const report = computeReport(input([source(table)], { config: config({ reportDate: "2025-11-30" }), configCell: "Prognosinställningar!A1" }));
    expect(brief(report.errors)).toEqual([["reportDateInFuture", "Prognosinställningar!A1"]]);
    expect(report.errors[0].params).toEqual({ value: "2025-11-30", today: "2024-12-05" });
  });

  it("is refused without a cell when given to the run (--date)", () => {
    const report = computeReport(input([source(table)], { reportDate: "2025-01-01", configCell: "Prognosinställningar!A1" }));
    expect(brief(report.errors)).toEqual([["reportDateInFuture", undefined]]);
  });

  it("accepts any day of the current month, and earlier months", () => {
    for (const reportDate of ["2024-12-31", "2024-12-01", "2024-11-30", "2023-12-31"]) {
      expect(computeReport(input([source(table)], { reportDate })).errors).toEqual([]);
    }
  });
});
