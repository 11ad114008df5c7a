// Every problem code has a Swedish and an English text: the catalogues are typed by the engine's ProblemCode,
// so a missing or unknown code is a compile error (the @ts-expect-error lines below would fail `npm run
// typecheck` if it were not). Here: the texts themselves, with every placeholder filled.
import { PROBLEM_CODES, problem, type ProblemCode } from "../../src/engine/problems";
import type { Problem } from "../../src/engine/types";
import { formatProblem, t, type ProblemCatalogue } from "../../src/i18n";

// @ts-expect-error an unknown code does not compile
problem("noSuchCode", "error");
// @ts-expect-error a code that is only ever an error cannot be made a warning
problem("emptyLabel", "warning");
// @ts-expect-error a catalogue entry needs both texts
export const halfEntry: ProblemCatalogue = { noSources: { sv: "inga källor" } };
// @ts-expect-error a catalogue cannot hold a code the engine does not know
export const unknownEntry: ProblemCatalogue = { noSuchCode: { sv: "x", en: "x" } };

const CODES = Object.keys(PROBLEM_CODES) as ProblemCode[];
const PARAMS = { field: "grant", text: "x", value: "v", header: "H", area: "A", period: "2024-10", reported: 1, computed: 2, difference: 1, unit: "tkr", label: "Summa", found: "jan–nov", expected: 2, path: "p", allowed: "a, b", other: "o", message: "m", sign: "negative", without: "W", date: "2024-11-30", firstRow: 2, count: 2, cells: "Rapport!A1, Rapport!B1", today: "2024-12-05", max: 900719925, baseline: 10, previous: 3, grant: 4, percent: 33.3, report: "jan–dec 2024", factor: "large", sheet: "S", sheets: "Rapport", role: "output", use: "history", source: "X!A1", limit: 10, areas: 3, rows: 2, name: "N", code: "GeneralException" };

describe("problem messages", () => {
  it.each(CODES)("%s has sv and en texts without leftover placeholders", (code) => {
    for (const lang of ["sv", "en"] as const) {
      const text = t(code, PARAMS, lang);
      expect(text).not.toMatch(/\{\w+\}|undefined/);
      expect(text.length).toBeGreaterThan(5);
    }
    expect(t(code, PARAMS, "sv")).not.toBe(t(code, PARAMS, "en"));
  });

  it("gives a warning the severity of its code, and an error always 'error'", () => {
    expect(problem("totalMismatch", "warning", "C!A1").severity).toBe("check");
    expect(problem("reconcileDeviation", "warning", "C!A1").severity).toBe("info");
    expect(problem("notANumber", "error", "C!A1").severity).toBe("error");
    expect(problem("notANumber", "warning", "C!A1").severity).toBe("info");
    expect(problem("noSources", "error")).toEqual({ code: "noSources", severity: "error", params: {} });
  });

  it("writes amounts the Swedish way in Swedish and the English way in English", () => {
    const mismatch: Problem = problem("totalMismatch", "warning", "Controller!C9", { label: "Nämndens ram", field: "grant", found: 4209890, expected: -1234.5, unit: "tkr" });
    expect(formatProblem(mismatch)).toMatch(/^Controller!C9: summaraden "Nämndens ram" visar 4\u00a0209\u00a0890 tkr för kommunbidrag helår, men raderna ovanför ger \u22121\u00a0234,5 tkr\./);
    expect(formatProblem(mismatch, "en")).toMatch(/^Controller!C9: the total row "Nämndens ram" shows 4,209,890 tkr for full-year grant, but the rows above give \u22121,234.5 tkr\./);
  });

  it("says which figure the report shows when a typed figure differs from the recomputed one", () => {
    const typed = problem("reconcileDeviation", "warning", "Controller!E5", { area: "Arbetsmarknad", reported: 48200, computed: 51100, difference: -2900, unit: "tkr" });
    expect(formatProblem(typed)).toContain("Rapporten visar 51\u00a0100 tkr, kommunbidrag + prognos.");
  });
});
