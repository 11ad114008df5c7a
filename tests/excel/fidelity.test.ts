// Issue 17, item by item: what Excel does where the headless host used to differ (names left as #REF!,
// rows.add shifting the rows below, workbook structure protection, the 5-million-cell get, point fills),
// and what the docs leave open, run under every answer the host can give (tests/excel/hostVariants.ts):
// the adapter must reach the same result under each. docs/excel-fidelity.md says where each is documented.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { HISTORY_HEADERS, HISTORY_SHEET, HISTORY_TABLE, historyToValues } from "../../src/engine/history";
import type { PrognosConfig } from "../../src/engine/types";
import { importBaseline, insertNarrative, readSetup, saveConfig, updateForecast, type UpdateOptions, type UpdateResult } from "../../src/excel";
import { collectSource, getChunks, queueSource } from "../../src/excel/read";
import { createHeadlessHost, DEFAULT_BEHAVIOUR, loadWorkbook, MAX_CELLS_PER_GET, saveWorkbook, type HeadlessHost } from "../../src/headless";
import { HeadlessChartSeries } from "../../src/headless/charts";
import { buildSeedWorkbookRaw, OCTOBER_BASELINE, SEED_CONFIG, type SeedWorkbookOptions } from "../fixtures/seedWorkbook";
import { barsOf, type Bar } from "./chartBars";
import { HOST_VARIANTS, underVariant, variantHost, withReadFallback } from "./hostVariants";
import { snapshot, type WorkbookSnapshot } from "./snapshot";

jest.setTimeout(60_000);

const RUN: UpdateOptions = { today: "2024-12-05", now: "2024-12-05T10:00:00.000Z" };
const GIVEN: UpdateOptions = { ...RUN, config: SEED_CONFIG };

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function seed(options: SeedWorkbookOptions = { baseline: true, config: SEED_CONFIG }): Promise<Uint8Array> {
  return bytesOf(buildSeedWorkbookRaw(options));
}

type MakeHost = (bytes: Uint8Array) => Promise<HeadlessHost>;
const onVariant: MakeHost = async (bytes) => variantHost(await loadWorkbook(bytes));
const onDefault: MakeHost = async (bytes) => createHeadlessHost(await loadWorkbook(bytes), { behaviour: DEFAULT_BEHAVIOUR });

async function names(host: HeadlessHost): Promise<Array<[string, string, string]>> {
  return host.run(async (context) => {
    const items = context.workbook.names.load("items/name,items/value,items/formula");
    await context.sync();
    return items.items.map((item): [string, string, string] => [item.name, String(item.value), item.formula]).sort();
  });
}

interface Outcome {
  results: Array<{ ok: boolean; errors: string[]; warnings: string[] }>;
  workbook: WorkbookSnapshot;
  names: Array<[string, string, string]>;
  bars: Bar[][];
}

async function outcomeOf(host: HeadlessHost, results: Array<{ ok: boolean; errors: { code: string; cell?: string }[]; warnings?: { code: string }[] }>): Promise<Outcome> {
  const saved = await loadWorkbook(await saveWorkbook(host.workbook));
  return {
    results: results.map((r) => ({ ok: r.ok, errors: r.errors.map((p) => `${p.code} ${p.cell ?? ""}`), warnings: (r.warnings ?? []).map((p) => p.code) })),
    workbook: await snapshot(host.workbook),
    names: await names(host),
    bars: host.workbook.worksheets.map((sheet) => host.charts(sheet.name)).flat().map((chart) => barsOf(saved, chart)),
  };
}

