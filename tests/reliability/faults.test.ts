// Fault injection: every sync of an update fails in turn (failSync), and — as real Excel can — every single
// operation of the write batch fails in turn with the operations before it applied. Afterwards the workbook
// must never show a report whose rows are not in the history, and running the update again must repair it.
import type ExcelJS from "exceljs";
import { historyFromValues } from "../../src/engine/history";
import type { CellValue } from "../../src/engine/types";
import { updateForecast, type UpdateOptions } from "../../src/excel";
import { loadWorkbook, saveWorkbook, type HeadlessHost } from "../../src/headless";
import { makeConsistent } from "../fixtures/bad-inputs/builders";
import { buildSeedWorkbookRaw, SEED_CONFIG } from "../fixtures/seedWorkbook";
import { snapshot } from "../excel/snapshot";
import { HOST_EXTREMES, underVariant, variantHost } from "../excel/hostVariants";
import { freezeClock, sameBytes } from "./clock";
import { runRecordingSync, runWithOperationFault } from "./faultyRun";

jest.setTimeout(120_000);
freezeClock();

// The re-run after a correction has a total row that no longer adds up (a `check` warning): given the go-ahead.
const RUN: UpdateOptions = { today: "2024-12-05", now: "2024-12-05T10:00:00.000Z", checks: "write" };
const WRITE_SYNC = 3;

async function seedBytes(): Promise<Uint8Array> {
  const raw = buildSeedWorkbookRaw({ baseline: true, config: SEED_CONFIG });
  makeConsistent(raw);
  return new Uint8Array((await raw.xlsx.writeBuffer()) as ArrayBuffer);
}

async function hostFor(bytes: Uint8Array): Promise<HeadlessHost> {
  return variantHost(await loadWorkbook(bytes));
}

/** November written once; then a colleague corrects Individ och familj's net cost (−67 000 → −57 000). */
async function novemberThenCorrected(): Promise<Uint8Array> {
  const host = await hostFor(await seedBytes());
  expect((await updateForecast(host.run, RUN)).ok).toBe(true);
  host.workbook.getWorksheet("Controller")!.getCell("D6").value = -1879631;
  return saveWorkbook(host.workbook);
}

function rows(sheet: ExcelJS.Worksheet | undefined): CellValue[][] {
  const values: CellValue[][] = [];
  sheet?.eachRow((row) => values.push((row.values as CellValue[]).slice(1).map((value) => value ?? null)));
  return values;
}

/** Report rows on Rapport (label in A, full-year deviation in E, rows 6–9) that the history does not hold for 2024-11. */
function reportRowsWithoutHistory(workbook: ExcelJS.Workbook): string[] {
  const rapport = workbook.getWorksheet("Rapport");
  if (!rapport) return [];
  const history = historyFromValues(rows(workbook.getWorksheet("Prognoshistorik")), "Prognoshistorik", "A1").rows.filter((row) => row.period === "2024-11");
  const missing: string[] = [];
  for (let r = 6; r <= 9; r++) {
    const area = rapport.getCell(`A${r}`).value;
    const deviation = rapport.getCell(`E${r}`).value;
    if (typeof area !== "string" || typeof deviation !== "number") continue;
    const stored = history.find((row) => row.area === area);
    if (!stored || stored.deviation !== deviation * 1000) missing.push(`${area} ${deviation}`);
  }
  return missing;
}

/** "getRange(\"A4:A5\").merge": the last step of the proxy path and the action, enough to find it in write.ts. */
function describeOperation(operation: { path: string; action: string }): string {
  const step = operation.path.split(/\.(?=[a-zA-Z]+\()/).pop() ?? operation.path;
  return `${step.slice(0, 60)}.${operation.action}`;
}

describe.each(HOST_EXTREMES)("on a host with $name", (variant) => {
  underVariant(variant);

  describe.each([
    ["the first update of November", seedBytes],
    ["re-running November after a correction", novemberThenCorrected],
  ])("%s", (_name, start) => {
    let before: Uint8Array;
    let unfailed: Awaited<ReturnType<typeof snapshot>>;
    let writeOperations: Array<{ path: string; action: string }> = [];

    beforeAll(async () => {
      before = await start();
      const host = await hostFor(before);
      const result = await updateForecast(runRecordingSync(host, WRITE_SYNC, (operations) => (writeOperations = operations)), RUN);
      expect(result.ok).toBe(true);
      expect(host.stats.syncs).toBe(WRITE_SYNC);
      unfailed = await snapshot(host.workbook);
    });

    it.each([1, 2, 3])("failSync(%i): the update reports the failure and the saved file is byte-for-byte the old one", async (n) => {
      const host = await hostFor(before);
      const opened = await saveWorkbook(host.workbook);
      host.failSync(n);
      const result = await updateForecast(host.run, RUN);
      expect(result.ok).toBe(false);
      expect(result.errors.map((problem) => [problem.code, problem.params.code])).toEqual([["excelFailed", "GeneralException"]]);
      expect(sameBytes(opened, await saveWorkbook(host.workbook))).toBe(true);
      expect((await updateForecast(host.run, RUN)).ok).toBe(true);
      expect(await snapshot(host.workbook)).toEqual(unfailed);
    });

    it("writes the history before anything of the report, so a batch cut anywhere leaves no report row without its history row", async () => {
      expect(writeOperations.length).toBeGreaterThan(50);
      const broken: string[] = [];
      for (let operation = 0; operation < writeOperations.length; operation++) {
        const host = await hostFor(before);
        const result = await updateForecast(runWithOperationFault(host, { sync: WRITE_SYNC, operation }), RUN);
        expect(result.ok).toBe(false);
        const missing = reportRowsWithoutHistory(await loadWorkbook(await saveWorkbook(host.workbook)));
        if (missing.length > 0) broken.push(`#${operation} ${describeOperation(writeOperations[operation])}: ${missing.length} rows`);
      }
      expect(broken).toEqual([]);
    });

    it("repairs any cut batch when the update is run again", async () => {
      const broken: string[] = [];
      for (let operation = 0; operation < writeOperations.length; operation++) {
        const host = await hostFor(before);
        await updateForecast(runWithOperationFault(host, { sync: WRITE_SYNC, operation }), RUN);
        const again = await updateForecast(host.run, RUN);
        const same = again.ok && JSON.stringify(await snapshot(host.workbook)) === JSON.stringify(unfailed);
        if (!same) broken.push(`#${operation} ${describeOperation(writeOperations[operation])}: ${again.ok ? "differs" : again.errors.map((p) => p.code).join(",")}`);
      }
      expect(broken).toEqual([]);
    });
  });
});
