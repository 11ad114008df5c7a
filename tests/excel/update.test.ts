// updateForecast against the headless host: the seed's report with an October baseline, re-runs,
// the refusals that leave the workbook unchanged, and the sync budget at 5 and 5 000 source rows.
import type ExcelJS from "exceljs";
import { historyFromValues } from "../../src/engine/history";
import type { PrognosConfig } from "../../src/engine/types";
import { insertNarrative, updateForecast, type UpdateOptions } from "../../src/excel";
import { createHeadlessHost, type HeadlessHost } from "../../src/headless";
import { formatProblem } from "../../src/i18n";
import { buildSeedWorkbook, OCTOBER_BASELINE, SEED_CONFIG, type SeedWorkbookOptions } from "../fixtures/seedWorkbook";
import { buildBenchWorkbook } from "../../bench/workbook";
import { barsOf } from "./chartBars";
import { conditionalFormatsOf, reload, snapshot } from "./snapshot";
import { HOST_EXTREMES, underVariant, variantHost, withReadFallback } from "./hostVariants";

const RUN: UpdateOptions = { today: "2024-12-05", now: "2024-12-05T10:00:00.000Z" };

async function seedHost(options: SeedWorkbookOptions = { baseline: true, config: SEED_CONFIG }): Promise<HeadlessHost> {
  return variantHost(await buildSeedWorkbook(options));
}

function historyOf(workbook: ExcelJS.Workbook) {
  const sheet = workbook.getWorksheet("Prognoshistorik");
  if (!sheet) return [];
  const values: (string | number)[][] = [];
  sheet.eachRow((row) => values.push((row.values as (string | number)[]).slice(1)));
  return historyFromValues(values, "Prognoshistorik", "A1").rows;
}

