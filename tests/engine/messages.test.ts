// Every problem code the engine can emit has a Swedish and an English text.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { engineMessages } from "../../src/i18n/engine";
import { formatProblem, t } from "../../src/i18n";

const ENGINE_DIR = join(__dirname, "../../src/engine");

function emittedCodes(): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(ENGINE_DIR).filter((name) => name.endsWith(".ts") && !name.startsWith("narrative"))) {
    const text = readFileSync(join(ENGINE_DIR, file), "utf8");
    const patterns = [/code: "(\w+)"/g, /problem\("(\w+)"/g, /warning\("(\w+)"/g, /amountMismatch\("(\w+)"/g, /checker\.add\("(\w+)"/g, /this\.add\("(\w+)"/g, /code: "(\w+)" \| "(\w+)"/g];
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) match.slice(1).forEach((code) => code && codes.add(code));
  }
  return [...codes].sort();
}

describe("engine messages", () => {
  const codes = emittedCodes();

  it("finds the codes in the engine's source", () => {
    expect(codes).toEqual(expect.arrayContaining(["notANumber", "emptyCell", "errorValue", "missingColumn", "reconcileDeviation", "newArea", "missingArea", "totalMismatch", "configInvalidJson"]));
  });

  it.each(emittedCodes())("%s has sv and en texts without leftover placeholders", (code) => {
    const entry = engineMessages[code];
    expect(entry).toBeDefined();
    const params = { field: "grant", text: "x", value: "v", header: "H", area: "A", period: "2024-10", reported: 1, computed: 2, difference: 1, unit: "tkr", label: "Summa", found: 1, expected: 2, path: "p", allowed: "a, b", other: "o", message: "m", sign: "negative", without: "W", expectedType: "number", date: "2024-11-30", firstRow: 2, count: 1, today: "2024-12-05", max: 900719925 };
    for (const lang of ["sv", "en"] as const) {
      const text = t(code, params, lang);
      expect(text).not.toMatch(/\{\w+\}|undefined/);
      expect(text.length).toBeGreaterThan(5);
    }
    expect(t(code, params, "sv")).not.toBe(t(code, params, "en"));
  });

  it("writes amounts the Swedish way in Swedish and the English way in English", () => {
    const problem = { code: "totalMismatch", severity: "warning" as const, cell: "Controller!C9", params: { label: "Nämndens ram", field: "grant", found: 4209890, expected: -1234.5, unit: "tkr" } };
    expect(formatProblem(problem)).toBe('Controller!C9: summaraden "Nämndens ram" visar 4\u00a0209\u00a0890 tkr för kommunbidrag helår, men raderna ovanför ger \u22121\u00a0234,5 tkr');
    expect(formatProblem(problem, "en")).toBe('Controller!C9: the total row "Nämndens ram" shows 4,209,890 tkr for full-year grant, but the rows above give -1,234.5 tkr');
  });
});
