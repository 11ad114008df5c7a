// Every view of the pane alone (/taskpane.html) at 320 px, 350 px and 200 % zoom (160 CSS px at device
// scale 2), Swedish and English, light and dark (issue 19): a screenshot of each under test-results/screens/
// (gitignored, kept as artefacts), axe on each, and no sideways scroll anywhere.
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { seedWorkbookBytes, SEED_CONFIG } from "../fixtures/seedWorkbook";
import { openPane, RESULTS, sessionForFile } from "./preview";

const session = sessionForFile();
const SCREENS = join(RESULTS, "screens");

const WIDTHS = [
  { name: "320", width: 320, deviceScaleFactor: 1 },
  { name: "350", width: 350, deviceScaleFactor: 1 },
  { name: "zoom200", width: 160, deviceScaleFactor: 2 },
] as const;
const LANGS = ["sv", "en"] as const;
const THEMES = ["light", "dark"] as const;

const TAB = {
  sv: { update: "Rapport", setup: "Inställningar", history: "Historik", button: /^Uppdatera prognos$/ },
  en: { update: "Report", setup: "Settings", history: "History", button: /^Update forecast$/ },
};

/** Serious and critical axe violations, every node counted (the Tabster focus guards too). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.html.slice(0, 120)).join(" ; ")}`);
}

/** How far the page scrolls sideways (0: it fits). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

jest.setTimeout(600_000);

test("every view at 320 px, 350 px and 200 %, Swedish and English, light and dark: screenshots, axe, no sideways scroll", async () => {
  mkdirSync(SCREENS, { recursive: true });
  const workbook = await seedWorkbookBytes({ baseline: true, config: { ...SEED_CONFIG, reportDate: undefined } });
  const found: Record<string, { violations: string[]; sideways: number }> = {};
  for (const size of WIDTHS) {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        const query = `?lang=${lang}&theme=${theme}&today=2024-12-02`;
        const { page, errors } = await openPane(session(), { width: size.width, height: 900, deviceScaleFactor: size.deviceScaleFactor, query, workbook, today: "2024-12-02" });
        const words = TAB[lang];
        const shoot = async (view: string) => {
          const name = `${view}-${size.name}-${lang}-${theme}`;
          await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
          found[name] = { violations: await seriousViolations(page), sideways: await sideways(page) };
        };
        await page.getByTestId("report-month").waitFor();
        await shoot("update");
        await page.getByTestId("report-month").click();
        await page.getByTestId("month-grid").waitFor();
        // After the popover's fade-in: mid-animation its text is faint, and axe would measure that.
        await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid="month-grid"]') as Element).opacity === "1");
        await shoot("month");
        await page.keyboard.press("Escape");
        await page.getByTestId("month-grid").waitFor({ state: "detached" });
        await page.getByRole("button", { name: words.button }).click();
        await page.locator('[data-testid="result"], [data-testid="result-checks"], [data-testid="result-errors"]').first().waitFor();
        await shoot("result");
        await page.getByRole("tab", { name: words.setup }).click();
        await page.getByTestId("source-0-summary").waitFor();
        await shoot("setup");
        await page.getByTestId("source-0-summary").getByRole("button").click();
        await page.locator('input[data-field="grant"]').waitFor();
        await shoot("setup-columns");
        await page.getByRole("tab", { name: words.history }).click();
        await page.getByTestId("history-table").waitFor();
        await shoot("history");
        expect(errors).toEqual([]);
        await page.close();
      }
    }
  }
  const failures = Object.entries(found).filter(([, seen]) => seen.violations.length > 0 || seen.sideways > 0);
  // The whole list in the failure message, so the run says what to mend where.
  expect(failures.map(([name, seen]) => `${name}: sideways ${seen.sideways} px; ${seen.violations.join(" | ")}`)).toEqual([]);
});
