/**
 * @jest-environment ./tests/taskpane/environment.js
 */
// Native drop-downs at 200 % zoom (issue 19): a <select> cannot wrap its text, and 160 CSS px showed
// "prognos per 31" and "Automatiskt (". When the pane is narrow the options are short enough to be read whole.
import { webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { createHeadlessHost } from "../../src/headless";
import { paneIsNarrow } from "./narrowPane";
import { buildSeedWorkbook, SEED_CONFIG } from "../fixtures/seedWorkbook";

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const optionTexts = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((option) => option.text.replace(/\u00a0/g, " "));

async function selectsShown(narrow: boolean) {
  paneIsNarrow(narrow);
  // The report's drop-downs, with a stored configuration and a baseline.
  const stored = createHeadlessHost(await buildSeedWorkbook({ baseline: true, config: { ...SEED_CONFIG, reportDate: undefined } }));
  const pane = render(<App run={stored.run} lang="sv" theme={webLightTheme} today="2024-12-02" />);
  const baseline = optionTexts(await screen.findByTestId("baseline"));
  fireEvent.click(screen.getByRole("tab", { name: "Inställningar" }));
  const outputUnit = optionTexts(await screen.findByRole("combobox", { name: "Enhet i rapporten" }));
  pane.unmount();
  // A source's drop-downs as detection fills them: the first run's step 2, the mapping unfolded.
  const fresh = createHeadlessHost(await buildSeedWorkbook({ config: null }));
  render(<App run={fresh.run} lang="sv" theme={webLightTheme} today="2024-12-02" />);
  fresh.select("Controller!A3:F9");
  fireEvent.click(await screen.findByRole("button", { name: "Hämta från markeringen" }));
  fireEvent.click(within(await screen.findByTestId("source-0-summary")).getByRole("button", { name: "Ändra" }));
  const unit = optionTexts(await screen.findByTestId("source-0-unit"));
  const netCostSign = optionTexts(screen.getByTestId("source-0-sign-netcost"));
  const hints = ["source-0-unit", "source-0-sign-netcost"].map((testId) => {
    const described = screen.getByTestId(testId).getAttribute("aria-describedby") ?? "";
    return described.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join("");
  });
  return { baseline, outputUnit, unit: unit.slice(1), auto: [unit[0], netCostSign[0]], hints };
}

it("writes the options in full in a pane of 320 px and more", async () => {
  const shown = await selectsShown(false);
  expect(shown.baseline).toEqual(["prognos per 31 oktober 2024"]);
  expect(shown.auto).toEqual(["Automatiskt (hittad: tkr)", "Automatiskt (hittad: negativt)"]);
  expect(shown.outputUnit).toEqual(["tkr", "mnkr, en decimal"]);
  expect(shown.hints).toEqual(["", ""]);
});

it("writes them short when the pane is narrow: the date alone, the unit words, Auto with what was found as the hint", async () => {
  const shown = await selectsShown(true);
  expect(shown.baseline).toEqual(["31 okt 2024"]);
  expect(shown.unit).toEqual(["kr", "tkr", "mnkr"]);
  expect(shown.auto).toEqual(["Auto", "Auto"]);
  // What detection found is said under the field instead.
  expect(shown.hints).toEqual(["hittad: tkr", "hittad: negativt"]);
  expect(shown.outputUnit).toEqual(["tkr", "mnkr"]);
});
