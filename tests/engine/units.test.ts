import { fromKronor, sumKronor, toKronor, toOutputUnit, unitFromText } from "../../src/engine/units";

describe("units", () => {
  it.each([
    [48200, "tkr", 48_200_000],
    [4.21, "mnkr", 4_210_000],
    [1645081, "kr", 1645081],
    [1645.081, "tkr", 1645081],
  ] as const)("%d %s is %d kr", (value, unit, kronor) => {
    expect(toKronor(value, unit)).toBe(kronor);
    expect(fromKronor(kronor, unit)).toBeCloseTo(value, 9);
  });

  it("converts to the output unit", () => {
    expect(toOutputUnit(51_100_000, "tkr")).toBe(51_100);
    expect(toOutputUnit(4_209_890_000, "mnkr")).toBeCloseTo(4209.89, 9);
  });

  it("sums exactly, whatever the order", () => {
    expect(sumKronor([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sumKronor([0.3, 0.2, 0.1])).toBe(0.6);
  });

  it.each([
    ["Tkr", "tkr"],
    ["Belopp i tusen kronor", "tkr"],
    ["(mnkr)", "mnkr"],
    ["Miljoner kronor", "mnkr"],
    ["Belopp (kr)", "kr"],
    ["Kommunbidrag helår", null],
    ["% av KB", null],
    ["Prognos nettokostnad helår", null],
  ])("unit in header %j is %s", (text, unit) => {
    expect(unitFromText(text)).toBe(unit);
  });
});
