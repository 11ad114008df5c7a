// The report month with the keyboard only (issue 19), in the production pane at Excel's width: the Swedish
// pane in an English browser says "november 2024", the arrow keys and Enter choose another month, Escape
// closes without a choice, and "Jämför med" follows the month (never the month itself, always the latest
// stored month before it).
import type { Page } from "playwright-core";
import { LABELS, openPreview, screenshotPath, sessionForFile, setUpSource } from "./preview";

const session = sessionForFile();

const active = (page: Page) =>
  page.evaluate(() => ({ testId: document.activeElement?.getAttribute("data-testid") ?? "", label: document.activeElement?.getAttribute("aria-label") ?? "", text: document.activeElement?.textContent ?? "" }));

/** Waits until the focus is on the month cell with this accessible name. */
const focusOnMonth = (page: Page, name: string) =>
  page.waitForFunction((wanted) => document.activeElement?.getAttribute("aria-label") === wanted && document.activeElement.hasAttribute("data-month"), name);

const focusOnField = (page: Page) => page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "report-month");

async function baselineShown(page: Page): Promise<string> {
  return (await page.getByTestId("baseline").locator("option:checked").textContent()) ?? "";
}

test("a month chosen with the arrow keys and Enter; Escape closes; Jämför med follows", async () => {
  // An English browser: the Swedish pane still says "november".
  const { page, errors } = await openPreview(session(), "", { locale: "en-US" });
  await setUpSource(page, LABELS.sv);
  const month = page.getByTestId("report-month");
  expect(await month.textContent()).toBe("november 2024");
  expect(await baselineShown(page)).toBe("prognos per 31 oktober 2024");
  // November stored: December can be compared with November.
  await page.getByRole("button", { name: LABELS.sv.update }).click();
  await page.getByTestId("result").waitFor();

  // Tab order: the month field, then "another day", then Jämför med.
  await month.focus();
  await focusOnField(page);
  await page.keyboard.press("Tab");
  expect((await active(page)).testId).toBe("other-day");
  await page.keyboard.press("Tab");
  expect((await active(page)).testId).toBe("baseline");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await focusOnField(page);

  await page.keyboard.press("Enter");
  await page.getByTestId("month-grid").waitFor();
  await focusOnMonth(page, "november 2024");
  await page.screenshot({ path: screenshotPath("month-picker") });
  await page.keyboard.press("ArrowRight");
  await focusOnMonth(page, "december 2024");
  await page.keyboard.press("Enter");
  await page.getByTestId("month-grid").waitFor({ state: "detached" });
  await focusOnField(page);
  expect(await month.textContent()).toBe("december 2024");
  expect(await month.getAttribute("data-date")).toBe("2024-12-31");
  expect(await baselineShown(page)).toBe("prognos per 30 november 2024");
  expect(await page.getByTestId("baseline").locator("option").allTextContents()).toEqual(["prognos per 30 november 2024", "prognos per 31 oktober 2024"]);

  // Escape: no choice, the focus back on the field.
  await page.keyboard.press("Enter");
  await focusOnMonth(page, "december 2024");
  await page.keyboard.press("ArrowUp");
  await focusOnMonth(page, "september 2024");
  await page.keyboard.press("Escape");
  await page.getByTestId("month-grid").waitFor({ state: "detached" });
  await focusOnField(page);
  expect(await month.textContent()).toBe("december 2024");

  // Back a month, and a year: October 2024 has no stored month before it.
  await page.keyboard.press("Enter");
  await focusOnMonth(page, "december 2024");
  await page.keyboard.press("ArrowLeft");
  await focusOnMonth(page, "november 2024");
  await page.keyboard.press("ArrowLeft");
  await focusOnMonth(page, "oktober 2024");
  await page.keyboard.press("Enter");
  await focusOnField(page);
  expect(await month.textContent()).toBe("oktober 2024");
  expect(await baselineShown(page)).toBe("Ingen tidigare prognos att jämföra med");
  await page.keyboard.press("Enter");
  await focusOnMonth(page, "oktober 2024");
  await page.keyboard.press("ArrowRight");
  await focusOnMonth(page, "november 2024");
  await page.keyboard.press("Enter");
  await focusOnField(page);
  expect(await baselineShown(page)).toBe("prognos per 31 oktober 2024");
  expect(errors).toEqual([]);
  await page.close();
});
