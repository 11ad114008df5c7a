// The built `prognos` command on fixture workbooks: JSON, exit codes 0/1/2, files unchanged on
// errors and dry runs, the atomic write, the stored configuration, import-baseline, --lang en.
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { UpdateJson } from "../../src/cli/json";
import { ensureCliBuilt, openWorkbook, prognos, tempFolder, writeSeedWorkbook } from "./prognos";

jest.setTimeout(180_000);

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  await ensureCliBuilt();
});
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
});
afterEach(async () => {
  await cleanup();
});

const at = (name: string) => path.join(dir, name);

describe("prognos --help and usage errors", () => {
  it("documents everything in Swedish, and in English with --lang en", async () => {
    const sv = await prognos(["--help"]);
    expect(sv.code).toBe(0);
    for (const text of ["update", "import-baseline", "--config", "--date", "--baseline", "--out", "--json", "--dry-run", "--range", "--period", "Utfall", "oavrundade"]) {
      expect(sv.stdout).toContain(text);
    }
    const en = await prognos(["update", "--help", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Options:");
    expect(en.stdout).toContain("unrounded");
  });

  it.each([
    [[], "ange ett kommando"],
    [["update"], "ange arbetsboken"],
    [["update", "a.xlsx", "--date", "2024-13-01"], "är inte ett datum"],
    [["update", "a.xlsx", "--forse"], "okänd flagga --forse"],
    [["import-baseline", "a.xlsx", "--period", "2024-10"], "flaggan --range krävs"],
  ])("%j exits 2 with a message on stderr and nothing on stdout", async (args, text) => {
    const run = await prognos(args);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain(text);
  });

  it("exits 2 for a missing file, a file that is not a workbook, and an unusable --config", async () => {
    const missing = await prognos(["update", at("saknas.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("filen finns inte");

    await writeFile(at("text.xlsx"), "det här är ingen arbetsbok");
    const notXlsx = await prognos(["update", at("text.xlsx"), "--lang", "en"]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toContain("is not an Excel workbook");

    await writeSeedWorkbook(at("rapport.xlsx"));
    const before = await readFile(at("rapport.xlsx"));
    await writeFile(at("cfg.json"), '{ "version": 1, "sources": [ { "range": "Controller!A3:F9" ], }');
    const badJson = await prognos(["update", at("rapport.xlsx"), "--config", at("cfg.json")]);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain("cfg.json");
    await writeFile(at("cfg.json"), JSON.stringify({ version: 1, sources: [{ range: "Controller!A3:F9", unit: "euro" }] }));
    const badValue = await prognos(["update", at("rapport.xlsx"), "--config", at("cfg.json")]);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toContain("euro");
    expect(Buffer.compare(await readFile(at("rapport.xlsx")), before)).toBe(0);
  });

  it("says to run npm run build when the bundle is missing", async () => {
    await mkdir(at("bin"));
    await copyFile(path.join(__dirname, "../../bin/prognos.js"), at("bin/prognos.js"));
    const run = await prognos(["--help"], { bin: at("bin/prognos.js") });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("npm run build");
  });
});

describe("prognos update", () => {
  it("detects the table, updates the workbook in place atomically, stores the settings and prints the JSON", async () => {
    await writeSeedWorkbook(at("rapport.xlsx"));
    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as UpdateJson;
    expect(Object.keys(json)).toEqual(["reportDate", "period", "periodLabel", "unit", "baseline", "rows", "total", "warnings", "errors", "narrative", "development", "accuracy", "stats"]);
    expect(json).toMatchObject({ reportDate: "2024-11-30", period: "2024-11", periodLabel: "jan–nov", unit: "tkr", baseline: null, errors: [] });
    expect(Object.keys(json.rows[0])).toEqual(["area", "periodDeviation", "grant", "forecastNetCost", "deviation", "pctOfGrant", "baselineDeviation", "change", "trend"]);
    expect(json.rows.map((row) => [row.area, row.deviation])).toEqual([
      ["Arbetsmarknad och ekonomiskt bistånd", 51100],
      ["Individ och familj", -67000],
      ["Boende, tillsyn och service", -45000],
      ["Stab och förvaltningsövergripande kostnader", 60900],
    ]);
    expect(json.total).toMatchObject({ area: "Nämndens ram", periodDeviation: 31462, grant: 4209890, forecastNetCost: -4209890, deviation: 0, pctOfGrant: 0 });
    expect(json.rows[1].pctOfGrant).toBeCloseTo(-0.0368, 4);
    // The seed's three rows that do not add up are caught, with their cells.
    expect(json.warnings.filter((w) => w.code === "reconcileDeviation").map((w) => w.cell)).toEqual(["Controller!E5", "Controller!E7", "Controller!E8"]);
    expect(json.narrative).toMatch(/nollresultat/);
    expect(json.stats.syncs).toBeGreaterThan(0);
    expect(json.stats.syncs).toBeLessThanOrEqual(3);
    expect(json.stats.maxRequestBytes).toBeGreaterThan(0);

    expect(await readdir(dir)).toEqual(["rapport.xlsx"]); // no temporary file left
    const workbook = await openWorkbook(at("rapport.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Controller", "Rapport", "Prognoshistorik", "Prognosinställningar"]));
    const stored = JSON.parse(String(workbook.getWorksheet("Prognosinställningar")?.getCell("A1").value));
    expect(stored.sources[0].range).toBe("Controller!A3:F9");
  });

  it("stores --config in the workbook, so that the next run needs no flag", async () => {
    await writeSeedWorkbook(at("rapport.xlsx"));
    const original = await readFile(at("rapport.xlsx"));
    const config = { version: 1, reportDate: "2024-11-30", sources: [{ range: "Controller!A3:F9", unit: "tkr" }], tolerance: 0, output: { sheet: "Prognos nov", anchor: "B2", unit: "mnkr", chart: true }, previousYearGrant: 4056000000 };
    await writeFile(at("cfg.json"), JSON.stringify(config));

    const first = await prognos(["update", at("rapport.xlsx"), "--config", at("cfg.json"), "--out", at("nov.xlsx")]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("'Prognos nov'!B2");
    expect(first.stdout).toContain("nästa gång behövs ingen --config");
    expect(Buffer.compare(await readFile(at("rapport.xlsx")), original)).toBe(0); // --out leaves the input alone

    const second = await prognos(["update", at("nov.xlsx"), "--json"]);
    expect(second.code).toBe(0);
    const json = JSON.parse(second.stdout) as UpdateJson;
    expect(json).toMatchObject({ reportDate: "2024-11-30", unit: "mnkr" });
    expect(json.rows[0].deviation).toBeCloseTo(51.1, 6);
    expect(json.narrative).toMatch(/ökning med 154 miljoner kronor/);
    const workbook = await openWorkbook(at("nov.xlsx"));
    expect(workbook.getWorksheet("Rapport")).toBeUndefined();
    expect(workbook.getWorksheet("Prognos nov")).toBeDefined();
  });

  it("exits 1 on data errors, names every cell on stderr, and leaves the file byte for byte unchanged", async () => {
    await writeSeedWorkbook(at("rapport.xlsx"), (values) => {
      values[4][2] = "4 21O"; // Controller!C7
      values[5][3] = "#REF!"; // Controller!D8
    });
    const before = await readFile(at("rapport.xlsx"));

    const sv = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30"]);
    expect(sv.code).toBe(1);
    expect(sv.stdout).toBe("");
    expect(sv.stderr).toContain('Controller!C7: "4 21O" är inte ett tal');
    expect(sv.stderr).toMatch(/Controller!D8: .*#REF!/);
    expect(sv.stderr).toContain("ingenting har skrivits");

    const en = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--json", "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('Controller!C7: "4 21O" is not a number');
    const json = JSON.parse(en.stdout) as UpdateJson;
    expect(json.errors.map((error) => error.cell)).toEqual(expect.arrayContaining(["Controller!C7", "Controller!D8"]));
    expect(json.errors.find((error) => error.cell === "Controller!C7")).toEqual({ code: "notANumber", severity: "error", cell: "Controller!C7", message: '"4 21O" is not a number' });

    expect(Buffer.compare(await readFile(at("rapport.xlsx")), before)).toBe(0);
    expect(await readdir(dir)).toEqual(["rapport.xlsx"]);
  });

  it("reads the settings sheet, and exits 1 naming its cell when the JSON there is broken", async () => {
    await writeSeedWorkbook(at("rapport.xlsx"));
    const workbook = await openWorkbook(at("rapport.xlsx"));
    const settings = workbook.addWorksheet("Prognosinställningar", { state: "hidden" });
    settings.getCell("A1").value = JSON.stringify({ version: 1, reportDate: "2024-11-30", sources: [{ range: "Controller!A3:F9" }], output: { sheet: "Nov", anchor: "A1", unit: "tkr", chart: false } });
    await workbook.xlsx.writeFile(at("rapport.xlsx"));
    const good = await prognos(["update", at("rapport.xlsx"), "--json", "--dry-run"]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ reportDate: "2024-11-30" });

    settings.getCell("A1").value = '{ "version": 1, "sources": [';
    await workbook.xlsx.writeFile(at("rapport.xlsx"));
    const before = await readFile(at("rapport.xlsx"));
    const broken = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("Prognosinställningar!A1: ");
    expect(Buffer.compare(await readFile(at("rapport.xlsx")), before)).toBe(0);
  });

  it("summarises in English with --lang en", async () => {
    await writeSeedWorkbook(at("rapport.xlsx"));
    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Budget deviation per business area, 30 November 2024 (tkr)");
    expect(run.stdout).toMatch(/Arbetsmarknad och ekonomiskt bistånd\s+56,758\s+1,645,081\s+-1,593,981\s+51,100\s+3\.1 %/);
    expect(run.stdout).toContain("The report is written to Rapport!A1");
    expect(run.stdout).toContain("detected automatically");
  });

  it("writes nothing with --dry-run", async () => {
    await writeSeedWorkbook(at("rapport.xlsx"));
    const before = await readFile(at("rapport.xlsx"));
    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--dry-run", "--json"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as UpdateJson).rows).toHaveLength(4);
    const text = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--dry-run", "--out", at("ny.xlsx")]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("ingenting har skrivits");
    expect(Buffer.compare(await readFile(at("rapport.xlsx")), before)).toBe(0);
    expect(await readdir(dir)).toEqual(["rapport.xlsx"]);
  });

  it("exits 2 when the result cannot be saved, leaving no temporary file and the original untouched", async () => {
    await writeSeedWorkbook(at("rapport.xlsx"));
    const before = await readFile(at("rapport.xlsx"));
    await mkdir(at("upptagen.xlsx")); // a folder where the file should go: the final rename fails
    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--out", at("upptagen.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("kunde inte sparas");
    expect((await readdir(dir)).sort()).toEqual(["rapport.xlsx", "upptagen.xlsx"]);
    expect(await readdir(at("upptagen.xlsx"))).toEqual([]);
    expect(Buffer.compare(await readFile(at("rapport.xlsx")), before)).toBe(0);
  });
});

describe("prognos import-baseline", () => {
  it("stores October, so that November's update shows the change and the arrows", async () => {
    await writeSeedWorkbook(at("rapport.xlsx"), undefined, { october: true });
    const imported = await prognos(["import-baseline", at("rapport.xlsx"), "--range", "Oktober!A4:D9", "--period", "2024-10"]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("Prognosen för 2024-10 (4 verksamhetsområden, per 2024-10-31)");

    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as UpdateJson;
    expect(json.baseline).toEqual({ period: "2024-10", reportDate: "2024-10-31" });
    expect(json.rows.map((row) => [row.baselineDeviation, row.change, row.trend])).toEqual([
      [45000, 6100, "improved"],
      [-58000, -9000, "worsened"],
      [-45000, 0, "unchanged"],
      [58000, 2900, "improved"],
    ]);
    expect(json.total).toMatchObject({ baselineDeviation: 0, change: 0, trend: "unchanged" });
  });

  it("exits 1 with the cell when the range holds bad data, and writes nothing", async () => {
    await writeSeedWorkbook(at("rapport.xlsx"), undefined, { october: true });
    const workbook = await openWorkbook(at("rapport.xlsx"));
    workbook.getWorksheet("Oktober")!.getCell("C6").value = "okänt";
    await workbook.xlsx.writeFile(at("rapport.xlsx"));
    const before = await readFile(at("rapport.xlsx"));
    const run = await prognos(["import-baseline", at("rapport.xlsx"), "--range", "Oktober!A4:D9", "--period", "2024-10", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Oktober!C6: "okänt" is not a number');
    expect(Buffer.compare(await readFile(at("rapport.xlsx")), before)).toBe(0);
  });
});

describe("the example workbook", () => {
  it("updates to the seed's table with every kind of arrow", async () => {
    await copyFile(path.join(__dirname, "../../examples/ekonomisk-rapport-2024-11.xlsx"), at("demo.xlsx"));
    const run = await prognos(["update", at("demo.xlsx"), "--date", "2024-11-30"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Arbetsmarknad och ekonomiskt bistånd\s+56 758\s+1 645 081\s+-1 593 981\s+51 100\s+3,1 %\s+förbättrad/);
    expect(run.stdout).toContain("Jämfört med prognosen per 31 oktober 2024");
    expect(run.stdout).toContain("Controller!E5");
    const workbook = await openWorkbook(at("demo.xlsx"));
    expect(String(workbook.getWorksheet("Oktober")?.getCell("A1").value)).toContain("Exempeldata");
  });
});
