// Nothing gets in, nothing goes out (issue 10), in Chromium: the preview renders a hostile area name as
// text and runs nothing from it; the preview and the production pane (dist/ as built, served as it is,
// without the preview's scripts) request nothing but their own origin; the built pane carries the policy
// of scripts/contentSecurityPolicy.js, and that policy blocks an injected inline script.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { serveDirectory, type StaticServer } from "../../bench/serve";
import { contentSecurityPolicy } from "../reliability/policy";
import { DIST, recordingPage, setUpSource, startSession, type Session } from "./preview";

const SV = { fetch: /^Hämta från markeringen$/, save: /^Spara inställningar$/, update: /^Uppdatera prognos$/ };
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

let session: Session;
let pane: StaticServer;

/** A page at `url` whose every request (from its first) is recorded. */
async function recordedPage(url: string): Promise<{ page: Page; requests: string[] }> {
  const recorded = await recordingPage(session);
  await recorded.page.goto(url);
  return recorded;
}

function foreign(requests: string[], origin: string): string[] {
  return requests.filter((url) => new URL(url).origin !== origin && !url.startsWith("data:") && !url.startsWith("blob:"));
}

beforeAll(async () => {
  session = await startSession();
  // The production build the preview serves (the e2e's global setup made it), here without the preview's scripts.
  pane = await serveDirectory(DIST);
}, 300_000);

afterAll(async () => {
  await pane?.close();
  await session?.close();
});

test("the preview shows a hostile area name as text, runs none of it, and requests only its own origin", async () => {
  const { page, requests } = await recordedPage(session.server.url);
  await page.getByRole("tablist").first().waitFor();
  await page.evaluate(`window.prognosPreview.setCell("Controller!A6", ${JSON.stringify(HOSTILE)})`);
  await setUpSource(page, SV);
  await page.getByRole("button", { name: SV.update }).click();
  await page.getByTestId("result-table").waitFor();
  expect(await page.getByTestId("result-table").textContent()).toContain(HOSTILE);
  expect(await page.evaluate("window.__pwned")).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(foreign(requests, new URL(session.server.url).origin)).toEqual([]);
  expect(requests.length).toBeGreaterThan(2);
});

test("the built pane carries the policy, requests only its own origin, and the policy blocks inline script", async () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html);
  expect(meta?.[1]).toBe(contentSecurityPolicy());
  expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));

  const { page, requests } = await recordedPage(`${pane.origin}/taskpane.html`);
  await page.waitForLoadState("networkidle");
  const blocked = await page.evaluate(`new Promise((resolve) => {
    document.addEventListener("securitypolicyviolation", (event) => resolve(event.violatedDirective));
    const script = document.createElement("script");
    script.textContent = "window.__inline = 1";
    document.head.appendChild(script);
    setTimeout(() => resolve(window.__inline === 1 ? "ran" : "silent"), 2000);
  })`);
  expect(blocked).toMatch(/^script-src/);
  expect(foreign(requests, pane.origin)).toEqual([]);
  expect(requests.some((url) => url.endsWith("/office.js"))).toBe(true);
});
