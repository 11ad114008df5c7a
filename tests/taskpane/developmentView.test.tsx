/**
 * @jest-environment ./tests/taskpane/environment.js
 */
// The pane's year (issue 22) in jsdom against the headless host: after an update of November over the
// seed's October, the development view shows both months' full-year deviations; the history tab marks
// November as the year's outcome, and the next update shows each forecast's error against it, the mean
// absolute error and the draft text's accuracy sentence. Figures by hand from tests/fixtures/seedWorkbook.ts
// (October) and the seed's table (November), tkr.
import { webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { historyFromValues } from "../../src/engine/history";
import type { CellValue } from "../../src/engine/types";
import { createHeadlessHost, type HeadlessHost } from "../../src/headless";
import { buildSeedWorkbook, SEED_CONFIG } from "../fixtures/seedWorkbook";

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

const AM = "Arbetsmarknad och ekonomiskt bistånd";
const IFO = "Individ och familj";
const BOENDE = "Boende, tillsyn och service";
const STAB = "Stab och förvaltningsövergripande kostnader";
const MINUS = "\u2212";
const sv = (text: string) => text.replace(/-/g, MINUS).replace(/ /g, "\u00a0");

beforeAll(() => {
  window.requestAnimationFrame = (callback) => setTimeout(() => callback(0), 0) as unknown as number;
});

async function seedHost(): Promise<HeadlessHost> {
  return createHeadlessHost(await buildSeedWorkbook({ baseline: true, config: { ...SEED_CONFIG, reportDate: undefined } }));
}

const tab = (name: string) => screen.getByRole("tab", { name });
async function switchTab(name: string): Promise<void> {
  fireEvent.click(tab(name));
  await waitFor(() => expect(tab(name).getAttribute("aria-selected")).toBe("true"));
}

async function updateNow(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Uppdatera prognos" }));
  await screen.findByTestId("result", {}, { timeout: 15_000 });
}

/** The table's rows as text: the row header, then every cell. */
function tableRows(table: HTMLElement): string[][] {
  return within(table).getAllByRole("row").slice(1).map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ""));
}

function outcomeMarks(host: HeadlessHost): string[] {
  const values: CellValue[][] = [];
  host.workbook.getWorksheet("Prognoshistorik")?.eachRow((row) => values.push((row.values as CellValue[]).slice(1).map((value) => value ?? null)));
  return [...new Set(historyFromValues(values, "Prognoshistorik", "A1").rows.filter((row) => row.outcome).map((row) => row.period))];
}

it("shows October and November, then November as the outcome with each forecast's error", async () => {
  const host = await seedHost();
  render(<App run={host.run} lang="sv" theme={webLightTheme} today="2024-12-02" />);
  await screen.findByTestId("report-month");
  await updateNow();

  const development = await screen.findByTestId("development");
  expect(within(development).getByRole("heading", { level: 3 }).textContent).toBe("Prognosutveckling 2024");
  const table = within(development).getByTestId("development-table");
  expect(within(table).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Verksamhetsområde", "okt", "nov"]);
  // The table's name is a line of its own above the scrolling region, so that it wraps in the pane (at 200 %
  // zoom a <caption>, as wide as the table, ran out of it), and it still names the table.
  const caption = within(development).getByTestId("development-table-caption");
  expect(caption.textContent).toBe("Budgetavvikelse helår enligt varje prognos under året, tkr");
  expect(within(development).getByRole("region").contains(caption)).toBe(false);
  expect(within(development).getByRole("table", { name: "Budgetavvikelse helår enligt varje prognos under året, tkr" })).toBe(table);
  // October 48 200 → November 51 100 …; the total 10 950 → 0, a change of −10 950.
  expect(tableRows(table)).toEqual([
    [AM, sv("48 200"), sv("51 100")],
    [IFO, sv("-60 000"), sv("-67 000")],
    [BOENDE, sv("-45 000"), sv("-45 000")],
    [STAB, sv("67 750"), sv("60 900")],
    ["Nämndens ram", sv("10 950"), "0"],
    ["Förändring mot föregående prognos", "", sv("-10 950")],
  ]);
  const chart = within(development).getByRole("img");
  expect(chart.getAttribute("aria-label")).toContain("okt till nov, tkr");
  // A line per area and the total, two points each, at the values of the table.
  const lines = Array.from(chart.querySelectorAll("g[data-line]"));
  expect(lines.map((line) => line.getAttribute("data-line"))).toEqual([AM, IFO, BOENDE, STAB, "Nämndens ram"]);
  expect(Array.from(lines[4].querySelectorAll("circle")).map((point) => Number(point.getAttribute("data-value")))).toEqual([10_950, 0]);
  expect(within(development).queryByTestId("accuracy-table")).toBeNull();

  await switchTab("Historik");
  const toggle = await screen.findByRole("button", { name: "Markera prognosen per 30 november 2024 som årets utfall" });
  expect(toggle.getAttribute("aria-pressed")).toBe("false");
  fireEvent.click(toggle);
  await screen.findByText("Prognosen per 30 november 2024 är markerad som utfallet för 2024. Uppdatera prognosen för att se prognossäkerheten.");
  expect(outcomeMarks(host)).toEqual(["2024-11"]);
  await waitFor(() => expect(screen.getByTestId("outcome-2024-11").getAttribute("aria-pressed")).toBe("true"));
  expect(screen.getByTestId("outcome-2024-10").getAttribute("aria-pressed")).toBe("false");

  await switchTab("Rapport");
  await updateNow();
  await waitFor(() => expect(screen.getByTestId("development").querySelector('[data-testid="accuracy-table"]')).not.toBeNull());
  const accuracy = screen.getByTestId("accuracy-table");
  expect(within(accuracy).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Verksamhetsområde", "Utfall", "okt"]);
  // Error = outcome − forecast: 51 100 − 48 200 = +2 900; −67 000 − (−60 000) = −7 000; 0; 60 900 − 67 750 = −6 850;
  // the total 0 − 10 950; the mean of |error| (2 900 + 7 000 + 0 + 6 850) / 4 = 4 187,5, shown 4 188.
  expect(tableRows(accuracy)).toEqual([
    [AM, sv("51 100"), sv("+2 900")],
    [IFO, sv("-67 000"), sv("-7 000")],
    [BOENDE, sv("-45 000"), "0"],
    [STAB, sv("60 900"), sv("-6 850")],
    ["Nämndens ram", "0", sv("-10 950")],
    ["Medelabsolutfel per område", "", sv("4 188")],
  ]);
  // The draft text says how far the October forecast was from the outcome, as the CLI's does.
  const text = (await screen.findByTestId("narrative")) as HTMLTextAreaElement;
  await waitFor(() => expect(text.value).toContain("Utfallet för 2024 blev ett nollresultat, vilket är"));
  expect(text.value).toMatch(/Utfallet för 2024 blev ett nollresultat, vilket är .* miljoner kronor sämre än prognosen per den 31 oktober 2024\./);
});
