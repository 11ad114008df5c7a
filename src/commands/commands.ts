// Ribbon commands. Loaded in taskpane.html (shared runtime) before the pane bundle; no React here.
import type { RunExcel } from "../excel/types";
import { UPDATE_FORECAST_FUNCTION } from "./functionNames";
import { runCommand } from "./runCommand";

/**
 * "Uppdatera prognos": updates with the stored configuration; with none, or when the update fails,
 * the pane opens at setup or at the errors (ribbonUpdate). Always completes the event.
 */
export function uppdateraPrognos(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, async () => {
    const showPane = () => Office.addin.showAsTaskpane();
    // Without Excel's API (an old host) there is nothing to update: show the pane, which says so.
    if (typeof Excel === "undefined") return showPane();
    // The update's code loads at the first click, so that the page (shared with the pane) starts light.
    const { ribbonUpdate } = await import(/* webpackChunkName: "ribbon" */ "./ribbonUpdate");
    await ribbonUpdate(Excel.run as unknown as RunExcel, showPane);
  });
}

/**
 * Registers the ribbon functions at once, at the top level of the bundle, as Office's docs show ("Create
 * add-in commands", step 5): registered inside Office.onReady, the first click on the button can do
 * nothing when the function file is the task pane's page (office-js #5176). Exported for tests.
 */
export function registerCommands(office: typeof Office): void {
  office.actions.associate(UPDATE_FORECAST_FUNCTION, uppdateraPrognos);
}

// Outside Office and in the preview there may be no office.js at all.
if (typeof Office !== "undefined") registerCommands(Office);
