// createHeadlessHost: the Excel JavaScript API's `run` over an ExcelJS workbook.
import type ExcelJS from "exceljs";
import type { RunExcel } from "../excel/types";
import { parseBox, qualifiedAddress, splitSheet } from "./address";
import { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { type ChartState, DEFAULT_BEHAVIOUR, DEFAULT_MAX_REQUEST_BYTES, type HostBehaviour, type HostState, type HostStats, emptyStats } from "./state";
import { setActiveSheet } from "./worksheet";
import { fileChartStates } from "./package/fileCharts";
import { originalOf, rememberCharts } from "./package/origin";

export interface HeadlessHostOptions {
  /** Request (and response) payload limit in bytes; Excel on the web's 5 MB by default. */
  maxRequestBytes?: number;
  /** Answers to the questions Excel's docs leave open (DEFAULT_BEHAVIOUR where not given). */
  behaviour?: Partial<HostBehaviour>;
}

/** One series of a chart: its own fill, values and category labels, and any per-point fills. */
export interface ChartSeriesInfo {
  name: string;
  /** "#RRGGBB", null where no colour was set. */
  fill: string | null;
  /** Address with sheet of the series' values, e.g. "Rapport!J6:J9". */
  values: string | null;
  /** Address with sheet of the category labels set by setXAxisValues (null: from the source). */
  categories: string | null;
  /** The fill of each data point, null where none was set. */
  pointFills: (string | null)[];
}

/** A chart as the host keeps it (ExcelJS cannot save charts). */
export interface ChartInfo {
  name: string;
  type: string;
  /** Source address with sheet, e.g. "Rapport!A4:B9". */
  source: string;
  title: string | null;
  /** "#RRGGBB" per series, null where no colour was set. */
  seriesColors: (string | null)[];
  /** Per series, the colour of each data point (null where none was set). */
  pointColors: (string | null)[][];
  position: { start: string; end: string | null } | null;
  legendVisible: boolean;
  categoryAxisReversed: boolean;
  /** Per series, the category-label address set by setXAxisValues (null: from the source). */
  seriesCategories: (string | null)[];
  /** The series with everything above per series (seriesColors, pointColors and seriesCategories are its columns). */
  series: ChartSeriesInfo[];
}

export interface HeadlessHost {
  run: RunExcel;
  readonly stats: HostStats;
  resetStats(): void;
  readonly workbook: ExcelJS.Workbook;
  readonly behaviour: Readonly<HostBehaviour>;
  /** The n-th sync from now (1 = the next) throws GeneralException before applying anything; null disarms. */
  failSync(n: number | null): void;
  charts(sheetName: string): ChartInfo[];
  /** Sets the selection that getSelectedRange() returns, e.g. "Controller!A3:F8". */
  select(address: string): void;
}

function chartInfo(chart: ChartState): ChartInfo {
  return {
    name: chart.name,
    type: chart.type,
    source: chart.source,
    title: chart.title,
    seriesColors: chart.series.map((s) => s.color),
    pointColors: chart.series.map((s) => [...s.pointColors]),
    position: chart.position ? { ...chart.position } : null,
    legendVisible: chart.legendVisible,
    categoryAxisReversed: chart.categoryAxisReversed,
    seriesCategories: chart.series.map((s) => s.categories),
    series: chart.series.map((s) => ({ name: s.name, fill: s.color, values: s.values, categories: s.categories, pointFills: [...s.pointColors] })),
  };
}

export function createHeadlessHost(workbook: ExcelJS.Workbook, options: HeadlessHostOptions = {}): HeadlessHost {
  const state: HostState = {
    workbook,
    behaviour: { ...DEFAULT_BEHAVIOUR, ...options.behaviour },
    structureProtected: false,
    maxRequestBytes: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    stats: emptyStats(),
    failCountdown: null,
    selection: null,
    charts: new Map(),
    nextChartId: 1,
  };
  state.charts = fileChartStates(workbook, originalOf(workbook), state.nextChartId);
  state.nextChartId += [...state.charts.values()].reduce((sum, list) => sum + list.length, 0);
  rememberCharts(workbook, state.charts);

  // Like Excel.run: the batch's still-queued operations are synced when it returns.
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new HeadlessContext(state);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.hasPending) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  return {
    run: run as RunExcel,
    get stats() {
      return state.stats;
    },
    resetStats() {
      state.stats = emptyStats();
    },
    workbook,
    behaviour: state.behaviour,
    failSync(n: number | null) {
      if (n !== null && (!Number.isInteger(n) || n < 1)) throw new RangeError("failSync: n must be a positive integer or null");
      state.failCountdown = n;
    },
    charts(sheetName: string) {
      const sheet = workbook.worksheets.find((s) => s.name === sheetName);
      return sheet ? (state.charts.get(sheet) ?? []).map(chartInfo) : [];
    },
    select(address: string) {
      const { sheet: sheetName, local } = splitSheet(address);
      const sheet = workbook.worksheets.find((s) => s.name === sheetName);
      if (!sheet) throw new OfficeError("ItemNotFound", `select: no worksheet in "${address}".`);
      state.selection = { sheet: sheet.name, address: qualifiedAddress(sheet.name, parseBox(local)) };
      setActiveSheet(workbook, sheet);
    },
  };
}
