// What "Uppdatera prognos" on the ribbon does, apart from Office's globals (commands.ts hands in
// Excel.run and showAsTaskpane), so that tests and the preview run the same logic. The adapter's
// functions never throw (src/excel/operation.ts): every failure arrives here as problems to show.
import { readSetup, updateForecast } from "../excel/index";
import type { RunExcel } from "../excel/types";
import { postToPane } from "./paneState";

export type RibbonOutcome = "updated" | "needsSetup" | "needsGoAhead" | "failed";

/**
 * Reads the stored configuration (1 sync) and updates with it (2 syncs). Without a configuration the
 * pane opens at setup: the ribbon never guesses sources on its own. On failure the pane opens at the
 * errors; when the report may be wrong (`check` warnings) nothing is written and the pane opens where the
 * economist reads them and gives the go-ahead. A success is posted to the pane too.
 */
export async function ribbonUpdate(run: RunExcel, openPane: () => Promise<void>, today?: string): Promise<RibbonOutcome> {
  const outcome = await updateWithStoredSettings(run, today);
  if (outcome !== "updated") await openPane();
  return outcome;
}

async function updateWithStoredSettings(run: RunExcel, today: string | undefined): Promise<RibbonOutcome> {
  const setup = await readSetup(run);
  if (!setup.ok) {
    postToPane({ view: "update", result: null, problems: setup.errors });
    return "failed";
  }
  if (!setup.config) {
    postToPane({ view: "setup", result: null, problems: setup.errors });
    return "needsSetup";
  }
  const result = await updateForecast(run, { config: setup.config, ...(today ? { today } : {}) });
  postToPane({ view: "update", result, problems: [] });
  if (result.ok) return "updated";
  return result.stoppedForChecks ? "needsGoAhead" : "failed";
}
