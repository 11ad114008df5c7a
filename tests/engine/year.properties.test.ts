// The algebra of the development and accuracy tables, for any year of history fast-check can think of.
import fc from "fast-check";
import { buildAccuracy } from "../../src/engine/accuracy";
import { buildDevelopment, developmentOfReport, historyWithReport, type DevelopmentSeries } from "../../src/engine/development";
import type { HistoryRow } from "../../src/engine/types";
import { rowsOf } from "./fixtures/year2024";
import { reportOf } from "./narrativeReport";

const AREAS = ["Individ och familj", "Stab", "Kultur", "Fritid", "Äldreomsorg"];
/** tkr with up to two decimals (steps of 10 kr), up to ±10 000 mnkr. */
const tkr = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 100);
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0"));

interface Cell {
  month: string;
  area: string;
  value: number;
}

/** One row per (period, area) at most, as historyFromValues guarantees; stored in period order. */
function toHistory(cells: Cell[], year = 2024): HistoryRow[] {
  const sorted = [...cells].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return sorted.flatMap((cell) => rowsOf(`${year}-${cell.month}`, { [cell.area]: cell.value }));
}

const cells = fc.uniqueArray(fc.record({ month, area: fc.constantFrom(...AREAS), value: tkr }), {
  minLength: 1,
  maxLength: 40,
  selector: (cell) => `${cell.month}/${cell.area}`,
});
const otherYears = fc.array(fc.record({ year: fc.constantFrom(2023, 2025), month, area: fc.constantFrom(...AREAS, "Gammalt"), value: tkr }), { maxLength: 10 })
  .map((items) => items.flatMap((item) => rowsOf(`${item.year}-${item.month}`, { [item.area]: item.value })));

const close = (actual: number | null, expected: number) => expect(actual).toBeCloseTo(expected, 6);

/** Every period's rows in their order, the periods interleaved at the positions `order` gives. */
function interleave(rows: HistoryRow[], order: number[]): HistoryRow[] {
  const queues = new Map<string, HistoryRow[]>();
  for (const row of rows) queues.set(row.period, [...(queues.get(row.period) ?? []), row]);
  const slots = order.map((i) => rows[i].period);
  return slots.map((period) => (queues.get(period) as HistoryRow[]).shift() as HistoryRow);
}

