import { helpText } from "../../src/cli/help";
import { FIELDS } from "../../src/engine/config";

const OPTIONS = {
  update: ["--config", "--date", "--baseline", "--out", "--json", "--dry-run", "--strict", "--outcome", "--lang"],
  "import-baseline": ["--range", "--period", "--replace", "--outcome", "--date", "--out", "--dry-run", "--json", "--lang"],
} as const;
const JSON_FIELDS = ["reportDate", "period", "periodLabel", "unit", "baseline", "rows", "total", "area", "periodDeviation", "grant", "forecastNetCost", "deviation", "pctOfGrant", "baselineDeviation", "change", "trend", "warnings", "errors", "narrative", "stats", "syncs", "maxRequestBytes", "development", "periods", "values", "accuracy", "outcomePeriod", "outcome", "forecasts", "error", "meanAbsoluteError"];

describe("helpText", () => {
  it.each(["sv", "en"] as const)("documents every option of every command in %s", (lang) => {
    for (const [command, options] of Object.entries(OPTIONS)) {
      const text = helpText(command as keyof typeof OPTIONS, lang);
      for (const option of options) expect(text).toContain(option);
    }
  });

  it.each(["sv", "en"] as const)("documents the JSON fields, the exit codes and that amounts are unrounded (%s)", (lang) => {
    const text = helpText(null, lang);
    for (const field of JSON_FIELDS) expect(text).toContain(field);
    expect(text).toMatch(/^\s+0\s/m);
    expect(text).toMatch(/^\s+1\s/m);
    expect(text).toMatch(/^\s+2\s/m);
    expect(text).toContain(lang === "sv" ? "oavrundade" : "unrounded");
    expect(text).toContain("import-baseline");
  });

  it("is Swedish by default and English on request", () => {
    expect(helpText("update", "sv")).toContain("Flaggor");
    expect(helpText("update", "en")).toContain("Options");
    expect(helpText("update", "en")).not.toContain("Flaggor");
  });

  it.each(["sv", "en"] as const)("documents every field of the configuration JSON with its unit and default (%s, issue 15)", (lang) => {
    const text = helpText("update", lang);
    const paths = ["version", "reportDate", "sources[]", "sources[].range", "sources[].columns.", "sources[].unit", "sources[].signs.netCost", "sources[].signs.grant", "tolerance", "output.sheet", "output.anchor", "output.unit", "output.chart", "output.development", "output.narrative", "previousYearGrant"];
    for (const path of paths) expect(text).toMatch(new RegExp(`^  ${path.replace(/[[\].]/g, "\\$&")}`, "m"));
    for (const field of FIELDS) expect(text).toContain(field);
    // The amounts are in the report's unit, previousYearGrant included.
    expect(text).toMatch(lang === "sv" ? /previousYearGrant\s+rapportens enhet/ : /previousYearGrant\s+the report's unit/);
    expect(text).toContain('"check"');
  });
});
