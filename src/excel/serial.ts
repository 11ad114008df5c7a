// Excel runs the batches of one add-in side by side: two updates started together (a double click, the
// ribbon while the pane is busy) would each read the workbook before the other wrote it. Every adapter
// operation on one host therefore waits for the one before it.
import type { RunExcel } from "./types";

const tails = new WeakMap<RunExcel, Promise<unknown>>();

/** Runs `work` after every earlier operation on the same host has settled (failed ones included). */
export function serialised<T>(run: RunExcel, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(run) ?? Promise.resolve();
  const next = previous.then(work);
  tails.set(run, next.catch(() => undefined));
  return next;
}
