// The data-loss guard: an update or baseline import in place that would drop what a save through ExcelJS
// cannot write (here LibreOffice's chart, tests/fixtures/bad-inputs/libreoffice/) is refused with exit 1 and
// nothing written; --out writes a copy with a warning, --force goes ahead in place, --dry-run only reports.
import JSZip from "jszip";
import { readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { ImportJson, UpdateJson } from "../../src/cli/json";
import { describeLost, lossLines, MAX_LISTED_PARTS } from "../../src/cli/lossGuard";
import { partsLostOnSave } from "../../src/headless/lossCheck";
import { ensureCliBuilt, openWorkbook, prognos, tempFolder, writeSeedWorkbook } from "./prognos";

jest.setTimeout(180_000);

const FIXTURE = path.join(__dirname, "../fixtures/bad-inputs/libreoffice/lossy-chart-comment.xlsx");

let dir: string;
let cleanup: () => Promise<void>;
let fixtureLost: string[];

beforeAll(async () => {
  await ensureCliBuilt();
  fixtureLost = await partsLostOnSave(await readFile(FIXTURE));
});
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
});
afterEach(async () => {
  await cleanup();
});

const at = (name: string) => path.join(dir, name);

/** The seed workbook (an update succeeds on it) carrying the fixture's chart and drawing parts. */
async function seedWithChart(file: string): Promise<Uint8Array> {
  await writeSeedWorkbook(file);
  const seed = await JSZip.loadAsync(await readFile(file));
  const lossy = await JSZip.loadAsync(await readFile(FIXTURE));
  for (const part of fixtureLost) seed.file(part, await lossy.file(part)!.async("uint8array"));
  const bytes = await seed.generateAsync({ type: "uint8array" });
  await writeFile(file, bytes);
  return bytes;
}

