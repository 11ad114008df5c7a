import { DEFAULT_OUTPUT, normalizeConfig, parseConfigText, serializeConfig } from "../../src/engine/config";

const CELL = "Prognosinställningar!A1";

const DESIGN_EXAMPLE = `// Prognosinställningar / --config
{
  "version": 1,
  "reportDate": "2024-11-30",            // optional; default last day of previous month
  "sources": [{
    "range": "Controller!A3:F8",          // A1 address, table name or defined name
    "columns": {
      "area": "A", "periodDeviation": "B", "grant": "C", "forecastNetCost": "D",
      "reportedDeviation": "E", "reportedPct": "F"
    },
    "unit": "tkr",
    "signs": { "netCost": "negative", "grant": "positive" }
  }],
  "tolerance": 0,                         // in output unit
  "output": { "sheet": "Rapport", "anchor": "A1", "unit": "tkr", "chart": true },
  "previousYearGrant": null
}`;

describe("configuration", () => {
  it("reads the design's commented example", () => {
    const { config, errors } = parseConfigText(DESIGN_EXAMPLE, CELL);
    expect(errors).toEqual([]);
    expect(config).toEqual({
      version: 2,
      reportDate: "2024-11-30",
      sources: [
        {
          range: "Controller!A3:F8",
          columns: { area: "A", periodDeviation: "B", grant: "C", forecastNetCost: "D", reportedDeviation: "E", reportedPct: "F" },
          unit: "tkr",
          signs: { netCost: "negative", grant: "positive" },
        },
      ],
      tolerance: 0,
      output: DEFAULT_OUTPUT,
      previousYearGrant: null,
    });
  });

  it("fills defaults for everything optional", () => {
    expect(normalizeConfig({ sources: [{ range: "Tabell1" }] })).toEqual({
      config: { version: 2, sources: [{ range: "Tabell1" }], tolerance: 0, output: DEFAULT_OUTPUT, previousYearGrant: null },
      errors: [],
    });
    expect(normalizeConfig({ output: { unit: "mnkr" } }).config?.output).toEqual({ ...DEFAULT_OUTPUT, unit: "mnkr" });
  });

  it("reads a stored version 1 as it was meant: previousYearGrant was kronor, now it is the output unit", () => {
    const stored = { version: 1, sources: [{ range: "Controller!A3:F9" }], output: { unit: "tkr" }, previousYearGrant: 4_056_000_000 };
    expect(normalizeConfig(stored).config).toMatchObject({ version: 2, previousYearGrant: 4_056_000 });
    expect(normalizeConfig({ ...stored, output: { unit: "mnkr" } }).config?.previousYearGrant).toBe(4_056);
    // Version 2 (and a configuration without a version) is in the output unit already.
    expect(normalizeConfig({ ...stored, version: 2, previousYearGrant: 4_056_000 }).config?.previousYearGrant).toBe(4_056_000);
    expect(JSON.parse(serializeConfig(normalizeConfig(stored).config as NonNullable<ReturnType<typeof normalizeConfig>["config"]>))).toMatchObject({ version: 2, previousYearGrant: 4_056_000 });
  });

  it("round-trips through serializeConfig", () => {
    const { config } = parseConfigText(DESIGN_EXAMPLE, CELL);
    if (!config) throw new Error("example did not parse");
    const again = parseConfigText(serializeConfig(config), CELL);
    expect(again).toEqual({ config, errors: [] });
    expect(serializeConfig(again.config as NonNullable<typeof config>)).toBe(serializeConfig(config));
  });

  it("says which cell holds invalid JSON", () => {
    const { config, errors } = parseConfigText('{ "version": 1, ', CELL);
    expect(config).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ code: "configInvalidJson", severity: "error", cell: CELL })]);
    expect(parseConfigText("  ", CELL).errors[0]).toMatchObject({ code: "configEmpty", cell: CELL });
  });

  it("keeps // inside strings", () => {
    expect(parseConfigText('{"sources":[{"range":"Controller!A1"}],"output":{"sheet":"a//b"}}', CELL).errors).toMatchObject([
      { code: "configBadSheetName", params: { path: "output.sheet" } },
    ]);
  });

  it.each<[string, unknown, string, string]>([
    ["a non-object", [1, 2], "configWrongType", ""],
    ["version 3", { version: 3 }, "configBadVersion", "version"],
    ["a report date that is no date", { reportDate: "2024-02-30" }, "configBadDate", "reportDate"],
    ["sources not a list", { sources: "Controller!A1" }, "configWrongType", "sources"],
    ["a source without range", { sources: [{}] }, "configMissing", "sources[0].range"],
    ["a range with a typo", { sources: [{ range: "Controller!A3:F8:G" }] }, "configBadRange", "sources[0].range"],
    ["an unknown unit", { sources: [{ range: "A1:F8", unit: "kkr" }] }, "configBadValue", "sources[0].unit"],
    ["an unknown sign", { sources: [{ range: "A1:F8", signs: { grant: "minus" } }] }, "configBadValue", "sources[0].signs.grant"],
    ["an unknown field", { sources: [{ range: "A1:F8", columns: { grnat: "C" } }] }, "configUnknownKey", "sources[0].columns.grnat"],
    ["an empty column", { sources: [{ range: "A1:F8", columns: { grant: "" } }] }, "configWrongType", "sources[0].columns.grant"],
    ["two fields in one column", { sources: [{ range: "A1:F8", columns: { grant: "C", forecastNetCost: "c" } }] }, "configDuplicateColumn", "sources[0].columns.forecastNetCost"],
    ["a negative tolerance", { tolerance: -1 }, "configNegative", "tolerance"],
    ["a text tolerance", { tolerance: "5" }, "configWrongType", "tolerance"],
    ["a bad sheet name", { output: { sheet: "Rapport[1]" } }, "configBadSheetName", "output.sheet"],
    ["a bad anchor", { output: { anchor: "Rapport!A1" } }, "configBadCell", "output.anchor"],
    ["kr as output unit", { output: { unit: "kr" } }, "configBadValue", "output.unit"],
    ["chart as text", { output: { chart: "ja" } }, "configWrongType", "output.chart"],
    ["development as text", { output: { development: "nej" } }, "configWrongType", "output.development"],
    ["a narrative position other than above or below", { output: { narrative: "ovanför" } }, "configBadValue", "output.narrative"],
    ["previous year's grant as text", { previousYearGrant: "4 056 000 000" }, "configWrongType", "previousYearGrant"],
    ["an unknown top-level key", { tolerence: 5 }, "configUnknownKey", "tolerence"],
  ])("rejects %s, naming the path", (_name, raw, code, path) => {
    const { config, errors } = normalizeConfig(raw, CELL);
    expect(config).toBeNull();
    expect(errors).toContainEqual(expect.objectContaining({ code, severity: "error", cell: CELL, params: expect.objectContaining({ path }) }));
  });

  it("takes output.development (issue 22): absent means on, false is kept through a save", () => {
    expect(normalizeConfig({}).config?.output.development).toBeUndefined();
    const off = normalizeConfig({ output: { development: false } }).config;
    expect(off?.output.development).toBe(false);
    expect(off && JSON.parse(serializeConfig(off)).output.development).toBe(false);
  });

  it("takes output.narrative (issue 19): absent means above, as the seed; below is kept through a save", () => {
    expect(normalizeConfig({}).config?.output.narrative).toBeUndefined();
    const below = normalizeConfig({ output: { narrative: "below" } }).config;
    expect(below?.output.narrative).toBe("below");
    expect(below && JSON.parse(serializeConfig(below)).output.narrative).toBe("below");
  });

  it("lists every problem, not only the first", () => {
    const { errors } = normalizeConfig({ version: 3, tolerance: -2, output: { unit: "kr", anchor: "1A" }, sources: [{ unit: "x" }] }, CELL);
    expect(errors.map((error) => error.params.path)).toEqual(["version", "sources[0].range", "sources[0].unit", "tolerance", "output.anchor", "output.unit"]);
  });

  it("accepts table names, defined names, quoted sheets and comment keys", () => {
    const { errors } = normalizeConfig({
      _comment: "förvaltningens prognos",
      sources: [{ range: "Tabell1" }, { range: "Prognos_källa" }, { range: "'Min flik'!B2:H40" }],
      output: { anchor: "$b$3" },
    });
    expect(errors).toEqual([]);
    expect(normalizeConfig({ output: { anchor: "$b$3" } }).config?.output.anchor).toBe("B3");
  });
});
