// Runs the builds the bundle and start-up figures are taken from (a fresh clone has no dist/).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface BuildRun {
  command: string;
  ms: number;
  logFile: string;
}

/** Runs a command; its output goes to a log file, whose tail is in the error when it fails. */
export async function runBuild(command: string, args: string[], log: (line: string) => void): Promise<BuildRun> {
  const label = [command, ...args].join(" ");
  const logFile = path.join(mkdtempSync(path.join(tmpdir(), "prognos-bench-")), "build.log");
  log(`build: ${label} (log: ${logFile})`);
  const start = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", resolve);
  });
  const text = output.join("");
  writeFileSync(logFile, text);
  if (code !== 0) throw new Error(`${label} exited with ${code}:\n${text.split("\n").slice(-15).join("\n")}`);
  return { command: label, ms: performance.now() - start, logFile };
}

/**
 * How to build the preview's scripts into dist-preview/ (the add-in itself is `npm run build`): the package's
 * `build:preview` script when there is one, else webpack's preview configuration alone; null without a preview.
 */
export function previewBuild(root: string): { command: string; args: string[] } | null {
  const scripts = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  if (scripts["build:preview"]) return { command: "npm", args: ["run", "build:preview"] };
  if (existsSync(path.join(root, "src/preview/client/shim.ts"))) return { command: "npx", args: ["webpack", "--mode", "production", "--env", "preview", "--config-name", "preview"] };
  return null;
}
