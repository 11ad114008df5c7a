// The pane's development view without React (src/taskpane/development.ts): amounts in the report's unit as
// the pane writes them, the value axis' ticks, and the chart's points, over the year of
// tests/engine/fixtures/year2024.ts (tkr). Positions are worked out by hand from the box below.
import { buildDevelopment } from "../../src/engine/development";
import { axisTicks, chartGeometry, niceStep, signedUnitAmountText, unitAmountText } from "../../src/taskpane/development";
import { FRITID, HISTORY, IFO, KULTUR, OUTCOME_2024, STAB } from "../engine/fixtures/year2024";

describe("amounts in the report's unit", () => {
  it.each([
    [-12_000, "tkr", "sv", "\u221212\u00a0000"],
    [-12_000, "tkr", "en", "\u221212,000"],
    [2.45, "mnkr", "sv", "2,5"],
    [2.45, "mnkr", "en", "2.5"],
    [0, "tkr", "sv", "0"],
    [null, "tkr", "sv", "\u2013"],
  ] as const)("%p %s (%s) → %p", (value, unit, lang, text) => {
    expect(unitAmountText(value, unit, lang)).toBe(text);
  });

  it.each([
    [2_400, "+2\u00a0400"],
    [-1_500, "\u22121\u00a0500"],
    [0, "0"],
    [0.3, "0"],
    [null, "\u2013"],
  ] as const)("signed %p → %p", (value, text) => {
    expect(signedUnitAmountText(value, "tkr", "sv")).toBe(text);
  });
});

describe("the value axis", () => {
  it.each([
    [10, 4, 5],
    [12_000, 4, 5_000],
    [16_000, 4, 5_000],
    [7, 4, 2],
    [0.9, 4, 0.5],
    [0, 4, 1],
  ])("a span of %p in at most %p steps takes steps of %p", (span, count, step) => {
    expect(niceStep(span, count)).toBeCloseTo(step, 12);
  });

  it("covers the values and zero in round steps", () => {
    expect(axisTicks(-11_700, 3_000)).toEqual([-15_000, -10_000, -5_000, 0, 5_000]);
    expect(axisTicks(500, 2_000)).toEqual([0, 500, 1_000, 1_500, 2_000]);
    expect(axisTicks(-400, -100)).toEqual([-400, -300, -200, -100, 0]);
  });
});

describe("the chart of 2024", () => {
  const development = buildDevelopment([...HISTORY.filter((row) => !OUTCOME_2024.includes(row))], { year: 2024, unit: "tkr", orderPeriod: "2024-11" });
  // 11 periods over a plot 200 wide from x = 50: a period every 20; y from −15 000 (at 110) to 5 000 (at 10).
  const geometry = chartGeometry(development, { width: 260, height: 130, left: 50, right: 10, top: 10, bottom: 20 }, "Nämndens ram");

  it("spaces the eleven months evenly and scales from the lowest tick to the highest", () => {
    expect(geometry.xs).toEqual([50, 70, 90, 110, 130, 150, 170, 190, 210, 230, 250]);
    expect(geometry.ticks.map((tick) => [tick.value, tick.y])).toEqual([[-15_000, 110], [-10_000, 85], [-5_000, 60], [0, 35], [5_000, 10]]);
    expect(geometry.zeroY).toBe(35);
  });

  it("draws a line per area in the table's order and the total last; a month without the area breaks the line", () => {
    expect(geometry.lines.map((line) => [line.label, line.total])).toEqual([[IFO, false], [STAB, false], [KULTUR, false], [FRITID, false], ["Nämndens ram", true]]);
    const ifo = geometry.lines[0];
    expect(ifo.segments).toHaveLength(1);
    // January −10 000 → y = 35 + 10 000 / 20 000 × 100 = 85; November −8 000 → 75.
    expect(ifo.segments[0][0]).toEqual({ x: 50, y: 85, value: -10_000, index: 0 });
    expect(ifo.segments[0][10]).toEqual({ x: 250, y: 75, value: -8_000, index: 10 });
    // Kultur from April (index 3), Fritid January to June.
    expect(geometry.lines[2].segments.map((segment) => segment.map((point) => point.index))).toEqual([[3, 4, 5, 6, 7, 8, 9, 10]]);
    expect(geometry.lines[3].segments.map((segment) => segment.map((point) => point.index))).toEqual([[0, 1, 2, 3, 4, 5]]);
    // The total in March: −15 000 + 3 000 + 400 = −11 600 → y = 35 + 58 = 93.
    expect(geometry.lines[4].segments[0][2]).toMatchObject({ value: -11_600, y: 93 });
  });

  it("breaks a line around a period between two others that lacks the area", () => {
    const gap = chartGeometry({ ...development, periods: development.periods.slice(0, 3), rows: [{ area: "A", values: [1, null, 3], changes: [null, null, null] }], total: { values: [1, 0, 3], changes: [null, -1, 3] } }, { width: 100, height: 100, left: 0, right: 0, top: 0, bottom: 0 }, "T");
    expect(gap.lines[0].segments.map((segment) => segment.map((point) => point.value))).toEqual([[1], [3]]);
  });
});
