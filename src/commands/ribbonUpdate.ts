// What "Uppdatera prognos" on the ribbon does, apart from Office's globals (commands.ts hands in
// Excel.run and showAsTaskpane), so that tests and the preview run the same logic.
import { readSetup, updateForecast } from "../excel/index";
import type { RunExcel, UpdateResult } from "../excel/types";
import type { Problem } from "../engine/types";
import { postToPane } from "./paneState";

export type RibbonOutcome = "updated" | "needsSetup" | "failed";

function exceptionProblem(error: unknown): Problem {
  const code = (error as { code?: unknown })?.code;
  return {
    code: "excelFailed",
    severity: "error",
    params: { code: typeof code === "string" ? code : "Error", message: error instanceof Error ? error.message : String(error) },
  };
}

function failedResult(problem: Problem): UpdateResult {
  return { ok: false, report: null, errors: [problem], warnings: [], config: null, outputAddress: null };
}

/**
 * Reads the stored configuration (1 sync) and updates with it (2 syncs). Without a configuration the
 * pane opens at setup: the ribbon never guesses sources on its own. On failure the pane opens at the
 * errors. A success is posted to the pane too, so an open pane shows the new result.
 */
export async function ribbonUpdate(run: RunExcel, openPane: () => Promise<void>, today?: string): Promise<RibbonOutcome> {
  let outcome: RibbonOutcome;
  try {
    const setup = await readSetup(run);
    if (!setup.config) {
      postToPane({ view: "setup", result: null, problems: setup.errors });
      outcome = "needsSetup";
    } else {
      const result = await updateForecast(run, { config: setup.config, ...(today ? { today } : {}) });
      postToPane({ view: "update", result, problems: [] });
      outcome = result.ok ? "updated" : "failed";
    }
  } catch (error) {
    postToPane({ view: "update", result: failedResult(exceptionProblem(error)), problems: [] });
    outcome = "failed";
  }
  if (outcome !== "updated") await openPane();
  return outcome;
}
