// office.js's own Excel client pointed at the workbook server: `Excel.run(new Excel.Session(url), batch)`.
// The client lives in a realm of its own (a hidden frame in the preview, a vm context in Node), because
// its web shell cannot share a page with office.js's; two things are brought back into the caller's
// realm so that nothing downstream can tell: ProcessQuery answers are parsed here (values arrays are
// this realm's arrays), and office.js's errors are rethrown as this realm's Error with the same fields.
import type { RunExcel } from "../../excel/types";

interface HttpRequestInfo {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

interface HttpResponseInfo {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The parts of office.js's namespaces used here (OfficeExtension.HttpUtility is public, untyped). */
export interface OfficeJsClient {
  Excel: { run: (...args: unknown[]) => Promise<unknown>; Session: new (url: string) => unknown };
  OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(send: (request: HttpRequestInfo) => Promise<HttpResponseInfo>): void } };
}

export interface OfficeJsRunOptions {
  /** Called after every run, whether it succeeded or not (the preview redraws its sheet view). */
  afterRun?: () => void;
}

/** An error of office.js's realm as an Error of this one: name, message, code, debugInfo and the rest kept. */
function inThisRealm(error: unknown): unknown {
  if (error instanceof Error || typeof error !== "object" || error === null) return error;
  const source = error as Record<string, unknown>;
  const copy = Object.assign(new Error(String(source.message ?? "")), source);
  copy.name = String(source.name ?? "Error");
  return copy;
}

function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null || body === "") return undefined;
  return typeof body === "string" ? body : JSON.stringify(body);
}

/** office.js's HttpUtility send function, over this realm's fetch. */
function sender(fetchImpl: typeof fetch): (request: HttpRequestInfo) => Promise<HttpResponseInfo> {
  return async (request) => {
    const response = await fetchImpl(request.url, { method: request.method, headers: request.headers, body: bodyText(request.body) });
    const text = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    // The Session parses its own answers (createSession); ProcessQuery's office.js takes parsed as well.
    const parsed = response.status === 200 && new URL(request.url).pathname.endsWith("/ProcessQuery");
    return { statusCode: response.status, headers, body: parsed ? JSON.parse(text) : text };
  };
}

/** A RunExcel over office.js's client, every batch sent to `workbookUrl` (one Session, as Excel on the web keeps one). */
export function officeJsRun(client: OfficeJsClient, workbookUrl: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init), options: OfficeJsRunOptions = {}): RunExcel {
  client.OfficeExtension.HttpUtility.setCustomSendRequestFunc(sender(fetchImpl));
  const session = new client.Excel.Session(workbookUrl);
  return (async (batch: (context: Excel.RequestContext) => Promise<unknown>) => {
    try {
      return await client.Excel.run(session, batch);
    } catch (error) {
      throw inThisRealm(error);
    } finally {
      options.afterRun?.();
    }
  }) as RunExcel;
}
