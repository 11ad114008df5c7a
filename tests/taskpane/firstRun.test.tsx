/**
 * @jest-environment ./tests/taskpane/environment.js
 */
// The first run in three steps (issue 19: source, mapping, baseline), with the keyboard only: Tab moves the
// focus through the pane in document order, Enter presses the focused button, and every step's button has to
// be reached that way. A workbook without settings opens on step 1; saving goes on to step 3; the baseline
// imported or skipped goes to Rapport, with the saved message and the focus on the update button.
import { webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { createHeadlessHost, type HeadlessHost } from "../../src/headless";
import { buildSeedWorkbook } from "../fixtures/seedWorkbook";

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => {
  window.requestAnimationFrame = (callback) => setTimeout(() => callback(0), 0) as unknown as number;
});

async function firstRunPane(): Promise<HeadlessHost> {
  const host = await createHeadlessHost(await buildSeedWorkbook({ config: null }));
  render(<App run={host.run} lang="sv" theme={webLightTheme} today="2024-12-02" />);
  return host;
}

/** What Tab reaches, in document order (jsdom has no layout: hidden means disabled or a negative tabindex). */
function tabbable(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href], [tabindex]")].filter(
    (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.getAttribute("aria-hidden") !== "true",
  );
}

function pressTab(): void {
  const all = tabbable();
  const next = all[(all.indexOf(document.activeElement as HTMLElement) + 1) % all.length];
  fireEvent.keyDown(document.activeElement ?? document.body, { key: "Tab" });
  act(() => next.focus());
}