/** The workbooks each scenario starts from, and what it does. */
const SCENARIOS: Record<string, (make: MakeHost) => Promise<Outcome>> = {
  "the first update from the pane, with nothing of Prognos' in the workbook yet": async (make) => {
    const host = await make(await seed({ baseline: false }));
    const setup = await readSetup(host.run);
    const update = await updateForecast(host.run, GIVEN);
    return outcomeOf(host, [{ ok: setup.config === null, errors: setup.errors }, update]);
  },
  "updates from the stored configuration, twice": async (make) => {
    const host = await make(await seed());
    return outcomeOf(host, [await updateForecast(host.run, RUN), await updateForecast(host.run, RUN)]);
  },
  "an update after the Rapport sheet was deleted, twice": async (make) => {
    const host = await make(await seed());
    const first = await updateForecast(host.run, RUN);
    await deleteSheet(host, "Rapport");
    return outcomeOf(host, [first, await updateForecast(host.run, RUN), await updateForecast(host.run, RUN)]);
  },
  "areas named like formulas": async (make) => {
    const raw = buildSeedWorkbookRaw({ baseline: true, config: SEED_CONFIG });
    ["=Ekonomi", "-Stab", "+46 8 508 000 00", "@SUM(C5:C8)"].forEach((label, i) => (raw.getWorksheet("Controller")!.getCell(`A${5 + i}`).value = label));
    const host = await make(await bytesOf(raw));
    return outcomeOf(host, [await updateForecast(host.run, RUN)]);
  },
  "a history table with a column of its own and a note below it": async (make) => {
    const host = await make(await historyWithCommentsAndNote());
    return outcomeOf(host, [await updateForecast(host.run, RUN), await updateForecast(host.run, RUN)]);
  },
  "a workbook whose structure is protected": async (make) => {
    const host = await make(await seed({ baseline: false }));
    await protectStructure(host);
    const refused = [await updateForecast(host.run, GIVEN), await saveConfig(host.run, SEED_CONFIG), await importBaseline(host.run, { range: "Controller!A3:F9", period: "2024-10" })];
    return outcomeOf(host, refused);
  },
  "the narrative inserted under the report, and a baseline imported on first use": async (make) => {
    const host = await make(await seed({ baseline: false, config: SEED_CONFIG }));
    const imported = await importBaseline(host.run, { range: "Controller!A3:F9", period: "2024-10", now: RUN.now });
    const before = await insertNarrative(host.run, ["Ingen rapport än."]);
    const update = await updateForecast(host.run, RUN);
    const text = await insertNarrative(host.run, ["Första stycket.", "Andra stycket."]);
    return outcomeOf(host, [imported, before, update, text]);
  },
};

async function deleteSheet(host: HeadlessHost, name: string): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}

async function protectStructure(host: HeadlessHost): Promise<void> {
  await host.run(async (context) => {
    context.workbook.protection.protect();
    await context.sync();
  });
}

/** October in a history table with a "Kommentar" column the user added, and the user's note two rows below it. */
async function historyWithCommentsAndNote(): Promise<Uint8Array> {
  const raw = buildSeedWorkbookRaw({ baseline: false, config: SEED_CONFIG });
  const sheet = raw.addWorksheet(HISTORY_SHEET);
  const rows = historyToValues(OCTOBER_BASELINE).slice(1).map((line, i) => [...line, i === 0 ? "kontrollerad" : ""]);
  sheet.addTable({ name: HISTORY_TABLE, ref: "A1", headerRow: true, columns: [...HISTORY_HEADERS, "Kommentar"].map((name) => ({ name })), rows: rows as ExcelJS.CellValue[][] });
  for (let r = 2; r <= 5; r++) for (const c of [1, 2, 7]) sheet.getCell(r, c).numFmt = "@";
  sheet.getCell("A8").value = "Anteckning under tabellen";
  return bytesOf(raw);
}

const expected = new Map<string, Promise<Outcome>>();
function onDefaultOnce(name: string): Promise<Outcome> {
  if (!expected.has(name)) expected.set(name, SCENARIOS[name](onDefault));
  return expected.get(name) as Promise<Outcome>;
}

