// Runs the production build the bundle and start-up figures are taken from (a fresh clone has no dist/).
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Runs `npm run <script>`; its output goes to a log file, whose tail is in the error when it fails. */
export async function runNpmScript(script: string, log: (line: string) => void): Promise<{ ms: number; logFile: string }> {
  const logFile = path.join(mkdtempSync(path.join(tmpdir(), "prognos-bench-")), `${script.replace(/\W/g, "_")}.log`);
  log(`build: npm run ${script} (log: ${logFile})`);
  const start = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn("npm", ["run", script], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", resolve);
  });
  const text = output.join("");
  writeFileSync(logFile, text);
  if (code !== 0) throw new Error(`npm run ${script} exited with ${code}:\n${text.split("\n").slice(-15).join("\n")}`);
  return { ms: performance.now() - start, logFile };
}
