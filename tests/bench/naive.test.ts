// The naive reference must do the same update as Prognos, only row by row: same report cells, same
// history, and exactly one sync per row read and written. Sizes are small; nothing here is timed.
import type ExcelJS from "exceljs";
import { naiveUpdate } from "../../bench/naive";
import { meter, totals } from "../../bench/meter";
import { benchWorkbookBytes } from "../../bench/workbook";
import { updateForecast } from "../../src/excel";
import { createHeadlessHost, loadWorkbook } from "../../src/headless";

const TODAY = "2024-12-05";
const NOW = "2024-12-05T08:00:00.000Z";

/** Rows that hold a value, by row number (formats left on empty cells do not count). */
function sheetValues(workbook: ExcelJS.Workbook, name: string): Record<number, unknown[]> {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: Record<number, unknown[]> = {};
  sheet.eachRow({ includeEmpty: false }, (row, index) => {
    const values = (row.values as unknown[]).slice(1);
    if (values.some((value) => value !== null && value !== undefined)) rows[index] = values;
  });
  return rows;
}

describe.each([5, 37])("naive update over %d source rows", (rows) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await benchWorkbookBytes(rows, { storedConfig: true });
  });

  it("writes the report and the history exactly as updateForecast does", async () => {
    const product = createHeadlessHost(await loadWorkbook(bytes));
    const naive = createHeadlessHost(await loadWorkbook(bytes));
    const expected = await updateForecast(product.run, { today: TODAY, now: NOW });
    const result = await naiveUpdate(naive.run, { today: TODAY, now: NOW });
    expect(expected.ok).toBe(true);
    expect(result).toMatchObject({ ok: true, failure: null });
    expect(sheetValues(naive.workbook, "Rapport")).toEqual(sheetValues(product.workbook, "Rapport"));
    expect(sheetValues(naive.workbook, "Prognoshistorik")).toEqual(sheetValues(product.workbook, "Prognoshistorik"));
  });

  it("pays one sync per row read and per row written", async () => {
    const host = createHeadlessHost(await loadWorkbook(bytes));
    const result = await naiveUpdate(host.run, { today: TODAY, now: NOW });
    const areas = result.report?.rows.length ?? 0;
    const historyRows = 1 + areas; // header + October's rows, one per area
    const sourceRows = 2 + rows + 1; // two header rows, the detail rows, the total row
    const reportRows = 5 + areas + 1 + 2; // title block and headers, areas, total, gap and legend
    const fixed = 1 + 1 + 1 + 1; // settings, history address, output sheet, formatting batch
    expect(host.stats.syncs).toBe(fixed + historyRows + sourceRows + reportRows + areas);
  });
});

describe("meter", () => {
  it("counts the same syncs and largest payloads as the host's own counters", async () => {
    const bytes = await benchWorkbookBytes(40, { storedConfig: true });
    const plain = createHeadlessHost(await loadWorkbook(bytes));
    const metered = createHeadlessHost(await loadWorkbook(bytes));
    const recorder = meter(metered);
    await updateForecast(plain.run, { today: TODAY, now: NOW });
    await updateForecast(recorder.run, { today: TODAY, now: NOW });
    const counted = totals(recorder.syncs);
    expect(counted).toMatchObject({
      syncs: plain.stats.syncs,
      requests: plain.stats.requests,
      maxRequestBytes: plain.stats.maxRequestBytes,
      maxResponseBytes: plain.stats.maxResponseBytes,
    });
    expect(counted.totalRequestBytes).toBeGreaterThanOrEqual(counted.maxRequestBytes);
    expect(recorder.syncs.reduce((sum, sync) => sum + sync.operations, 0)).toBe(plain.stats.operations);
  });

  it("records the sync that went over the payload limit", async () => {
    const bytes = await benchWorkbookBytes(400, { storedConfig: true });
    const host = createHeadlessHost(await loadWorkbook(bytes), { maxRequestBytes: 20_000 });
    const recorder = meter(host);
    const result = await updateForecast(recorder.run, { today: TODAY, now: NOW });
    expect(result.ok).toBe(false);
    expect(totals(recorder.syncs).maxResponseBytes).toBeGreaterThan(20_000);
  });
});
