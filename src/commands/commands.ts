// Ribbon commands. Loaded in taskpane.html (shared runtime) before the pane bundle; no React here.
import { UPDATE_FORECAST_FUNCTION } from "./functionNames";
import { runCommand } from "./runCommand";

/**
 * "Uppdatera prognos". For now it only opens the pane, which is what the design asks for when the
 * workbook has no saved configuration yet; the update itself (excel/updateForecast) is wired in later.
 */
export function uppdateraPrognos(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, async () => {
    await Office.addin.showAsTaskpane();
  });
}

/** Registers the ribbon functions once Office is ready. Exported so tests can call it with a fake Office. */
export function registerCommands(office: typeof Office): void {
  office.onReady(() => {
    office.actions.associate(UPDATE_FORECAST_FUNCTION, uppdateraPrognos);
  });
}

// Outside Office and in the preview there may be no office.js at all.
if (typeof Office !== "undefined") registerCommands(Office);
