// The request context: operations queue up on proxies and run, in order, at `sync()`.
// Like Excel: nothing reaches the workbook before sync; a failing operation stops the batch
// (earlier operations of that sync stay applied, as in Excel, which is not transactional);
// a request over the payload limit and a simulated failure (`failSync`) apply nothing.
import { OfficeError, isOfficeError } from "./errors";
import type { HostState } from "./state";
import { HeadlessWorkbook } from "./workbook";

export interface QueuedOperation {
  /** Path of the proxy, e.g. `worksheets.getItem("Rapport").getRange("A1:B2")`. */
  path: string;
  /** Property set, method called, or "load". */
  action: string;
  args?: unknown;
  /** "Range.values", for debugInfo.errorLocation. */
  location: string;
  apply: () => void;
  /** Bytes of data a load brought back (for the response counter). */
  responseBytes?: () => number;
}

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

function describe(args: unknown): string {
  if (args === undefined) return "";
  const json = JSON.stringify(args) ?? "";
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

export class HeadlessContext {
  readonly workbook: HeadlessWorkbook;
  /** Office's tracked-object list; tracking is meaningless here, so add/remove do nothing. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: QueuedOperation[] = [];
  private closed = false;

  constructor(readonly host: HostState) {
    this.workbook = new HeadlessWorkbook(this);
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(operation: QueuedOperation): void {
    if (this.closed) {
      throw new OfficeError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do: the object belongs to a finished run.",
        { errorLocation: operation.location, statement: operation.path },
      );
    }
    this.queue.push(operation);
  }

  close(): void {
    this.closed = true;
    this.queue = [];
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const operations = this.queue;
    this.queue = [];
    const { stats } = this.host;
    stats.syncs++;
    await Promise.resolve();
    if (this.host.failCountdown !== null && --this.host.failCountdown <= 0) {
      this.host.failCountdown = null;
      // The failed sync still made its round trip, as office.js's request does (docs/excel-fidelity.md).
      if (operations.length > 0) stats.requests++;
      throw new OfficeError("GeneralException", "There was an internal error while processing the request. (simulated by failSync)", {
        errorLocation: "RequestContext.sync",
      });
    }
    if (operations.length === 0) return passThroughValue as T;
    const payload = JSON.stringify(operations.map(({ path, action, args }) => ({ path, action, args })));
    const bytes = utf8Bytes(payload);
    stats.requests++;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);
    if (bytes > this.host.maxRequestBytes) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${bytes} > ${this.host.maxRequestBytes} bytes).`, {
        errorLocation: "RequestContext.sync",
      });
    }
    let responseBytes = 0;
    for (const operation of operations) {
      stats.operations++;
      try {
        operation.apply();
      } catch (error) {
        throw this.located(error, operation);
      }
      if (operation.responseBytes) responseBytes += operation.responseBytes();
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > this.host.maxRequestBytes) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${responseBytes} bytes).`, {
        errorLocation: "RequestContext.sync",
      });
    }
    return passThroughValue as T;
  }

  private located(error: unknown, operation: QueuedOperation): OfficeError {
    const statement = `${operation.path}.${operation.action}${operation.args === undefined ? "" : ` ${describe(operation.args)}`}`;
    if (isOfficeError(error)) {
      error.debugInfo = { ...error.debugInfo, errorLocation: error.debugInfo.errorLocation ?? operation.location, statement };
      return error;
    }
    const message = error instanceof Error ? error.message : String(error);
    return new OfficeError("GeneralException", message, { errorLocation: operation.location, statement });
  }
}