/** Tabs on until the focus is on the control named `name`; fails when a whole round does not reach it. */
function tabTo(name: RegExp): HTMLElement {
  const nameOf = (element: Element) => element.getAttribute("aria-label") ?? (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ?? element.textContent ?? "";
  for (let presses = 0; presses <= tabbable().length; presses++) {
    if (document.activeElement && document.activeElement !== document.body && name.test(nameOf(document.activeElement).trim())) return document.activeElement as HTMLElement;
    pressTab();
  }
  throw new Error(`Tab never reaches ${name}`);
}

/** Enter on the focused button: what the browser does is a click on it. */
async function pressEnter(): Promise<void> {
  const focused = document.activeElement as HTMLElement;
  fireEvent.keyDown(focused, { key: "Enter" });
  await act(async () => {
    if (focused.tagName === "BUTTON") fireEvent.click(focused);
  });
}

async function onStep(title: string): Promise<void> {
  const heading = await screen.findByRole("heading", { name: title });
  await waitFor(() => expect(document.activeElement).toBe(heading));
  const current = screen.getByRole("list", { name: "Första gången, tre steg" }).querySelectorAll('[aria-current="step"]');
  expect([...current].map((step) => step.textContent)).toEqual([title.replace(/^Steg (\d) av 3 · /, "$1")]);
}

const stored = (host: HeadlessHost) => host.workbook.getWorksheet("Prognosinställningar")?.getCell("A1").value;

it("goes through source, mapping and baseline with Tab and Enter, back keeping what was typed, and skips the baseline", async () => {
  const host = await firstRunPane();
  await screen.findByRole("heading", { name: "Steg 1 av 3 · Källa" });
  expect(screen.getByRole("tab", { name: "Inställningar" }).getAttribute("aria-selected")).toBe("true");
  // Step 1 is the source alone: no report settings, no baseline yet.
  expect(screen.queryByRole("textbox", { name: /Tolerans/ })).toBeNull();
  expect(screen.queryByRole("button", { name: "Importera från markeringen" })).toBeNull();
  host.select("Controller!A3:F9");
  tabTo(/^Hämta från markeringen$/);
  await pressEnter();

  await onStep("Steg 2 av 3 · Kolumner");
  expect(screen.getByTestId("source-0-summary").textContent).toMatch(/^4 verksamhetsområden och Nämndens ram hittade/);
  const tolerance = tabTo(/^Tolerans/) as HTMLInputElement;
  fireEvent.change(tolerance, { target: { value: "5" } });
  tabTo(/^Tillbaka$/);
  await pressEnter();

  await onStep("Steg 1 av 3 · Källa");
  tabTo(/^Hämta från markeringen$/);
  await pressEnter();
  await onStep("Steg 2 av 3 · Kolumner");
  expect((screen.getByRole("textbox", { name: /Tolerans/ }) as HTMLInputElement).value).toBe("5");
  expect(stored(host)).toBeFalsy();
  tabTo(/^Spara och fortsätt$/);
  await pressEnter();

  // Saved, and still in setup for the baseline.
  await onStep("Steg 3 av 3 · Jämförelse");
  expect(JSON.parse(String(stored(host))).tolerance).toBeGreaterThan(0);
  expect(screen.getByRole("tab", { name: "Inställningar" }).getAttribute("aria-selected")).toBe("true");
  tabTo(/^Hoppa över$/);
  await pressEnter();

  expect((await screen.findByTestId("settings-saved")).textContent).toBe("Inställningarna är sparade i arbetsboken.");
  // Skipped: nothing was imported, and nothing says so.
  expect(screen.queryByTestId("baseline-imported")).toBeNull();
  expect(screen.getByRole("tab", { name: "Rapport" }).getAttribute("aria-selected")).toBe("true");
  await waitFor(() => expect(document.activeElement?.textContent).toBe("Uppdatera prognos"));
  // Once done, setup is the whole form again.
  fireEvent.click(screen.getByRole("tab", { name: "Inställningar" }));
  expect(await screen.findByRole("button", { name: "Spara inställningar" })).toBeTruthy();
  expect(screen.queryByTestId("first-run-step")).toBeNull();
});

it("imports the baseline on step 3 with the keyboard, and the report can compare with it", async () => {
  const host = await firstRunPane();
  await screen.findByRole("heading", { name: "Steg 1 av 3 · Källa" });
  host.select("Controller!A3:F9");
  tabTo(/^Hämta från markeringen$/);
  await pressEnter();
  await onStep("Steg 2 av 3 · Kolumner");
  tabTo(/^Spara och fortsätt$/);
  await pressEnter();
  await onStep("Steg 3 av 3 · Jämförelse");
  expect(screen.getByTestId("baseline-month").textContent).toBe("oktober 2024");
  tabTo(/^Importera från markeringen$/);
  await pressEnter();

  expect((await screen.findByTestId("settings-saved")).textContent).toBe("Inställningarna är sparade i arbetsboken.");
  // The import's own message comes along to the report, in the same group of success messages.
  const group = screen.getByTestId("setup-done");
  expect(within(group).getByTestId("baseline-imported").textContent).toBe("4 verksamhetsområden importerade för oktober 2024.");
  expect(within(group).getByTestId("settings-saved")).toBeTruthy();
  await waitFor(() => expect(document.activeElement?.textContent).toBe("Uppdatera prognos"));
  const baseline = screen.getByTestId("baseline") as HTMLSelectElement;
  expect([...baseline.options].map((option) => option.value)).toEqual(["2024-10"]);
});

it("shows on step 1, reached again with Tillbaka, the source already fetched, and goes on with it", async () => {
  const host = await firstRunPane();
  await screen.findByRole("heading", { name: "Steg 1 av 3 · Källa" });
  // Nothing fetched yet: nothing to go on with.
  expect(screen.queryByTestId("fetched-source")).toBeNull();
  expect(screen.queryByRole("button", { name: "Fortsätt" })).toBeNull();
  host.select("Controller!A3:F9");
  tabTo(/^Hämta från markeringen$/);
  await pressEnter();
  await onStep("Steg 2 av 3 · Kolumner");
  const tolerance = tabTo(/^Tolerans/) as HTMLInputElement;
  fireEvent.change(tolerance, { target: { value: "5" } });
  tabTo(/^Tillbaka$/);
  await pressEnter();

  await onStep("Steg 1 av 3 · Källa");
  expect(screen.getByTestId("fetched-source").textContent).toBe("Hämtat från Controller!A3:F9: 4 verksamhetsområden och Nämndens ram hittade.");
  // The selection has moved on since: going on keeps the fetched source, it does not fetch the selection.
  host.select("Controller!A1");
  tabTo(/^Fortsätt$/);
  await pressEnter();
  await onStep("Steg 2 av 3 · Kolumner");
  expect((screen.getByTestId("source-0-range") as HTMLInputElement).value).toBe("Controller!A3:F9");
  expect((screen.getByRole("textbox", { name: /Tolerans/ }) as HTMLInputElement).value).toBe("5");
});
