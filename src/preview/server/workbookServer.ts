// The local workbook server (design §4: office.js's own client → this server → the headless host). It
// answers office.js's Session (createSession, ProcessQuery, closeSession) on one workbook held by the
// headless host, serves the production build with the preview's shim added, and the preview's own
// calls (the sheet view, the selection, the download). One request at a time touches the workbook,
// as Excel handles one batch at a time.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { randomUUID } from "node:crypto";
import { createHeadlessHost, isOfficeError, loadWorkbook, saveWorkbook, DEFAULT_MAX_REQUEST_BYTES, type HeadlessHost } from "../../headless";
import { CLIENT_PAGE, clientPage, injectPreview } from "./pages";
import { processQuery, References } from "./processQuery";
import { ActionType, errorInfo, type RequestBody, type ResponseBody } from "./richApi";
import { readWorkbookView } from "./snapshot";

export const WORKBOOK_PATH = "/workbook/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};

export interface WorkbookServerOptions {
  /** The workbook: .xlsx bytes, or the path of a file (read once; the file is never written). */
  workbook: Uint8Array | string;
  /** 0 (default): a free port. */
  port?: number;
  /** The production build to serve (dist/); without it only the workbook endpoints answer. */
  dist?: string;
  /** The preview's own scripts (dist-preview/: shim.js, page.js). */
  previewAssets?: string;
  /** The day the preview's pages believe it is (YYYY-MM-DD); null: the real date. */
  today?: string | null;
  /** Excel on the web's limit on a request's and a response's body: 5 MB. */
  maxPayloadBytes?: number;
  /** The name "Ladda ner .xlsx" saves under. */
  fileName?: string;
}

/** One ProcessQuery as it went over the wire. */
export interface WireRequest {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** Only office.js's clean-up after a run (_RemoveReference), no sync of the caller's. */
  cleanup: boolean;
  error: string | null;
}

export interface WorkbookServer {
  /** "http://localhost:3300/" */
  url: string;
  /** The URL to give `new Excel.Session(...)` from Node (the pages get it relative to their own origin). */
  workbookUrl: string;
  host: HeadlessHost;
  /** Every ProcessQuery so far, in order. */
  readonly requests: WireRequest[];
  /** Like the headless host's failSync: the n-th ProcessQuery from now (clean-ups not counted) fails with GeneralException before applying anything. */
  failSync(n: number | null): void;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body: string | Uint8Array, type = "application/json; charset=utf-8", headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...headers });
  response.end(body);
}

