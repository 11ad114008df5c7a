// Every bad input a tired economist could paste: each error names its cell, and all are collected.
import { computeReport } from "../../src/engine/compute";
import type { CellValue } from "../../src/engine/types";
import { formatProblem } from "../../src/i18n";
import { HEADER, input, source } from "./fixtures/build";

function errorsOf(values: CellValue[][], sheet = "Controller", topLeft = "A3") {
  return computeReport(input([source(values, {}, sheet, topLeft)])).errors;
}

describe("bad cells are errors naming the cell", () => {
  it.each<[string, CellValue, string, string]>([
    ["a letter O for a zero", "4 21O", "notANumber", 'Controller!B5: "4 21O" är inte ett tal'],
    ["an error value", "#REF!", "errorValue", "Controller!B5: cellen innehåller felvärdet #REF! (kommunbidrag helår)"],
    ["#N/A", "#N/A", "errorValue", "Controller!B5: cellen innehåller felvärdet #N/A (kommunbidrag helår)"],
    ["an empty required cell", "", "emptyCell", "Controller!B5: cellen är tom men behövs (kommunbidrag helår)"],
    ["a boolean", true, "booleanValue", "Controller!B5: SANT är inte ett belopp (kommunbidrag helår)"],
    ["a percentage for an amount", "3,1%", "unexpectedPercent", 'Controller!B5: "3,1%" är en procentsats, men kolumnen ska innehålla belopp (kommunbidrag helår)'],
  ])("%s", (_name, bad, code, text) => {
    const errors = errorsOf([HEADER, ["A", 1000, -900], ["B", bad, -900]]);
    expect(errors).toEqual([expect.objectContaining({ code, severity: "error", cell: "Controller!B5" })]);
    expect(formatProblem(errors[0])).toBe(text);
  });

  it("names the cell in English too", () => {
    const errors = errorsOf([HEADER, ["B", "4 21O", -900]]);
    expect(formatProblem(errors[0], "en")).toBe('Controller!B4: "4 21O" is not a number');
  });

  it("quotes a sheet name with a space", () => {
    const errors = errorsOf([HEADER, ["B", "x", -900]], "Min flik");
    expect(errors[0].cell).toBe("'Min flik'!B4");
  });

  it("collects every error, in reading order, and still returns the report", () => {
    const report = computeReport(
      input([
        source(
          [
            HEADER,
            ["A", "#REF!", "1 2 3"],
            ["B", 1000, -900],
            ["", 500, -400],
            ["C", "", true],
          ],
          {},
          "Controller",
          "A3",
        ),
        source([HEADER, ["D", "abc", -1]], {}, "Blad2", "A1"),
      ]),
    );
    expect(report.errors.map((error) => [error.code, error.cell])).toEqual([
      ["errorValue", "Controller!B4"],
      ["notANumber", "Controller!C4"],
      ["emptyLabel", "Controller!A6"],
      ["emptyCell", "Controller!B7"],
      ["booleanValue", "Controller!C7"],
      ["notANumber", "Blad2!B2"],
    ]);
    expect(report.rows.map((row) => row.area)).toEqual(["B"]);
  });

  it("makes a bad reported figure a warning, not an error: it is only a cross-check", () => {
    const report = computeReport(input([source([[...HEADER, "Budgetavvikelse helår"], ["A", 1000, -900, "#N/A"]])]));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: "errorValue", severity: "info", cell: "Blad1!D2" }));
  });
});

describe("structural errors", () => {
  it("names a missing required column and the range", () => {
    const errors = errorsOf([["Verksamhetsområde", "Kommunbidrag helår", "Kommentar"], ["A", 1000, "x"]]);
    expect(errors).toEqual([expect.objectContaining({ code: "missingColumn", cell: "Controller!A3:C4", params: { field: "forecastNetCost", header: "" } })]);
    expect(formatProblem(errors[0])).toBe("Controller!A3:C4: hittar ingen kolumn för prognos nettokostnad helår; ange den i inställningarna");
  });

  it("names a configured header that is not there", () => {
    const report = computeReport(input([source([HEADER, ["A", 1, -1]], { columns: { grant: "Ram 2024" } })]));
    expect(report.errors).toEqual([expect.objectContaining({ code: "missingColumn", params: { field: "grant", header: "Ram 2024" } })]);
  });

  it("says when a range has headers but no rows", () => {
    expect(errorsOf([HEADER]).map((error) => error.code)).toEqual(["noDataRows"]);
  });

  it("says when there are no sources", () => {
    expect(computeReport(input([])).errors.map((error) => error.code)).toEqual(["noSources"]);
  });
});
