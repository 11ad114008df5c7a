import fc from "fast-check";
import {
  addressInBlock,
  cellAddress,
  columnIndex,
  columnLetters,
  offsetCell,
  parseCell,
  parseRange,
  quoteSheet,
  rangeAddress,
  splitSheet,
} from "../../src/engine/address";

describe("A1 addresses", () => {
  it.each([
    ["A", 0],
    ["Z", 25],
    ["AA", 26],
    ["AZ", 51],
    ["BA", 52],
    ["XFD", 16383],
  ])("column %s is index %d", (letters, index) => {
    expect(columnIndex(letters)).toBe(index);
    expect(columnLetters(index)).toBe(letters);
  });

  it("column letters and indexes round-trip", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (index) => columnIndex(columnLetters(index)) === index));
  });

  it.each([
    ["Controller!A3:F8", "Controller", [2, 0], [7, 5]],
    ["'Min flik'!A1", "Min flik", [0, 0], [0, 0]],
    ["'Kalle''s'!$B$2:$C$9", "Kalle's", [1, 1], [8, 2]],
    ["F8:A3", null, [2, 0], [7, 5]],
    ["Blad1!c7", "Blad1", [6, 2], [6, 2]],
  ])("parses %s", (address, sheet, start, end) => {
    expect(parseRange(address)).toEqual({ sheet, start: { row: start[0], column: start[1] }, end: { row: end[0], column: end[1] } });
  });

  it("does not take table or defined names for addresses", () => {
    expect(parseRange("Tabell1")).toBeNull();
    expect(parseRange("Prognos_källa")).toBeNull();
    expect(parseRange("A1:B2:C3")).toBeNull();
    expect(parseCell("A0")).toBeNull();
  });

  it("quotes sheet names when Excel needs it", () => {
    expect(quoteSheet("Controller")).toBe("Controller");
    expect(quoteSheet("Prognosinställningar")).toBe("Prognosinställningar");
    expect(quoteSheet("Min flik")).toBe("'Min flik'");
    expect(quoteSheet("Kalle's")).toBe("'Kalle''s'");
    expect(quoteSheet("A1")).toBe("'A1'");
    expect(quoteSheet("2024")).toBe("'2024'");
    expect(splitSheet("'Min flik'!A1")).toEqual({ sheet: "Min flik", local: "A1" });
  });

  it("builds and offsets addresses", () => {
    expect(cellAddress("Controller", { row: 6, column: 2 })).toBe("Controller!C7");
    expect(cellAddress("Min flik", { row: 0, column: 0 })).toBe("'Min flik'!A1");
    expect(rangeAddress("Controller", { row: 2, column: 0 }, { row: 8, column: 5 })).toBe("Controller!A3:F9");
    expect(offsetCell("A3", 4, 2)).toBe("C7");
    expect(addressInBlock("Controller", "A3", 4, 2)).toBe("Controller!C7");
  });

  it("parse of a built address gives back the sheet and cell", () => {
    const sheetName = fc.stringMatching(/^[A-Za-zåäöÅÄÖ0-9 '_.-]{1,20}$/).filter((name) => name.trim() === name && name.length > 0 && !name.startsWith("'"));
    fc.assert(
      fc.property(sheetName, fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16383 }), (sheet, row, column) => {
        const parsed = parseRange(cellAddress(sheet, { row, column }));
        expect(parsed).toEqual({ sheet, start: { row, column }, end: { row, column } });
      }),
    );
  });
});
