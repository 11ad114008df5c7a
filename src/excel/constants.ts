// Names the adapter gives to what it owns in a workbook, so a re-run finds and replaces them.
export { SETTINGS_SHEET } from "../engine/config";
export { HISTORY_SHEET, HISTORY_TABLE } from "../engine/history";

/** Workbook name of the report region the last update wrote (table, legend and any inserted text). */
export const OUTPUT_NAME = "Prognos_Rapport";
/** Workbook name of the narrative rows insertNarrative wrote, inside the report region. */
export const TEXT_NAME = "Prognos_Text";
export const CHART_NAME = "Prognosdiagram";
export const SETTINGS_CELL = "A1";

/** Rows of a source read per request: a few thousand rows stay far below Excel on the web's 5 MB. */
export const CHUNK_ROWS = 2000;
/** Rows assumed for a table or named source whose size is unknown before it is read. */
export const UNKNOWN_SOURCE_ROWS = 5000;
// Excel on the web refuses a response over 5 MB. Number formats cost about as much as the values, so a
// source larger than this is read without them (values only), keeping a 50 000-row source in one sync.
export const FORMAT_CELL_LIMIT = 100_000;
