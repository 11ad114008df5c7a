/**
 * @jest-environment ./tests/taskpane/environment.js
 */
// The setup view's code loads beside the pane's first read (issue 20): a workbook without settings opens on
// it, and loading it only after the read added a chunk's round trip and a second render to the pane's start.
import { webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { RunExcel } from "../../src/excel/types";

let mockSetupTabLoaded = false;
jest.mock("../../src/taskpane/components/SetupTab", () => {
  mockSetupTabLoaded = true;
  return jest.requireActual("../../src/taskpane/components/SetupTab");
});

test("the setup view's code is loaded while the first read is still going", async () => {
  // A workbook that never answers: the pane stays on its spinner, and no view asks for SetupTab.
  const neverAnswers = (() => new Promise(() => undefined)) as unknown as RunExcel;
  render(<App run={neverAnswers} lang="sv" theme={webLightTheme} today="2024-12-02" />);
  expect(await screen.findByRole("progressbar")).toBeTruthy();
  await waitFor(() => expect(mockSetupTabLoaded).toBe(true));
  expect(screen.queryByRole("tabpanel")).toBeNull();
});
