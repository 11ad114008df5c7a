// Shared by the e2e tests: build the preview once, serve it, launch Debian's Chromium, and the clicks
// a user makes in the preview (select a range, set up the source, update).
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import webpack from "webpack";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveDirectory, type RunningServer } from "../../src/preview/server";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist-preview");
export const RESULTS = join(ROOT, "test-results");
export const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Production build of the preview, as `npm run preview` makes it. E2E_REUSE_BUILD=1 keeps an existing one (local iteration only). */
export async function buildPreview(): Promise<void> {
  if (process.env.E2E_REUSE_BUILD === "1" && existsSync(join(DIST, "index.html"))) return;
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
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  mkdirSync(RESULTS, { recursive: true });
  // jest's globalSetup built it; a file run on its own (or without the setup) builds it here.
  if (!existsSync(join(DIST, "index.html"))) await buildPreview();
  const server = await serveDirectory(DIST);
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

/** A fresh page on the preview (a fresh copy of the example workbook), with page errors collected. */
export async function openPreview(session: Session, query = ""): Promise<{ page: Page; errors: string[] }> {
  // A context per page: axe-core's builder needs one, and each test gets a clean workbook.
  // The browser's locale as an economist's computer has it (it decides how <input type=date> shows).
  const locale = query.includes("lang=en") ? "en-GB" : "sv-SE";
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale });
  const page = await context.newPage();
  // Closing the context may race the browser's own shutdown; that is no test failure.
  page.on("close", () => {
    context.close().catch(() => undefined);
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${session.server.url}${query}`);
  await page.getByRole("tab", { name: /Prognos|Forecast/ }).first().waitFor();
  return { page, errors };
}

export async function selectRange(page: Page, address: string): Promise<void> {
  await page.getByTestId("selection-address").fill(address);
  await page.getByTestId("select-range").click();
}

/** Setup as a first-time user: select the controllers' table, fetch it, save. */
export async function setUpSource(page: Page, labels: { fetch: RegExp; save: RegExp }): Promise<void> {
  await selectRange(page, "Controller!A3:F9");
  await page.getByRole("button", { name: labels.fetch }).first().click();
  await page.getByTestId("source-0-range").waitFor();
  await page.getByRole("button", { name: labels.save }).click();
}

export function screenshotPath(name: string): string {
  return join(RESULTS, `${name}.png`);
}