const permutationOf = (length: number) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: length, maxLength: length })
    .map((keys) => keys.map((key, i) => [key, i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => i));

const historyAndPermutation = cells.map((c) => toHistory(c)).chain((history) => fc.tuple(fc.constant(history), permutationOf(history.length)));

describe("properties of the development", () => {
  it("each period's total is the sum of its areas' values", () => {
    fc.assert(fc.property(cells, (generated) => {
      const development = buildDevelopment(toHistory(generated), { year: 2024, unit: "tkr" });
      development.periods.forEach((_, i) => {
        const present = development.rows.map((row) => row.values[i]).filter((value): value is number => value !== null);
        close(development.total.values[i], present.reduce((a, b) => a + b, 0));
      });
    }));
  });

  it("a change is the difference of neighbouring values; over a series without gaps they add up to last − first", () => {
    const check = (series: DevelopmentSeries) => {
      series.values.forEach((value, i) => {
        const previous = i === 0 ? null : series.values[i - 1];
        if (value === null || previous === null) expect(series.changes[i]).toBeNull();
        else close(series.changes[i], value - previous);
      });
      const values = series.values;
      if (values.length > 0 && values.every((value) => value !== null)) {
        close(series.changes.slice(1).reduce<number>((sum, change) => sum + (change ?? NaN), 0), (values.at(-1) as number) - (values[0] as number));
      }
    };
    fc.assert(fc.property(cells, (generated) => {
      const development = buildDevelopment(toHistory(generated), { year: 2024, unit: "tkr" });
      development.rows.forEach(check);
      check(development.total);
    }));
  });

  it("the order of the stored rows changes no figure; keeping each period's own order, nothing at all", () => {
    fc.assert(fc.property(historyAndPermutation, ([history, order]) => {
      const options = { year: 2024, unit: "tkr" as const };
      const reference = buildDevelopment(history, options);
      const shuffled = buildDevelopment(order.map((i) => history[i]), options);
      const byArea = (d: typeof reference) => Object.fromEntries(d.rows.map((row) => [row.area, row]));
      expect(byArea(shuffled)).toEqual(byArea(reference));
      expect(shuffled.periods).toEqual(reference.periods);
      expect(shuffled.total).toEqual(reference.total);
      expect(buildDevelopment(interleave(history, order), options)).toEqual(reference);
    }));
  });

  it("rows of other years change nothing", () => {
    fc.assert(fc.property(cells, otherYears, fc.nat(), (generated, others, at) => {
      const history = toHistory(generated);
      const position = at % (history.length + 1);
      const mixed = [...others.slice(0, 3), ...history.slice(0, position), ...others.slice(3), ...history.slice(position)];
      expect(buildDevelopment(mixed, { year: 2024, unit: "tkr" })).toEqual(buildDevelopment(history, { year: 2024, unit: "tkr" }));
    }));
  });

  it("mnkr figures are the tkr figures / 1 000", () => {
    fc.assert(fc.property(cells, (generated) => {
      const history = toHistory(generated);
      const inTkr = buildDevelopment(history, { year: 2024, unit: "tkr" });
      const inMnkr = buildDevelopment(history, { year: 2024, unit: "mnkr" });
      inTkr.total.values.forEach((value, i) => close(inMnkr.total.values[i], (value as number) / 1_000));
      inTkr.rows.forEach((row, r) => row.values.forEach((value, i) => {
        if (value === null) expect(inMnkr.rows[r].values[i]).toBeNull();
        else close(inMnkr.rows[r].values[i], value / 1_000);
      }));
    }));
  });

  it("the report's figures stand for its period, and the upsert done twice is the upsert done once", () => {
    const reportAreas = fc.uniqueArray(fc.record({ area: fc.constantFrom(...AREAS), grant: tkr }), { minLength: 1, maxLength: 5, selector: (a) => a.area });
    fc.assert(fc.property(cells, otherYears, reportAreas, month, (generated, others, areas, reportMonth) => {
      const stored = [...others, ...toHistory(generated)];
      const report = { ...reportOf(areas.map((a) => ({ area: a.area, grant: a.grant, forecastNetCost: 0 }))), period: `2024-${reportMonth}`, reportDate: `2024-${reportMonth}-28` };
      const development = developmentOfReport(report, stored);
      const column = development.periods.findIndex((p) => p.period === report.period);
      expect(development.rows.slice(0, areas.length).map((row) => [row.area, row.values[column]])).toEqual(areas.map((a) => [a.area, a.grant]));
      expect(development.rows.slice(areas.length).every((row) => row.values[column] === null)).toBe(true);
      expect(developmentOfReport(report, historyWithReport(report, stored))).toEqual(development);
      expect(historyWithReport(report, stored).filter((row) => !row.period.startsWith("2024-"))).toEqual(others);
    }));
  });
});

describe("properties of the accuracy", () => {
  // A year ending in the outcome 2024-12: each forecast figure either hits the outcome or is anything.
  const year = fc.uniqueArray(fc.record({ area: fc.constantFrom(...AREAS), outcome: tkr }), { minLength: 1, maxLength: 5, selector: (a) => a.area })
    .chain((outcomes) => fc.tuple(
      fc.constant(outcomes),
      fc.array(fc.tuple(month.filter((m) => m !== "12"), fc.constantFrom(...AREAS), fc.option(tkr)), { maxLength: 30 }),
    ))
    .map(([outcomes, forecasts]) => {
      const outcomeOf = new Map(outcomes.map((o) => [o.area, o.outcome]));
      const seen = new Set<string>();
      const items: Cell[] = [];
      for (const [m, area, value] of forecasts) {
        if (seen.has(`${m}/${area}`)) continue;
        seen.add(`${m}/${area}`);
        // null: the forecast hit the outcome (or, for an area without one, was zero).
        items.push({ month: m, area, value: value ?? outcomeOf.get(area) ?? 0 });
      }
      return toHistory([...items, ...outcomes.map((o) => ({ month: "12", area: o.area, value: o.outcome }))]);
    });

  it("error = outcome − forecast, per area and for the total", () => {
    fc.assert(fc.property(year, (history) => {
      const accuracy = buildAccuracy(history, "2024-12", "tkr");
      if (!accuracy) throw new Error("the outcome is stored");
      for (const row of accuracy.rows) for (const f of row.forecasts) {
        if (row.outcome === null || f.deviation === null) expect(f.error).toBeNull();
        else close(f.error, row.outcome - f.deviation);
      }
      for (const f of accuracy.total.forecasts) close(f.error, accuracy.total.outcome - f.deviation);
    }));
  });

  it("the mean absolute error is ≥ 0, the mean of |error| over the areas in both, and 0 exactly when every such forecast hit the outcome", () => {
    fc.assert(fc.property(year, (history) => {
      const accuracy = buildAccuracy(history, "2024-12", "tkr");
      if (!accuracy) throw new Error("the outcome is stored");
      accuracy.meanAbsoluteError.forEach((mae, i) => {
        const errors = accuracy.rows.map((row) => row.forecasts[i].error).filter((error): error is number => error !== null);
        expect(mae.areas).toBe(errors.length);
        if (errors.length === 0) return expect(mae.value).toBeNull();
        expect(mae.value).toBeGreaterThanOrEqual(0);
        close(mae.value, errors.reduce((sum, error) => sum + Math.abs(error), 0) / errors.length);
        const allHit = accuracy.rows.every((row) => row.outcome === null || row.forecasts[i].deviation === null || row.forecasts[i].deviation === row.outcome);
        expect(mae.value === 0).toBe(allHit);
      });
    }));
  });

  it("the order of the stored rows changes no figure", () => {
    const withOrder = year.chain((history) => fc.tuple(fc.constant(history), permutationOf(history.length)));
    fc.assert(fc.property(withOrder, otherYears, ([history, order], others) => {
      const reference = buildAccuracy(history, "2024-12", "tkr");
      const shuffled = buildAccuracy([...others, ...order.map((i) => history[i])], "2024-12", "tkr");
      const byArea = (a: typeof reference) => Object.fromEntries((a?.rows ?? []).map((row) => [row.area, row]));
      expect(byArea(shuffled)).toEqual(byArea(reference));
      expect(shuffled?.total).toEqual(reference?.total);
      expect(shuffled?.meanAbsoluteError).toEqual(reference?.meanAbsoluteError);
    }));
  });
});
