// The pane's smaller operations against the headless host, each within two syncs.
import type { PrognosConfig } from "../../src/engine/types";
import {
  deleteHistoryPeriod,
  detectSourceFromSelection,
  getSelectionAddress,
  importBaseline,
  insertNarrative,
  readSetup,
  saveConfig,
  selectCell,
  updateForecast,
} from "../../src/excel";
import type { HeadlessHost } from "../../src/headless";
import { HOST_EXTREMES, underVariant, variantHost, withReadFallback } from "./hostVariants";
import { formatProblem } from "../../src/i18n";
import { buildSeedWorkbook, OCTOBER_BASELINE, SEED_CONFIG, type SeedWorkbookOptions } from "../fixtures/seedWorkbook";
import { snapshot } from "./snapshot";

const RUN = { today: "2024-12-05", now: "2024-12-05T10:00:00.000Z" };

async function seedHost(options: SeedWorkbookOptions = { baseline: true, config: SEED_CONFIG }): Promise<HeadlessHost> {
  const host = variantHost(await buildSeedWorkbook(options));
  host.resetStats();
  return host;
}

describe.each(HOST_EXTREMES)("on a host with $name", (variant) => {
  underVariant(variant);

  describe("readSetup and saveConfig", () => {
    it("reads the stored configuration and the history's periods in one sync", async () => {
      const host = await seedHost();
      const setup = await readSetup(host.run);
      expect(setup.errors).toEqual([]);
      expect(setup.config?.sources).toEqual([{ range: "Controller!A3:F9" }]);
      expect(setup.history).toEqual([{ period: "2024-10", reportDate: "2024-10-31", areas: 4, savedAt: OCTOBER_BASELINE[0].savedAt, grant: 4_209_890_000, outcome: false }]);
      expect(host.stats.syncs).toBe(1);
    });

    it("stores a configuration on a new hidden sheet and reads it back", async () => {
      const host = await seedHost({ baseline: false });
      const config: PrognosConfig = { ...SEED_CONFIG, tolerance: 50, output: { ...SEED_CONFIG.output, anchor: "B2" } };
      expect(await saveConfig(host.run, config)).toEqual({ ok: true, errors: [] });
      expect(host.stats.syncs).toBe(2);
      expect(host.workbook.getWorksheet("Prognosinställningar")?.state).toBe("hidden");
      expect((await readSetup(host.run)).config).toEqual(config);
    });

    it("refuses an invalid configuration without touching the workbook", async () => {
      const host = await seedHost();
      const before = await snapshot(host.workbook);
      const result = await saveConfig(host.run, { ...SEED_CONFIG, tolerance: -1 });
      expect(result.ok).toBe(false);
      expect(result.errors[0].code).toBe("configNegative");
      expect(await snapshot(host.workbook)).toEqual(before);
    });
  });

  describe("importBaseline", () => {
    it("stores a selected table as the history of a period, then baselines the update on it", async () => {
      const host = await seedHost({ baseline: false, config: SEED_CONFIG });
      const imported = await importBaseline(host.run, { range: "Controller!A3:F9", period: "2024-10", now: "2024-11-08T09:00:00.000Z" });
      expect(imported.errors).toEqual([]);
      expect(imported.rows.map((row) => [row.period, row.reportDate, row.area, row.deviation])).toEqual([
        ["2024-10", "2024-10-31", "Arbetsmarknad och ekonomiskt bistånd", 51_100_000],
        ["2024-10", "2024-10-31", "Individ och familj", -67_000_000],
        ["2024-10", "2024-10-31", "Boende, tillsyn och service", -45_000_000],
        ["2024-10", "2024-10-31", "Stab och förvaltningsövergripande kostnader", 60_900_000],
      ]);
      expect(host.stats.syncs).toBe(withReadFallback(2)); // no history table yet
      const update = await updateForecast(host.run, RUN);
      expect(update.report?.baseline).toEqual({ period: "2024-10", reportDate: "2024-10-31" });
      expect(update.report?.rows.map((row) => row.trend)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    });

    it("refuses to overwrite a stored period unless told, and then replaces only that period", async () => {
      const host = await seedHost();
      const before = await snapshot(host.workbook);
      const refused = await importBaseline(host.run, { range: "Controller!A3:F9", period: "2024-10" });
      expect(refused.ok).toBe(false);
      expect(formatProblem(refused.errors[0])).toBe(
        "Prognoshistorik!A1:G5: prognoshistoriken har redan 4 rader för 2024-10; välj att ersätta dem eller ange en annan period",
      );
      expect(await snapshot(host.workbook)).toEqual(before);
      const replaced = await importBaseline(host.run, { range: "Controller!A3:F9", period: "2024-10", replace: true, now: "2024-12-01T08:00:00.000Z" });
      expect(replaced.ok).toBe(true);
      expect((await readSetup(host.run)).history).toEqual([{ period: "2024-10", reportDate: "2024-10-31", areas: 4, savedAt: "2024-12-01T08:00:00.000Z", grant: 4_209_890_000, outcome: false }]);
    });

    it("names a missing sheet", async () => {
      const host = await seedHost();
      const result = await importBaseline(host.run, { range: "Oktober!A1:D6", period: "2024-10" });
      expect(result.errors.map((p) => formatProblem(p))).toEqual(['Oktober!A1:D6: bladet "Oktober" finns inte i arbetsboken; välj källområdet på nytt i inställningarna']);
    });
  });

  describe("deleteHistoryPeriod", () => {
    it("removes one period and keeps the others", async () => {
      const host = await seedHost();
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      host.resetStats();
      const result = await deleteHistoryPeriod(host.run, "2024-10");
      expect(result).toEqual({ ok: true, removed: 4, errors: [] });
      expect(host.stats.syncs).toBe(2);
      expect((await readSetup(host.run)).history.map((entry) => entry.period)).toEqual(["2024-11"]);
    });

    it("says so when the period is not stored", async () => {
      const host = await seedHost();
      const result = await deleteHistoryPeriod(host.run, "2023-01");
      expect(result.ok).toBe(false);
      expect(result.errors[0].code).toBe("historyPeriodMissing");
    });
  });

  describe("selection", () => {
    it("reads the selection's address and selects a named cell", async () => {
      const host = await seedHost();
      host.select("Controller!A3:F9");
      expect(await getSelectionAddress(host.run)).toEqual({ ok: true, address: "Controller!A3:F9", errors: [] });
      expect(await selectCell(host.run, "Controller!C7")).toBe(true);
      expect((await getSelectionAddress(host.run)).address).toBe("Controller!C7");
      expect(await selectCell(host.run, "Saknas!A1")).toBe(false);
    });

    it("detects the source, its mapping, unit and signs from the selection (or the sheet around one cell)", async () => {
      const host = await seedHost();
      for (const selection of ["Controller!A3:F9", "Controller!B5"]) {
        host.select(selection);
        host.resetStats();
        const found = await detectSourceFromSelection(host.run);
        expect(found.errors).toEqual([]);
        expect(found.source).toEqual({ range: "Controller!A3:F9" });
        expect(found.detected).toMatchObject({
          columns: { area: "A", periodDeviation: "B", grant: "C", forecastNetCost: "D", reportedDeviation: "E", reportedPct: "F" },
          unit: "tkr",
          signs: { grant: "positive", netCost: "negative" },
        });
        // For setup's summary: four areas and the committee's total row, by its own label.
        expect(found.rows).toEqual({ areas: 4, totals: ["Nämndens ram"] });
        expect(host.stats.syncs).toBe(1);
      }
    });
  });

  describe("insertNarrative", () => {
    it("puts the paragraphs under the legend, replaces them on a second call, and the next update clears them", async () => {
      const host = await seedHost();
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      host.resetStats();
      const first = await insertNarrative(host.run, ["Första stycket.", "Andra stycket.", "Tredje stycket."]);
      expect(first).toEqual({ ok: true, address: "Rapport!A14:G16", errors: [] });
      // The region from the names collection, then the cells below it (no navigation from a name that may be gone), then the write.
      expect(host.stats.syncs).toBe(3);
      const sheet = host.workbook.getWorksheet("Rapport")!;
      expect(["A14", "A15", "A16"].map((a) => sheet.getCell(a).value)).toEqual(["Första stycket.", "Andra stycket.", "Tredje stycket."]);

      const second = await insertNarrative(host.run, ["Ny text."]);
      expect(second.address).toBe("Rapport!A14:G14");
      expect(["A14", "A15", "A16"].map((a) => sheet.getCell(a).value)).toEqual(["Ny text.", null, null]);

      const again = await updateForecast(host.run, RUN);
      expect(again.ok).toBe(true);
      expect(sheet.getCell("A14").value).toBeNull();
    });

    it("stops at a user's cell under the legend", async () => {
      const host = await seedHost();
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      host.workbook.getWorksheet("Rapport")!.getCell("C15").value = "egen anteckning";
      const result = await insertNarrative(host.run, ["Ett.", "Två."]);
      expect(result.ok).toBe(false);
      expect(result.errors[0]).toMatchObject({ code: "cellsInTheWay", cell: "Rapport!C15" });
    });

    it("needs a report first", async () => {
      const host = await seedHost();
      expect((await insertNarrative(host.run, ["Text."])).errors[0].code).toBe("noReportYet");
    });
  });
});
