// The algebra of the rules, for any table fast-check can think of.
import fc from "fast-check";
import { computeReport } from "../../src/engine/compute";
import type { CellValue, Report, SignConvention } from "../../src/engine/types";
import { sumKronor } from "../../src/engine/units";
import { config, history, input, source } from "./fixtures/build";

const AREAS = ["Individ och familj", "Stab", "Boende, tillsyn och service", "Arbetsmarknad", "Äldreomsorg"];
const HEADER = ["Verksamhetsområde", "Enhet", "Avvikelse jan–nov", "Kommunbidrag helår", "Prognos nettokostnad helår"];

/** Amounts in tkr with up to 3 decimals, as a controller might keep them. */
const amount = fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }).map((n) => n / 1000);
const positive = fc.integer({ min: 0, max: 5_000_000_000 }).map((n) => n / 1000);

interface Line {
  area: string;
  grant: number;
  netCost: number;
  period: number;
}

const line: fc.Arbitrary<Line> = fc.record({ area: fc.constantFrom(...AREAS), grant: positive, netCost: positive, period: amount });
const lines = fc.array(line, { minLength: 1, maxLength: 40 });

function table(items: Line[], grantSign: SignConvention, netCostSign: SignConvention): CellValue[][] {
  const written = (value: number, sign: SignConvention) => (sign === "negative" ? -value : value);
  return [HEADER, ...items.map((item, index) => [item.area, `Enhet ${index}`, item.period, written(item.grant, grantSign), written(item.netCost, netCostSign)])];
}

function run(items: Line[], grantSign: SignConvention = "positive", netCostSign: SignConvention = "negative"): Report {
  return computeReport(input([source(table(items, grantSign, netCostSign), { signs: { grant: grantSign, netCost: netCostSign } })]));
}

function byKey(report: Report) {
  return Object.fromEntries(report.rows.map((row) => [row.key, { ...row, cell: "" }]));
}

describe("properties of the engine", () => {
  it("total = sum of the rows, exactly, and every row's deviation = grant − net cost", () => {
    fc.assert(
      fc.property(lines, (items) => {
        const report = run(items);
        expect(report.errors).toEqual([]);
        expect(report.total.grant).toBe(sumKronor(report.rows.map((row) => row.grant)));
        expect(report.total.forecastNetCost).toBe(sumKronor(report.rows.map((row) => row.forecastNetCost)));
        expect(report.total.deviation).toBe(sumKronor(report.rows.map((row) => row.deviation)));
        expect(report.total.periodDeviation).toBe(sumKronor(report.rows.map((row) => row.periodDeviation ?? 0)));
        expect(report.total.grant).toBe(sumKronor(items.map((item) => item.grant * 1000)));
        for (const row of report.rows) expect(row.deviation).toBeCloseTo(row.grant - row.forecastNetCost, 3);
      }),
    );
  });

  it("the same figures written in any sign convention (and declared so) give the same report", () => {
    const sign = fc.constantFrom<SignConvention>("positive", "negative");
    fc.assert(
      fc.property(lines, sign, sign, (items, grantSign, netCostSign) => {
        const reference = run(items);
        const other = run(items, grantSign, netCostSign);
        expect(other.rows).toEqual(reference.rows);
        expect(other.total).toEqual(reference.total);
      }),
    );
  });

  it("negating grant and net cost flips the sign of every deviation", () => {
    fc.assert(
      fc.property(lines, (items) => {
        const reference = run(items);
        const flipped = run(items.map((item) => ({ ...item, grant: -item.grant, netCost: -item.netCost })));
        expect(flipped.rows.map((row) => row.deviation)).toEqual(reference.rows.map((row) => (row.deviation === 0 ? 0 : -row.deviation)));
        expect(flipped.total.deviation).toBe(reference.total.deviation === 0 ? 0 : -reference.total.deviation);
        // The percentage keeps meaning "surplus" for a negative grant: it flips with the deviation.
        flipped.rows.forEach((row, index) => {
          const before = reference.rows[index].pctOfGrant;
          if (before === null) expect(row.pctOfGrant).toBeNull();
          else expect(row.pctOfGrant).toBeCloseTo(-before, 12);
        });
      }),
    );
  });

  it("the order of the detail rows does not change any area or the total", () => {
    fc.assert(
      fc.property(
        lines.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }))),
        ([items, shuffled]) => {
          const a = run(items);
          const b = run(shuffled);
          expect(byKey(b)).toEqual(byKey(a));
          expect({ ...b.total, cell: "" }).toEqual({ ...a.total, cell: "" });
        },
      ),
    );
  });

  it("computing twice gives the identical report and leaves the input untouched", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 100 }), (items, tolerance) => {
        const data = input([source(table(items, "positive", "negative"))], {
          config: config({ tolerance }),
          history: history("2024-10", { Stab: 1_000_000, Okänd: 5 }),
        });
        const before = JSON.stringify(data);
        const first = computeReport(data);
        expect(computeReport(data)).toEqual(first);
        expect(JSON.stringify(data)).toBe(before);
      }),
    );
  });

  it("trend agrees with the sign of the change beyond the tolerance", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -10_000_000, max: 10_000_000 }), (items, tolerance, baseline) => {
        const report = computeReport(
          input([source(table(items, "positive", "negative"))], {
            config: config({ tolerance }),
            history: history("2024-10", Object.fromEntries(AREAS.map((area) => [area, baseline * 1000]))),
          }),
        );
        for (const row of [...report.rows, report.total]) {
          const change = row.change as number;
          const expected = change > tolerance * 1000 ? "improved" : change < -tolerance * 1000 ? "worsened" : "unchanged";
          expect(row.trend).toBe(expected);
        }
      }),
    );
  });
});

describe("whatever is pasted", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
    fc.integer(),
    fc.constantFrom("", " ", "#REF!", "#N/A", "4 21O", "Summa", "Nämndens ram", "3,1%", "(67 000)", "\u221212", "tkr", "=A1", true, false),
    fc.string({ maxLength: 12 }),
  );
  const grid = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 0, maxLength: 12 });

  it("never throws, and every error is an error value naming a cell of the source or its range", () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const report = computeReport(input([source([["Verksamhetsområde", "KB", "Prognos", "% av KB"], ...rows], {}, "Controller", "B2")]));
        for (const problem of [...report.errors, ...report.warnings]) {
          expect(typeof problem.code).toBe("string");
          if (problem.cell) expect(problem.cell).toMatch(/^Controller!/);
        }
        for (const error of report.errors) expect(error.cell ?? "").toMatch(/^Controller!/);
      }),
    );
  });
});
