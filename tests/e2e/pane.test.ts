// The whole flow clicked in Chromium against the preview (design §5): setup on the example workbook,
// update, the table and arrows in the pane and in the sheet view, a warning selecting its cell, a data
// error shown with its cell and nothing written, the English pane, and an accessibility check.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { hooks, LABELS, openPreview, screenshotPath, selectRange, setUpSource, sessionForFile } from "./preview";

const SV = LABELS.sv;
const EN = LABELS.en;

const session = sessionForFile();


async function update(page: Page, label = SV.update): Promise<void> {
  await page.getByRole("button", { name: label }).click();
  await page.locator('[data-testid="result"], [data-testid="result-errors"]').first().waitFor();
}

/** Rows of the pane's result table: [area, deviation, % of grant, trend word]. */
async function paneRows(page: Page): Promise<Array<{ area: string; trend: string; text: string }>> {
  return page.getByTestId("result-table").locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      area: row.getAttribute("data-area") ?? "",
      trend: row.getAttribute("data-trend") ?? "",
      text: [...row.children].map((cell) => (cell.textContent ?? "").trim()).join(" | "),
    })),
  );
}

/** The pane is 350 px wide, as Excel's: nothing in it may need a horizontal scrollbar. */
async function paneOverflow(page: Page): Promise<number> {
  return page.getByTestId("pane").evaluate((pane) => pane.scrollWidth - pane.clientWidth);
}

/**
 * The history table's rows once it shows `expected` of them (or its count after 5 s, for the failure message).
 * The history tab loads as a chunk of its own when first shown and the ribbon's update reloads the stored
 * periods after its result is shown, so a count read at the click can see no table yet.
 */
async function historyRows(page: Page, expected: number): Promise<number> {
  const rows = '[data-testid="history-table"] tbody tr';
  await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector as string).length === count, [rows, expected] as const, { timeout: 5_000 }).catch(() => undefined);
  return page.locator(rows).count();
}

