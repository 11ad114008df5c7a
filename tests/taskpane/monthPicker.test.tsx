/**
 * @jest-environment ./tests/taskpane/environment.js
 */
// The report month's picker in jsdom (issue 19): opens on the chosen month, the arrow keys move the focus
// (across a year, never past the current month), a choice gives the month's last day, Escape closes
// without a choice and gives the focus back, and the names are the pane's language's in an English browser.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { ReportMonthField } from "../../src/taskpane/components/ReportMonthField";
import { TextProvider } from "../../src/taskpane/text";
import type { Lang } from "../../src/i18n/index";

// The grid is a lazy chunk and every step renders Fluent in jsdom: on a loaded 2-core machine one test
// took over jest's default 5 s.
jest.setTimeout(30_000);

configure({ asyncUtilTimeout: 10_000 });

function Harness({ initial, lang, chosen, latest = { year: 2024, month: 12 } }: { initial: string; lang: Lang; chosen: string[]; latest?: { year: number; month: number } }) {
  const [date, setDate] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <TextProvider lang={lang}>
        <ReportMonthField
          reportDate={date}
          onReportDate={(next) => {
            chosen.push(next);
            setDate(next);
          }}
          latest={latest}
        />
      </TextProvider>
    </FluentProvider>
  );
}

async function open(): Promise<HTMLElement> {
  fireEvent.click(screen.getByTestId("report-month"));
  const grid = await screen.findByRole("grid");
  await waitFor(() => expect(grid.contains(document.activeElement)).toBe(true));
  return grid;
}

const press = (key: string) => fireEvent.keyDown(document.activeElement as Element, { key });
const focusedName = () => document.activeElement?.getAttribute("aria-label");

it("shows the month, opens on it, and moves with the arrow keys across the year", async () => {
  const chosen: string[] = [];
  render(<Harness initial="2024-11-30" lang="sv" chosen={chosen} />);
  expect(screen.getByTestId("report-month").textContent).toBe("november 2024");
  expect(screen.getByText(/Perioden blir jan–nov 2024; rapporten gäller per den 30 november 2024/)).toBeTruthy();
  await open();
  expect(focusedName()).toBe("november 2024");
  press("ArrowRight");
  await waitFor(() => expect(focusedName()).toBe("december 2024"));
  // Not past the current month.
  press("ArrowRight");
  press("ArrowDown");
  await waitFor(() => expect(focusedName()).toBe("december 2024"));
  press("PageUp");
  await waitFor(() => expect(focusedName()).toBe("december 2023"));
  press("ArrowUp");
  press("ArrowUp");
  press("ArrowUp");
  press("ArrowUp");
  await waitFor(() => expect(focusedName()).toBe("december 2022"));
  press("ArrowRight");
  await waitFor(() => expect(focusedName()).toBe("januari 2023"));
  fireEvent.click(document.activeElement as Element);
  await waitFor(() => expect(screen.queryByRole("grid")).toBeNull());
  expect(chosen).toEqual(["2023-01-31"]);
  expect(screen.getByTestId("report-month").textContent).toBe("januari 2023");
  expect(document.activeElement).toBe(screen.getByTestId("report-month"));
});

it("closes with Escape without choosing, and gives the focus back to the field", async () => {
  const chosen: string[] = [];
  render(<Harness initial="2024-11-30" lang="sv" chosen={chosen} />);
  await open();
  press("ArrowLeft");
  await waitFor(() => expect(focusedName()).toBe("oktober 2024"));
  press("Escape");
  await waitFor(() => expect(screen.queryByRole("grid")).toBeNull());
  expect(chosen).toEqual([]);
  expect(screen.getByTestId("report-month").textContent).toBe("november 2024");
  expect(document.activeElement).toBe(screen.getByTestId("report-month"));
});

it("months after the current one cannot be chosen, and the year buttons move a year", async () => {
  render(<Harness initial="2024-09-30" lang="sv" chosen={[]} latest={{ year: 2024, month: 10 }} />);
  const grid = await open();
  const disabled = () => [...grid.querySelectorAll("button[data-month]")].filter((button) => (button as HTMLButtonElement).disabled).map((button) => button.getAttribute("aria-label"));
  expect(disabled()).toEqual(["november 2024", "december 2024"]);
  expect((screen.getByRole("button", { name: "Nästa år, 2025" }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Föregående år, 2023" }));
  await screen.findByRole("grid", { name: "Månaderna 2023" });
  expect(disabled()).toEqual([]);
  fireEvent.click(screen.getByRole("button", { name: "Nästa år, 2024" }));
  await screen.findByRole("grid", { name: "Månaderna 2024" });
  expect(disabled()).toEqual(["november 2024", "december 2024"]);
});

it("is English in the English pane and Swedish in the Swedish pane, whatever the browser says", async () => {
  Object.defineProperty(window.navigator, "language", { value: "en-US", configurable: true });
  const { unmount } = render(<Harness initial="2024-10-31" lang="sv" chosen={[]} />);
  expect(screen.getByTestId("report-month").textContent).toBe("oktober 2024");
  await open();
  expect(screen.getByRole("button", { name: "maj 2024" }).textContent).toBe("maj");
  unmount();
  render(<Harness initial="2024-10-31" lang="en" chosen={[]} />);
  expect(screen.getByTestId("report-month").textContent).toBe("October 2024");
  expect(screen.getByText(/The period is Jan–Oct 2024; the report is as of 31 October 2024/)).toBeTruthy();
});

it("offers another day of the month and says which one was chosen", async () => {
  const chosen: string[] = [];
  render(<Harness initial="2024-11-30" lang="sv" chosen={chosen} />);
  const otherDay = screen.getByRole("button", { name: "Välj en annan dag än månadens sista" });
  // A control that looks like one (issue 19): a Fluent button with an icon, not a transparent one that reads as a hint.
  expect(otherDay.classList.contains("fui-Button")).toBe(true);
  expect(otherDay.querySelector(".fui-Button__icon svg")).not.toBeNull();
  fireEvent.click(otherDay);
  const day = screen.getByTestId("report-day") as HTMLSelectElement;
  expect(day.options).toHaveLength(30);
  expect(day.value).toBe("2024-11-30");
  expect(day.options[29].textContent).toBe("30 november 2024 (månadens sista dag)");
  fireEvent.change(day, { target: { value: "2024-11-15" } });
  expect(chosen).toEqual(["2024-11-15"]);
  expect(screen.getByText(/rapporten gäller per den 15 november 2024, som du har valt i stället för månadens sista dag/)).toBeTruthy();
  expect(screen.getByTestId("report-month").textContent).toBe("november 2024");
});
