// Start-up of the production pane in headless Chromium (Debian's, via playwright-core), beside the floor page
// (bench/floor: the same stack with one Button and one Table) and the preview, in one run and interleaved,
// so that the ratios hold on a noisy machine (issue 20). Each load is a fresh browser context (cold cache),
// unthrottled and with the CPU throttled 4× (Emulation.setCPUThrottlingRate: a municipal laptop). Nothing is
// intercepted: Chromium's host resolver refuses every host but 127.0.0.1, so a load never waits on the
// network, and the refused requests are listed.
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { EXCEL_CLIENT_READY_MARK } from "../src/preview/client/clientMark";
import { startWorkbookServer } from "../src/preview/server/workbookServer";
import { serveDirectory } from "./serve";
import { setUpWorkbook } from "./setUpWorkbook";

const EXAMPLE = path.resolve(__dirname, "../examples/ekonomisk-rapport-2024-11.xlsx");
const EXAMPLE_TODAY = "2024-12-02";
const EXAMPLE_REPORT_DATE = "2024-11-30";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];
export const CPU_RATES = [1, 4] as const;
export type CpuRate = (typeof CPU_RATES)[number];
const READY_TIMEOUT_MS = 30_000;

// The pane's first render is its <main> in #root: the frame in taskpane.html, drawn before any script runs.
// React's first render is the pane's own <main> in its place (Office ready, the workbook being read). It is
// ready when its first tab panel is in the DOM (the workbook's setup read, the controls live). The floor
// has only React's render.
const PANE_MARKS = { firstRender: "#root main", reactRender: '#root main:not([data-testid="pane-frame"])', ready: '#root main [role="tabpanel"]' };
const FLOOR_MARKS = { firstRender: "main table", reactRender: "main table", ready: "main table" };
type Marks = typeof PANE_MARKS;

export interface StartupLoad {
  /** ms from navigation start. */
  domContentLoadedMs: number;
  firstRenderMs: number;
  reactRenderMs: number;
  readyMs: number;
  /** When office.js's Excel client was ready (the preview's shim marks it); null on the floor pages. */
  excelClientMs: number | null;
}

export interface StartupRun {
  rate: CpuRate;
  loads: StartupLoad[];
  medianFirstRenderMs: number;
  medianReactRenderMs: number;
  medianReadyMs: number;
  medianExcelClientMs: number | null;
}

export interface StartupTarget {
  name: "pane" | "pane, set up" | "floor" | "floor with office.js" | "floor with office.js's Excel client" | "preview";
  note: string;
  runs: StartupRun[];
}

export interface StartupBench {
  loadsPerRate: number;
  targets: StartupTarget[];
  /** Requests to other hosts, refused by the host resolver (none is expected). */
  refusedRequests: string[];
  browserVersion: string;
}

declare global {
  interface Window {
    __benchMarks?: { firstRender: number | null; reactRender: number | null; ready: number | null };
  }
}

