// The year in the production pane (issue 22), in Chromium against the preview: an update of November over
// the example's October shows the development view (the SVG chart and the table in tkr); the history tab
// marks November as the year's outcome; the next update shows the accuracy table and the draft text's
// accuracy sentence, and the sheet Prognosutveckling holds the same figures. Figures by hand from the
// example's sheets Oktober and Controller (tkr); the pane at Excel's 350 px needs no horizontal scrollbar.
import type { Page } from "playwright-core";
import { hooks, LABELS, openPreview, screenshotPath, sessionForFile, setUpSource } from "./preview";

const session = sessionForFile();
const AM = "Arbetsmarknad och ekonomiskt bistånd";
const IFO = "Individ och familj";
const BOENDE = "Boende, tillsyn och service";
const STAB = "Stab och förvaltningsövergripande kostnader";
/** The pane's amounts: a true minus and a no-break space between thousands. */
const sv = (text: string) => text.replace(/-/g, "\u2212").replace(/ /g, "\u00a0");

async function update(page: Page): Promise<void> {
  await page.getByRole("button", { name: LABELS.sv.update }).click();
  await page.getByTestId("result").waitFor();
}

/** The pane's tab by its value (the sheet view has tabs of its own, one named Prognoshistorik). */
const paneTab = (page: Page, value: "update" | "history") => page.getByTestId("pane").locator(`[role="tab"][value="${value}"]`);

async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.getByTestId(testId).locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? "").trim())));
}

test("the development view, the outcome mark and the accuracy, with the example's figures", async () => {
  const { page, errors } = await openPreview(session());
  await setUpSource(page, LABELS.sv);
  await update(page);

  const development = page.getByTestId("development");
  await development.waitFor();
  expect(await development.getByRole("heading", { level: 3 }).textContent()).toBe("Prognosutveckling 2024");
  expect(await page.getByTestId("development-table").locator("thead th").allTextContents()).toEqual(["Verksamhetsområde", "okt", "nov"]);
  // October (sheet Oktober, kept in the history) → November (Controller): the total is 0 both times.
  expect(await tableRows(page, "development-table")).toEqual([
    [AM, sv("45 000"), sv("51 100")],
    [IFO, sv("-58 000"), sv("-67 000")],
    [BOENDE, sv("-45 000"), sv("-45 000")],
    [STAB, sv("58 000"), sv("60 900")],
    ["Nämndens ram", "0", "0"],
    ["Förändring mot föregående prognos", "", "0"],
  ]);
  const chart = page.getByTestId("development-chart");
  expect(await chart.getAttribute("role")).toBe("img");
  expect(await chart.locator("g[data-line]").evaluateAll((lines) => lines.map((line) => line.getAttribute("data-line")))).toEqual([AM, IFO, BOENDE, STAB, "Nämndens ram"]);
  // Drawn, not only present: every line has a visible length, and Arbetsmarknad rises (SVG y grows downwards).
  const am = await chart.locator("g[data-line] circle").evaluateAll((points) => points.slice(0, 2).map((point) => Number(point.getAttribute("cy"))));
  expect(am[1]).toBeLessThan(am[0]);
  const box = await chart.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(250);
  await development.screenshot({ path: screenshotPath("year-development") });

  await paneTab(page, "history").click();
  await page.getByTestId("outcome-2024-11").click();
  await page.getByText("Prognosen per 30 november 2024 är markerad som utfallet för 2024.", { exact: false }).waitFor();
  expect(await page.getByTestId("outcome-2024-11").getAttribute("aria-pressed")).toBe("true");
  expect(await page.getByTestId("outcome-2024-10").getAttribute("aria-pressed")).toBe("false");
  await page.getByTestId("history-table").screenshot({ path: screenshotPath("year-history-outcome") });

  await paneTab(page, "update").click();
  await update(page);
  await page.getByTestId("accuracy-table").waitFor();
  expect(await page.getByTestId("accuracy-table").locator("thead th").allTextContents()).toEqual(["Verksamhetsområde", "Utfall", "okt"]);
  // outcome − forecast: 51 100 − 45 000 = +6 100; −67 000 + 58 000 = −9 000; 0; 60 900 − 58 000 = +2 900;
  // total 0 − 0 = 0; mean absolute error (6 100 + 9 000 + 0 + 2 900) / 4 = 4 500.
  expect(await tableRows(page, "accuracy-table")).toEqual([
    [AM, sv("51 100"), sv("+6 100")],
    [IFO, sv("-67 000"), sv("-9 000")],
    [BOENDE, sv("-45 000"), "0"],
    [STAB, sv("60 900"), sv("+2 900")],
    ["Nämndens ram", "0", "0"],
    ["Medelabsolutfel per område", "", sv("4 500")],
  ]);
  expect(await page.getByTestId("narrative").inputValue()).toContain("Utfallet för 2024 blev ett nollresultat, vilket motsvarar prognosen per den 31 oktober 2024.");
  // The sheet the same update wrote: the accuracy block's Arbetsmarknad row under its headers.
  const sheetRows = await hooks(page, (preview) => preview.values("Prognosutveckling!A4:C17"));
  expect(sheetRows[1]).toEqual([AM, 45_000, 51_100]);
  expect(sheetRows.find((row) => row[0] === AM && row[1] === 51_100 && row[2] === 6_100)).toBeTruthy();
  expect(await page.getByTestId("pane").evaluate((pane) => pane.scrollWidth - pane.clientWidth)).toBeLessThanOrEqual(0);
  await development.screenshot({ path: screenshotPath("year-accuracy") });
  expect(errors).toEqual([]);
});