describe.each(HOST_VARIANTS)("on a host with $name", (variant) => {
  underVariant(variant);

  it.each(Object.keys(SCENARIOS))("%s: the same result as on the default host", async (name) => {
    expect(await SCENARIOS[name](onVariant)).toEqual(await onDefaultOnce(name));
  });

  describe("1. a name whose sheet was deleted (=#REF!, office-js #263)", () => {
    it("is kept as #REF! by the host, and the next updates repair it and recreate the report", async () => {
      const host = await onVariant(await seed());
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      await deleteSheet(host, "Rapport");
      expect(await names(host)).toEqual([
        ["Prognos_Diagramdata", "#REF!", "=#REF!$I$5:$J$9"],
        ["Prognos_Rapport", "#REF!", "=#REF!$A$1:$G$12"],
        ["Prognos_Rapportblad", "#REF!", "=#REF!$A$1"],
        ["Prognos_Utveckling", "Prognosutveckling!$A$1:$C$30", "=Prognosutveckling!$A$1:$C$30"],
      ]);
      for (const attempt of [1, 2]) {
        const again = await updateForecast(host.run, RUN);
        expect([attempt, again.errors]).toEqual([attempt, []]);
      }
      expect(await names(host)).toEqual([
        ["Prognos_Diagramdata", "Rapport!$I$5:$J$9", "=Rapport!$I$5:$J$9"],
        ["Prognos_Rapport", "Rapport!$A$1:$G$12", "=Rapport!$A$1:$G$12"],
        ["Prognos_Rapportblad", "Rapport!$A$1", "=Rapport!$A$1"],
        ["Prognos_Utveckling", "Prognosutveckling!$A$1:$C$30", "=Prognosutveckling!$A$1:$C$30"],
      ]);
      expect(host.workbook.getWorksheet("Rapport")?.getCell("A10").value).toBe("Nämndens ram");
    });

    it("read from a file that Excel saved after the sheet was deleted", async () => {
      const host = await onVariant(await seed());
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      await deleteSheet(host, "Rapport");
      // As Excel writes them: <definedName name="Prognos_Rapport">#REF!$A$1:$G$12</definedName>.
      const zip = await JSZip.loadAsync(await saveWorkbook(host.workbook));
      // ExcelJS writes the sheet's name quoted, as &apos;#REF&apos; or '#REF' depending on who serialised the part.
      const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(/(?:&apos;|')#REF(?:&apos;|')!/g, "#REF!");
      expect(xml).toContain(">#REF!$A$1:$G$12</definedName>");
      zip.file("xl/workbook.xml", xml);
      const reopened = await onVariant(await zip.generateAsync({ type: "uint8array" }));
      expect((await names(reopened)).map(([name, value]) => [name, value])).toEqual([
        ["Prognos_Diagramdata", "#REF!"],
        ["Prognos_Rapport", "#REF!"],
        ["Prognos_Rapportblad", "#REF!"],
        ["Prognos_Utveckling", "Prognosutveckling!$A$1:$C$30"],
      ]);
      const result = await updateForecast(reopened.run, RUN);
      expect(result.errors).toEqual([]);
      expect(result.outputAddress).toBe("Rapport!A1:G12");
    });
  });

  describe("2. reads that navigate from objects that may not exist", () => {
    it("the first update with the configuration in hand: the same report, in 2 syncs (4 where Excel fails such a navigation)", async () => {
      const host = await onVariant(await seed({ baseline: false }));
      const result = await updateForecast(host.run, GIVEN);
      expect(result.errors).toEqual([]);
      expect(result.outputAddress).toBe("Rapport!A1:G12");
      expect(host.stats.syncs).toBe(withReadFallback(2));
    });

    it("readSetup and insertNarrative on a workbook with nothing of Prognos' in it", async () => {
      const host = await onVariant(await seed({ baseline: false }));
      expect(await readSetup(host.run)).toEqual({ ok: true, config: null, errors: [], history: [] });
      expect((await insertNarrative(host.run, ["Text."])).errors.map((p) => p.code)).toEqual(["noReportYet"]);
    });

    it("a source table or name that is not there", async () => {
      const config: PrognosConfig = { ...SEED_CONFIG, sources: [{ range: "Saknas" }] };
      const host = await onVariant(await seed({ baseline: false }));
      const result = await updateForecast(host.run, { ...RUN, config });
      expect(result.errors.map((p) => [p.code, p.params.name])).toEqual([["sourceNameMissing", "Saknas"]]);
    });
  });

  describe("3. rows.add shifts the rows below; its new rows' format is not documented", () => {
    it("new history rows get text periods and dates, the table's own column stays, and the note below moves down intact", async () => {
      const host = await onVariant(await historyWithCommentsAndNote());
      const result = await updateForecast(host.run, RUN);
      expect(result.errors).toEqual([]);
      const sheet = (await loadWorkbook(await saveWorkbook(host.workbook))).getWorksheet(HISTORY_SHEET)!;
      expect([6, 7, 8, 9].map((r) => [sheet.getCell(r, 1).value, sheet.getCell(r, 2).value, sheet.getCell(r, 8).value ?? null])).toEqual(
        Array(4).fill(["2024-11", "2024-11-30", null]),
      );
      expect(sheet.getCell("H2").value).toBe("kontrollerad");
      expect(sheet.getCell("A8").value).toBe("2024-11");
      expect(sheet.getCell("A12").value).toBe("Anteckning under tabellen");
    });
  });

  describe("4. workbook structure protection (ExcelApi 1.7)", () => {
    it("refuses before writing when a sheet would have to be added, and names the sheets", async () => {
      const host = await onVariant(await seed());
      await protectStructure(host);
      const before = await snapshot(host.workbook);
      const result = await updateForecast(host.run, RUN);
      expect(result.errors.map((p) => [p.code, p.params.sheets])).toEqual([["workbookProtected", "Rapport"]]);
      expect(await snapshot(host.workbook)).toEqual(before);
    });

    it("updates as usual when every sheet it needs is there", async () => {
      const host = await onVariant(await seed());
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      await protectStructure(host);
      expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
    });
  });

  describe("6. chart colours without point fills (office-js #570, #2941)", () => {
    it("every bar in its colour: surplus green, deficit red, from two series of one colour each", async () => {
      const host = await onVariant(await seed());
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      const [chart] = host.charts("Rapport");
      const bars = barsOf(await loadWorkbook(await saveWorkbook(host.workbook)), chart);
      expect(bars.map((bar) => [bar.value, bar.color])).toEqual([
        [51100, "#00B050"],
        [-67000, "#C00000"],
        [-45000, "#C00000"],
        [60900, "#00B050"],
      ]);
      expect(chart.series.flatMap((series) => series.pointFills).every((fill) => fill === null)).toBe(true);
    });
  });
});

