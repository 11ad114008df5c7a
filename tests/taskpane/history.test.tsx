/**
 * @jest-environment ./tests/taskpane/environment.js
 */
// Historik in jsdom (issue 19): the delete dialog gives the focus back to the button that opened it, also
// when cancelled (Tabster's focus guards at the page's ends, there for good once a dialog has opened, turn
// tabbable aria-hidden elements whenever the focus is left on the body: axe's aria-hidden-focus), and the
// narrow rows keep each value's name beside it.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { HistoryTab } from "../../src/taskpane/components/HistoryTab";
import type { HistoryPeriod } from "../../src/excel/types";
import { TextProvider } from "../../src/taskpane/text";

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const HISTORY: HistoryPeriod[] = [
  { period: "2024-10", reportDate: "2024-10-31", areas: 4, savedAt: "2024-11-05T10:00:00Z", grant: 0, outcome: false },
  { period: "2024-09", reportDate: "2024-09-30", areas: 4, savedAt: "2024-10-04T09:00:00Z", grant: 0, outcome: false },
];

/** The tab over a history that loses a period when it is deleted, as the pane's does when it reads it again. */
function Harness({ onDelete }: { onDelete(period: string): void }) {
  const [history, setHistory] = useState(HISTORY);
  return (
    <HistoryTab
      history={history}
      onDelete={async (period) => {
        onDelete(period);
        setHistory((periods) => periods.filter((entry) => entry.period !== period));
        return { ok: true, errors: [] };
      }}
      onMarkOutcome={async () => ({ ok: true, errors: [] })}
      renderProblems={() => null}
    />
  );
}

function renderHistory(onDelete = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TextProvider lang="sv">
        <Harness onDelete={onDelete} />
      </TextProvider>
    </FluentProvider>,
  );
  return onDelete;
}

async function openDialog(name: string): Promise<HTMLElement> {
  const opener = screen.getByRole("button", { name });
  opener.focus();
  fireEvent.click(opener);
  return screen.findByRole("alertdialog");
}

it.each([
  ["Avbryt", (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole("button", { name: "Avbryt" }))],
  ["Escape", (dialog: HTMLElement) => fireEvent.keyDown(dialog, { key: "Escape" })],
])("gives the focus back to the row's delete button when the dialog is closed with %s", async (_, closeIt) => {
  const onDelete = renderHistory();
  const name = "Ta bort prognosen per 30 september 2024";
  const dialog = await openDialog(name);
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  closeIt(dialog);
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name })));
  expect(onDelete).not.toHaveBeenCalled();
});

it("names the month in words in the dialog, not the period key", async () => {
  renderHistory();
  const dialog = await openDialog("Ta bort prognosen per 30 september 2024");
  expect(within(dialog).getByText(/^De 4 raderna för/).textContent).toBe("De 4 raderna för september 2024 tas bort ur Prognoshistorik. Det går inte att ångra här.");
});

it("gives the focus to the heading when the row that asked is gone", async () => {
  const onDelete = renderHistory();
  const dialog = await openDialog("Ta bort prognosen per 31 oktober 2024");
  fireEvent.click(within(dialog).getByRole("button", { name: "Ta bort" }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  expect(onDelete).toHaveBeenCalledWith("2024-10");
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Sparade prognoser" })));
});

it("keeps the name with the value in every row, for the narrow pane where the column headings are hidden", () => {
  renderHistory();
  const row = document.querySelector('tr[data-period="2024-10"]') as HTMLElement;
  const cells = within(row).getAllByRole("cell");
  // The name and the number in one cell, so that at 160 CSS px "4" never stands alone.
  expect(cells[0].textContent).toBe("Områden: 4");
  expect(cells[1].textContent).toMatch(/^Sparad: 5 november 2024 \d\d:00$/);
  // Screen readers have the column heading: the visible name is hidden from them.
  expect(within(cells[0]).getByText("Områden:", { exact: false }).getAttribute("aria-hidden")).toBe("true");
});