/** Serious and critical axe violations, every node counted (the pane's tabs are its own, without Tabster's focus guards). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("setup on the example, update, the table and arrows in the pane and in the sheet view", async () => {
  const { page, errors } = await openPreview(session());
  // No configuration in the example: the pane opens at setup.
  await page.getByRole("tab", { name: "Inställningar", selected: true }).waitFor();
  await selectRange(page, "Controller!A3:F9");
  await page.getByRole("button", { name: SV.fetch }).click();
  await expectValue(page.getByTestId("source-0-range"), "Controller!A3:F9");
  // The detected mapping, unit and signs are shown, editable.
  // The mapping is folded behind its summary; the detected letters are values, not placeholders.
  expect(await page.getByTestId("source-0-summary").textContent()).toBe("4 verksamhetsområden och Nämndens ram hittade · kolumner: 6 · belopp i tkrÄndra");
  await page.getByTestId("source-0-summary").getByRole("button", { name: "Ändra" }).click();
  expect(await page.locator('input[data-field="grant"]').inputValue()).toBe("C");
  expect(await page.locator('input[data-field="forecastNetCost"]').inputValue()).toBe("D");
  expect(await page.getByTestId("source-0-unit").locator("option").first().textContent()).toBe("Automatiskt (hittad: tkr)");
  expect(await page.getByTestId("source-0-sign-netcost").locator("option").first().textContent()).toBe("Automatiskt (hittad: negativt)");
  expect(await seriousViolations(page)).toEqual([]);
  expect(await paneOverflow(page)).toBe(0);
  await page.screenshot({ path: screenshotPath("setup"), fullPage: true });

  // The first run: saving goes on to the baseline step, which this flow skips (it imports one later).
  await page.getByRole("button", { name: "Spara och fortsätt" }).click();
  await page.getByRole("heading", { name: "Steg 3 av 3 · Jämförelse" }).waitFor();
  await page.getByRole("button", { name: "Hoppa över" }).click();
  await page.getByRole("tab", { name: "Rapport", selected: true }).waitFor();
  expect(await page.getByTestId("report-month").getAttribute("data-date")).toBe("2024-11-30");
  expect(await page.getByTestId("report-month").textContent()).toBe("november 2024");
  expect(await page.getByTestId("baseline").locator("option:checked").textContent()).toBe("prognos per 31 oktober 2024");

  await update(page);
  const rows = await paneRows(page);
  expect(rows.map((row) => [row.area, row.trend])).toEqual([
    ["Arbetsmarknad och ekonomiskt bistånd", "improved"],
    ["Individ och familj", "worsened"],
    ["Boende, tillsyn och service", "unchanged"],
    ["Stab och förvaltningsövergripande kostnader", "improved"],
    ["Nämndens ram", expect.stringMatching(/improved|worsened|unchanged/)],
  ]);
  expect(rows[0].text).toContain("51\u00a0100");
  expect(rows[0].text).toContain("Förbättrad");
  expect(rows[1].text).toContain("Försämrad");
  expect(rows[2].text).toContain("Oförändrad");
  // The arrows are coloured differently, and each is also a word.
  const colours = await page.getByTestId("result-table").locator("svg[data-trend]").evaluateAll((icons) =>
    Object.fromEntries(icons.map((icon) => [icon.getAttribute("data-trend"), getComputedStyle(icon).color])),
  );
  expect(new Set([colours.improved, colours.worsened, colours.unchanged]).size).toBe(3);
  expect(await page.getByTestId("summary").textContent()).toContain("Resultat jan–nov");

  // The sheet view shows the report sheet with its arrows: up, down, sideways per area as the engine decided.
  const grid = page.locator('[data-testid="sheet-grid"][data-sheet="Rapport"]');
  await grid.waitFor();
  const arrows = await grid.locator("td[data-arrow]").evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-arrow")));
  expect(arrows.slice(0, 4)).toEqual(["up", "down", "side", "up"]);
  expect(await grid.textContent()).toContain("Nämndens ram");
  expect(await page.getByTestId("chart").count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await paneOverflow(page)).toBe(0);
  await page.screenshot({ path: screenshotPath("result"), fullPage: true });

  // A warning selects its cell: the sheet view switches to the sheet and outlines the cell.
  const warning = page.getByTestId("warning-list").locator('button[data-cell="Controller!E5"]');
  await warning.click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="Controller"] td[data-cell="E5"][data-selected="true"]').waitFor();

  // The draft text.
  expect(await page.getByTestId("narrative").inputValue()).toMatch(/överskott|underskott|nollresultat/);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Kopiera", exact: true }).click();
  await page.getByText("Texten är kopierad.").waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId("narrative").inputValue());
  // Above the table by default, as the seed: the table moves down under it, and the text is selected.
  await page.getByRole("button", { name: "Infoga ovanför tabellen" }).click();
  await page.getByText(/Texten är infogad i Rapport!A1:G\d\./).waitFor();
  const [[firstParagraph]] = (await hooks(page, (preview) => preview.values("Rapport!A1:A1"))) as string[][];
  expect((await page.getByTestId("narrative").inputValue()).startsWith(firstParagraph)).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test("a bad amount in a source cell is shown with its cell, and nothing is written", async () => {
  const { page, errors } = await openPreview(session());
  await setUpSource(page, SV);
  await update(page);
  const before = await hooks(page, (preview) => Promise.all([preview.values("Rapport!A1:G12"), preview.values("Prognoshistorik!A1:G12")]));

  await hooks(page, (preview) => preview.setCell("Controller!C7", "4 21O"));
  await update(page);
  const list = page.getByTestId("error-list");
  const cell = list.locator('button[data-cell="Controller!C7"]');
  expect(await cell.textContent()).toContain('"4 21O" är inte ett tal');
  expect(await page.getByTestId("result-errors").textContent()).toContain("inget har skrivits");
  const after = await hooks(page, (preview) => Promise.all([preview.values("Rapport!A1:G12"), preview.values("Prognoshistorik!A1:G12")]));
  expect(after).toEqual(before);
  await page.screenshot({ path: screenshotPath("error"), fullPage: true });

  await cell.click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="Controller"] td[data-cell="C7"][data-selected="true"]').waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test("the ribbon button updates with the stored settings; a history period is deleted after a confirmation and imported again", async () => {
  const { page } = await openPreview(session());
  await setUpSource(page, SV);
  expect(await hooks(page, (preview) => preview.sheetNames())).not.toContain("Rapport");
  await page.getByTestId("ribbon-update").click();
  await page.getByTestId("result").waitFor();
  expect(await hooks(page, (preview) => preview.sheetNames())).toContain("Rapport");

  await page.getByTestId("pane").getByRole("tab", { name: "Historik" }).click();
  expect(await historyRows(page, 2)).toBe(2);
  await page.getByRole("button", { name: "Ta bort prognosen per 31 oktober 2024" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByText("Ta bort prognosen per 31 oktober 2024?").waitFor();
  await dialog.getByRole("button", { name: "Avbryt" }).click();
  expect(await historyRows(page, 2)).toBe(2);
  await page.getByRole("button", { name: "Ta bort prognosen per 31 oktober 2024" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ta bort" }).click();
  await page.getByText("Prognosen per 31 oktober 2024 är borttagen.").waitFor();
  expect(await historyRows(page, 1)).toBe(1);

  // First month of use: October's table imported from the selection as the baseline again.
  await selectRange(page, "Oktober!A4:D9");
  await page.getByTestId("pane").getByRole("tab", { name: "Inställningar" }).click();
  // The month before the report's, in the same month picker as the report month.
  expect(await page.getByTestId("baseline-month").textContent()).toBe("oktober 2024");
  await page.getByRole("button", { name: "Importera från markeringen" }).click();
  await page.getByText("4 verksamhetsområden importerade för oktober 2024.").waitFor();
  await page.getByTestId("pane").getByRole("tab", { name: "Historik" }).click();
  expect(await historyRows(page, 2)).toBe(2);
  await page.close();
});

test("keyboard only: tabs with the arrow keys, update with Enter, a warning's cell with Enter", async () => {
  const { page } = await openPreview(session());
  await setUpSource(page, SV);
  const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent ?? "", id: document.activeElement?.id ?? "", cell: document.activeElement?.getAttribute("data-cell") ?? "" }));

  // Each key goes only once the focus is where the previous one put it, so that a focus move still under
  // way (as after saving the settings) cannot swallow a key. Tabs by value: a Fluent Tab's text is not its label.
  const focusOn = (view: "update" | "setup") => page.waitForFunction((wanted) => document.activeElement?.getAttribute("role") === "tab" && document.activeElement.getAttribute("value") === wanted, view);
  await page.getByTestId("pane").getByRole("tab", { name: "Rapport" }).focus();
  await focusOn("update");
  await page.keyboard.press("ArrowRight");
  await focusOn("setup");
  await page.keyboard.press("Enter");
  await page.getByTestId("pane").getByRole("tab", { name: "Inställningar", selected: true }).waitFor();
  await page.keyboard.press("ArrowLeft");
  await focusOn("update");
  await page.keyboard.press("Enter");
  await page.getByTestId("pane").getByRole("tab", { name: "Rapport", selected: true }).waitFor();

  await page.getByTestId("baseline").focus();
  await page.keyboard.press("Tab");
  expect((await focused()).text).toBe("Uppdatera prognos");
  await page.keyboard.press("Enter");
  await page.getByTestId("result").waitFor();
  // The result takes the focus, so a screen reader reads its heading next.
  await page.waitForFunction(() => document.activeElement?.id === "prognos-result");

  for (let step = 0; step < 40 && (await focused()).cell === ""; step++) await page.keyboard.press("Tab");
  expect((await focused()).cell).toBe("Controller!E5");
  await page.screenshot({ path: screenshotPath("keyboard-focus") });
  await page.keyboard.press("Enter");
  await page.locator('[data-testid="sheet-grid"][data-sheet="Controller"] td[data-cell="E5"][data-selected="true"]').waitFor();
  await page.close();
});

test("in English when the display language is not Swedish", async () => {
  const { page, errors } = await openPreview(session(), "?lang=en");
  await page.getByRole("tab", { name: "Settings", selected: true }).waitFor();
  await setUpSource(page, EN);
  expect(await page.getByTestId("baseline").locator("option:checked").textContent()).toBe("forecast as of 31 October 2024");
  await update(page, EN.update);
  const rows = await paneRows(page);
  expect(rows[0].text).toContain("51,100");
  expect(rows[0].text).toContain("Improved");
  expect(rows[1].text).toContain("Worsened");
  expect(rows[2].text).toContain("Unchanged");
  expect(await page.getByTestId("warning-list").textContent()).toContain("does not match grant and forecast");
  expect(await seriousViolations(page)).toEqual([]);
  expect(await paneOverflow(page)).toBe(0);
  await page.screenshot({ path: screenshotPath("english"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

async function expectValue(locator: ReturnType<Page["getByTestId"]>, value: string): Promise<void> {
  expect(await locator.inputValue()).toBe(value);
}
