// Idempotency and concurrency: twenty updates in a row change nothing after the first; two updates of
// different periods started together end as if run one after the other, in the order they were started.
import type ExcelJS from "exceljs";
import { historyFromValues } from "../../src/engine/history";
import type { CellValue, HistoryRow } from "../../src/engine/types";
import { updateForecast, type UpdateOptions } from "../../src/excel";
import { loadWorkbook, type HeadlessHost } from "../../src/headless";
import { makeConsistent } from "../fixtures/bad-inputs/builders";
import { buildSeedWorkbookRaw, SEED_CONFIG } from "../fixtures/seedWorkbook";
import { snapshot } from "../excel/snapshot";
import { HOST_EXTREMES, underVariant, variantHost } from "../excel/hostVariants";

jest.setTimeout(60_000);

const NOVEMBER: UpdateOptions = { reportDate: "2024-11-30", today: "2025-01-05", now: "2025-01-05T10:00:00.000Z" };
// December over November's figures asks first (same figures, headers "jan-nov"): here with the go-ahead.
const DECEMBER: UpdateOptions = { reportDate: "2024-12-31", today: "2025-01-05", now: "2025-01-05T10:00:00.000Z", checks: "write" };

async function seedHost(): Promise<HeadlessHost> {
  const raw = buildSeedWorkbookRaw({ baseline: true, config: SEED_CONFIG });
  makeConsistent(raw);
  return variantHost(await loadWorkbook(new Uint8Array((await raw.xlsx.writeBuffer()) as ArrayBuffer)));
}

function history(workbook: ExcelJS.Workbook): HistoryRow[] {
  const values: CellValue[][] = [];
  workbook.getWorksheet("Prognoshistorik")?.eachRow((row) => values.push((row.values as CellValue[]).slice(1).map((value) => value ?? null)));
  const read = historyFromValues(values, "Prognoshistorik", "A1");
  expect(read.errors).toEqual([]);
  return read.rows;
}

function countBy(rows: HistoryRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[`${row.period} ${row.area}`] = (counts[`${row.period} ${row.area}`] ?? 0) + 1;
  return counts;
}

describe.each(HOST_EXTREMES)("on a host with $name", (variant) => {
  underVariant(variant);

  describe("twenty updates in a row", () => {
    let host: HeadlessHost;
    let afterFirst: Awaited<ReturnType<typeof snapshot>>;

    beforeAll(async () => {
      host = await seedHost();
      expect((await updateForecast(host.run, NOVEMBER)).ok).toBe(true);
      afterFirst = await snapshot(host.workbook);
      for (let run = 2; run <= 20; run++) {
        const result = await updateForecast(host.run, { ...NOVEMBER, now: `2025-01-05T10:${String(run).padStart(2, "0")}:00.000Z` });
        expect(result.errors).toEqual([]);
      }
    });

    it("keep one history row per period and area, with the last run's time", () => {
      const rows = history(host.workbook);
      expect(Object.values(countBy(rows))).toEqual(Array(8).fill(1));
      expect(new Set(rows.filter((row) => row.period === "2024-11").map((row) => row.savedAt))).toEqual(new Set(["2025-01-05T10:20:00.000Z"]));
      expect(rows.filter((row) => row.period === "2024-10").map((row) => row.savedAt)).toEqual(Array(4).fill("2024-11-08T09:30:00.000Z"));
    });

    it("keep one report, one development sheet (October and November), one chart on each and the same names", async () => {
      expect(host.workbook.worksheets.map((sheet) => sheet.name).sort()).toEqual(["Controller", "Prognoshistorik", "Prognosinställningar", "Prognosutveckling", "Rapport"]);
      expect(host.charts("Rapport")).toHaveLength(1);
      expect(host.charts("Prognosutveckling")).toHaveLength(1);
      const saved = await snapshot(host.workbook);
      expect(saved.names).toEqual(afterFirst.names);
      for (const name of ["Rapport", "Prognosutveckling"]) expect(saved.sheets.find((sheet) => sheet.name === name)).toEqual(afterFirst.sheets.find((sheet) => sheet.name === name));
    });
  });

  describe("two updates of different periods, started together", () => {
    it("end as November then December run one after the other", async () => {
      const sequential = await seedHost();
      expect((await updateForecast(sequential.run, NOVEMBER)).ok).toBe(true);
      expect((await updateForecast(sequential.run, DECEMBER)).ok).toBe(true);

      const host = await seedHost();
      const [november, december] = await Promise.all([updateForecast(host.run, NOVEMBER), updateForecast(host.run, DECEMBER)]);
      expect([november.errors, december.errors]).toEqual([[], []]);
      expect(countBy(history(host.workbook))).toEqual(countBy(history(sequential.workbook)));
      expect(history(host.workbook)).toEqual(history(sequential.workbook));
      expect(december.report?.baseline?.period).toBe("2024-11");
      expect(await snapshot(host.workbook)).toEqual(await snapshot(sequential.workbook));
    });

    it("can interleave on the host: two runs' syncs alternate (the premise of the test above)", async () => {
      const host = await seedHost();
      const order: string[] = [];
      const batch = (name: string) =>
        host.run(async (context) => {
          for (let step = 1; step <= 3; step++) {
            context.workbook.worksheets.load("items/name");
            await context.sync();
            order.push(`${name}${step}`);
          }
        });
      await Promise.all([batch("a"), batch("b")]);
      expect(order).toEqual(["a1", "b1", "a2", "b2", "a3", "b3"]);
    });
  });
});
