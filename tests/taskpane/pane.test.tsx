/**
 * @jest-environment ./tests/taskpane/environment.js
 */
// The pane in jsdom with React Testing Library, against the headless host (issue 14, cases 2, 3, 4 and 6):
// what the economist chose or typed survives tab switches and reloads, a workbook that cannot be read gives
// a message with a way forward instead of a spinner, and saving the settings keeps the focus and the message.
import { webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { RunExcel } from "../../src/excel/types";
import { createHeadlessHost, type HeadlessHost } from "../../src/headless";
import { buildSeedWorkbook, SEED_CONFIG } from "../fixtures/seedWorkbook";

jest.setTimeout(30_000);
// The adapter and the views load as chunks of their own (dynamic imports): on a busy machine the first
// render after one takes longer than Testing Library's default second.
configure({ asyncUtilTimeout: 10_000 });

const TODAY = "2024-12-02";

async function seedHost(config = true): Promise<HeadlessHost> {
  return createHeadlessHost(await buildSeedWorkbook({ baseline: true, config: config ? { ...SEED_CONFIG, reportDate: undefined } : null }));
}

function renderPane(run: RunExcel) {
  return render(<App run={run} lang="sv" theme={webLightTheme} today={TODAY} />);
}

const tab = (name: string) => screen.getByRole("tab", { name });
async function switchTab(name: string): Promise<void> {
  fireEvent.click(tab(name));
  await waitFor(() => expect(tab(name).getAttribute("aria-selected")).toBe("true"));
}

async function updateNow(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Uppdatera prognos" }));
  await screen.findByTestId("result", {}, { timeout: 10_000 });
}

/** Opens a month picker (the report month's unless named) and presses the keys on its focused month, then Enter. */
async function chooseMonthWithKeys(keys: string[], field = "report-month"): Promise<void> {
  fireEvent.click(screen.getByTestId(field));
  const grid = await screen.findByRole("grid", {}, { timeout: 10_000 });
  await waitFor(() => expect(grid.contains(document.activeElement)).toBe(true));
  for (const key of keys) fireEvent.keyDown(document.activeElement as Element, { key });
  fireEvent.click(document.activeElement as Element);
  await waitFor(() => expect(screen.queryByRole("grid")).toBeNull());
}

beforeAll(() => {
  // jsdom has no layout; the pane asks for a frame to move the focus to the result.
  window.requestAnimationFrame = (callback) => setTimeout(() => callback(0), 0) as unknown as number;
});

describe("case 2: the report date, the baseline and the edited draft text survive a switch of tabs", () => {
  it("keeps a report date typed, and the baseline chosen, across Inställningar and back", async () => {
    const host = await seedHost();
    renderPane(host.run);
    const month = await screen.findByTestId("report-month");
    expect(month.textContent).toBe("november 2024");
    expect(month.getAttribute("data-date")).toBe("2024-11-30");
    await updateNow(); // stores November, so December can be compared with November or October
    await chooseMonthWithKeys(["ArrowRight"]);
    expect(screen.getByTestId("report-month").textContent).toBe("december 2024");
    const baseline = screen.getByTestId("baseline") as HTMLSelectElement;
    await waitFor(() => expect(baseline.options.length).toBe(2));
    fireEvent.change(baseline, { target: { value: "2024-10" } });
    await switchTab("Inställningar");
    await switchTab("Rapport");
    expect(screen.getByTestId("report-month").getAttribute("data-date")).toBe("2024-12-31");
    expect((screen.getByTestId("baseline") as HTMLSelectElement).value).toBe("2024-10");
  });

  it("keeps the draft text edited in the pane across Historik and back", async () => {
    const host = await seedHost();
    renderPane(host.run);
    await screen.findByTestId("report-month");
    await updateNow();
    const text = screen.getByTestId("narrative") as HTMLTextAreaElement;
    fireEvent.change(text, { target: { value: "Vår egen text om november." } });
    await switchTab("Historik");
    await switchTab("Rapport");
    expect((screen.getByTestId("narrative") as HTMLTextAreaElement).value).toBe("Vår egen text om november.");
  });
});

describe("case 3: unsaved settings survive a reload of the workbook's state", () => {
  it("keeps a tolerance typed but not saved when a baseline is imported", async () => {
    const host = await seedHost();
    renderPane(host.run);
    await screen.findByTestId("report-month");
    await switchTab("Inställningar");
    // Setup is a chunk of its own.
    const tolerance = (await screen.findByRole("textbox", { name: /Tolerans/ })) as HTMLInputElement;
    fireEvent.change(tolerance, { target: { value: "5" } });
    host.select("Controller!A3:F9");
    // The baseline's month with the same picker as the report month: October by default, September one key left.
    const baselineMonth = await screen.findByTestId("baseline-month", {}, { timeout: 10_000 });
    expect([baselineMonth.textContent, baselineMonth.getAttribute("data-period")]).toEqual(["oktober 2024", "2024-10"]);
    await chooseMonthWithKeys(["ArrowLeft"], "baseline-month");
    expect(screen.getByTestId("baseline-month").textContent).toBe("september 2024");
    fireEvent.click(screen.getByRole("button", { name: "Importera från markeringen" }));
    await screen.findByText("4 verksamhetsområden importerade för september 2024.", {}, { timeout: 10_000 });
    expect((screen.getByRole("textbox", { name: /Tolerans/ }) as HTMLInputElement).value).toBe("5");
    // And across a switch of tabs too.
    await switchTab("Historik");
    await switchTab("Inställningar");
    expect((screen.getByRole("textbox", { name: /Tolerans/ }) as HTMLInputElement).value).toBe("5");
  });
});

describe("case 4: a workbook that cannot be read gives a message and a way forward, never an endless spinner", () => {
  it("shows why and offers to try again, which then works", async () => {
    const host = await seedHost();
    let fail = true;
    const run: RunExcel = (batch) => (fail ? Promise.reject(Object.assign(new Error("Excel is busy"), { code: "GeneralException" })) : host.run(batch));
    renderPane(run);
    const failure = await screen.findByTestId("load-failed");
    expect(failure.textContent).toContain("Arbetsboken gick inte att läsa");
    expect(failure.textContent).toContain("Excel is busy");
    expect(screen.queryByText("Läser arbetsboken …")).toBeNull();
    fail = false;
    fireEvent.click(within(failure).getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByTestId("report-month")).toBeTruthy();
  });

  it("outside Excel it says where Prognos runs", async () => {
    const outside: RunExcel = () => Promise.reject(Object.assign(new Error("no Excel"), { code: "NotInExcel" }));
    renderPane(outside);
    expect((await screen.findByTestId("load-failed")).textContent).toContain("Prognos körs inuti Excel");
  });
});

describe("case 6: saving the settings keeps the keyboard focus and its message", () => {
  it("on the first run, after the baseline step, moves the focus to the update button, not the page, and says the settings are saved there", async () => {
    const host = await seedHost(false);
    renderPane(host.run);
    await waitFor(() => expect(tab("Inställningar").getAttribute("aria-selected")).toBe("true"));
    host.select("Controller!A3:F9");
    fireEvent.click(await screen.findByRole("button", { name: "Hämta från markeringen" }));
    await screen.findByTestId("source-0-range", {}, { timeout: 10_000 });
    const save = screen.getByRole("button", { name: "Spara och fortsätt" });
    save.focus();
    await act(async () => {
      fireEvent.click(save);
    });
    const skip = await screen.findByRole("button", { name: "Hoppa över" });
    skip.focus();
    await act(async () => {
      fireEvent.click(skip);
    });
    const saved = await screen.findByTestId("settings-saved", {}, { timeout: 10_000 });
    expect(saved.textContent).toBe("Inställningarna är sparade i arbetsboken.");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Uppdatera prognos"));
    expect(document.activeElement).not.toBe(document.body);
  });
});

describe("case 1 in the pane: a changed cell in the report", () => {
  it("is named, and the economist can allow replacing it for this update", async () => {
    const host = await seedHost();
    renderPane(host.run);
    await screen.findByTestId("report-month");
    await updateNow();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Rapport").getRange("C6").values = [[1_700_000]];
      await context.sync();
    });
    fireEvent.click(screen.getByRole("button", { name: "Uppdatera prognos" }));
    const errors = await screen.findByTestId("result-errors", {}, { timeout: 10_000 });
    expect(errors.textContent).toContain("Rapport!C6");
    expect(errors.textContent).toContain("har ändrats efter förra uppdateringen");
    fireEvent.click(within(errors).getByRole("button", { name: "Ersätt ändringarna och uppdatera" }));
    await screen.findByTestId("result", {}, { timeout: 10_000 });
    expect(host.workbook.getWorksheet("Rapport")!.getCell("C6").value).toBe(1645081);
  });
});

