// State the host keeps beside the ExcelJS workbook: counters, fault injection, the selection
// and the charts (ExcelJS cannot write charts, so they live only here).
import type ExcelJS from "exceljs";

export const DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;
/** Every platform limits one get of a range to five million cells (Resource limits and performance optimization, "Excel add-ins"). */
export const MAX_CELLS_PER_GET = 5_000_000;

/**
 * What Excel does where its documentation is silent or names more than one answer: each option is
 * named after its question and takes each plausible answer. The adapter's tests run under every
 * choice and must get the same result (docs/excel-fidelity.md lists the pages and issues).
 */
export interface HostBehaviour {
  /**
   * What does a navigation (getRange, getUsedRange…, a child collection's load) queued on a null
   * object give, before the sync that tells the object is null? A null object, or a sync that
   * fails with ItemNotFound. The *OrNullObject page says neither:
   * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
   */
  nullNavigation: "nullObject" | "itemNotFound";
  /**
   * Does a string starting with "=", "+", "-" or "@" written through Range.values into a Text ("@")
   * cell stay text, or become a formula as Range.values' reference says of such strings without
   * naming the Text format? https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
   */
  formulaInTextCell: "text" | "formula";
  /**
   * Which format do the cells of a row added by TableRowCollection.add get: the row above's, or
   * none? The reference says only that the rows below shift down (alwaysInsert, default true):
   * https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
   */
  addedRowFormat: "rowAbove" | "general";
  /**
   * What does getRangeOrNullObject give on a name whose sheet was deleted (=#REF!…)? A null object,
   * or InvalidReference; it crashed Excel before a fix (office-js #263):
   * https://github.com/OfficeDev/office-js/issues/263
   */
  brokenNameRange: "nullObject" | "invalidReference";
  /** Which NamedItem.type does such a name report: "Error", or still "Range"? (office-js #263, #4772) */
  brokenNameType: "Error" | "Range";
  /**
   * What does filling one chart point do? Fill that point; fill every point of the series
   * (office-js #570); or nothing, for some chart types (office-js #2941):
   * https://github.com/OfficeDev/office-js/issues/570, https://github.com/OfficeDev/office-js/issues/2941
   */
  pointFill: "point" | "wholeSeries" | "ignored";
  /**
   * What does a get of more than five million cells give? "The API will either return null or
   * throw an error" (Resource limits and performance optimization, "Excel add-ins"):
   * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
   */
  overCellLimit: "error" | "null";
}

/** The host's answers unless told otherwise (its answers before these options existed). */
export const DEFAULT_BEHAVIOUR: HostBehaviour = {
  nullNavigation: "nullObject",
  formulaInTextCell: "text",
  addedRowFormat: "rowAbove",
  brokenNameRange: "nullObject",
  brokenNameType: "Error",
  pointFill: "point",
  overCellLimit: "error",
};

/** Every plausible answer to each question. */
export const BEHAVIOUR_CHOICES: { readonly [K in keyof HostBehaviour]: readonly HostBehaviour[K][] } = {
  nullNavigation: ["nullObject", "itemNotFound"],
  formulaInTextCell: ["text", "formula"],
  addedRowFormat: ["rowAbove", "general"],
  brokenNameRange: ["nullObject", "invalidReference"],
  brokenNameType: ["Error", "Range"],
  pointFill: ["point", "wholeSeries", "ignored"],
  overCellLimit: ["error", "null"],
};

export interface HostStats {
  /** context.sync() calls, plus the final sync `run` makes when operations are still queued. */
  syncs: number;
  /** Syncs that sent at least one operation (a round trip to Excel). */
  requests: number;
  /** Largest request: UTF-8 bytes of the JSON of one sync's queued operations. */
  maxRequestBytes: number;
  /** Largest response: UTF-8 bytes of the JSON of the properties one sync loaded. */
  maxResponseBytes: number;
  /** Queued operations applied or attempted, over all syncs. */
  operations: number;
}

export interface ChartSeriesState {
  name: string;
  color: string | null;
  pointColors: (string | null)[];
  /** Address set by setXAxisValues (category labels), null when taken from the source. */
  categories: string | null;
  /** Address of the series' values, with sheet: from the chart's source, or set by setValues. */
  values: string | null;
}

export interface ChartState {
  id: number;
  name: string;
  type: string;
  /** Source address with sheet, as given to charts.add. */
  source: string;
  seriesBy: string;
  title: string | null;
  legendVisible: boolean;
  categoryAxisReversed: boolean;
  series: ChartSeriesState[];
  position: { start: string; end: string | null } | null;
  left: number;
  top: number;
  width: number;
  height: number;
  /** A chart read from the file: kept there as it is unless deleted (the host knows its name only). */
  file?: { name: string; print: string };
}

export interface SelectionState {
  sheet: string;
  address: string;
}

export interface HostState {
  workbook: ExcelJS.Workbook;
  behaviour: HostBehaviour;
  /** Workbook structure protection (Workbook.protection, ExcelApi 1.7): no sheet added, deleted, renamed, hidden or moved. */
  structureProtected: boolean;
  maxRequestBytes: number;
  stats: HostStats;
  /** Countdown of syncs until a simulated failure; null when none is armed. */
  failCountdown: number | null;
  selection: SelectionState | null;
  charts: Map<ExcelJS.Worksheet, ChartState[]>;
  nextChartId: number;
}

export function emptyStats(): HostStats {
  return { syncs: 0, requests: 0, maxRequestBytes: 0, maxResponseBytes: 0, operations: 0 };
}
