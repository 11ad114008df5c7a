// What the production task pane page loads (dist/taskpane.html after `npm run build`): its scripts raw
// and gzipped, and what the ribbon command needs before it runs. Gzip is zlib's default level (6), what
// a web server's on-the-fly compression sends.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { composition, type Part } from "./composition";

// Issue 20: the JavaScript the page loads before the pane's first render (its blocking scripts but office.js).
export const PANE_GZIP_TARGET_BYTES = 120 * 1024;
// What office.js fetches itself on Excel on the web before Office.onReady resolves (see webpack.config.js).
const OFFICE_WEB_FILES = ["excel-web-16.00.js", "sv-se/office_strings.js"];

export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleBench {
  page: string;
  /** Every script taskpane.html loads, in order. */
  scripts: FileSize[];
  /** Prognos' own JavaScript in the page (everything but office.js): what loads before the first render. */
  pane: { files: string[]; rawBytes: number; gzipBytes: number; targetGzipBytes: number; withinTarget: boolean };
  /** What the pane's initial JavaScript is made of, from its source maps (null without them). */
  composition: Part[] | null;
  /** The pane's chunks that load later (views, the adapter, one language's texts, the dark theme, the ribbon's update). */
  chunks: FileSize[];
  officeJs: FileSize;
  /** Loaded by office.js at run time on Excel on the web. */
  officeWeb: FileSize[];
  /** The ribbon command's path: office.js, Office's web host files, then the commands bundle. */
  ribbon: { files: string[]; rawBytes: number; gzipBytes: number; note: string };
  /** Everything the page loads (its scripts and office.js's web files): what the ribbon waits for in a shared runtime. */
  wholePage: { rawBytes: number; gzipBytes: number };
}

function sizeOf(dist: string, file: string): FileSize {
  const full = path.join(dist, file);
  if (!existsSync(full)) throw new Error(`${full} is missing: was the build complete?`);
  const bytes = readFileSync(full);
  return { file, rawBytes: statSync(full).size, gzipBytes: gzipSync(bytes).length };
}

/** The script sources of an HTML page, in document order (relative URLs only). */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    const src = match[1];
    if (/^[a-z]+:|^\/\//i.test(src)) throw new Error(`taskpane.html loads ${src} from another origin; the bench measures only files in dist/`);
    sources.push(src.replace(/^\.?\//, "").split(/[?#]/)[0]);
  }
  return sources;
}

function sum(files: FileSize[]): { rawBytes: number; gzipBytes: number } {
  return files.reduce((total, file) => ({ rawBytes: total.rawBytes + file.rawBytes, gzipBytes: total.gzipBytes + file.gzipBytes }), { rawBytes: 0, gzipBytes: 0 });
}

/** Webpack's chunks in dist/ that the page does not load itself (office.js's own files excluded). */
function laterChunks(dist: string, loaded: string[]): FileSize[] {
  return readdirSync(dist)
    .filter((file) => /\.[0-9a-f]{8}\.js$/.test(file) && !loaded.includes(file))
    .sort()
    .map((file) => sizeOf(dist, file));
}

export function measureBundle(dist: string): BundleBench {
  const page = path.join(dist, "taskpane.html");
  if (!existsSync(page)) throw new Error(`${page} is missing: run npm run build`);
  const sources = scriptSources(readFileSync(page, "utf8"));
  const scripts = sources.map((file) => sizeOf(dist, file));
  const officeJs = scripts.find((script) => path.basename(script.file) === "office.js");
  if (!officeJs) throw new Error("taskpane.html does not load office.js");
  const own = scripts.filter((script) => script !== officeJs);
  if (own.length === 0) throw new Error("taskpane.html loads no Prognos bundle");
  const commands = own.find((script) => path.basename(script.file).startsWith("commands"));
  if (!commands) throw new Error("taskpane.html loads no commands bundle");
  const officeWeb = OFFICE_WEB_FILES.map((file) => sizeOf(dist, file));
  const ribbonFiles = [officeJs, ...officeWeb, commands];
  const paneSum = sum(own);
  const laterScripts = own.filter((script) => sources.indexOf(script.file) > sources.indexOf(commands.file)).map((script) => script.file);
  return {
    page: path.relative(process.cwd(), page),
    scripts,
    pane: { files: own.map((script) => script.file), ...paneSum, targetGzipBytes: PANE_GZIP_TARGET_BYTES, withinTarget: paneSum.gzipBytes <= PANE_GZIP_TARGET_BYTES },
    composition: composition(dist, own.map((script) => script.file)),
    chunks: laterChunks(dist, [...sources, ...OFFICE_WEB_FILES]),
    officeJs,
    officeWeb,
    ribbon: {
      files: ribbonFiles.map((file) => file.file),
      ...sum(ribbonFiles),
      note:
        laterScripts.length > 0
          ? `shared runtime: the command runs in taskpane.html, whose blocking scripts include ${laterScripts.join(", ")} after the commands bundle, so Office.onReady (DOM ready) waits for them too — see "whole page"`
          : "the commands bundle is the last script of the page",
    },
    wholePage: sum([...scripts, ...officeWeb]),
  };
}
