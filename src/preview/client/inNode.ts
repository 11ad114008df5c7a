// office.js's Excel client in Node, for the conformance tests and the benchmark: the host script Excel on
// the web loads (excel-web-16.00.js, the same file the build copies into dist/) run in a vm context with
// the few browser globals it touches while loading. It then speaks to the workbook server over HTTP.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import type { OfficeJsClient } from "./officeJsRun";

const packageRequire = createRequire(__filename);

export function excelWebScriptPath(): string {
  return packageRequire.resolve("@microsoft/office-js/dist/excel-web-16.00.js");
}

let source: string | null = null;

/** A fresh client (its own realm and state); it needs only fetch, which the caller's realm provides (see officeJsRun). */
export function loadOfficeJsInNode(): OfficeJsClient {
  source ??= readFileSync(excelWebScriptPath(), "utf8");
  const inert = () => undefined;
  const element = () => ({ style: {}, setAttribute: inert, appendChild: inert, addEventListener: inert });
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    // office.js takes window.Promise: the caller's, so that its promises are this realm's.
    Promise,
    navigator: { userAgent: "Node.js" },
    location: { href: "http://localhost/", protocol: "http:", host: "localhost", hostname: "localhost", search: "", hash: "", origin: "http://localhost" },
    document: { readyState: "complete", getElementById: () => null, getElementsByTagName: () => [], createElement: element, addEventListener: inert },
    addEventListener: inert,
    removeEventListener: inert,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(source, sandbox, { filename: "excel-web-16.00.js" });
  return { Excel: sandbox.Excel, OfficeExtension: sandbox.OfficeExtension } as OfficeJsClient;
}
