// `npm run corpus -- --gather-only` (and the first step of `npm run corpus`): copies the corpus's workbooks
// out of the fetched mirrors into tests/corpus/files/<source>/ beside each source's licence, and writes
// tests/corpus/manifest.json: per file its source repository, commit, path, licence, the application that
// wrote it and the features found in its XML. The files are not committed (the tool library's rule: data
// fetched with `fetch` stays out of developers' commits); the manifest and this script are.
//
// Without --select the manifest's own list is copied again (the same commits), so a run is reproducible;
// --select scans every .xlsx/.xlsm of the mirrors' newest commits and picks the list anew.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { applicationOf, detectFeatures, isExcelMade, readParts, REQUIRED_FEATURES } from "./features";
import { blob, headCommit, mirrorPresent, SOURCES, workbookPaths, type Source } from "./sources";

export const ROOT = path.resolve(__dirname, "..", "..");
export const FILES = path.join(ROOT, "tests", "corpus", "files");
export const MANIFEST = path.join(ROOT, "tests", "corpus", "manifest.json");
/** Workbooks someone put into the steering repo's shared/ (the one place fetched data may be committed). */
const SHARED = process.env.PROGNOS_CORPUS_SHARED ?? path.resolve(ROOT, "..", "shared", "corpus");

export interface CorpusFile {
  /** Path under tests/corpus/files/. */
  file: string;
  source: string;
  repo: string;
  commit: string;
  path: string;
  licence: string;
  licenceFiles: string[];
  bytes: number;
  sha256: string;
  application: string;
  excelMade: boolean;
  /** Readable as a zip package at all (an encrypted workbook is not: it is a CFB file). */
  zip: boolean;
  features: string[];
}

export interface Manifest {
  note: string;
  required: string[];
  missing: string[];
  files: CorpusFile[];
}

interface Candidate {
  source: Source;
  commit: string;
  path: string;
  bytes: Buffer;
  application: string;
  zip: boolean;
  features: string[];
}

function examine(source: Source, commit: string, file: string, bytes: Buffer): Candidate {
  try {
    const parts = readParts(bytes);
    return { source, commit, path: file, bytes, application: applicationOf(parts), zip: true, features: detectFeatures(parts) };
  } catch {
    return { source, commit, path: file, bytes, application: "", zip: false, features: [] };
  }
}

const MAX_BYTES = 2 * 1024 * 1024; // keeps a run within minutes; no listed feature needs a larger file
const FUZZ = /clusterfuzz|crash-[0-9a-f]{8}|~\$/;
const TARGET = 52;
const PER_SOURCE = 4;

/** A deterministic pick: every required feature (rarest first, Excel-made and small files preferred), each source, then the richest files. */
export function select(candidates: Candidate[]): Candidate[] {
  const pool = candidates.filter((c) => c.zip && c.bytes.length <= MAX_BYTES && !FUZZ.test(c.path));
  const key = (c: Candidate) => `${c.source.id}:${c.path}`;
  const chosen = new Map<string, Candidate>();
  const take = (c: Candidate) => chosen.set(key(c), c);
  const rank = (c: Candidate, gain: number) => [gain, isExcelMade(c.application) ? 1 : 0, -c.bytes.length];
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return false;
  };
  const best = (list: Candidate[], gain: (c: Candidate) => number): Candidate | null => {
    let top: Candidate | null = null;
    let topRank: number[] = [];
    for (const c of list) {
      if (chosen.has(key(c)) || gain(c) <= 0) continue;
      const r = rank(c, gain(c));
      if (!top || better(r, topRank)) [top, topRank] = [c, r];
    }
    return top;
  };
  // 1. Cover the list: greedy set cover.
  const uncovered = new Set(REQUIRED_FEATURES);
  for (;;) {
    const next = best(pool, (c) => c.features.filter((f) => uncovered.has(f)).length);
    if (!next) break;
    take(next);
    next.features.forEach((f) => uncovered.delete(f));
  }
  // 2. Every source represented, and at least three macro workbooks.
  for (const source of SOURCES) {
    while ([...chosen.values()].filter((c) => c.source === source).length < PER_SOURCE) {
      const next = best(pool.filter((c) => c.source === source), (c) => 1 + c.features.length);
      if (!next) break;
      take(next);
    }
  }
  while ([...chosen.values()].filter((c) => c.features.includes("vba")).length < 3) {
    const next = best(pool.filter((c) => c.features.includes("vba")), (c) => 1 + c.features.length);
    if (!next) break;
    take(next);
  }
  // 3. Fill with the files that hold the most features (a second example of each feature where possible).
  const counts = () => {
    const count = new Map<string, number>();
    for (const c of chosen.values()) for (const f of c.features) count.set(f, (count.get(f) ?? 0) + 1);
    return count;
  };
  while (chosen.size < TARGET) {
    const count = counts();
    const next = best(pool, (c) => c.features.filter((f) => (count.get(f) ?? 0) < 2).length * 10 + c.features.length);
    if (!next) break;
    take(next);
  }
  // 4. Two workbooks that are no zip at all (password-encrypted): the command must refuse them cleanly.
  for (const c of candidates.filter((c) => !c.zip && /encrypt/i.test(c.path)).slice(0, 2)) take(c);
  return [...chosen.values()];
}