describe("5. reads within the documented limits: a get of at most 5 000 000 cells", () => {
  it("cuts a range into runs of whole rows under the limit that cover it", () => {
    const box = { sheet: "Bred", top: 0, left: 0, bottom: 1999, right: 2599 };
    const chunks = getChunks(box);
    expect(chunks.every((chunk) => (chunk.bottom - chunk.top + 1) * 2600 <= MAX_CELLS_PER_GET)).toBe(true);
    expect(chunks.map((chunk) => [chunk.top, chunk.bottom])).toEqual([
      [0, 1922],
      [1923, 1999],
    ]);
    expect(getChunks({ top: 0, left: 0, bottom: 49_999, right: 5 })).toEqual([{ top: 0, left: 0, bottom: 49_999, right: 5 }]);
  });

  describe.each(HOST_VARIANTS.filter((variant) => variant.name.startsWith("overCellLimit") || variant.name.startsWith("the host's")))("on a host with $name", (variant) => {
    underVariant(variant);

    it("reads a source of 2 000 rows and 2 600 columns (5.2 million cells) whole, as Excel on Windows and Mac can", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Bred");
      sheet.getCell("A1").value = "Verksamhetsområde";
      sheet.getCell(2000, 2600).value = 42;
      const host = variantHost(workbook, { maxRequestBytes: Infinity });
      const read = await host.run(async (context) => {
        const handle = queueSource(context, { range: "Bred!A1:CVZ2000" });
        await context.sync();
        return collectSource(handle, [{ name: "Bred", visible: true, protected: false }]);
      });
      expect(read.problem).toBeNull();
      expect(read.data?.values.length).toBe(2000);
      expect([read.data?.values[0][0], read.data?.values[1999][2599]]).toEqual(["Verksamhetsområde", 42]);
    });
  });
});

describe("8. no guards for members Office's proxies always have", () => {
  it("a host without ChartSeries.setXAxisValues (an Excel before ExcelApi 1.7) makes the update fail, with nothing written", async () => {
    const host = await onDefault(await seed());
    const before = await snapshot(host.workbook);
    const original = Object.getOwnPropertyDescriptor(HeadlessChartSeries.prototype, "setXAxisValues") as PropertyDescriptor;
    delete (HeadlessChartSeries.prototype as Partial<HeadlessChartSeries>).setXAxisValues;
    let result: UpdateResult;
    try {
      result = await updateForecast(host.run, RUN);
    } finally {
      Object.defineProperty(HeadlessChartSeries.prototype, "setXAxisValues", original);
    }
    expect(result.ok).toBe(false);
    expect(result.errors.map((p) => p.code)).toEqual(["excelFailed"]);
    expect(await snapshot(host.workbook)).toEqual(before);
  });
});