describe.each(HOST_EXTREMES)("on a host with $name", (variant) => {
  underVariant(variant);

  describe("the seed with a stored October baseline", () => {
    let host: HeadlessHost;
    let saved: ExcelJS.Workbook;
    let report: ExcelJS.Worksheet;

    beforeAll(async () => {
      host = await seedHost();
      const result = await updateForecast(host.run, RUN);
      expect(result.errors.map((p) => formatProblem(p))).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.outputAddress).toBe("Rapport!A1:G12");
      saved = await reload(host.workbook);
      report = saved.getWorksheet("Rapport") as ExcelJS.Worksheet;
    });

    it("writes title, subtitle and the two header rows with the seed's merges", () => {
      expect(report.getCell("A1").value).toBe("Budgetavvikelse per verksamhetsområde");
      expect(report.getCell("A1").font?.bold).toBe(true);
      expect(report.getCell("A2").value).toBe("Prognos per den 30 november 2024, tkr");
      expect(["A4", "B4", "C4", "D4", "E4", "E5", "F5"].map((a) => report.getCell(a).value)).toEqual([
        "Verksamhetsområde",
        "Budgetavvikelse jan\u2013nov",
        "Kommunbidrag helår",
        "Prognos nettokostnad helår",
        "Budgetavvikelse helår",
        "Tkr",
        "% av KB",
      ]);
      const merges = (report.model as unknown as { merges: string[] }).merges;
      expect([...merges].sort()).toEqual(["A12:G12", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4"]);
    });

    it("writes every area in source order with values and number formats, cell by cell", () => {
      const rows = [6, 7, 8, 9, 10].map((r) => ["A", "B", "C", "D", "E", "G"].map((c) => report.getCell(`${c}${r}`).value));
      expect(rows).toEqual([
        ["Arbetsmarknad och ekonomiskt bistånd", 56758, 1645081, -1593981, 51100, 1],
        ["Individ och familj", -57338, 1822631, -1889631, -67000, -1],
        ["Boende, tillsyn och service", -38612, 493425, -538425, -45000, 0],
        ["Stab och förvaltningsövergripande kostnader", 70654, 248753, -187853, 60900, -1],
        ["Nämndens ram", 31462, 4209890, -4209890, 0, -1],
      ]);
      expect([6, 7, 8, 9, 10].map((r) => Math.round(Number(report.getCell(`F${r}`).value) * 1000) / 10)).toEqual([3.1, -3.7, -9.1, 24.5, 0]);
      for (let r = 6; r <= 10; r++) {
        expect(report.getCell(`A${r}`).numFmt).toBe("@");
        for (const c of "BCDE") expect(report.getCell(`${c}${r}`).numFmt).toBe("#,##0");
        expect(report.getCell(`F${r}`).numFmt).toBe("0.0%");
      }
    });

    it("makes the total row bold with a top border", () => {
      for (const c of "ABCDEF") {
        expect(report.getCell(`${c}10`).font?.bold).toBe(true);
        expect(report.getCell(`${c}10`).border?.top?.style).toBe("thin");
      }
      expect(report.getCell("A9").font?.bold).toBeFalsy();
    });

    it("puts a ThreeArrows icon set, icons only, thresholds −0.5 and 0.5, on the arrow column", () => {
      const formats = conditionalFormatsOf(report);
      expect(formats).toHaveLength(1);
      expect(formats[0].ref).toBe("G6:G10");
      const rule = formats[0].rules[0] as unknown as { type: string; iconSet: string; showValue: boolean; cfvo: Array<{ type: string; value: number }> };
      expect(rule.type).toBe("iconSet");
      expect(rule.iconSet).toBe("3Arrows");
      expect(rule.showValue).toBe(false);
      expect(rule.cfvo.slice(1)).toEqual([
        { type: "num", value: -0.5 },
        { type: "num", value: 0.5 },
      ]);
    });

    it("names the October baseline's date in the legend", () => {
      expect(String(report.getCell("A12").value)).toContain("per den 31 oktober 2024: grön pil innebär förbättrad prognos");
    });

    it("sizes the columns to fit the longest area name", () => {
      expect(report.getColumn(1).width).toBeGreaterThan(40);
      expect(report.getColumn(7).width).toBeLessThan(6);
    });

    it("adds the bar chart beside the table, green surplus and red deficit as two series without point fills", () => {
      const [chart] = host.charts("Rapport");
      expect(chart).toMatchObject({ name: "Prognosdiagram", type: "BarStacked" });
      expect(chart.series).toEqual([
        { name: "Överskott", fill: "#00B050", values: "Rapport!I6:I9", categories: "Rapport!A6:A9", pointFills: [null, null, null, null] },
        { name: "Underskott", fill: "#C00000", values: "Rapport!J6:J9", categories: "Rapport!A6:A9", pointFills: [null, null, null, null] },
      ]);
      expect(barsOf(saved, chart)).toEqual([
        { label: "Arbetsmarknad och ekonomiskt bistånd", value: 51100, color: "#00B050" },
        { label: "Individ och familj", value: -67000, color: "#C00000" },
        { label: "Boende, tillsyn och service", value: -45000, color: "#C00000" },
        { label: "Stab och förvaltningsövergripande kostnader", value: 60900, color: "#00B050" },
      ]);
      // Over its data (I5:J9), from the header row; first area on top like the table; no legend.
      expect(chart.position).toEqual({ start: "I4", end: "P16" });
      expect(chart).toMatchObject({ categoryAxisReversed: true, legendVisible: false });
    });

    it("stores November in the history and keeps October as it was", () => {
      const history = historyOf(saved);
      expect(history.filter((row) => row.period === "2024-10")).toEqual(OCTOBER_BASELINE);
      expect(history.filter((row) => row.period === "2024-11").map((row) => [row.area, row.deviation])).toEqual([
        ["Arbetsmarknad och ekonomiskt bistånd", 51_100_000],
        ["Individ och familj", -67_000_000],
        ["Boende, tillsyn och service", -45_000_000],
        ["Stab och förvaltningsövergripande kostnader", 60_900_000],
      ]);
      expect(saved.getWorksheet("Prognoshistorik")?.getCell("A6").value).toBe("2024-11");
    });

    it("gives the same workbook and history when run again, and keeps the October baseline", async () => {
      const before = await snapshot(host.workbook);
      const again = await updateForecast(host.run, RUN);
      expect(again.ok).toBe(true);
      expect(again.report?.baseline?.period).toBe("2024-10");
      expect(await snapshot(host.workbook)).toEqual(before);
      expect(host.charts("Rapport")).toHaveLength(1);
    });
  });

  describe("refusals leave the workbook unchanged and name the place", () => {
    async function refuse(host: HeadlessHost, options: UpdateOptions = RUN): Promise<string[]> {
      const before = await snapshot(host.workbook);
      const result = await updateForecast(host.run, options);
      expect(result.ok).toBe(false);
      expect(await snapshot(host.workbook)).toEqual(before);
      return result.errors.map((problem) => formatProblem(problem));
    }

    it("a protected output sheet", async () => {
      const host = await seedHost();
      await host.run(async (context) => {
        context.workbook.worksheets.add("Rapport").protection.protect();
        await context.sync();
      });
      expect(await refuse(host)).toEqual([
        'Rapport!A1: bladet "Rapport" (rapportbladet) är skyddat; ta bort bladskyddet (Granska > Ta bort bladskydd) och uppdatera igen. Inget har ändrats.',
      ]);
    });

    it("a missing source sheet", async () => {
      const config: PrognosConfig = { ...SEED_CONFIG, sources: [{ range: "Budget!A3:F9" }] };
      const host = await seedHost({ baseline: true, config });
      const messages = await refuse(host);
      expect(messages[0]).toBe('Budget!A3:F9: bladet "Budget" finns inte i arbetsboken; välj källområdet på nytt i inställningarna');
    });

    it("a user's cell where the table would go", async () => {
      const host = await seedHost();
      await host.run(async (context) => {
        context.workbook.worksheets.add("Rapport").getRange("C8").values = [["Min anteckning"]];
        await context.sync();
      });
      expect(await refuse(host)).toEqual([
        "Rapport!C8: tabellen skulle skriva över 1 celler som Prognos inte har skrivit (Rapport!C8); töm eller flytta dem, eller välj en annan plats för rapporten. Inget har ändrats.",
      ]);
    });

    it("invalid JSON on the settings sheet", async () => {
      const host = await seedHost();
      host.workbook.getWorksheet("Prognosinställningar")!.getCell("A1").value = "{ version: 1,";
      const messages = await refuse(host);
      expect(messages[0]).toMatch(/^Prognosinställningar!A1: inställningarna är inte giltig JSON/);
    });

    it("a table that would cover its own source", async () => {
      // In a sheet of the user's the legend takes one row per line (no row heights): the table is 4 rows taller.
      const host = await seedHost({ baseline: true, config: { ...SEED_CONFIG, output: { ...SEED_CONFIG.output, sheet: "Controller", anchor: "B5" } } });
      const messages = await refuse(host);
      expect(messages).toContain("Controller!B5:H19: rapporten skulle hamna över källområdet Controller!A3:F9; välj en annan plats för rapporten. Inget har ändrats.");
    });
  });

  describe("re-running after the table moved or shrank", () => {
    it("replaces its own region and leaves a user's cell beside it alone", async () => {
      const host = await seedHost();
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      await host.run(async (context) => {
        context.workbook.worksheets.getItem("Rapport").getRange("H20").values = [["användarens text"]];
        await context.sync();
      });
      const second = await updateForecast(host.run, { ...RUN, config: { ...SEED_CONFIG, sources: [{ range: "Controller!A3:F8" }] } });
      expect(second.errors).toEqual([]);
      const sheet = host.workbook.getWorksheet("Rapport")!;
      expect(sheet.getCell("A10").value).toBe("Nämndens ram");
      expect(sheet.getCell("H20").value).toBe("användarens text");
      expect(host.charts("Rapport")).toHaveLength(1);
    });
  });

  describe("row heights only where the rows are Prognos' (issue 16)", () => {
    it("sets them on the sheet it created, marks the sheet, and keeps doing so after the economist writes beside the report", async () => {
      const host = await seedHost();
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      const sheet = () => host.workbook.getWorksheet("Rapport")!;
      expect(sheet().getRow(1).height).toBe(18);
      expect(host.workbook.definedNames.getRanges("Prognos_Rapportblad").ranges).toEqual(["Rapport!$A$1"]);
      await host.run(async (context) => {
        context.workbook.worksheets.getItem("Rapport").getRange("J30").values = [["användarens text"]];
        await context.sync();
      });
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      expect(sheet().getRow(1).height).toBe(18);
      expect(sheet().getRow(12).height).toBeGreaterThan(15);
      expect(String(sheet().getCell("A12").value)).toMatch(/^Pilar bredvid tabellen .* oförändrad prognos\.$/);
      expect(sheet().getCell("J30").value).toBe("användarens text");
    });

    it("leaves the rows of a sheet of the user's at their heights, and does not mark it", async () => {
      const host = await seedHost({ baseline: true, config: { ...SEED_CONFIG, output: { ...SEED_CONFIG.output, sheet: "Controller", anchor: "I1", chart: false } } });
      const controller = host.workbook.getWorksheet("Controller")!;
      for (let row = 1; row <= 20; row++) controller.getRow(row).height = 16.5;
      const result = await updateForecast(host.run, RUN);
      expect(result.errors).toEqual([]);
      for (let row = 1; row <= 20; row++) expect(controller.getRow(row).height).toBe(16.5);
      expect(controller.getCell("I1").font?.size).not.toBe(13);
      const legend = [12, 13, 14, 15, 16, 17].map((row) => String(controller.getCell(`I${row}`).value ?? "")).filter(Boolean);
      expect(legend.length).toBeGreaterThan(1);
      expect(legend.join(" ")).toMatch(/^Pilar bredvid tabellen .* oförändrad prognos\.$/);
      expect(host.workbook.definedNames.getRanges("Prognos_Rapportblad").ranges).toEqual([]);
    });
  });

  describe("the draft text's rows follow the same rule (issue 16)", () => {
    const DRAFT = ["Första stycket om perioden, så långt att det inte ryms på en rad i tabellens bredd utan att radbrytas.", "Andra stycket."];

    it("keeps the heights of the rows of a sheet of the user's, the text above the table and below it", async () => {
      const host = await seedHost({ baseline: true, config: { ...SEED_CONFIG, output: { ...SEED_CONFIG.output, sheet: "Controller", anchor: "I1", chart: false } } });
      const controller = host.workbook.getWorksheet("Controller")!;
      for (let row = 1; row <= 40; row++) controller.getRow(row).height = 16.5;
      const above = await updateForecast(host.run, { ...RUN, narrative: { paragraphs: DRAFT, replaceEdited: false } });
      expect(above.errors).toEqual([]);
      expect(above.textAddress).toBe("Controller!I1:O2");
      expect(controller.getCell("I1").value).toBe(DRAFT[0]);
      for (let row = 1; row <= 40; row++) expect([row, controller.getRow(row).height]).toEqual([row, 16.5]);
      // Below the table it replaces the text above (a text has one place).
      const below = await insertNarrative(host.run, DRAFT);
      expect(below).toMatchObject({ ok: true, address: "Controller!I20:O21" });
      expect(controller.getCell("I20").value).toBe(DRAFT[0]);
      for (let row = 1; row <= 40; row++) expect([row, controller.getRow(row).height]).toEqual([row, 16.5]);
    });

    it("sets them where the rows are Prognos', so that a long paragraph shows whole", async () => {
      const host = await seedHost();
      expect((await updateForecast(host.run, { ...RUN, narrative: { paragraphs: DRAFT, replaceEdited: false } })).errors).toEqual([]);
      const below = await insertNarrative(host.run, DRAFT);
      const rapport = host.workbook.getWorksheet("Rapport")!;
      const firstBelow = Number(/\d+/.exec(below.address!)![0]);
      expect([rapport.getRow(1).height, rapport.getRow(firstBelow).height]).toEqual([30, 30]);
    });
  });

  describe("a report sheet that is hidden", () => {
    it("gets the report, is not activated (Excel cannot), and the economist is told where it is", async () => {
      const host = await seedHost({ baseline: true, config: { ...SEED_CONFIG, output: { ...SEED_CONFIG.output, sheet: "Gömd", chart: false } } });
      host.workbook.addWorksheet("Gömd", { state: "hidden" });
      const result = await updateForecast(host.run, RUN);
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
      expect(host.workbook.getWorksheet("Gömd")!.getCell("A1").value).toBe("Budgetavvikelse per verksamhetsområde");
      expect(result.warnings.filter((w) => w.code === "reportSheetHidden").map((w) => formatProblem(w))).toEqual([
        "Gömd!A1: bladet Gömd är dolt, så Excel kan inte visa det; rapporten är skriven där. Högerklicka på en bladflik och välj Ta fram för att se den",
      ]);
    });
  });

  describe("history upsert", () => {
    it("replaces only the report's period when a re-run has fewer areas", async () => {
      const host = await seedHost();
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      // Stab is then missing against October (a `check` warning): the economist gave the go-ahead.
    const fewer = await updateForecast(host.run, { ...RUN, checks: "write", config: { ...SEED_CONFIG, sources: [{ range: "Controller!A3:F7" }] } });
      expect(fewer.errors).toEqual([]);
      const history = historyOf(await reload(host.workbook));
      expect(history.filter((row) => row.period === "2024-10")).toEqual(OCTOBER_BASELINE);
      expect(history.filter((row) => row.period === "2024-11").map((row) => row.area)).toEqual([
        "Arbetsmarknad och ekonomiskt bistånd",
        "Individ och familj",
        "Boende, tillsyn och service",
      ]);
      expect(host.workbook.getWorksheet("Prognoshistorik")?.getCell("A9").value).toBeNull();
    });
  });

  describe("area names are text", () => {
    it("writes '=Ekonomi' and '-Stab' as text, not formulas", async () => {
      const workbook = await buildSeedWorkbook({ baseline: false, config: SEED_CONFIG });
      workbook.getWorksheet("Controller")!.getCell("A6").value = "=Ekonomi";
      workbook.getWorksheet("Controller")!.getCell("A7").value = "-Stab";
      const host = variantHost(workbook);
      const result = await updateForecast(host.run, RUN);
      expect(result.errors).toEqual([]);
      const saved = (await reload(host.workbook)).getWorksheet("Rapport")!;
      expect(saved.getCell("A7").value).toBe("=Ekonomi");
      expect(saved.getCell("A8").value).toBe("-Stab");
      expect(saved.getCell("A7").formula).toBeUndefined();
    });
  });

  describe("without any configuration", () => {
    it("finds the seed's table itself and returns the configuration it used", async () => {
      const host = await seedHost({ baseline: true });
      const result = await updateForecast(host.run, { ...RUN, reportDate: "2024-11-30" });
      expect(result.ok).toBe(true);
      expect(result.config?.sources).toEqual([{ range: "Controller!A3:F9" }]);
      expect(host.stats.syncs).toBe(withReadFallback(3)); // no settings sheet yet
      expect(host.workbook.getWorksheet("Prognosinställningar")).toBeUndefined();
    });

    it("stores the configuration when asked", async () => {
      const host = await seedHost({ baseline: true });
      const result = await updateForecast(host.run, { ...RUN, config: SEED_CONFIG, storeConfig: true });
      expect(result.ok).toBe(true);
      const settings = host.workbook.getWorksheet("Prognosinställningar")!;
      expect(settings.state).toBe("hidden");
      expect(JSON.parse(String(settings.getCell("A1").value)).sources).toEqual([{ range: "Controller!A3:F9" }]);
    });
  });
});

describe("sync budget", () => {
  it.each([
    [5, 0],
    [5000, 4996],
  ])("%d source rows: 3 syncs with the stored configuration, 2 when the caller holds it", async (_rows, extraRows) => {
    const stored = await seedHost({ baseline: true, config: SEED_CONFIG, extraRows });
    const config: PrognosConfig = { ...SEED_CONFIG, sources: [{ range: `Controller!A3:F${9 + extraRows}` }] };
    await stored.run(async (context) => {
      context.workbook.worksheets.getItem("Prognosinställningar").getRange("A1").values = [[JSON.stringify(config)]];
      await context.sync();
    });
    stored.resetStats();
    const fromSheet = await updateForecast(stored.run, RUN);
    expect(fromSheet.errors).toEqual([]);
    expect(fromSheet.report?.rows).toHaveLength(4 + extraRows);
    expect(stored.stats.syncs).toBe(3);
    expect(stored.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);

    const given = await seedHost({ baseline: true, extraRows });
    given.resetStats();
    const fromCaller = await updateForecast(given.run, { ...RUN, config });
    expect(fromCaller.ok).toBe(true);
    expect(given.stats.syncs).toBe(2);
  }, 120_000);
});

describe("a source too large to read its number formats as well", () => {
  test("is read as values only, in at most 3 syncs with every response under 5 MB, and says so", async () => {
    // 50 000 detail rows of ten areas, as the benchmark builds them (values alone are about 3 MB).
    const host = createHeadlessHost(buildBenchWorkbook(50_000, { storedConfig: true }));
    const result = await updateForecast(host.run, { today: "2024-12-05", now: "2024-12-05T10:00:00.000Z" });
    expect(result.errors).toEqual([]);
    expect(host.stats.syncs).toBeLessThanOrEqual(3);
    expect(host.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(result.warnings.map((warning) => warning.code)).toContain("formatsNotRead");
  });
});
