// Time from navigation to the pane's first interactive render, in headless Chromium (Debian's, via
// playwright-core), against a static build served from 127.0.0.1. Every load is a fresh browser
// context (cold cache); one warm-up load is not counted. Requests off 127.0.0.1 are blocked, so a
// load never waits on the network.
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { startWorkbookServer } from "../src/preview/server/workbookServer";
import { serveDirectory } from "./serve";

const EXAMPLE = path.resolve(__dirname, "../examples/ekonomisk-rapport-2024-11.xlsx");
const EXAMPLE_TODAY = "2024-12-02";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
// The pane is its <main> landmark (the preview's sheet view has tabs of its own). It is interactive when
// its first tab panel is rendered: the workbook's setup has been read and the controls (primary button,
// date, baseline) are live; before that it shows a spinner. First render: its tab list is drawn.
export const READY_SELECTOR = 'main [role="tabpanel"]';
export const FIRST_RENDER_SELECTOR = 'main [role="tablist"]';
const READY_TIMEOUT_MS = 20_000;

export interface StartupLoad {
  /** ms from navigation start. */
  domContentLoadedMs: number;
  loadMs: number;
  firstRenderMs: number | null;
  interactiveMs: number;
}

export interface StartupBench {
  /** Which build was measured and why (with previewAssets: served by the workbook server, over office.js's client). */
  target: { kind: "preview" | "production"; directory: string; page: string; note: string; previewAssets?: string };
  runs: number;
  loads: StartupLoad[];
  medianInteractiveMs: number;
  medianFirstRenderMs: number | null;
  blockedRequests: string[];
  browserVersion: string;
}

declare global {
  interface Window {
    __benchMarks?: { firstRender: number | null; interactive: number | null };
  }
}

/**
 * Installed before any page script: notes when the pane's frame and its first tab panel enter the DOM.
 * A string, not a function: tsx would add its `__name` helper to a function, which the page lacks.
 */
function markScript(): string {
  return `(() => {
    const marks = { firstRender: null, interactive: null };
    window.__benchMarks = marks;
    const observer = new MutationObserver(() => {
      if (marks.firstRender === null && document.querySelector(${JSON.stringify(FIRST_RENDER_SELECTOR)})) marks.firstRender = performance.now();
      if (marks.interactive === null && document.querySelector(${JSON.stringify(READY_SELECTOR)})) {
        marks.interactive = performance.now();
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

async function loadOnce(browser: Browser, url: string, blocked: Set<string>): Promise<StartupLoad> {
  const context = await browser.newContext();
  const errors: string[] = [];
  try {
    await context.route("**/*", (route) => {
      const target = new URL(route.request().url());
      if (target.hostname === "127.0.0.1" || target.protocol === "data:") return route.continue();
      blocked.add(`${target.origin}${target.pathname}`);
      return route.abort();
    });
    await context.addInitScript({ content: markScript() });
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(url, { waitUntil: "load" });
    try {
      await page.waitForFunction(() => window.__benchMarks?.interactive !== null, undefined, { timeout: READY_TIMEOUT_MS, polling: 50 });
    } catch {
      throw new Error(`${url}: no ${READY_SELECTOR} within ${READY_TIMEOUT_MS / 1000} s${errors.length ? `; page errors: ${errors.slice(0, 3).join(" | ")}` : ""}`);
    }
    return await page.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const marks = window.__benchMarks as { firstRender: number | null; interactive: number };
      return { domContentLoadedMs: navigation.domContentLoadedEventEnd, loadMs: navigation.loadEventEnd, firstRenderMs: marks.firstRender, interactiveMs: marks.interactive };
    });
  } finally {
    await context.close();
  }
}

/**
 * The production pane as the preview serves it (design §5: office.js's client to the workbook server, with the
 * example workbook) when the preview's scripts are built, else the production page outside Office.
 */
export function startupTarget(previewDirectory: string, productionDirectory: string): StartupBench["target"] {
  const production = existsSync(path.join(productionDirectory, "taskpane.html"));
  if (production && existsSync(path.join(previewDirectory, "shim.js"))) {
    return {
      kind: "preview",
      directory: productionDirectory,
      page: "taskpane.html",
      previewAssets: previewDirectory,
      note: `the production pane (${productionDirectory}/taskpane.html, alone) over office.js's client to the workbook server holding the example workbook`,
    };
  }
  if (!production) throw new Error(`neither ${previewDirectory}/shim.js nor ${productionDirectory}/taskpane.html exists`);
  return {
    kind: "production",
    directory: productionDirectory,
    page: "taskpane.html",
    note: `no preview build (${previewDirectory}/shim.js is missing): the production pane outside Office, where office.js resolves onReady with host null`,
  };
}

async function serveTarget(target: StartupBench["target"]): Promise<{ origin: string; close(): Promise<void> }> {
  if (!target.previewAssets) return serveDirectory(target.directory);
  const server = await startWorkbookServer({ workbook: EXAMPLE, dist: target.directory, previewAssets: target.previewAssets, today: EXAMPLE_TODAY });
  return { origin: new URL(server.workbookUrl).origin, close: () => server.close() };
}

export async function benchStartup(target: StartupBench["target"], runs: number, log: (line: string) => void): Promise<StartupBench> {
  const server = await serveTarget(target);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const url = `${server.origin}/${target.page}`;
    const blocked = new Set<string>();
    log(`startup: ${url}, 1 warm-up + ${runs} loads`);
    await loadOnce(browser, url, blocked);
    const loads: StartupLoad[] = [];
    for (let run = 0; run < runs; run++) loads.push(await loadOnce(browser, url, blocked));
    const firstRenders = loads.map((load) => load.firstRenderMs).filter((ms): ms is number => ms !== null);
    return {
      target,
      runs,
      loads,
      medianInteractiveMs: median(loads.map((load) => load.interactiveMs)),
      medianFirstRenderMs: firstRenders.length === loads.length ? median(firstRenders) : null,
      blockedRequests: [...blocked],
      browserVersion: browser.version(),
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}