describe("describeLost", () => {
  it("names each kind with its parts, in Swedish and English", () => {
    const lost = ["xl/charts/chart1.xml", "xl/vbaProject.bin"];
    expect(describeLost(lost, "sv")).toBe("diagram (xl/charts/chart1.xml), makron (VBA) (xl/vbaProject.bin)");
    expect(describeLost(lost, "en")).toBe("chart (xl/charts/chart1.xml), macros (VBA) (xl/vbaProject.bin)");
  });

  it("lists at most eight parts and counts the rest", () => {
    const charts = Array.from({ length: 10 }, (_, i) => `xl/charts/chart${i + 1}.xml`);
    const text = describeLost([...charts, "xl/pivotTables/pivotTable1.xml"], "sv");
    expect(text.match(/xl\//g)).toHaveLength(MAX_LISTED_PARTS);
    expect(text).toContain("pivottabell");
    expect(text).toMatch(/och 3 till$/);
  });
});

describe("lossLines", () => {
  const lost = ["xl/charts/chart1.xml"];
  it("calls a forced save over the file read a forced one, also when --out names that file", () => {
    const lines = lossLines({ refuse: false, lost, inPlace: true }, { workbook: "a.xlsx", out: "./a.xlsx", force: true, dryRun: false }, "en");
    expect(lines).toEqual([expect.stringContaining("Warning (--force): a.xlsx is saved without")]);
  });
  it("says the original keeps everything when a copy is written, and nothing when nothing is lost", () => {
    const target = { workbook: "a.xlsx", out: "b.xlsx", force: false, dryRun: false };
    expect(lossLines({ refuse: false, lost, inPlace: false }, target, "sv")).toEqual([expect.stringContaining("a.xlsx är orörd och har kvar allt")]);
    expect(lossLines({ refuse: false, lost: [], inPlace: false }, target, "sv")).toEqual([]);
  });
});

describe("prognos update on a workbook with a chart", () => {
  it("refuses in place: exit 1, the file byte for byte unchanged, the kinds listed and --out or Excel suggested", async () => {
    const file = at("diagram.xlsx");
    await writeFile(file, await readFile(FIXTURE));
    const before = await readFile(file);
    const run = await prognos(["update", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("diagram (xl/charts/chart1.xml");
    expect(run.stderr).toContain("--out ny.xlsx");
    expect(run.stderr).toContain("tillägget Prognos");
    expect(Buffer.compare(await readFile(file), before)).toBe(0);
  });

  it("refuses in English, and in --json as an error with lostOnSave", async () => {
    const file = at("diagram.xlsx");
    await writeFile(file, await readFile(FIXTURE));
    const run = await prognos(["update", file, "--json", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("chart (xl/charts/chart1.xml");
    expect(run.stderr).toContain("--out new.xlsx");
    const json = JSON.parse(run.stdout) as UpdateJson;
    expect(json.errors).toEqual([{ code: "lostOnSave", severity: "error", cell: null, message: expect.stringContaining("chart") }]);
    expect(json.lostOnSave).toEqual(fixtureLost);
    expect(json.rows).toEqual([]);
  });

  it("refuses --out naming the same file", async () => {
    const file = at("rapport.xlsx");
    const bytes = await seedWithChart(file);
    const run = await prognos(["update", "rapport.xlsx", "--out", file], { cwd: dir });
    expect(run.code).toBe(1);
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
  });

  it("writes a copy with --out, warns on stderr and in --json, and leaves the original untouched", async () => {
    const file = at("rapport.xlsx");
    const bytes = await seedWithChart(file);
    const run = await prognos(["update", file, "--out", at("kopia.xlsx"), "--date", "2024-11-30", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("Varning");
    expect(run.stderr).toContain("diagram");
    const json = JSON.parse(run.stdout) as UpdateJson;
    expect(json.errors).toEqual([]);
    expect(json.lostOnSave).toEqual(fixtureLost);
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
    expect((await openWorkbook(at("kopia.xlsx"))).getWorksheet("Rapport")).toBeDefined();
    expect(await partsLostOnSave(await readFile(at("kopia.xlsx")))).toEqual([]); // the chart is gone from the copy
  });

  it("updates in place with --force, after the warning", async () => {
    const file = at("rapport.xlsx");
    await seedWithChart(file);
    const run = await prognos(["update", file, "--force", "--date", "2024-11-30"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("--force");
    expect(run.stderr).toContain("diagram");
    expect((await openWorkbook(file)).getWorksheet("Rapport")).toBeDefined();
  });

  it("reports the loss with --dry-run without refusing, and writes nothing", async () => {
    const file = at("rapport.xlsx");
    const bytes = await seedWithChart(file);
    const run = await prognos(["update", file, "--dry-run", "--date", "2024-11-30", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("diagram");
    expect((JSON.parse(run.stdout) as UpdateJson).lostOnSave).toEqual(fixtureLost);
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
  });

  it("reports the loss with --dry-run also when the data has errors", async () => {
    const file = at("diagram.xlsx");
    await writeFile(file, await readFile(FIXTURE)); // no table with grant and forecast: a data error
    const run = await prognos(["update", file, "--dry-run", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no table with grant and forecast");
    expect(run.stderr).toContain("Saving would drop what the command line cannot save: chart (xl/charts/chart1.xml");
  });

  it("says nothing and lists nothing for a workbook without such parts", async () => {
    const file = at("rapport.xlsx");
    await writeSeedWorkbook(file);
    const run = await prognos(["update", file, "--date", "2024-11-30", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as UpdateJson).lostOnSave).toEqual([]);
  });
});

describe("prognos import-baseline on a workbook with a chart", () => {
  it("refuses in place and writes with --out", async () => {
    const file = at("rapport.xlsx");
    const bytes = await seedWithChart(file);
    const args = ["import-baseline", file, "--range", "Controller!A3:F9", "--period", "2024-10"];
    const refused = await prognos([...args, "--json"]);
    expect(refused.code).toBe(1);
    const json = JSON.parse(refused.stdout) as ImportJson;
    expect(json.errors.map((error) => error.code)).toEqual(["lostOnSave"]);
    expect(json.lostOnSave).toEqual(fixtureLost);
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);

    const copied = await prognos([...args, "--out", at("kopia.xlsx")]);
    expect(copied.code).toBe(0);
    expect(copied.stderr).toContain("Varning");
    expect((await openWorkbook(at("kopia.xlsx"))).getWorksheet("Prognoshistorik")).toBeDefined();
  });
});
