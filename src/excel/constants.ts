// Names the adapter gives to what it owns in a workbook, so a re-run finds and replaces them.
export { SETTINGS_SHEET } from "../engine/config";
export { HISTORY_SHEET, HISTORY_TABLE } from "../engine/history";

/** Workbook name of the report region the last update wrote (table, legend and any inserted text). */
export const OUTPUT_NAME = "Prognos_Rapport";
/** Workbook name of the narrative rows insertNarrative wrote, inside the report region. */
export const TEXT_NAME = "Prognos_Text";
/** Workbook name of the chart's data (surplus and deficit columns), beside the table under the chart. */
export const CHART_DATA_NAME = "Prognos_Diagramdata";
export const CHART_NAME = "Prognosdiagram";
/**
 * Workbook name on the report sheet's A1 once the sheet is Prognos' (it created the sheet, or found it holding
 * nothing but its own report): the report may then set its rows' heights there (issue 16).
 */
export const REPORT_SHEET_NAME = "Prognos_Rapportblad";
export const SETTINGS_CELL = "A1";

/** The sheet of the year's development and accuracy (issue 22), Prognos' own like Prognoshistorik. */
export const DEVELOPMENT_SHEET = "Prognosutveckling";
/** Workbook name of the region the last update wrote on it. */
export const DEVELOPMENT_NAME = "Prognos_Utveckling";
export const DEVELOPMENT_CHART = "Prognosutvecklingsdiagram";
/** Beside the settings, below the memory (A2:A41): the fingerprint of what Prognos wrote on the sheet. */
export const DEVELOPMENT_PRINT_CELL = "A43";

// Documented limits (Resource limits and performance optimization, "Excel add-ins"): every platform limits
// one get of a range to 5 000 000 cells, so a range is read in gets of at most that many (getChunks). Excel
// on the web also limits a request and a response to 5 MB. Gets queued before one sync share its response,
// so chunking does not help there: what keeps the response under 5 MB is reading large sources without
// their number formats (FORMAT_CELL_LIMIT). Values alone stay under 5 MB up to a few hundred thousand
// cells (50 000 rows of six columns: 3.1 MB, bench/RESULTS.md); a larger source fails on the web with
// ResponsePayloadSizeLimitExceeded, which the update reports, and reads in full on Windows and Mac.
export const CELLS_PER_GET = 5_000_000;
/** Rows assumed for a table or named source whose size is unknown before it is read. */
export const UNKNOWN_SOURCE_ROWS = 5000;
/** Number formats cost about as much as the values: a source larger than this is read without them. */
export const FORMAT_CELL_LIMIT = 100_000;
