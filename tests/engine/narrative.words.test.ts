import { amountInWords, joinList } from "../../src/engine/narrative";

describe("amountInWords (sv)", () => {
  test.each([
    // [kronor, words] — the seed's figures
    [31_462_000, "drygt 31 miljoner kronor"],
    [4_209_890_000, "4 210 miljoner kronor"],
    [153_890_000, "154 miljoner kronor"],
    // quarter-of-a-unit boundaries at whole millions
    [31_249_999, "31 miljoner kronor"],
    [31_250_000, "drygt 31 miljoner kronor"],
    [31_499_999, "drygt 31 miljoner kronor"],
    [31_500_000, "knappt 32 miljoner kronor"],
    [31_750_000, "knappt 32 miljoner kronor"],
    [31_750_001, "32 miljoner kronor"],
    [32_000_000, "32 miljoner kronor"],
    // one decimal below 10 mnkr, quarter of 0,1 mnkr = 25 000 kr
    [2_425_000, "drygt 2,4 miljoner kronor"],
    [2_424_999, "2,4 miljoner kronor"],
    [2_475_000, "knappt 2,5 miljoner kronor"],
    [2_000_000, "2,0 miljoner kronor"],
    [9_949_999, "drygt 9,9 miljoner kronor"],
    [9_960_000, "10 miljoner kronor"],
    [10_000_000, "10 miljoner kronor"],
    // below 1 mnkr: thousands
    [480_000, "480 tusen kronor"],
    [480_250, "drygt 480 tusen kronor"],
    [480_600, "knappt 481 tusen kronor"],
    [999_200, "999 tusen kronor"],
    [999_400, "drygt 999 tusen kronor"],
    [999_600, "1,0 miljoner kronor"],
    [1_000, "1 tusen kronor"],
    // below 1 tkr and zero
    [999, "999 kronor"],
    [0, "0 kronor"],
    [-0.4, "0 kronor"],
    // above 1 000 mnkr
    [1_000_000_000, "1 000 miljoner kronor"],
    [12_345_600_000, "knappt 12 346 miljoner kronor"],
    [1_234_567_890_000, "1 234 568 miljoner kronor"],
    [1_234_567_250_000, "drygt 1 234 567 miljoner kronor"],
    // negatives: "minus" and the same qualifier as the magnitude
    [-31_462_000, "minus drygt 31 miljoner kronor"],
    [-67_000_000, "minus 67 miljoner kronor"],
    [-2_475_000, "minus knappt 2,5 miljoner kronor"],
    [-480_000, "minus 480 tusen kronor"],
  ])("%d kr → %s", (kronor, words) => {
    expect(amountInWords(kronor, "sv")).toBe(words);
  });

  test("Swedish is the default language", () => {
    expect(amountInWords(31_462_000)).toBe("drygt 31 miljoner kronor");
  });

  test("a non-finite amount is refused", () => {
    expect(() => amountInWords(Number.NaN, "sv")).toThrow(RangeError);
  });
});

describe("amountInWords (en)", () => {
  test.each([
    [31_462_000, "just over 31 million kronor"],
    [4_209_890_000, "4,210 million kronor"],
    [2_475_000, "just under 2.5 million kronor"],
    [480_000, "480 thousand kronor"],
    [0, "0 kronor"],
    [-67_000_000, "minus 67 million kronor"],
  ])("%d kr → %s", (kronor, words) => {
    expect(amountInWords(kronor, "en")).toBe(words);
  });
});

describe("joinList", () => {
  test.each([
    [[], "sv", ""],
    [["A"], "sv", "A"],
    [["A", "B"], "sv", "A och B"],
    [["A", "B", "C"], "sv", "A, B och C"],
    [["Individ och familj", "Boende, tillsyn och service"], "sv", "Individ och familj och Boende, tillsyn och service"],
    [["A", "B", "C", "D"], "en", "A, B, C and D"],
    [["A", "B"], "en", "A and B"],
  ] as const)("%j (%s) → %s", (items, lang, joined) => {
    expect(joinList(items, lang)).toBe(joined);
  });
});
