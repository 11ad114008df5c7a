// Builds the `prognos` bundle (dist/cli/prognos.js) when it is missing or older than its sources.
// Used by `npm run demo` and by tests/cli, which run the built command: CI runs `npm test` before
// `npm run build`, and a stale bundle would test yesterday's code. Only the webpack config named
// "cli" is built (seconds; the add-in's bundle is not needed for the command).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..");
export const CLI_BUNDLE = path.join(ROOT, "dist", "cli", "prognos.js");
export const CLI_BIN = path.join(ROOT, "bin", "prognos.js");

// What the bundle is made from: the command and everything it imports, plus the build's own config.
const SOURCES = ["src/cli", "src/engine", "src/excel", "src/headless", "src/i18n", "src/section", "webpack.config.js", "package.json"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

export function isCliBuildFresh(): boolean {
  if (!existsSync(CLI_BUNDLE)) return false;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(ROOT, source)) <= built);
}

function runWebpack(): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const webpackCli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    const child = spawn(process.execPath, [webpackCli, "--mode", "production", "--config-name", "cli"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One build at a time per checkout (jest runs test files in parallel workers): a lock folder. */
const LOCK = path.join(os.tmpdir(), `prognos-cli-build-${createHash("sha1").update(ROOT).digest("hex").slice(0, 10)}.lock`);
const STALE_LOCK_MS = 5 * 60_000;

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = existsSync(LOCK) ? Date.now() - statSync(LOCK).mtimeMs : 0;
      if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Resolves once dist/cli/prognos.js is up to date; rejects with webpack's output when the build fails. */
export async function ensureCliBuilt(log: (text: string) => void = () => undefined): Promise<void> {
  if (isCliBuildFresh()) return;
  await withBuildLock(async () => {
    if (isCliBuildFresh()) return; // another worker built it while we waited
    log("Bygger kommandot prognos (webpack --config-name cli) …\n");
    const { code, output } = await runWebpack();
    if (code !== 0 || !existsSync(CLI_BUNDLE)) throw new Error(`Building the prognos command failed:\n${output}`);
  });
}
