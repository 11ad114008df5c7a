// The Excel adapter's public surface: every function takes the host's `run` (Excel.run or the headless host's).
export * from "./types";
export { updateForecast } from "./update";
export { layoutReport, type ReportLayout } from "./layout";
export { CHART_NAME, OUTPUT_NAME, TEXT_NAME } from "./constants";
