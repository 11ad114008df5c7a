// Faults the headless host's failSync cannot make: one operation in the middle of a sync fails, the way
// a real Excel batch stops at its failing statement with the statements before it already applied
// (the host's own semantics: see src/headless/README.md, "A failing operation stops the sync").
import type { RunExcel } from "../../src/excel";
import { OfficeError, type HeadlessHost } from "../../src/headless";

interface QueuedOperation {
  path: string;
  action: string;
  apply: () => void;
}

/** The context's queue is private to the host; the test reaches it by name (see src/headless/context.ts). */
interface ContextInternals {
  sync: (value?: unknown) => Promise<unknown>;
  queue: QueuedOperation[];
}

export interface OperationFault {
  /** 1-based sync of the run whose operation fails. */
  sync: number;
  /** 0-based index of the failing operation in that sync's queue. */
  operation: number;
}

/** `host.run` where operation `fault.operation` of sync `fault.sync` throws GeneralException when applied. */
export function runWithOperationFault(host: HeadlessHost, fault: OperationFault, seen?: (operations: QueuedOperation[]) => void): RunExcel {
  return ((batch) =>
    host.run(async (context) => {
      const internals = context as unknown as ContextInternals;
      const sync = internals.sync.bind(internals);
      let count = 0;
      internals.sync = async (value?: unknown) => {
        count++;
        if (count === fault.sync) {
          seen?.(internals.queue);
          const target = internals.queue[fault.operation];
          if (target) {
            target.apply = () => {
              throw new OfficeError("GeneralException", `simulated failure of ${target.path}.${target.action}`);
            };
          }
        }
        return sync(value);
      };
      return batch(context);
    })) as RunExcel;
}

/** The operations of sync `n` of an update, without failing any (to learn how many there are). */
export function runRecordingSync(host: HeadlessHost, n: number, record: (operations: Array<{ path: string; action: string }>) => void): RunExcel {
  return runWithOperationFault(host, { sync: n, operation: -1 }, (operations) => record(operations.map(({ path, action }) => ({ path, action }))));
}
