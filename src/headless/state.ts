// State the host keeps beside the ExcelJS workbook: counters, fault injection, the selection
// and the charts (ExcelJS cannot write charts, so they live only here).
import type ExcelJS from "exceljs";

export const DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;

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
}

export interface SelectionState {
  sheet: string;
  address: string;
}

export interface HostState {
  workbook: ExcelJS.Workbook;
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
