// The update through office.js's own client (excel-web-16.00.js, in Node) to the workbook server: the
// request and response bodies exactly as office.js puts them on the wire — the figure Excel on the web's
// 5 MB limit applies to — beside the headless host's estimate of the same sync (bench/meter.ts).
import { updateForecast } from "../src/excel";
import { formatProblem } from "../src/i18n";
import { loadOfficeJsInNode } from "../src/preview/client/inNode";
import { officeJsRun, type OfficeJsClient } from "../src/preview/client/officeJsRun";
import { startWorkbookServer } from "../src/preview/server/workbookServer";
import { benchConfig } from "./workbook";

export interface WireMeasure {
  ok: boolean;
  failure: string | null;
  /** ProcessQuery round trips of the update's own syncs. */
  requests: number;
  /** office.js's clean-up after each run (it removes the ranges it kept): one more round trip, small. */
  cleanupRequests: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  cleanupBytes: number;
}

let client: OfficeJsClient | null = null;

export async function measureWire(kind: "stored" | "given", rows: number, bytes: Uint8Array, clock: { today: string; now: string }): Promise<WireMeasure> {
  const server = await startWorkbookServer({ workbook: bytes });
  try {
    client ??= loadOfficeJsInNode();
    const result = await updateForecast(officeJsRun(client, server.workbookUrl), { ...clock, ...(kind === "given" ? { config: benchConfig(rows) } : {}) });
    const own = server.requests.filter((request) => !request.cleanup);
    const cleanups = server.requests.filter((request) => request.cleanup);
    return {
      ok: result.ok,
      failure: result.ok ? null : result.errors.slice(0, 1).map((problem) => formatProblem(problem, "en")).join("") || "update failed without a problem",
      requests: own.length,
      cleanupRequests: cleanups.length,
      maxRequestBytes: own.reduce((max, request) => Math.max(max, request.requestBytes), 0),
      maxResponseBytes: own.reduce((max, request) => Math.max(max, request.responseBytes), 0),
      totalRequestBytes: own.reduce((sum, request) => sum + request.requestBytes, 0),
      totalResponseBytes: own.reduce((sum, request) => sum + request.responseBytes, 0),
      cleanupBytes: cleanups.reduce((sum, request) => sum + request.requestBytes + request.responseBytes, 0),
    };
  } finally {
    await server.close();
  }
}
