// The e2e harness: the production build and the preview's scripts built once (as `npm run preview` builds
// them), a workbook server per page, Debian's Chromium through playwright-core, and the clicks a user makes.
// The pane under test is the production taskpane.html; its Excel.run is office.js's own client, whose
// batches go to the page's workbook server (src/preview/server), which runs them on the headless host.
//
// The API other test files build on (keep it stable):
//   buildPreview()                    the builds (jest's globalSetup runs it once; E2E_REUSE_BUILD=1 keeps one)
//   startSession(): Session           the browser, and session.server: a workbook server with the example
//   sessionForFile(): () => Session   a file's session, started in beforeAll and closed in afterAll
//   LABELS.sv / LABELS.en             the button names the flows click (fetch, save, update)
//   hooks(page, (preview) => …)       runs a function in the page with window.prognosPreview
//   openPreview(session, query?, options?) → { page, errors, server }
//                                     "/" — the pane (data-testid "pane", 350 px) beside the toolbar and the
//                                     sheet view, on a fresh copy of the example in a server of its own
//                                     (closed with the page); errors: page errors and console errors
//   openPane(session, { width, height, deviceScaleFactor, query, locale }) → { page, errors, server }
//                                     "/taskpane.html" — the pane alone at that viewport (200 % zoom of a
//                                     350 px pane: width 175, deviceScaleFactor 2)
//   selectRange(page, "Controller!A3:F9")   selects a range, as a user does in Excel (the toolbar)
//   setUpSource(page, labels)         setup as a first-time user: select the table, fetch it, save (on the
//                                     first run: save and continue, then skip the baseline step)
//   screenshotPath(name)              test-results/<name>.png
// Query parameters: lang=en, theme=dark, today=YYYY-MM-DD (default 2024-12-02 for the example).
// In the page: window.prognosPreview (PreviewHooks below: setCell, values, sheetNames — async, through
// office.js's client like the pane's own calls), and the toolbar's "ribbon-update" button, which runs the
// ribbon's ExecuteFunction (uppdateraPrognos) as Office does.
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import webpack from "webpack";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { startWorkbookServer, type WorkbookServer } from "../../src/preview/server/workbookServer";

import type { PreviewHooks } from "../../src/preview/client/hooks";
export type { PreviewHooks };

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const PREVIEW_ASSETS = join(ROOT, "dist-preview");
export const EXAMPLE = join(ROOT, "examples/ekonomisk-rapport-2024-11.xlsx");
/** The day the example's November report is made: the pane proposes 30 November 2024. */
export const EXAMPLE_TODAY = "2024-12-02";
export const RESULTS = join(ROOT, "test-results");
export const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/**
 * office.js outside Office frames Microsoft's telemetry page after 3 s (o15apptofilemappingtable.js); the
 * pane's Content-Security-Policy blocks it, as intended (README, Decisions), and Chromium logs that as an error.
 */
const TELEMETRY_BLOCKED = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/;

const built = () => existsSync(join(DIST, "taskpane.html")) && existsSync(join(PREVIEW_ASSETS, "shim.js"));

