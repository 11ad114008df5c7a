import { baselineFromSource } from "../../src/engine/baseline";
import { computeReport } from "../../src/engine/compute";
import { source } from "./fixtures/build";
import { seedInput, seedSource } from "./fixtures/seed";

const SAVED = "2024-11-02T10:00:00.000Z";

describe("import baseline", () => {
  it("turns last period's table into history rows with the same mapping rules", () => {
    const { rows, errors, warnings } = baselineFromSource(seedSource(), "2024-10", "2024-10-31", SAVED);
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.area, row.deviation])).toEqual([
      ["Arbetsmarknad och ekonomiskt bistånd", 51_100_000],
      ["Individ och familj", -67_000_000],
      ["Boende, tillsyn och service", -45_000_000],
      ["Stab och förvaltningsövergripande kostnader", 60_900_000],
    ]);
    expect(rows.every((row) => row.period === "2024-10" && row.reportDate === "2024-10-31" && row.savedAt === SAVED)).toBe(true);
    expect(warnings.filter((w) => w.code === "reconcileDeviation")).toHaveLength(3);
  });

  it("gives 'unchanged' everywhere when this month equals the imported baseline", () => {
    const { rows } = baselineFromSource(seedSource(), "2024-10", "2024-10-31", SAVED);
    const report = computeReport(seedInput({ history: rows }));
    expect(report.rows.map((row) => row.trend)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(report.total.trend).toBe("unchanged");
    expect(report.warnings.filter((w) => w.code === "newArea" || w.code === "missingArea")).toEqual([]);
  });

  it("returns no rows and the errors when the range cannot be read", () => {
    const result = baselineFromSource(source([["Område", "KB", "Prognos"], ["A", "x", -1]]), "2024-10", "2024-10-31", SAVED);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((error) => error.cell)).toEqual(["Blad1!B2"]);
  });
});
