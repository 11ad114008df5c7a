// Reconciliation within rounding: half a unit of every rounded figure involved, plus a hair.
import { computeReport } from "../../src/engine/compute";
import type { CellValue } from "../../src/engine/types";
import { input, source } from "./fixtures/build";

const HEADER = ["Område", "KB", "Prognos", "Budgetavvikelse helår", "% av KB"];

function warningsOf(rows: CellValue[][], numberFormats?: string[][]) {
  const data = source([HEADER, ...rows]);
  if (numberFormats) data.numberFormats = numberFormats;
  return computeReport(input([data])).warnings.filter((warning) => warning.code.startsWith("reconcile") || warning.code === "totalMismatch");
}

describe("reported full-year deviation", () => {
  it.each<[string, CellValue[], string[]]>([
    ["the design's example: −123,4 + 120,1 against −3,2 is rounding", ["A", 120.1, -123.4, -3.2, ""], []],
    ["−123,4 + 120,1 against −3,5 is not", ["A", 120.1, -123.4, -3.5, ""], ["Blad1!D2"]],
    ["exact", ["A", 1000, -900, 100, ""], []],
    ["off by one whole tkr, within three half units", ["A", 1000, -900, 101, ""], []],
    ["off by two whole tkr", ["A", 1000, -900, 102, ""], ["Blad1!D2"]],
    ["typed as text with a U+2212 minus", ["A", "1 000", "\u2212900", "100", ""], []],
    ["typed with the wrong sign", ["A", 1000, -900, -100, ""], ["Blad1!D2"]],
    ["left empty: nothing to check", ["A", 1000, -900, "", ""], []],
  ])("%s", (_name, row, cells) => {
    expect(warningsOf([row]).map((warning) => warning.cell)).toEqual(cells);
  });

  it("uses the displayed precision when number formats are known", () => {
    // 100,4 shown as "100" (format #,##0) against a computed 100,0: rounding.
    const formats = [["General", "General", "General", "General", "General"], ["General", "#,##0", "#,##0", "#,##0", "0.0%"]];
    expect(warningsOf([["A", 1000, -900, 100.4, ""]], formats)).toEqual([]);
    // Without formats, 100,4 is taken as shown with one decimal and 0,4 is more than 0,5+0,5+0,05? no: within 1,05.
    expect(warningsOf([["A", 1000, -900, 101.2, ""]])).toHaveLength(1);
  });
});

describe("reported % of grant", () => {
  it.each<[string, CellValue, number]>([
    ["a fraction as Excel stores 3,1 %", 0.031, 0],
    ["text '3,1 %'", "3,1 %", 0],
    ["percent points typed as a plain number", 3.1, 0],
    ["a wrong fraction", 0.029, 1],
    ["wrong text", "2,9%", 1],
  ])("%s", (_name, pct, warnings) => {
    // 51 100 / 1 645 081 = 3,106 %: "3,1 %" is right within rounding.
    const found = warningsOf([["A", 1645081, -1593981, "", pct]]);
    expect(found).toHaveLength(warnings);
    if (warnings) expect(found[0]).toMatchObject({ code: "reconcilePct", cell: "Blad1!E2" });
  });

  it("is not checked for a zero grant", () => {
    expect(warningsOf([["A", 0, 10, "", 0.5]])).toEqual([]);
  });
});

describe("reported period deviation", () => {
  it("is checked against periodised budget − outcome", () => {
    const values: CellValue[][] = [
      ["Område", "Periodiserad budget", "Utfall jan–nov", "Budgetavvikelse jan–nov", "KB", "Prognos"],
      ["A", 900, -880, 20, 1000, -990],
      ["B", 900, -880, 25, 1000, -990],
    ];
    const report = computeReport(input([source(values)]));
    expect(report.warnings.filter((w) => w.code === "reconcilePeriodDeviation").map((w) => [w.cell, w.params.computed])).toEqual([["Blad1!D3", 20]]);
    expect(report.rows.map((row) => row.periodDeviation)).toEqual([20_000, 25_000]); // its own column wins
  });
});
