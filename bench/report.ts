// The benchmark's result as sections of tables, printed for the terminal or written as RESULTS.md.
import type { BundleBench } from "./bundle";
import type { Part } from "./composition";
import type { EngineBench } from "./engineTimes";
import type { Machine } from "./machine";
import { describeModel } from "./model";
import { CPU_RATES, type CpuRate, type StartupBench, type StartupTarget } from "./startup";
import { count, kb, markdownTable, ms, textTable, type Cell } from "./table";
import type { UpdateSizeResult } from "./updates";
import { BENCH_AREAS } from "./workbook";

export type Section<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Target {
  name: string;
  /** null when the figure could not be measured. */
  met: boolean | null;
  detail: string;
}

export interface BenchResult {
  machine: Machine;
  startedAt: string;
  durationMs: number;
  webModel: string;
  updates: Section<UpdateSizeResult[]>;
  engine: Section<EngineBench>;
  build: Section<{ commands: string[]; ms: number }>;
  bundle: Section<BundleBench>;
  startup: Section<StartupBench>;
  targets: Target[];
}

interface Block {
  title: string;
  header?: Cell[];
  rows?: Cell[][];
  notes: string[];
}

const MAX_PAYLOAD = 5 * 1024 * 1024;

export function targets(result: Omit<BenchResult, "targets" | "durationMs">): Target[] {
  const list: Target[] = [];
  if (result.updates.ok) {
    const sizes = result.updates.value;
    const worst = (pick: (size: UpdateSizeResult) => number) => Math.max(...sizes.map(pick));
    // Short here; the update table's notes carry the whole message.
    const failed = sizes.flatMap((size) => {
      const kinds = [size.stored, size.given].filter((update) => !update.ok);
      if (kinds.length === 0) return [];
      const reason = kinds[0].failure ?? "";
      return [`${count(size.rows)} rows (${kinds.map((update) => update.kind).join(", ")}): ${reason.length > 70 ? `${reason.slice(0, 69)}…` : reason}`];
    });
    list.push({ name: "every update completes", met: failed.length === 0, detail: failed.length === 0 ? "all sizes, both cases" : failed.join("; ") });
    list.push({ name: "≤ 3 syncs per update (stored configuration)", met: worst((size) => size.stored.syncs) <= 3, detail: `max ${worst((size) => size.stored.syncs)}` });
    list.push({ name: "2 syncs with the configuration given", met: worst((size) => size.given.syncs) <= 2, detail: `max ${worst((size) => size.given.syncs)}` });
    const request = worst((size) => Math.max(size.stored.maxRequestBytes, size.given.maxRequestBytes));
    const response = worst((size) => Math.max(size.stored.maxResponseBytes, size.given.maxResponseBytes));
    list.push({ name: "no request over 5 MB (host's estimate)", met: request <= MAX_PAYLOAD, detail: `largest ${kb(request)}` });
    list.push({ name: "no response over 5 MB (host's estimate)", met: response <= MAX_PAYLOAD, detail: `largest ${kb(response)}` });
    const wireFailed = sizes.filter((size) => !size.wire.stored.ok || !size.wire.given.ok).map((size) => count(size.rows));
    const wireRequest = worst((size) => Math.max(size.wire.stored.maxRequestBytes, size.wire.given.maxRequestBytes));
    const wireResponse = worst((size) => Math.max(size.wire.stored.maxResponseBytes, size.wire.given.maxResponseBytes));
    list.push({ name: "every update completes through office.js's client", met: wireFailed.length === 0, detail: wireFailed.length === 0 ? "all sizes, both cases" : `failed at ${wireFailed.join(", ")} rows` });
    list.push({ name: "no request on the wire over 5 MB (Excel on the web's limit)", met: wireRequest <= MAX_PAYLOAD, detail: `largest ${kb(wireRequest)}` });
    list.push({ name: "no response on the wire over 5 MB (Excel on the web's limit)", met: wireResponse <= MAX_PAYLOAD, detail: `largest ${kb(wireResponse)}` });
  } else {
    list.push({ name: "update syncs and payload", met: null, detail: result.updates.error });
  }
  const paneTarget = "initial pane JavaScript ≤ 120 KB gzipped";
  if (result.bundle.ok) {
    const { pane } = result.bundle.value;
    list.push({ name: paneTarget, met: pane.withinTarget, detail: kb(pane.gzipBytes) });
  } else {
    list.push({ name: paneTarget, met: null, detail: result.bundle.error });
  }
  list.push(...startupTargets(result.startup));
  return list;
}

