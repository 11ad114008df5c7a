// The example workbook as an economist opens it every month (issue 20): set up and updated once, by the
// same update the ribbon runs (detected source, stored settings, history), saved by the headless host.
// The bench loads the pane over it beside the example as published, which opens on the first run's setup.
import { readFileSync } from "node:fs";
import { updateForecast } from "../src/excel/index";
import { createHeadlessHost, loadWorkbook, saveWorkbook } from "../src/headless";

export async function setUpWorkbook(example: string, reportDate: string, today: string): Promise<Uint8Array> {
  const workbook = await loadWorkbook(readFileSync(example));
  const host = createHeadlessHost(workbook);
  const result = await updateForecast(host.run, { reportDate, storeConfig: true, checks: "write", today });
  if (!result.ok || result.errors.length > 0) throw new Error(`The set-up copy of ${example} could not be updated: ${result.errors.map((problem) => problem.code).join(", ")}`);
  return saveWorkbook(workbook);
}
