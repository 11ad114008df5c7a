// `npm run bench` (issue 9): syncs and payload of an update at 5 to 50 000 source rows against the naive
// row-by-row port, engine time, the production bundle and the pane's start-up in headless Chromium.
//   --json            one JSON object on stdout (progress stays on stderr); npm prints its own banner
//                     on stdout, so use `npm run -s bench -- --json` (or `npx tsx bench/run.ts --json`)
//   --results FILE    also write the result as Markdown (bench/RESULTS.md)
//   --no-build        measure the dist/ (and dist-preview/) already there
//   --only a,b        sections: updates, engine, bundle, startup
//   --sizes 5,500     source sizes for the update (default 5,500,5000,50000)
//   --strict          exit 1 also when a target is not met
// Exit 1 when a section could not be measured: it prints why, never a number it did not measure.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { previewBuild, runBuild } from "./build";
import { measureBundle } from "./bundle";
import { benchEngineTimes } from "./engineTimes";
import { machine } from "./machine";
import { describeModel } from "./model";
import { renderMarkdown, renderText, targets, type BenchResult, type Section } from "./report";
import { benchStartup } from "./startup";
import { benchUpdates } from "./updates";

const SECTIONS = ["updates", "engine", "bundle", "startup"] as const;
type SectionName = (typeof SECTIONS)[number];

interface Args {
  json: boolean;
  results: string | null;
  build: boolean;
  only: Set<SectionName>;
  sizes: number[];
  strict: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, results: null, build: true, only: new Set(SECTIONS), sizes: [5, 500, 5000, 50_000], strict: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--json") args.json = true;
    else if (flag === "--no-build") args.build = false;
    else if (flag === "--strict") args.strict = true;
    else if (flag === "--results") args.results = value();
    else if (flag === "--only") {
      const names = value().split(",");
      const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
      if (unknown.length) throw new Error(`--only: unknown section ${unknown.join(", ")} (${SECTIONS.join(", ")})`);
      args.only = new Set(names as SectionName[]);
    } else if (flag === "--sizes") {
      args.sizes = value().split(",").map(Number);
      if (args.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error("--sizes: positive whole numbers, e.g. 5,500");
    } else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

const notRun = <T>(name: SectionName): Section<T> => ({ ok: false, error: `not run (--only without ${name})` });

async function section<T>(name: string, measure: () => Promise<T> | T): Promise<Section<T>> {
  try {
    return { ok: true, value: await measure() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${name} FAILED: ${message}`);
    return { ok: false, error: message };
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const root = process.cwd();

  const updates = args.only.has("updates")
    ? await section("updates", () => benchUpdates({ sizes: args.sizes, naiveBudgetMs: 90_000, log }))
    : notRun<never>("updates");
  const engine = args.only.has("engine")
    ? await section("engine", () =>
        benchEngineTimes(
          [
            { rows: 10_000, runs: 7 },
            { rows: 100_000, runs: 5 },
          ],
          log,
        ),
      )
    : notRun<never>("engine");

  const needsBuild = args.only.has("bundle") || args.only.has("startup");
  const build: BenchResult["build"] = !needsBuild
    ? { ok: false, error: "not needed" }
    : !args.build
      ? { ok: false, error: "not run (--no-build): measured the builds already there" }
      : await section("build", async () => {
          const runs = [await runBuild("npm", ["run", "build"], log)];
          const preview = previewBuild(root);
          if (preview && args.only.has("startup")) runs.push(await runBuild(preview.command, preview.args, log));
          if (args.only.has("startup")) runs.push(await runBuild("npx", ["webpack", "--config", "bench/floor/webpack.config.js"], log));
          return { commands: runs.map((run) => run.command), ms: runs.reduce((sum, run) => sum + run.ms, 0) };
        });
  const buildFailed = !build.ok && args.build && needsBuild;
  const afterBuild = <T>(name: string, measure: () => Promise<T> | T): Promise<Section<T>> =>
    buildFailed ? Promise.resolve({ ok: false, error: `the build failed: ${build.ok ? "" : build.error}` }) : section(name, measure);

  const bundle = args.only.has("bundle") ? await afterBuild("bundle", () => measureBundle(path.join(root, "dist"))) : notRun<never>("bundle");
  const startup = args.only.has("startup")
    ? await afterBuild("startup", () => benchStartup({ production: "dist", preview: "dist-preview", floor: "dist-bench" }, 5, log))
    : notRun<never>("startup");

  const partial = { machine: machine(), startedAt, webModel: describeModel(), updates, engine, build, bundle, startup };
  const result: BenchResult = { ...partial, targets: targets(partial), durationMs: performance.now() - started };
  if (args.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${renderText(result)}\n`);
  if (args.results) {
    writeFileSync(args.results, renderMarkdown(result));
    log(`wrote ${args.results}`);
  }
  const failed = [updates, engine, bundle, startup].filter((part, index) => args.only.has(SECTIONS[index]) && !part.ok);
  const missed = result.targets.filter((target) => target.met === false);
  return failed.length > 0 || (args.strict && missed.length > 0) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
