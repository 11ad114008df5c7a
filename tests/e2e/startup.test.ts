// How the production pane starts (issue 20), in Chromium on dist/ as built: its frame is there before any
// script runs, its bundles are requested before office.js has run, and only the display language's texts load.
import type { Page } from "playwright-core";
import { serveDirectory, type StaticServer } from "../../bench/serve";
import { DIST, startSession, type Session } from "./preview";

let session: Session;
let pane: StaticServer;

beforeAll(async () => {
  session = await startSession();
  pane = await serveDirectory(DIST);
}, 300_000);

afterAll(async () => {
  await pane?.close();
  await session?.close();
});

async function pageWith(options: { javaScriptEnabled: boolean }): Promise<{ page: Page; requests: string[] }> {
  const context = await session.browser.newContext({ ...options, viewport: { width: 320, height: 600 } });
  const page = await context.newPage();
  // Closing the context may race the browser's own shutdown in afterAll; that is no test failure.
  page.on("close", () => void context.close().catch(() => undefined));
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  return { page, requests };
}

test("the frame is drawn without any script", async () => {
  const { page } = await pageWith({ javaScriptEnabled: false });
  await page.goto(`${pane.origin}/taskpane.html`);
  const frame = page.getByTestId("pane-frame");
  expect(await frame.getAttribute("aria-busy")).toBe("true");
  const box = await frame.boundingBox();
  // Five bars of 24–32 px with 12 px between them and around them.
  expect(box?.height).toBeGreaterThan(150);
  expect(box?.width).toBe(320);
  await page.close();
});

test("the bundles are requested before office.js runs, and the frame gives way to the pane in its language", async () => {
  const { page, requests } = await pageWith({ javaScriptEnabled: true });
  await page.goto(`${pane.origin}/taskpane.html`);
  // Outside Office the pane says that it runs inside Excel; in Swedish, office.js's default language here.
  await page.locator('#root main:not([data-testid="pane-frame"])').waitFor();
  expect(await page.getByTestId("pane-frame").count()).toBe(0);
  const first = (pattern: RegExp) => requests.findIndex((path) => pattern.test(path));
  // What office.js requests once it runs (outside Office its file table) comes after both bundles.
  const officeRan = first(/\/o15apptofilemappingtable\.js$/);
  expect(officeRan).toBeGreaterThan(0);
  expect(first(/\/taskpane\.[0-9a-f]+\.js$/)).toBeGreaterThanOrEqual(0);
  expect(first(/\/taskpane\.[0-9a-f]+\.js$/)).toBeLessThan(officeRan);
  expect(first(/\/commands\.[0-9a-f]+\.js$/)).toBeLessThan(officeRan);
  expect(requests.filter((path) => /\/texts-(sv|en)\./.test(path)).map((path) => /texts-(sv|en)/.exec(path)?.[1])).toEqual(["sv"]);
  await page.close();
});