function localName(candidate: { source: Source | { id: string }; path: string }): string {
  return path.join(candidate.source.id, candidate.path.replace(/\//g, "__"));
}

function scanAll(): Candidate[] {
  const all: Candidate[] = [];
  for (const source of SOURCES) {
    if (!mirrorPresent(source)) {
      process.stderr.write(`corpus: no mirror of ${source.repo}; skipped\n`);
      continue;
    }
    const commit = headCommit(source);
    for (const file of workbookPaths(source, commit)) {
      const bytes = blob(source, commit, file);
      if (bytes) all.push(examine(source, commit, file, bytes));
    }
  }
  return all;
}

function fromManifest(manifest: Manifest): Candidate[] {
  const list: Candidate[] = [];
  for (const entry of manifest.files) {
    const source = SOURCES.find((s) => s.id === entry.source);
    if (!source) continue; // shared/ files are read again below
    const bytes = mirrorPresent(source) ? blob(source, entry.commit, entry.path) : null;
    if (!bytes) {
      process.stderr.write(`corpus: ${entry.repo}@${entry.commit.slice(0, 8)}:${entry.path} is not in the mirror; skipped\n`);
      continue;
    }
    list.push(examine(source, entry.commit, entry.path, bytes));
  }
  return list;
}

function sharedFiles(): CorpusFile[] {
  if (!existsSync(SHARED)) return [];
  const found: CorpusFile[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.xls[xm]$/i.test(name)) {
        const bytes = readFileSync(full);
        const c = examine({ id: "shared", repo: "shared", licenceFiles: [], licence: "" }, "", path.relative(SHARED, full), bytes);
        const licenceFiles = readdirSync(folder).filter((n) => /^(licen[sc]e|notice|copying)/i.test(n));
        const target = path.join(FILES, "shared", path.relative(SHARED, full));
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(full, target);
        for (const l of licenceFiles) copyFileSync(path.join(folder, l), path.join(path.dirname(target), l));
        found.push(entryOf(c, path.relative(FILES, target), "see the licence files beside it", licenceFiles));
      }
    }
  };
  walk(SHARED);
  return found;
}

function entryOf(c: Candidate, file: string, licence: string, licenceFiles: string[]): CorpusFile {
  return {
    file, source: c.source.id, repo: c.source.repo, commit: c.commit, path: c.path, licence, licenceFiles,
    bytes: c.bytes.length, sha256: createHash("sha256").update(c.bytes).digest("hex"),
    application: c.application, excelMade: isExcelMade(c.application), zip: c.zip, features: c.features,
  };
}

export function gather(options: { select: boolean }): Manifest {
  const previous = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest) : null;
  const chosen = options.select || !previous ? select(scanAll()) : fromManifest(previous);
  rmSync(FILES, { recursive: true, force: true });
  const files: CorpusFile[] = [];
  const licencesCopied = new Set<string>();
  for (const c of chosen.sort((a, b) => localName(a).localeCompare(localName(b)))) {
    const file = localName(c);
    mkdirSync(path.join(FILES, c.source.id), { recursive: true });
    writeFileSync(path.join(FILES, file), c.bytes);
    if (!licencesCopied.has(c.source.id)) {
      // The licence as the repository has it at the same commit, beside the files it covers.
      for (const licence of c.source.licenceFiles) {
        const text = blob(c.source, c.commit, licence);
        if (text) writeFileSync(path.join(FILES, c.source.id, path.basename(licence)), text);
      }
      licencesCopied.add(c.source.id);
    }
    files.push(entryOf(c, file, c.source.licence, c.source.licenceFiles.map((l) => path.join(c.source.id, path.basename(l)))));
  }
  files.push(...sharedFiles());
  const present = new Set(files.flatMap((f) => f.features));
  const manifest: Manifest = {
    note: "Generated by scripts/corpus/gather.ts from the files' XML; the workbooks themselves are not committed (tests/corpus/files/ is ignored).",
    required: REQUIRED_FEATURES,
    missing: REQUIRED_FEATURES.filter((f) => !present.has(f)),
    files,
  };
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
