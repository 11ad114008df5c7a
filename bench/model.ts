// A model of Excel on the web, where every sync is a network round trip: the time an update would
// spend on the wire. Assumptions, printed with every result: a round trip of 150 ms (a browser in a
// Swedish municipality to Microsoft's service and back, plus Excel's own handling of a small batch),
// and 10 Mbit/s each way for the payload. Excel's own work on the cells is not modelled.
import type { SyncRecord } from "./meter";

export interface WebModel {
  roundTripMs: number;
  /** Bytes per second, upload (request) and download (response). */
  bandwidthBytesPerSecond: number;
}

export const WEB_MODEL: WebModel = { roundTripMs: 150, bandwidthBytesPerSecond: 10_000_000 / 8 };

/** Round trips × latency + every request's and response's bytes over the bandwidth, in milliseconds. */
export function modelledWebMs(syncs: SyncRecord[], model: WebModel = WEB_MODEL): number {
  return syncs.reduce((ms, sync) => {
    if (!sync.request) return ms;
    return ms + model.roundTripMs + ((sync.requestBytes + sync.responseBytes) / model.bandwidthBytesPerSecond) * 1000;
  }, 0);
}

export function describeModel(model: WebModel = WEB_MODEL): string {
  return `${model.roundTripMs} ms per round trip + payload at ${((model.bandwidthBytesPerSecond * 8) / 1_000_000).toFixed(0)} Mbit/s each way`;
}
