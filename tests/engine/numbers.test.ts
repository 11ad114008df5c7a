import fc from "fast-check";
import { decimalsOf, formatAmount, isErrorValue, parseAmount } from "../../src/engine/numbers";

describe("parseAmount reads what a Swedish economist types or pastes", () => {
  it.each<[string | number, number, boolean]>([
    [1645081, 1645081, false],
    [-0.037, -0.037, false],
    ["1 645 081", 1645081, false],
    ["1\u00a0645\u00a0081", 1645081, false],
    ["1\u202f645\u202f081", 1645081, false],
    ["-1 593 981", -1593981, false],
    ["\u221267 000", -67000, false],
    ["\u2212 67 000", -67000, false],
    ["(67 000)", -67000, false],
    ["(67 000 tkr)", -67000, false],
    ["67 000-", -67000, false],
    ["3,1", 3.1, false],
    ["3.1", 3.1, false],
    [",5", 0.5, false],
    ["3,1%", 0.031, true],
    ["3,1 %", 0.031, true],
    ["\u22129,1 %", -0.091, true],
    ["24,5%", 0.245, true],
    ["48 200 tkr", 48200, false],
    ["48 200 kr", 48200, false],
    ["1,5 mnkr", 1.5, false],
    ["+12", 12, false],
    ["  4 210  ", 4210, false],
    ["0", 0, false],
    ["-0", 0, false],
  ])("%j -> %d (percent %s)", (input, value, percent) => {
    const parsed = parseAmount(input);
    expect(parsed).toMatchObject({ ok: true, percent });
    if (parsed.ok) expect(parsed.value).toBe(value);
  });

  it.each<[string | number | boolean | null, "empty" | "error" | "text" | "boolean"]>([
    ["", "empty"],
    ["   ", "empty"],
    [null, "empty"],
    ["#REF!", "error"],
    ["#N/A", "error"],
    ["#DIV/0!", "error"],
    ["#VALUE!", "error"],
    ["#NAME?", "error"],
    [true, "boolean"],
    [false, "boolean"],
    ["4 21O", "text"],
    ["abc", "text"],
    ["1,645,081", "text"],
    ["1 64 081", "text"],
    ["12-13", "text"],
    ["--5", "text"],
    ["3,1,2", "text"],
    [Number.NaN, "text"],
    [Number.POSITIVE_INFINITY, "text"],
  ])("%j is not an amount (%s)", (input, reason) => {
    expect(parseAmount(input)).toEqual({ ok: false, reason });
  });

  it("tells the decimals shown, for rounding tolerances", () => {
    expect(parseAmount("3,1%")).toMatchObject({ decimals: 3 });
    expect(parseAmount("-123,4")).toMatchObject({ decimals: 1 });
    expect(parseAmount(48200)).toMatchObject({ decimals: 0 });
    expect(decimalsOf(0.031)).toBe(3);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
    expect(decimalsOf(1.5e-7)).toBe(8);
  });

  it.each<[string, string | undefined]>([
    ["48 200 tkr", "tkr"],
    ["1,5 mnkr", "mnkr"],
    ["1 000:-", "kr"],
    ["12 tusen kronor", "tkr"],
    ["(67 000 tkr)", "tkr"],
    ["67 000", undefined],
  ])("reports the unit written in %j", (text, unit) => {
    const parsed = parseAmount(text);
    expect(parsed.ok && parsed.unit).toBe(unit ?? undefined);
  });

  it("recognises Excel's error values only", () => {
    expect(isErrorValue("#REF!")).toBe(true);
    expect(isErrorValue("#SPILL!")).toBe(true);
    expect(isErrorValue("#hashtag")).toBe(false);
    expect(isErrorValue(3)).toBe(false);
  });
});

describe("formatAmount", () => {
  it("writes Swedish amounts", () => {
    expect(formatAmount(-1593981)).toBe("-1\u00a0593\u00a0981");
    expect(formatAmount(-67000, { negative: "minus", separator: " " })).toBe("\u221267 000");
    expect(formatAmount(0.031, { percent: true, decimals: 1 })).toBe("3,1\u00a0%");
    expect(formatAmount(-48200, { negative: "parentheses", unit: "tkr" })).toBe("(48\u00a0200 tkr)");
    expect(formatAmount(-0.0001)).toBe("0");
  });

  const separator = fc.constantFrom(" ", "\u00a0", "\u202f");
  const negative = fc.constantFrom("hyphen", "minus", "parentheses", "trailing") as fc.Arbitrary<"hyphen" | "minus" | "parentheses" | "trailing">;
  const unit = fc.constantFrom(undefined, "tkr", "kr", "mnkr");

  it("parse(format(x)) gives back x for amounts with up to 4 decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 4 }), separator, negative, unit, (scaled, decimals, sep, neg, u) => {
        const value = scaled / 10 ** decimals;
        const parsed = parseAmount(formatAmount(value, { decimals, separator: sep, negative: neg, unit: u }));
        expect(parsed.ok && parsed.value).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it("parse(format(x)) gives back x for percentages with up to 2 decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 2 }), negative, (scaled, decimals, neg) => {
        const points = scaled / 10 ** decimals;
        const fraction = Number((points / 100).toFixed(decimals + 2));
        const parsed = parseAmount(formatAmount(fraction, { percent: true, decimals, negative: neg }));
        expect(parsed).toMatchObject({ ok: true, percent: true });
        if (parsed.ok) expect(parsed.value).toBe(fraction === 0 ? 0 : fraction);
      }),
    );
  });
});