/** The production add-in build and the preview's scripts, as `npm run preview` makes them. */
export async function buildPreview(): Promise<void> {
  if (process.env.E2E_REUSE_BUILD === "1" && built()) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfigs = require(join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration[]>;
  const configs = await makeConfigs({ preview: true }, { mode: "production" });
  await new Promise<void>((done, fail) => {
    webpack(configs).run((error, stats) => {
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
}

export interface Session {
  /** A workbook server with the example, for tests that navigate themselves. */
  server: WorkbookServer;
  browser: Browser;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** .xlsx bytes or a path; default: the example. */
  workbook?: Uint8Array | string;
  /** The page's day; default: EXAMPLE_TODAY for the example, else the real date. */
  today?: string | null;
  /** The browser's locale; default sv-SE for the Swedish pane, en-GB for the English one. */
  locale?: string;
}

export interface OpenedPage {
  page: Page;
  errors: string[];
  /** The page's own workbook server (server.host is the workbook it holds). */
  server: WorkbookServer;
}

function serve(options: PreviewOptions = {}): Promise<WorkbookServer> {
  const workbook = options.workbook ?? EXAMPLE;
  const today = options.today !== undefined ? options.today : workbook === EXAMPLE ? EXAMPLE_TODAY : null;
  return startWorkbookServer({ workbook, dist: DIST, previewAssets: PREVIEW_ASSETS, today });
}

/** The pane's button names as the flows click them, per language. */
export const LABELS = {
  sv: { fetch: /^Hämta från markeringen$/, save: /^Spara inställningar$/, update: /^Uppdatera prognos$/ },
  en: { fetch: /^Fetch from the selection$/, save: /^Save settings$/, update: /^Update forecast$/ },
} as const;

/** The file's session: started before its tests, closed after them. Call at the top level of a test file. */
export function sessionForFile(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error("the e2e session has not started");
    return session;
  };
}

/** Runs `call` in the page with its test hooks (window.prognosPreview). */
export function hooks<T>(page: Page, call: (preview: PreviewHooks) => T | Promise<T>): Promise<T> {
  return page.evaluate(`(${call.toString()})(window.prognosPreview)`) as Promise<T>;
}

export async function startSession(): Promise<Session> {
  mkdirSync(RESULTS, { recursive: true });
  // jest's globalSetup built it; a file run on its own (or without the setup) builds it here.
  if (!built()) await buildPreview();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

async function open(session: Session, path: string, context: BrowserContextOptions, options: PreviewOptions): Promise<OpenedPage> {
  const server = await serve(options);
  // A context per page: axe-core's builder needs one, and each page gets its own workbook.
  const browserContext = await session.browser.newContext(context);
  const page = await browserContext.newPage();
  // Closing the context may race the browser's own shutdown; that is no test failure.
  page.on("close", () => {
    browserContext.close().catch(() => undefined);
    void server.close();
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !TELEMETRY_BLOCKED.test(message.text())) errors.push(message.text());
  });
  await page.goto(`${server.url}${path}`);
  // The pane is up when its tabs are (by role: no tab's name is the pane's name).
  await page.getByRole("tablist").first().waitFor();
  return { page, errors, server };
}

/** A page in a context of its own whose every request URL (from its first) is recorded; the caller navigates. */
export async function recordingPage(session: Session, context: BrowserContextOptions = {}): Promise<{ page: Page; requests: string[] }> {
  const browserContext = await session.browser.newContext(context);
  const page = await browserContext.newPage();
  // Closing the context may race the browser's own shutdown in afterAll; that is no test failure.
  page.on("close", () => void browserContext.close().catch(() => undefined));
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  return { page, requests };
}

/** The browser's locale as an economist's computer has it (it decides how <input type=date> shows). */
const localeFor = (query: string) => (query.includes("lang=en") ? "en-GB" : "sv-SE");

/** A fresh page on the preview: the pane beside the sheet view, over a fresh copy of the workbook. */
export function openPreview(session: Session, query = "", options: PreviewOptions = {}): Promise<OpenedPage> {
  return open(session, query, { viewport: { width: 1400, height: 1000 }, locale: options.locale ?? localeFor(query) }, options);
}

export interface PaneViewport extends PreviewOptions {
  /** CSS pixels; default 350 (Excel's task pane). */
  width?: number;
  height?: number;
  /** 2 for a screen at 200 %. */
  deviceScaleFactor?: number;
  query?: string;
}

/** The pane alone (/taskpane.html) at a given viewport, over a fresh copy of the workbook. */
export function openPane(session: Session, viewport: PaneViewport = {}): Promise<OpenedPage> {
  const { width = 350, height = 800, deviceScaleFactor = 1, query = "", locale = localeFor(query), ...options } = viewport;
  return open(session, `taskpane.html${query}`, { viewport: { width, height }, deviceScaleFactor, locale }, options);
}

export async function selectRange(page: Page, address: string): Promise<void> {
  await page.getByTestId("selection-address").fill(address);
  // Done when the server holds the selection, so that the pane's next call sees it.
  await Promise.all([page.waitForResponse((response) => response.url().endsWith("/preview/select")), page.getByTestId("select-range").click()]);
}

/** The first run's buttons (issue 19), either language: step 2's save, step 3's skip. */
const FIRST_RUN = { save: /^(Spara och fortsätt|Save and continue)$/, skip: /^(Hoppa över|Skip)$/ };

/**
 * Setup as a first-time user: select the controllers' table, fetch it, save. A workbook without settings
 * is the first run in three steps: save on step 2 and skip the baseline on step 3.
 */
export async function setUpSource(page: Page, labels: { fetch: RegExp; save: RegExp }): Promise<void> {
  await selectRange(page, "Controller!A3:F9");
  await page.getByRole("button", { name: labels.fetch }).first().click();
  await page.getByTestId("source-0-range").waitFor();
  const firstRun = (await page.getByTestId("first-run-step").count()) > 0;
  await page.getByRole("button", { name: firstRun ? FIRST_RUN.save : labels.save }).click();
  if (firstRun) {
    await page.locator('[data-testid="first-run-step"][data-step="3"]').waitFor();
    await page.getByRole("button", { name: FIRST_RUN.skip }).click();
  }
  // Saving reloads the settings and then moves the pane (and the focus) to the update tab: done then,
  // so that a test's next step is not overtaken by that move.
  await page.waitForFunction(() => document.querySelector('[data-testid="pane"] [role="tab"][value="update"]')?.getAttribute("aria-selected") === "true");
}

export function screenshotPath(name: string): string {
  return join(RESULTS, `${name}.png`);
}