/** The file under root for a URL path, or null (no listings, nothing outside root). */
function fileUnder(root: string, path: string): string | null {
  const base = resolve(root);
  const file = normalize(join(base, path));
  if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

/** office.js's clean-up after a run: the root instantiated and the run's range references removed. */
function isCleanup(body: RequestBody): boolean {
  const actions = body.Actions ?? [];
  const removes = (action: RequestBody["Actions"][number]) => action.Name === "_RemoveReference";
  return actions.some(removes) && actions.every((action) => removes(action) || action.ActionType === ActionType.Instantiate);
}

export async function startWorkbookServer(options: WorkbookServerOptions): Promise<WorkbookServer> {
  const bytes = typeof options.workbook === "string" ? await readFile(options.workbook) : options.workbook;
  // The host's own payload estimate is switched off: the limit applies to the bodies on the wire, checked here.
  const host = createHeadlessHost(await loadWorkbook(bytes), { maxRequestBytes: Number.POSITIVE_INFINITY });
  const limit = options.maxPayloadBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const references = new References();
  const requests: WireRequest[] = [];
  let failCountdown: number | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task);
    tail = next.catch(() => undefined);
    return next;
  };

  async function answerQuery(text: string): Promise<string> {
    const requestBytes = Buffer.byteLength(text);
    const body = JSON.parse(text) as RequestBody;
    const cleanup = isCleanup(body);
    let answer: ResponseBody;
    if (requestBytes > limit) {
      answer = { Results: [], Error: errorInfo("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} > ${limit} bytes).`, "RequestContext.sync") };
    } else if (!cleanup && failCountdown !== null && --failCountdown <= 0) {
      failCountdown = null;
      answer = { Results: [], Error: errorInfo("GeneralException", "There was an internal error while processing the request. (simulated by failSync)", "RequestContext.sync") };
    } else {
      answer = await exclusive(() => processQuery(host, body, references));
    }
    let json = JSON.stringify(answer);
    if (Buffer.byteLength(json) > limit) {
      const tooLarge = Buffer.byteLength(json);
      json = JSON.stringify({ Results: [], Error: errorInfo("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${tooLarge} bytes).`, "RequestContext.sync") });
    }
    const error = (JSON.parse(json) as ResponseBody).Error;
    requests.push({ requestBytes, responseBytes: Buffer.byteLength(json), actions: body.Actions?.length ?? 0, cleanup, error: error ? `${error.Code}: ${error.Message}` : null });
    return json;
  }

  async function workbookEndpoint(request: IncomingMessage, response: ServerResponse, action: string): Promise<void> {
    if (request.method !== "POST") return send(response, 405, JSON.stringify({ error: { code: "MethodNotAllowed", message: "POST only" } }));
    const text = (await bodyOf(request)).toString("utf8");
    if (action === "createSession") return send(response, 201, JSON.stringify({ id: randomUUID(), persistChanges: true }));
    if (action === "closeSession") return send(response, 204, "");
    if (action === "ProcessQuery") return send(response, 200, await answerQuery(text));
    send(response, 404, JSON.stringify({ error: { code: "ItemNotFound", message: `No workbook operation '${action}'.` } }));
  }

  async function previewEndpoint(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> {
    if (path === "/preview/view") {
      send(response, 200, JSON.stringify(await exclusive(() => readWorkbookView(host))));
      return true;
    }
    if (path === "/preview/select" && request.method === "POST") {
      const { address } = JSON.parse((await bodyOf(request)).toString("utf8") || "{}") as { address?: string };
      await exclusive(async () => host.select(String(address ?? "")));
      send(response, 204, "");
      return true;
    }
    if (path === "/preview/workbook.xlsx") {
      const saved = await exclusive(() => saveWorkbook(host.workbook));
      const name = (options.fileName ?? "ekonomisk-rapport.xlsx").replace(/["\\\r\n]/g, "");
      send(response, 200, saved, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", { "Content-Disposition": `attachment; filename="${name}"` });
      return true;
    }
    if (path === CLIENT_PAGE) {
      send(response, 200, clientPage(), TYPES[".html"]);
      return true;
    }
    const asset = options.previewAssets && path.startsWith("/preview/") ? fileUnder(options.previewAssets, path.slice("/preview/".length)) : null;
    if (!asset) return false;
    response.writeHead(200, { "Content-Type": TYPES[extname(asset)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    createReadStream(asset).pipe(response);
    return true;
  }

  function distFile(response: ServerResponse, path: string): void {
    const dist = options.dist as string;
    const withSheets = path === "/" || path === "/index.html";
    if (withSheets || path === "/taskpane.html") {
      const built = fileUnder(dist, "taskpane.html");
      if (!built) return send(response, 404, `No taskpane.html in ${dist}: run the build first.`, TYPES[".txt"]);
      const html = injectPreview(readFileSync(built, "utf8"), { workbookUrl: WORKBOOK_PATH, today: options.today ?? null, withSheets });
      return send(response, 200, html, TYPES[".html"]);
    }
    const file = fileUnder(dist, path);
    if (!file) return send(response, 404, "Not found", TYPES[".txt"]);
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    createReadStream(file).pipe(response);
  }

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const handle = async () => {
      if (path.startsWith(WORKBOOK_PATH)) return workbookEndpoint(request, response, path.slice(WORKBOOK_PATH.length));
      if (await previewEndpoint(request, response, path)) return;
      if (options.dist) return distFile(response, path);
      send(response, 404, "Not found", TYPES[".txt"]);
    };
    handle().catch((error: unknown) => {
      const code = isOfficeError(error) ? error.code : "GeneralException";
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) send(response, isOfficeError(error) ? 400 : 500, JSON.stringify({ error: { code, message } }));
      else response.end();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    workbookUrl: `http://127.0.0.1:${port}${WORKBOOK_PATH}`,
    host,
    requests,
    failSync(n: number | null) {
      if (n !== null && (!Number.isInteger(n) || n < 1)) throw new RangeError("failSync: n must be a positive integer or null");
      failCountdown = n;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