function updateBlocks(sizes: UpdateSizeResult[]): Block[] {
  const product: Block = {
    title: "Update on the headless host — Prognos (updateForecast)",
    header: ["source rows", "areas", "syncs stored", "syncs given", "max request", "max response", "web model stored", "web model given", "host time", "status"],
    rows: sizes.map(({ rows, stored, given }) => [
      count(rows),
      stored.areas ?? "–",
      stored.syncs,
      given.syncs,
      kb(Math.max(stored.maxRequestBytes, given.maxRequestBytes)),
      kb(Math.max(stored.maxResponseBytes, given.maxResponseBytes)),
      ms(stored.modelledWebMs),
      ms(given.modelledWebMs),
      ms(stored.hostMs),
      stored.ok && given.ok ? "ok" : "FAILED",
    ]),
    notes: [
      `Workbooks from bench/workbook.ts: one detail row per unit (enhet) with its area, summed into ${BENCH_AREAS} areas, a total row, October's forecast in the history table.`,
      "stored: configuration on the settings sheet (ribbon); given: the caller holds it (pane). Syncs include the final sync of run; a failed update shows the syncs it made before it failed.",
      `Web model: ${describeModel()} per request; Excel's own work on the cells is not in it.`,
      ...sizes.flatMap(({ rows, stored, given }) =>
        [stored, given].filter((update) => !update.ok).map((update) => `FAILED at ${count(rows)} rows (${update.kind}): ${update.failure}`),
      ),
    ],
  };
  const naive: Block = {
    title: "The same update, naive row-by-row port (bench/naive.ts, benchmark only)",
    header: ["source rows", "syncs", "× Prognos", "max request", "max response", "host time", "web model"],
    rows: sizes.map(({ rows, naive: update, syncRatio }) => [
      count(rows) + (update.extrapolatedFrom !== null ? "*" : ""),
      count(update.syncs),
      syncRatio === null ? "–" : `×${syncRatio.toFixed(syncRatio < 100 ? 1 : 0)}`,
      kb(update.maxRequestBytes),
      kb(update.maxResponseBytes),
      ms(update.hostMs),
      ms(update.modelledWebMs),
    ]),
    notes: [
      "× Prognos: naive syncs over Prognos' syncs with the stored configuration (– where Prognos' update failed).",
      ...sizes.filter(({ naive: update }) => update.extrapolatedFrom !== null).map(({ rows, naive: update }) => `* ${count(rows)} rows: estimated from the ${count(update.extrapolatedFrom ?? 0)}-row run (one sync per extra source row), not run in full.`),
      ...sizes.filter(({ naive: update }) => !update.ok).map(({ rows, naive: update }) => `naive FAILED at ${count(rows)} rows: ${update.failure}`),
    ],
  };
  const wire: Block = {
    title: "The same update through office.js's own client — sizes on the wire (bench/wire.ts)",
    header: ["source rows", "requests stored", "requests given", "max request (wire)", "max request (host)", "max response (wire)", "max response (host)", "clean-up", "status"],
    rows: sizes.map(({ rows, stored, given, wire: measured }) => [
      count(rows),
      `${measured.stored.requests} + ${measured.stored.cleanupRequests}`,
      `${measured.given.requests} + ${measured.given.cleanupRequests}`,
      kb(Math.max(measured.stored.maxRequestBytes, measured.given.maxRequestBytes)),
      kb(Math.max(stored.maxRequestBytes, given.maxRequestBytes)),
      kb(Math.max(measured.stored.maxResponseBytes, measured.given.maxResponseBytes)),
      kb(Math.max(stored.maxResponseBytes, given.maxResponseBytes)),
      kb(measured.stored.cleanupBytes),
      measured.stored.ok && measured.given.ok ? "ok" : "FAILED",
    ]),
    notes: [
      "office.js's Excel client (excel-web-16.00.js, the file Excel on the web loads) run in Node, its batches posted to the workbook server (src/preview/server) over HTTP; sizes are the UTF-8 bodies of ProcessQuery as sent and answered, the figure Excel on the web's 5 MB limit applies to. (host): the headless host's estimate of the same syncs, from the table above.",
      "requests: the update's syncs + office.js's clean-up after the run (it removes the references to the ranges it kept); clean-up: that request and its answer, stored case.",
      ...sizes.flatMap(({ rows, wire: measured }) =>
        (["stored", "given"] as const).filter((kind) => !measured[kind].ok).map((kind) => `FAILED at ${count(rows)} rows (${kind}, office.js): ${measured[kind].failure}`),
      ),
    ],
  };
  return [product, naive, wire];
}

function engineBlock(engine: EngineBench): Block {
  return {
    title: "Engine (computeReport over generated detail rows, bench/engine.ts)",
    header: ["source rows", "runs", "median"],
    rows: engine.times.map((time) => [count(time.rows), time.runs, ms(time.medianMs)]),
    notes: [`Growth: ×${engine.growth.toFixed(1)} time for ×${engine.sizeRatio} rows (linear would be ×${engine.sizeRatio}).`],
  };
}

