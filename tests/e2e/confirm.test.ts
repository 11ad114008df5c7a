// Issue 15's flow in Chromium, with only the harness API and the in-page hooks: a report that may be wrong
// is not written; the pane lists its check warnings in a warning bar with one button to write it anyway; the
// same figures do not ask again; the ribbon button opens the pane there too.
import type { Page } from "playwright-core";
import { hooks, LABELS, openPreview, screenshotPath, setUpSource, sessionForFile } from "./preview";

const SV = LABELS.sv;

const session = sessionForFile();


const anyResult = '[data-testid="result"], [data-testid="result-errors"], [data-testid="result-checks"]';

async function update(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Uppdatera prognos$/ }).click();
  await page.locator(anyResult).first().waitFor();
}

test("a report that may be wrong waits for the go-ahead, which is not asked again for the same figures", async () => {
  const { page, errors } = await openPreview(session());
  await setUpSource(page, SV);
  // Arbetsmarknad's grant 1 000 tkr too high: the controllers' own total row no longer adds up.
  await hooks(page, (preview) => preview.setCell("Controller!C5", 1646081));
  await update(page);

  const checks = page.getByTestId("result-checks");
  await checks.waitFor();
  expect(await checks.textContent()).toContain("Rapporten kan bli fel – den är inte skriven");
  expect(await page.getByTestId("check-list").locator('button[data-cell="Controller!C9"]').count()).toBe(1);
  expect(await hooks(page, (preview) => preview.sheetNames())).not.toContain("Rapport");
  await page.screenshot({ path: screenshotPath("confirm-checks"), fullPage: true });

  await page.getByRole("button", { name: "Skriv rapporten ändå" }).click();
  await page.getByTestId("result").waitFor();
  expect(await hooks(page, (preview) => preview.sheetNames())).toContain("Rapport");
  expect(await hooks(page, (preview) => preview.values("Rapport!C6:C6"))).toEqual([[1646081]]);

  await update(page);
  expect(await page.getByTestId("result").count()).toBe(1);
  expect(await page.getByTestId("result-checks").count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test("the ribbon button opens the pane at the warnings, writing nothing", async () => {
  const { page } = await openPreview(session());
  await setUpSource(page, SV);
  await hooks(page, (preview) => preview.setCell("Controller!C5", 1646081));
  await page.getByTestId("ribbon-update").click();
  await page.getByTestId("result-checks").waitFor();
  expect(await hooks(page, (preview) => preview.sheetNames())).not.toContain("Rapport");
  await page.getByRole("button", { name: "Skriv rapporten ändå" }).click();
  await page.getByTestId("result").waitFor();
  expect(await hooks(page, (preview) => preview.sheetNames())).toContain("Rapport");
  await page.close();
});
