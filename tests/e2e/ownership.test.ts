// Issue 14's flow in Chromium, with only the harness API (startSession, openPreview, setUpSource) and the
// in-page hooks: insert the draft text under the table, edit one of its cells through the host, update
// again — the edit is still there; a changed table cell stops the update until the economist allows it.
import type { Page } from "playwright-core";
import { hooks, LABELS, openPreview, screenshotPath, setUpSource, sessionForFile } from "./preview";

const SV = LABELS.sv;

const session = sessionForFile();


async function update(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Uppdatera prognos$/ }).click();
  await page.locator('[data-testid="result"], [data-testid="result-errors"]').first().waitFor();
}

test("the draft text edited in the sheet survives the next update", async () => {
  const { page, errors } = await openPreview(session());
  await setUpSource(page, SV);
  await update(page);
  // Under the table, the economist's choice (above is the default, as the seed).
  await page.getByRole("radio", { name: "Under tabellen" }).check();
  await page.getByRole("button", { name: "Infoga under tabellen" }).click();
  await page.getByText(/Texten är infogad i Rapport!A14/).waitFor();
  await hooks(page, (preview) => preview.setCell("Rapport!A14", "Vår egen sammanfattning av perioden."));

  await update(page);
  await page.getByTestId("result").waitFor();
  expect(await hooks(page, (preview) => preview.values("Rapport!A14:A14"))).toEqual([["Vår egen sammanfattning av perioden."]]);
  await page.screenshot({ path: screenshotPath("ownership-text-kept"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

test("a changed table cell stops the update, named, until the economist allows replacing it", async () => {
  const { page, errors } = await openPreview(session());
  await setUpSource(page, SV);
  await update(page);
  await hooks(page, (preview) => preview.setCell("Rapport!C6", 1700000));

  await update(page);
  const failed = page.getByTestId("result-errors");
  expect(await failed.textContent()).toContain("har ändrats efter förra uppdateringen");
  expect(await failed.locator('button[data-cell="Rapport!C6"]').count()).toBe(1);
  expect(await hooks(page, (preview) => preview.values("Rapport!C6:C6"))).toEqual([[1700000]]);
  await page.screenshot({ path: screenshotPath("ownership-edited-cell"), fullPage: true });

  await page.getByRole("button", { name: "Ersätt ändringarna och uppdatera" }).click();
  await page.getByTestId("result").waitFor();
  expect(await hooks(page, (preview) => preview.values("Rapport!C6:C6"))).toEqual([[1645081]]);
  expect(errors).toEqual([]);
  await page.close();
});
