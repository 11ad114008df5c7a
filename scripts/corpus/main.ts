// `npm run corpus`: issue 16's corpus check. Gathers the workbooks (gather.ts), runs `prognos update` on
// each with --out and in place (run.ts), lets LibreOffice open every output and look for the report's chart
// (office.ts), and writes the table to docs/corpus.md and the details to tests/corpus/out/results.json.
//   --select       pick the files anew from the mirrors (otherwise the manifest's list is copied again)
//   --only <text>  run only the files whose name contains the text (the table is not written)
//   --no-office    skip LibreOffice
//   --report-only  rewrite docs/corpus.md from the last run's tests/corpus/out/results.json
//   --png <n>      also render the first n ok outputs to PNG (tests/corpus/out/png/) to look at
import { cpus } from "node:os";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ensureCliBuilt } from "../demo.build";
import { runMain } from "../runMain";
import { FILES, gather, MANIFEST, ROOT, type Manifest } from "./gather";
import { checkOds, convertAll, converted, officeCommand, type ChartCheck } from "./office";
import { writeReport } from "./report";
import { runFile, type FileResult } from "./run";
import { spawnSync } from "node:child_process";

export const WORK = path.join(ROOT, "tests", "corpus", "out");

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function pool<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  }));
  return results;
}

async function main(): Promise<number> {
  if (process.argv.includes("--report-only")) {
    const last = JSON.parse(readFileSync(path.join(WORK, "results.json"), "utf8")) as { results: FileResult[]; office: Record<string, ChartCheck>; seconds: number };
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest;
    writeReport(path.join(ROOT, "docs", "corpus.md"), manifest, last.results, new Map(Object.entries(last.office)), Object.keys(last.office).length > 0, last.seconds ?? 0);
    return 0;
  }
  const started = Date.now();
  const manifest = gather({ select: process.argv.includes("--select") });
  process.stderr.write(`corpus: ${manifest.files.length} workbooks in tests/corpus/files/ (missing features: ${manifest.missing.join(", ") || "none"})\n`);
  await ensureCliBuilt((text) => process.stderr.write(text));
  const only = option("--only");
  const files = manifest.files.filter((f) => !only || f.file.includes(only));
  mkdirSync(WORK, { recursive: true });
  let done = 0;
  const results: FileResult[] = await pool(files, Math.max(1, Math.min(2, cpus().length)), async (file) => {
    const result = await runFile(file, FILES, path.join(WORK, "runs"));
    process.stderr.write(`corpus: [${++done}/${files.length}] ${file.file}: ${result.runs.map((r) => `${r.mode} ${r.outcome}`).join(", ")}\n`);
    return result;
  });

  const office = process.argv.includes("--no-office") ? null : officeCommand();
  const checks = new Map<string, ChartCheck>();
  if (office) {
    const outputs = results.flatMap((r) => r.runs.map((run) => run.output).filter((o): o is string => o !== null));
    const reportSheetOf = new Map(results.flatMap((r) => r.runs.filter((run) => run.output).map((run) => [run.output!, run.place?.replace(/!\w+$/, "") ?? "Rapport"] as const)));
    // Flat, unique names: LibreOffice names each converted file after its input.
    const flat = path.join(WORK, "office-in");
    mkdirSync(flat, { recursive: true });
    const byOutput = new Map<string, string>();
    outputs.forEach((output, i) => {
      const name = path.join(flat, `${String(i).padStart(3, "0")}${path.extname(output)}`);
      copyFileSync(output, name);
      byOutput.set(output, name);
    });
    const ods = path.join(WORK, "ods");
    process.stderr.write(`corpus: LibreOffice converts ${outputs.length} outputs to .ods …\n`);
    convertAll(office, [...byOutput.values()], "ods", ods, WORK);
    for (const [output, flatName] of byOutput) checks.set(output, checkOds(converted(flatName, "ods", ods), reportSheetOf.get(output)));
    // An output LibreOffice did not open: does it open the file as published? (Some it crashes on.)
    const unopened = results.filter((r) => r.runs.some((run) => run.output && !checks.get(run.output)?.opened));
    const originals = new Map(unopened.map((r, i) => [r, path.join(flat, `original-${String(i).padStart(3, "0")}${path.extname(r.file.file)}`)] as const));
    for (const [r, copy] of originals) copyFileSync(path.join(FILES, r.file.file), copy);
    convertAll(office, [...originals.values()], "ods", path.join(WORK, "ods-original"), WORK);
    for (const [r, copy] of originals) {
      const originalOpens = checkOds(converted(copy, "ods", path.join(WORK, "ods-original")), "").opened;
      for (const run of r.runs) {
        const check = run.output ? checks.get(run.output) : undefined;
        if (check && !check.opened) checks.set(run.output!, { ...check, originalOpens, detail: originalOpens ? check.detail : `${check.detail}; LibreOffice does not open the published file either` });
      }
    }
    const png = Number(option("--png") ?? 0);
    if (png > 0) {
      // The repository's own renderer (npm run render): one PNG per sheet, to look at the report and its chart.
      const sample = results.filter((r) => r.runs[0].outcome === "ok").slice(0, png).map((r) => byOutput.get(r.runs[0].output!)!);
      for (const file of sample) spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", "render.ts"), file, path.join(WORK, "png")], { stdio: "ignore", timeout: 180_000 });
    }
  }
  writeFileSync(path.join(WORK, "results.json"), JSON.stringify({ results, office: Object.fromEntries(checks), seconds: (Date.now() - started) / 1000 }, null, 2));
  if (!only) writeReport(path.join(ROOT, "docs", "corpus.md"), manifest, results, checks, office !== null, (Date.now() - started) / 1000);
  const counts = new Map<string, number>();
  for (const r of results) for (const run of r.runs) counts.set(`${run.mode} ${run.outcome}`, (counts.get(`${run.mode} ${run.outcome}`) ?? 0) + 1);
  process.stderr.write(`corpus: ${[...counts].map(([k, n]) => `${k}: ${n}`).join(", ")}; ${Math.round((Date.now() - started) / 1000)} s\n`);
  return 0;
}

runMain(main);
