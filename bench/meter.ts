// Per-sync accounting over the headless host: the host keeps only totals and maxima, while the
// modelled web time needs every round trip's bytes. The batch's context.sync is wrapped so each
// sync's counters are read and reset around it; nothing else about the run changes.
import type { HeadlessHost } from "../src/headless";
import type { RunExcel } from "../src/excel/types";

export interface SyncRecord {
  /** false for a sync with nothing queued (no round trip to Excel). */
  request: boolean;
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

export interface Meter {
  run: RunExcel;
  /** Every sync of every run through `run`, in order, including one that failed. */
  readonly syncs: SyncRecord[];
}

interface Syncable {
  sync<T>(passThroughValue?: T): Promise<T>;
}

export function meter(host: HeadlessHost): Meter {
  const syncs: SyncRecord[] = [];
  const record = () => {
    const { requests, maxRequestBytes, maxResponseBytes, operations } = host.stats;
    syncs.push({ request: requests > 0, requestBytes: maxRequestBytes, responseBytes: maxResponseBytes, operations });
  };
  const run = (<T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    host.run(async (context) => {
      const syncable = context as unknown as Syncable;
      const original = syncable.sync.bind(syncable);
      syncable.sync = async <U>(passThroughValue?: U): Promise<U> => {
        host.resetStats();
        try {
          return await original(passThroughValue);
        } finally {
          // A sync over the payload limit throws before counting its response: the request is still recorded.
          record();
        }
      };
      return batch(context);
    })) as RunExcel;
  return { run, syncs };
}

export interface SyncTotals {
  syncs: number;
  requests: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
}

export function totals(syncs: SyncRecord[]): SyncTotals {
  return {
    syncs: syncs.length,
    requests: syncs.filter((sync) => sync.request).length,
    // reduce, not Math.max(...): the naive update has tens of thousands of syncs.
    maxRequestBytes: syncs.reduce((max, sync) => Math.max(max, sync.requestBytes), 0),
    maxResponseBytes: syncs.reduce((max, sync) => Math.max(max, sync.responseBytes), 0),
    totalRequestBytes: syncs.reduce((sum, sync) => sum + sync.requestBytes, 0),
    totalResponseBytes: syncs.reduce((sum, sync) => sum + sync.responseBytes, 0),
  };
}
