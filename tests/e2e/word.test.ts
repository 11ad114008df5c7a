// "Kopiera till Word" clicked in Chromium (issue 21): the report section goes to the clipboard as HTML and
// as plain text, read back with navigator.clipboard.read(); with the draft text as edited in the pane or
// without it; through the copy-event fallback where ClipboardItem is missing; in English. The HTML read
// back is rendered by LibreOffice Writer and its arrows' colours are counted.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { renderColours, renderPages, renderTest } from "../fixtures/render";
import { LABELS, openPreview, RESULTS, screenshotPath, setUpSource, sessionForFile } from "./preview";

const SV = LABELS.sv;
const EN = LABELS.en;

const session = sessionForFile();

async function updatedPane(query = ""): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPreview(session(), query);
  await opened.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(opened.server.url).origin });
  const labels = query.includes("lang=en") ? EN : SV;
  await setUpSource(opened.page, labels);
  await opened.page.getByRole("button", { name: labels.update }).click();
  await opened.page.getByTestId("result").waitFor();
  return opened;
}

/** Every type on the clipboard with its text, as a paste target would read them. */
function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const found: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) for (const type of item.types) found[type] = await (await item.getType(type)).text();
    return found;
  });
}

/** The confirmation's method ("clipboard-api" or "copy-event") once it shows. */
async function copyForWord(page: Page, button: RegExp, confirmation: RegExp): Promise<string | null> {
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await page.getByRole("button", { name: button }).click();
  const message = page.getByTestId("copy-for-word").getByText(confirmation);
  await message.waitFor();
  return page.getByTestId("copy-for-word").locator("[data-method]").getAttribute("data-method");
}

const ARROWS = [
  ["▲", "#00B050"],
  ["▼", "#C00000"],
  ["►", "#FFC000"],
  ["▲", "#00B050"],
  ["►", "#FFC000"],
];

/** The arrows of the HTML in order, each with its colour; the sanitizer may write colours as rgb(). */
function arrowsOf(html: string): string[][] {
  const hex = (colour: string) => {
    const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(colour);
    return rgb ? `#${rgb.slice(1).map((n) => Number(n).toString(16).padStart(2, "0")).join("").toUpperCase()}` : colour.toUpperCase();
  };
  return [...html.matchAll(/color:\s*(#[0-9a-fA-F]{6}|rgb\([^)]*\))[^>]*>([▲▼►])</g)].map(([, colour, glyph]) => [glyph, hex(colour)]);
}

renderTest(
  "Kopiera till Word puts the section on the clipboard as HTML and text; Writer renders its coloured arrows",
  async () => {
    const { page, errors } = await updatedPane();
    // The draft as the economist edited it goes along.
    const narrative = page.getByTestId("narrative");
    await narrative.fill("Nämnden redovisar ett nollresultat för helåret.\n\nUnderskottet inom Individ och familj följs upp.");
    expect(await copyForWord(page, /^Kopiera till Word$/, /Rapportavsnittet är kopierat: rubrik, tabell med pilar och förklaring samt textförslaget/)).toBe("clipboard-api");
    await page.screenshot({ path: screenshotPath("word-copied"), fullPage: true });

    const clip = await readClipboard(page);
    expect(Object.keys(clip).sort()).toEqual(["text/html", "text/plain"]);
    const html = clip["text/html"];
    expect(html).toContain("Budgetavvikelse per verksamhetsområde");
    expect(html).toContain("Prognos per den 30 november 2024, tkr");
    expect(html).toMatch(/<td[^>]*colspan="2"[^>]*>Budgetavvikelse helår<\/td>/);
    expect(html.match(/rowspan="2"/g)).toHaveLength(4);
    expect(html).toMatch(/<td[^>]*text-align:\s*right[^>]*>1\u00a0645\u00a0081<\/td>|<td[^>]*text-align:\s*right[^>]*>1&nbsp;645&nbsp;081<\/td>/);
    expect(html).toMatch(/<td[^>]*font-weight:\s*bold[^>]*border-top[^>]*>Nämndens ram<\/td>|<td[^>]*border-top[^>]*font-weight:\s*bold[^>]*>Nämndens ram<\/td>/);
    expect(arrowsOf(html)).toEqual(ARROWS);
    expect(html).toContain("Pilar bredvid tabellen visar förändring");
    expect(html).toContain("Nämnden redovisar ett nollresultat för helåret.");
    expect(html).toContain("Underskottet inom Individ och familj följs upp.");

    const lines = clip["text/plain"].split(/\r?\n/);
    expect(lines[0]).toBe("Budgetavvikelse per verksamhetsområde");
    expect(lines).toContain(["Arbetsmarknad och ekonomiskt bistånd", "56\u00a0758", "1\u00a0645\u00a0081", "-1\u00a0593\u00a0981", "51\u00a0100", "3,1%", "▲ Förbättrad"].join("\t"));
    expect(lines).toContain("Underskottet inom Individ och familj följs upp.");

    // What Writer makes of the HTML read back from the clipboard: every arrow in its colour.
    const dir = join(RESULTS, "word-clipboard");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "clipboard.html"), html.includes("<meta charset") ? html : `<meta charset="utf-8">${html}`);
    const colours = renderColours(join(dir, "clipboard.html"), dir, { dpi: 100 });
    renderPages(join(dir, "clipboard.html"), dir, { dpi: 100, format: "png" }); // to look at
    writeFileSync(join(dir, "pixels.json"), `${JSON.stringify(colours)}\n`);
    expect(colours.red).toBeGreaterThan(25);
    expect(colours.green).toBeGreaterThan(1.4 * colours.red);
    expect(colours.yellow).toBeGreaterThan(1.4 * colours.red);

    // Without the draft text: the section alone.
    await page.getByRole("checkbox", { name: "Ta med textförslaget" }).uncheck();
    await copyForWord(page, /^Kopiera till Word$/, /^Rapportavsnittet är kopierat: rubrik, tabell med pilar och förklaring\. Klistra in/);
    const alone = await readClipboard(page);
    expect(alone["text/html"]).toContain("Pilar bredvid tabellen");
    expect(alone["text/html"]).not.toContain("Nämnden redovisar");
    expect(alone["text/plain"]).not.toContain("Nämnden redovisar");
    expect(errors).toEqual([]);
    await page.close();
  },
  120_000,
);

test("where the web view has no ClipboardItem, a copy event puts the same HTML and text on the clipboard", async () => {
  const { page, errors } = await updatedPane();
  await page.evaluate(() => {
    delete (window as { ClipboardItem?: unknown }).ClipboardItem;
  });
  expect(await copyForWord(page, /^Kopiera till Word$/, /Rapportavsnittet är kopierat/)).toBe("copy-event");
  const clip = await readClipboard(page);
  expect(clip["text/html"]).toMatch(/<td[^>]*colspan="2"[^>]*>Budgetavvikelse helår<\/td>/);
  expect(arrowsOf(clip["text/html"])).toEqual(ARROWS);
  expect(clip["text/plain"]).toContain("▼ Försämrad");
  expect(errors).toEqual([]);
  await page.close();
});

test("in English: Copy for Word puts the English section on the clipboard", async () => {
  const { page, errors } = await updatedPane("?lang=en");
  await copyForWord(page, /^Copy for Word$/, /The report section was copied/);
  const clip = await readClipboard(page);
  expect(clip["text/html"]).toContain("Budget deviation per business area");
  expect(clip["text/html"]).toContain("1,645,081");
  expect(clip["text/plain"]).toContain("▲ Improved");
  expect(errors).toEqual([]);
  await page.close();
});