function bundleBlocks(bundle: BundleBench, build: BenchResult["build"]): Block[] {
  const files = [...bundle.scripts, ...bundle.officeWeb];
  return [
    {
      title: `Production task pane bundle (${bundle.page}, gzip = zlib level 6)`,
      header: ["file", "raw", "gzip"],
      rows: [
        ...files.map((file) => [file.file + (bundle.officeWeb.includes(file) ? " (fetched by office.js on the web)" : ""), kb(file.rawBytes), kb(file.gzipBytes)]),
        ["initial pane JavaScript (" + bundle.pane.files.join(" + ") + ")", kb(bundle.pane.rawBytes), kb(bundle.pane.gzipBytes)],
        ...bundle.chunks.map((chunk) => [`${chunk.file} (loaded later)`, kb(chunk.rawBytes), kb(chunk.gzipBytes)]),
        ["ribbon command path (" + bundle.ribbon.files.join(" + ") + ")", kb(bundle.ribbon.rawBytes), kb(bundle.ribbon.gzipBytes)],
        ["whole page", kb(bundle.wholePage.rawBytes), kb(bundle.wholePage.gzipBytes)],
      ],
      notes: [
        `Initial pane JavaScript (what the page loads before the pane's first render, office.js aside) ≤ ${kb(bundle.pane.targetGzipBytes)} gzipped: ${bundle.pane.withinTarget ? "met" : "NOT met"}.`,
        "Loaded later: the setup and history views and the result's draft text, the adapter with the engine (after the first render, before ready), the texts of Office's display language (texts-sv or texts-en, at Office.onReady), the dark theme (only when Office is dark), the ribbon's update (at its first click); the browser prefetches the views in idle time.",
        `Ribbon: ${bundle.ribbon.note}.`,
        ...(build.ok ? [`Built with ${build.value.commands.join(" and ")} in ${ms(build.value.ms)}.`] : []),
      ],
    },
    ...(bundle.composition ? [compositionBlock(bundle, bundle.composition)] : []),
  ];
}

function compositionBlock(bundle: BundleBench, parts: Part[]): Block {
  const total = parts.reduce((sum, part) => sum + part.bytes, 0);
  return {
    title: `What the initial pane JavaScript is made of (${bundle.pane.files.join(" + ")}, from their source maps)`,
    header: ["part", "minified", "share", "≈ gzip"],
    rows: parts.map((part) => [part.name, kb(part.bytes), `${((100 * part.bytes) / total).toFixed(1)} %`, kb((bundle.pane.gzipBytes * part.bytes) / total)]),
    notes: ["Each stretch of minified code counts for the source file its mapping names, grouped by package (Prognos by folder). ≈ gzip: the part's share of the initial JavaScript's gzip size, an estimate (parts compress differently)."],
  };
}

// Issue 20's start-up targets for the production pane, in ms from navigation start.
const STARTUP_TARGETS: { name: string; rate: CpuRate; mark: "medianFirstRenderMs" | "medianReadyMs"; limitMs: number }[] = [
  { name: "pane first render ≤ 250 ms unthrottled", rate: 1, mark: "medianFirstRenderMs", limitMs: 250 },
  { name: "pane first render ≤ 750 ms at 4× CPU", rate: 4, mark: "medianFirstRenderMs", limitMs: 750 },
  { name: "pane ready ≤ 1 s at 4× CPU", rate: 4, mark: "medianReadyMs", limitMs: 1000 },
];

/** The pane's pages, each a target's figure: the first run and the monthly open. */
const PANE_PAGES: { name: StartupTarget["name"]; label: string }[] = [
  { name: "pane", label: "first run" },
  { name: "pane, set up", label: "set up" },
];

function startupTargets(startup: Section<StartupBench>): Target[] {
  return STARTUP_TARGETS.map(({ name, rate, mark, limitMs }) => {
    if (!startup.ok) return { name, met: null, detail: startup.error };
    const runOf = (page: StartupTarget["name"]) => startup.value.targets.find((target) => target.name === page)?.runs.find((candidate) => candidate.rate === rate);
    const measured = PANE_PAGES.flatMap(({ name: page, label }) => {
      const run = runOf(page);
      return run ? [{ label, run }] : [];
    });
    if (measured.length < PANE_PAGES.length) return { name, met: null, detail: "the pane was not measured" };
    const figures = measured.map(({ label, run }) => {
      const client = mark === "medianReadyMs" && run.medianExcelClientMs !== null ? ` (office.js's Excel client ready at ${ms(run.medianExcelClientMs)})` : "";
      return `${label} ${ms(run[mark])}${client}`;
    });
    const floorReady = runOf("floor with office.js's Excel client")?.medianReadyMs;
    const floor = mark === "medianReadyMs" && floorReady !== undefined ? [`the floor with that client ${ms(floorReady)}`] : [];
    return { name, met: measured.every(({ run }) => run[mark] <= limitMs), detail: `medians: ${[...figures, ...floor].join("; ")}` };
  });
}