/** Installed before any page script; a string, since tsx would add its `__name` helper to a function. */
function markScript(marks: Marks): string {
  return `(() => {
    const marks = { firstRender: null, reactRender: null, ready: null };
    window.__benchMarks = marks;
    const observer = new MutationObserver(() => {
      if (marks.firstRender === null && document.querySelector(${JSON.stringify(marks.firstRender)})) marks.firstRender = performance.now();
      if (marks.reactRender === null && document.querySelector(${JSON.stringify(marks.reactRender)})) marks.reactRender = performance.now();
      if (marks.ready === null && document.querySelector(${JSON.stringify(marks.ready)})) {
        marks.ready = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  })();`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A page the bench loads (not Playwright's Page). */
interface BenchPage {
  name: StartupTarget["name"];
  url: string;
  marks: Marks;
  note: string;
}

async function loadOnce(browser: Browser, page: BenchPage, rate: CpuRate, refused: Set<string>): Promise<StartupLoad> {
  const context = await browser.newContext();
  const errors: string[] = [];
  try {
    await context.addInitScript({ content: markScript(page.marks) });
    const tab = await context.newPage();
    tab.on("requestfailed", (request) => {
      const target = new URL(request.url());
      if (target.hostname !== "127.0.0.1" && target.protocol !== "data:") refused.add(`${target.origin}${target.pathname}`);
    });
    tab.on("pageerror", (error) => errors.push(error.message));
    if (rate !== 1) await (await context.newCDPSession(tab)).send("Emulation.setCPUThrottlingRate", { rate });
    await tab.goto(page.url, { waitUntil: "load" });
    try {
      await tab.waitForFunction(() => window.__benchMarks?.ready !== null, undefined, { timeout: READY_TIMEOUT_MS, polling: 50 });
    } catch {
      throw new Error(`${page.url}: no ${page.marks.ready} within ${READY_TIMEOUT_MS / 1000} s${errors.length ? `; page errors: ${errors.slice(0, 3).join(" | ")}` : ""}`);
    }
    return await tab.evaluate((clientMark) => {
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const marks = window.__benchMarks as { firstRender: number; reactRender: number; ready: number };
      const client = performance.getEntriesByName(clientMark)[0];
      return { domContentLoadedMs: navigation.domContentLoadedEventEnd, firstRenderMs: marks.firstRender, reactRenderMs: marks.reactRender, readyMs: marks.ready, excelClientMs: client ? client.startTime : null };
    }, EXCEL_CLIENT_READY_MARK);
  } finally {
    await context.close();
  }
}

export interface StartupBuilds {
  /** dist/ (npm run build). */
  production: string;
  /** dist-preview/ (the preview's scripts). */
  preview: string;
  /** dist-bench/ (bench/floor/webpack.config.js). */
  floor: string;
}

export async function benchStartup(builds: StartupBuilds, loadsPerRate: number, log: (line: string) => void): Promise<StartupBench> {
  for (const file of [path.join(builds.production, "taskpane.html"), path.join(builds.preview, "shim.js"), path.join(builds.floor, "floor/index.html"), path.join(builds.floor, "floor-office/index.html"), path.join(builds.floor, "floor-client/index.html")]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: was the build complete?`);
  }
  // Made before any server starts: a failed update would otherwise leave the first one running.
  const setUpBytes = await setUpWorkbook(EXAMPLE, EXAMPLE_REPORT_DATE, EXAMPLE_TODAY);
  const workbook = await startWorkbookServer({ workbook: EXAMPLE, dist: builds.production, previewAssets: builds.preview, today: EXAMPLE_TODAY });
  const setUp = await startWorkbookServer({ workbook: setUpBytes, dist: builds.production, previewAssets: builds.preview, today: EXAMPLE_TODAY });
  const floor = await serveDirectory(builds.floor);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const origin = new URL(workbook.workbookUrl).origin;
    const pages: BenchPage[] = [
      { name: "pane", url: `${origin}/taskpane.html`, marks: PANE_MARKS, note: "dist/taskpane.html as built for Excel, alone, over office.js's client to the workbook server holding the example workbook as published (no settings: the pane opens on the first run's setup)" },
      {
        name: "pane, set up",
        url: `${new URL(setUp.workbookUrl).origin}/taskpane.html`,
        marks: PANE_MARKS,
        note: "the same over the example after one update (bench/setUpWorkbook.ts: settings, history and report stored), as the economist opens it every month; the pane opens on Rapport",
      },
      { name: "floor", url: `${floor.origin}/floor/index.html`, marks: FLOOR_MARKS, note: "bench/floor: React, Fluent's provider, one Button and one Table, the pane's webpack rules" },
      { name: "floor with office.js", url: `${floor.origin}/floor-office/index.html`, marks: FLOOR_MARKS, note: "the floor page with office.js in <head>, rendered at Office.onReady" },
      {
        name: "floor with office.js's Excel client",
        url: `${floor.origin}/floor-client/index.html`,
        marks: FLOOR_MARKS,
        note: "the floor with office.js, and excel-web-16.00.js in a frame attached at DOM ready as the preview's shim does; rendered when both are ready, the earliest any pane could read the workbook",
      },
      { name: "preview", url: `${origin}/`, marks: PANE_MARKS, note: "npm run preview's page: the same pane beside the sheet view of the workbook server" },
    ];
    const refused = new Set<string>();
    const loads = new Map<string, StartupLoad[]>();
    const key = (page: BenchPage, rate: CpuRate) => `${page.name}@${rate}`;
    log(`startup: ${pages.length} pages × ${CPU_RATES.length} CPU rates × (1 warm-up + ${loadsPerRate} loads), interleaved`);
    for (let round = 0; round <= loadsPerRate; round++) {
      for (const rate of CPU_RATES) {
        for (const page of pages) {
          const load = await loadOnce(browser, page, rate, refused);
          // Round 0 warms the servers and the browser's own caches of its code; it is not counted.
          if (round > 0) loads.set(key(page, rate), [...(loads.get(key(page, rate)) ?? []), load]);
        }
      }
    }
    return {
      loadsPerRate,
      targets: pages.map((page) => ({
        name: page.name,
        note: page.note,
        runs: CPU_RATES.map((rate) => {
          const measured = loads.get(key(page, rate)) ?? [];
          const medianOf = (mark: "firstRenderMs" | "reactRenderMs" | "readyMs") => median(measured.map((load) => load[mark]));
          const clientTimes = measured.flatMap((load) => (load.excelClientMs === null ? [] : [load.excelClientMs]));
          const medianExcelClientMs = clientTimes.length === measured.length && measured.length > 0 ? median(clientTimes) : null;
          return { rate, loads: measured, medianFirstRenderMs: medianOf("firstRenderMs"), medianReactRenderMs: medianOf("reactRenderMs"), medianReadyMs: medianOf("readyMs"), medianExcelClientMs };
        }),
      })),
      refusedRequests: [...refused],
      browserVersion: browser.version(),
    };
  } finally {
    await browser?.close();
    await floor.close();
    await workbook.close();
    await setUp.close();
  }
}
