import { findSourceInValues } from "../../src/engine/detect";
import type { CellValue } from "../../src/engine/types";
import { SEED_VALUES } from "./fixtures/seed";

describe("finding a table in a sheet's used range", () => {
  it("finds the seed's table below a title, with its two-line header and total row", () => {
    const sheet: CellValue[][] = [
      ["Ekonomisk rapport per den 30 november 2024", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      ...SEED_VALUES,
      ["", "", "", "", "", ""],
      ["Källa: ekonomisystemet", "", "", "", "", ""],
    ];
    expect(findSourceInValues("Controller", "A1", sheet)).toEqual({ range: "Controller!A3:F9" });
  });

  it("offsets by the used range's top-left cell and quotes the sheet", () => {
    const values: CellValue[][] = [
      ["Verksamhetsområde", "Kommunbidrag helår", "Prognos nettokostnad helår"],
      ["A", 10, -9],
      ["B", 20, -21],
    ];
    expect(findSourceInValues("Min flik", "C5", values)).toEqual({ range: "'Min flik'!C5:E7" });
  });

  it("returns null when nothing looks like a forecast table", () => {
    expect(findSourceInValues("Blad1", "A1", [["Namn", "Telefon"], ["Kalle", "123"]])).toBeNull();
    expect(findSourceInValues("Blad1", "A1", [])).toBeNull();
  });
});
