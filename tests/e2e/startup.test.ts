// How the production pane starts (issue 20), in Chromium on dist/ as built: its frame is there before any
// script runs, its bundles are requested before office.js has run, and only the display language's texts load.
import { serveDirectory, type StaticServer } from "../../bench/serve";
import { DIST, recordingPage, startSession, type Session } from "./preview";

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

/** A 320 px page whose requests are recorded (their URLs; the patterns below match a path's end). */
const pageWith = (options: { javaScriptEnabled: boolean }) => recordingPage(session, { ...options, viewport: { width: 320, height: 600 } });

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
  const first = (pattern: RegExp) => requests.findIndex((url) => pattern.test(url));
  // What office.js requests once it runs (outside Office its file table) comes after both bundles.
  const officeRan = first(/\/o15apptofilemappingtable\.js$/);
  expect(officeRan).toBeGreaterThan(0);
  expect(first(/\/taskpane\.[0-9a-f]+\.js$/)).toBeGreaterThanOrEqual(0);
  expect(first(/\/taskpane\.[0-9a-f]+\.js$/)).toBeLessThan(officeRan);
  expect(first(/\/commands\.[0-9a-f]+\.js$/)).toBeLessThan(officeRan);
  expect(requests.filter((url) => /\/texts-(sv|en)\./.test(url)).map((url) => /texts-(sv|en)/.exec(url)?.[1])).toEqual(["sv"]);
  await page.close();
});
