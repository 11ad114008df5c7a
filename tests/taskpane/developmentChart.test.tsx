/**
 * @jest-environment ./tests/taskpane/environment.js
 */
// The development chart at 200 % zoom (issue 19): drawn 144 CSS px wide, in the wide box's coordinates its
// axis text shrank to 4–5 px; when the pane is narrow the chart takes a box about as wide as itself.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { DevelopmentChart } from "../../src/taskpane/components/DevelopmentChart";
import type { Development } from "../../src/engine/development";
import { paneIsNarrow } from "./narrowPane";
import { TextProvider } from "../../src/taskpane/text";

const DEVELOPMENT: Development = {
  year: 2024,
  unit: "tkr",
  periods: [
    { period: "2024-10", reportDate: "2024-10-31" },
    { period: "2024-11", reportDate: "2024-11-30" },
  ],
  rows: [{ area: "Individ och familj", values: [-60_000, -67_000], changes: [null, -7_000] }],
  total: { values: [-60_000, -67_000], changes: [null, -7_000] },
};

function chartBox(): string | null {
  render(
    <FluentProvider theme={webLightTheme}>
      <TextProvider lang="sv">
        <DevelopmentChart development={DEVELOPMENT} totalLabel="Nämndens ram" />
      </TextProvider>
    </FluentProvider>,
  );
  return screen.getByTestId("development-chart").getAttribute("viewBox");
}

it("draws in a box as wide as a 320 px pane's chart", () => {
  paneIsNarrow(false);
  expect(chartBox()).toBe("0 0 320 190");
});

it("draws in a box about as wide as the chart when the pane is narrow, so its text keeps its size", () => {
  paneIsNarrow(true);
  expect(chartBox()).toBe("0 0 160 140");
});
