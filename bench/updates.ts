// The update measured at several source sizes on the headless host: the product's updateForecast with
// the stored configuration (the ribbon's case, 3 syncs) and with the configuration given (the pane
// holds it, 2 syncs), and the naive row-by-row port (bench/naive.ts) as the reference; and both of the
// product's cases again through office.js's client, for the sizes on the wire (bench/wire.ts).
import { updateForecast } from "../src/excel";
import { createHeadlessHost, loadWorkbook } from "../src/headless";
import { formatProblem } from "../src/i18n";
import { meter, totals, type SyncTotals } from "./meter";
import { modelledWebMs } from "./model";
import { naiveUpdate } from "./naive";
import { measureWire, type WireMeasure } from "./wire";
import { benchConfig, benchWorkbookBytes } from "./workbook";

export type UpdateKind = "stored" | "given" | "naive";

export interface UpdateMeasure extends SyncTotals {
  kind: UpdateKind;
  rows: number;
  ok: boolean;
  /** Why the update did not write (first problem, in English), null when it did. */
  failure: string | null;
  areas: number | null;
  /** Wall time of the update on the headless host, in this process (not Excel's time). */
  hostMs: number;
  modelledWebMs: number;
  /** Set when the naive case was not run in full: rows actually run, and the figures are extrapolated. */
  extrapolatedFrom: number | null;
}

const TODAY = "2024-12-05";
const NOW = "2024-12-05T08:00:00.000Z";

async function measure(kind: UpdateKind, rows: number, bytes: Uint8Array): Promise<UpdateMeasure> {
  const host = createHeadlessHost(await loadWorkbook(bytes));
  const metered = meter(host);
  const start = performance.now();
  let ok: boolean;
  let failure: string | null = null;
  let areas: number | null = null;
  if (kind === "naive") {
    const result = await naiveUpdate(metered.run, { today: TODAY, now: NOW });
    ok = result.ok;
    failure = result.failure;
    areas = result.report?.rows.length ?? null;
  } else {
    const result = await updateForecast(metered.run, { today: TODAY, now: NOW, ...(kind === "given" ? { config: benchConfig(rows) } : {}) });
    ok = result.ok;
    if (!ok) failure = result.errors.slice(0, 1).map((problem) => formatProblem(problem, "en")).join("") || "update failed without a problem";
    areas = result.report?.rows.length ?? null;
  }
  const hostMs = performance.now() - start;
  return { kind, rows, ok, failure, areas, hostMs, modelledWebMs: modelledWebMs(metered.syncs), extrapolatedFrom: null, ...totals(metered.syncs) };
}

/**
 * The naive update's syncs grow by one per source row (the report and history rows depend on the
 * areas, not the source size): its host time and modelled web time per sync come from a smaller run.
 */
function extrapolateNaive(smaller: UpdateMeasure, rows: number): UpdateMeasure {
  const extra = rows - smaller.rows;
  const perSync = (value: number) => (value / smaller.syncs) * extra;
  return {
    ...smaller,
    rows,
    syncs: smaller.syncs + extra,
    requests: smaller.requests + extra,
    totalRequestBytes: Math.round(smaller.totalRequestBytes + perSync(smaller.totalRequestBytes)),
    totalResponseBytes: Math.round(smaller.totalResponseBytes + perSync(smaller.totalResponseBytes)),
    hostMs: smaller.hostMs + perSync(smaller.hostMs),
    modelledWebMs: smaller.modelledWebMs + perSync(smaller.modelledWebMs),
    extrapolatedFrom: smaller.rows,
  };
}

export interface UpdateSizeResult {
  rows: number;
  stored: UpdateMeasure;
  given: UpdateMeasure;
  naive: UpdateMeasure;
  /** The stored and given cases through office.js's client to the workbook server. */
  wire: { stored: WireMeasure; given: WireMeasure };
  /** naive syncs / stored-configuration syncs; null when the product's update did not complete. */
  syncRatio: number | null;
}

export interface UpdateBenchOptions {
  sizes: number[];
  /** Run the naive update in full only when its estimated host time stays under this. */
  naiveBudgetMs: number;
  log: (line: string) => void;
}

export async function benchUpdates(options: UpdateBenchOptions): Promise<UpdateSizeResult[]> {
  const results: UpdateSizeResult[] = [];
  let lastNaive: UpdateMeasure | null = null;
  for (const rows of [...options.sizes].sort((a, b) => a - b)) {
    options.log(`update: generating a workbook with ${rows} source rows`);
    const bytes = await benchWorkbookBytes(rows, { storedConfig: true });
    const stored = await measure("stored", rows, bytes);
    const given = await measure("given", rows, bytes);
    let naive: UpdateMeasure;
    const estimateMs = lastNaive ? (lastNaive.hostMs / lastNaive.syncs) * (lastNaive.syncs + rows - lastNaive.rows) : 0;
    if (lastNaive && estimateMs > options.naiveBudgetMs) {
      options.log(`update: naive at ${rows} rows estimated ${(estimateMs / 1000).toFixed(0)} s > budget; extrapolated from ${lastNaive.rows} rows`);
      naive = extrapolateNaive(lastNaive, rows);
    } else {
      naive = await measure("naive", rows, bytes);
      lastNaive = naive;
    }
    const clock = { today: TODAY, now: NOW };
    const wire = { stored: await measureWire("stored", rows, bytes, clock), given: await measureWire("given", rows, bytes, clock) };
    options.log(`update: ${rows} rows — ${stored.syncs}/${given.syncs}/${naive.syncs} syncs (stored/given/naive); on the wire ${wire.stored.requests}+${wire.stored.cleanupRequests} requests`);
    results.push({ rows, stored, given, naive, wire, syncRatio: stored.ok ? naive.syncs / stored.syncs : null });
  }
  return results;
}