function startupBlock(startup: StartupBench): Block {
  const floor = startup.targets.find((target) => target.name === "floor");
  const ratio = (value: number, rate: CpuRate, mark: "medianFirstRenderMs" | "medianReactRenderMs" | "medianReadyMs") => {
    const base = floor?.runs.find((run) => run.rate === rate)?.[mark];
    return base ? ` (×${(value / base).toFixed(1)})` : "";
  };
  const cells = (target: StartupTarget) =>
    target.runs.flatMap((run) => (["medianFirstRenderMs", "medianReactRenderMs", "medianReadyMs"] as const).map((mark) => ms(run[mark]) + ratio(run[mark], run.rate, mark)));
  return {
    title: "Start-up in headless Chromium: the production pane, the floor and the preview",
    header: ["page", ...CPU_RATES.flatMap((rate) => [`first render ${rate}×`, `React ${rate}×`, `ready ${rate}×`])],
    rows: startup.targets.map((target) => [target.name, ...cells(target)]),
    notes: [
      ...startup.targets.map((target) => `${target.name}: ${target.note}.`),
      `Medians of ${startup.loadsPerRate} cold loads per page and CPU rate (a fresh browser context each, after one warm-up round), the pages interleaved; ms from navigation start; (×n): over the floor page's figure at the same rate.`,
      "First render: the pane's <main>, its frame (static HTML in taskpane.html, drawn before any script runs); the floor's table. React: the pane's own <main> drawn by React in the frame's place (Office ready, the display language's texts loaded); the floor's table. Ready: the pane's first tab panel (the workbook's setup read, the controls live); the floor: its table.",
      ...startup.targets.flatMap((target) => {
        const clients = target.runs.filter((run) => run.medianExcelClientMs !== null).map((run) => `${ms(run.medianExcelClientMs as number)} at ${run.rate}×`);
        return clients.length ? [`${target.name}: office.js's Excel client (excel-web-16.00.js, 1.4 MB, which office.js loads in Excel on the web too) ready at ${clients.join(", ")}; the pane reads the workbook only after it.`] : [];
      }),
      "4×: Emulation.setCPUThrottlingRate 4 (a municipal laptop). Served from 127.0.0.1 without compression and without request interception; Chromium's host resolver refuses every other host.",
      `Chromium ${startup.browserVersion}.` + (startup.refusedRequests.length ? ` Refused requests to other hosts: ${startup.refusedRequests.join(", ")}.` : " No request went to another host."),
    ],
  };
}

function blocks(result: BenchResult): Block[] {
  // A section left out with --only is skipped, not failed.
  const failed = (title: string, error: string): Block => ({ title, notes: [error.startsWith("not run") ? `skipped: ${error}` : `FAILED: ${error}`] });
  return [
    ...(result.updates.ok ? updateBlocks(result.updates.value) : [failed("Update syncs and payload", result.updates.error)]),
    result.engine.ok ? engineBlock(result.engine.value) : failed("Engine", result.engine.error),
    ...(result.bundle.ok ? bundleBlocks(result.bundle.value, result.build) : [failed("Task pane bundle", result.bundle.error)]),
    result.startup.ok ? startupBlock(result.startup.value) : failed("Start-up in headless Chromium", result.startup.error),
    {
      title: "Targets",
      header: ["target", "met", "figure"],
      rows: result.targets.map((target) => [target.name, target.met === null ? "not measured" : target.met ? "yes" : "NO", target.detail]),
      notes: [],
    },
  ];
}

function machineLine(result: BenchResult): string {
  const { machine } = result;
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}; load average ${machine.loadAverage} at the start; ${result.startedAt}, ${ms(result.durationMs)} in all`;
}

export function renderText(result: BenchResult): string {
  const parts = [`Prognos benchmarks — ${machineLine(result)}`];
  for (const block of blocks(result)) {
    parts.push("", block.title);
    if (block.header && block.rows) parts.push(textTable(block.header, block.rows));
    parts.push(...block.notes.map((note) => `  ${note}`));
  }
  return parts.join("\n");
}

export function renderMarkdown(result: BenchResult): string {
  const parts = [
    "# Benchmark results",
    "",
    "Written by `npm run bench -- --results bench/RESULTS.md` (issue 9): the numbers of the latest run. `npm run -s bench -- --json` gives them as one JSON object.",
    "",
    `**Machine:** ${machineLine(result)}`,
  ];
  for (const block of blocks(result)) {
    parts.push("", `## ${block.title}`, "");
    if (block.header && block.rows) parts.push(markdownTable(block.header, block.rows), "");
    parts.push(...block.notes.map((note) => `- ${note}`));
  }
  return `${parts.join("\n")}\n`;
}