describe("the draft text's place in the workbook (issue 19)", () => {
  it("goes above the table by default, as the seed; the choice of below is stored and kept by a settings save", async () => {
    const host = await seedHost();
    renderPane(host.run);
    await screen.findByTestId("report-month");
    await updateNow();
    // The draft text's part of the pane is a chunk of its own.
    expect(((await screen.findByRole("radio", { name: "Ovanför tabellen" }, { timeout: 10_000 })) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Infoga ovanför tabellen" }));
    await screen.findByText(/Texten är infogad i Rapport!A1:G\d\./, {}, { timeout: 10_000 });
    const sheet = host.workbook.getWorksheet("Rapport")!;
    expect(String(sheet.getCell("A1").value)).toMatch(/kommunbidrag|överskott|underskott|nollresultat/);

    fireEvent.click(screen.getByRole("radio", { name: "Under tabellen" }));
    const stored = () => JSON.parse(String(host.workbook.getWorksheet("Prognosinställningar")!.getCell("A1").value));
    await waitFor(() => expect(stored().output.narrative).toBe("below"));
    expect(screen.getByRole("button", { name: "Infoga under tabellen" })).toBeTruthy();
    // A save of the settings form (which does not show the choice) keeps it.
    await switchTab("Inställningar");
    fireEvent.click(await screen.findByRole("button", { name: "Spara inställningar" }, { timeout: 10_000 }));
    await waitFor(() => expect(tab("Rapport").getAttribute("aria-selected")).toBe("true"));
    expect(stored().output.narrative).toBe("below");
  });
});
