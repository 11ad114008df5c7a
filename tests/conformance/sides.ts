// The two ways the adapter meets a workbook in these tests: the headless host's own proxies, and
// office.js's own client (excel-web-16.00.js, run in Node) posting its RichApi requests to the workbook
// server, which runs them on a headless host of its own. Both start from the same .xlsx bytes.
import type ExcelJS from "exceljs";
import type { RunExcel } from "../../src/excel";
import { createHeadlessHost, loadWorkbook, type ChartInfo, type HeadlessHost } from "../../src/headless";
import { loadOfficeJsInNode } from "../../src/preview/client/inNode";
import { officeJsRun, type OfficeJsClient } from "../../src/preview/client/officeJsRun";
import { startWorkbookServer, type WorkbookServer } from "../../src/preview/server/workbookServer";
import { snapshot, type WorkbookSnapshot } from "../excel/snapshot";

export interface Side {
  name: "headless host" | "office.js client";
  run: RunExcel;
  /** The workbook this side changed. */
  host: HeadlessHost;
  /** Round trips that carried operations (the caller's syncs; office.js's clean-up after a run not counted). */
  requests(): number;
  /** context.sync() calls the caller made inside its batches. */
  syncCalls(): number;
  /** The n-th sync from now fails before applying anything. */
  failSync(n: number | null): void;
  close(): Promise<void>;
}

/** Counts the batch's own context.sync() calls (not the one run makes after the batch). */
function countingSyncs(run: RunExcel): { run: RunExcel; calls: () => number } {
  let calls = 0;
  const counted = (<T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    run(async (context) => {
      const sync = context.sync.bind(context);
      let inBatch = true;
      context.sync = (<U>(value?: U) => {
        if (inBatch) calls++;
        return sync(value);
      }) as typeof context.sync;
      try {
        return await batch(context);
      } finally {
        inBatch = false;
      }
    })) as RunExcel;
  return { run: counted, calls: () => calls };
}

export async function headlessSide(bytes: Uint8Array, prepare?: (workbook: ExcelJS.Workbook) => void): Promise<Side> {
  const workbook = await loadWorkbook(bytes);
  prepare?.(workbook);
  const host = createHeadlessHost(workbook);
  const { run, calls } = countingSyncs(host.run);
  return { name: "headless host", run, host, requests: () => host.stats.requests, syncCalls: calls, failSync: (n) => host.failSync(n), close: async () => undefined };
}

let client: OfficeJsClient | null = null;

export async function officeJsSide(bytes: Uint8Array, prepare?: (workbook: ExcelJS.Workbook) => void): Promise<Side & { server: WorkbookServer }> {
  const server = await startWorkbookServer({ workbook: bytes });
  prepare?.(server.host.workbook);
  client ??= loadOfficeJsInNode();
  const { run, calls } = countingSyncs(officeJsRun(client, server.workbookUrl));
  return {
    name: "office.js client",
    run,
    host: server.host,
    server,
    requests: () => server.requests.filter((request) => !request.cleanup).length,
    syncCalls: calls,
    failSync: (n) => server.failSync(n),
    close: () => server.close(),
  };
}

export interface WorkbookPicture {
  snapshot: WorkbookSnapshot;
  charts: Record<string, ChartInfo[]>;
  activeSheet: number | undefined;
  selection: string;
}

/** Everything that must come out the same: cells, formats, merges, names, tables (as saved), charts, the active sheet and the selection. */
export async function picture(side: Side): Promise<WorkbookPicture> {
  const { workbook } = side.host;
  const charts = Object.fromEntries(workbook.worksheets.map((sheet) => [sheet.name, side.host.charts(sheet.name)]));
  const selection = await side.host.run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return range.address;
  });
  return { snapshot: await snapshot(workbook), charts, activeSheet: workbook.views?.[0]?.activeTab, selection };
}
