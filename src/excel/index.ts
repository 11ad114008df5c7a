// The Excel adapter's public surface: every function takes the host's `run` (real Excel's or the headless host's).
export * from "./types";
export { updateForecast } from "./update";
export {
  readSetup,
  saveConfig,
  importBaseline,
  deleteHistoryPeriod,
  getSelectionAddress,
  selectCell,
  insertNarrative,
  detectSourceFromSelection,
  type DetectedSelection,
  type OperationResult,
} from "./setup";
export { markHistoryOutcome } from "./outcome";
export { layoutReport, type ReportLayout } from "./layout";
export { CHART_NAME, OUTPUT_NAME, TEXT_NAME } from "./constants";
