// One corpus file through the command, twice: `prognos update <file> --out <new>` and in place. The input
// is the public workbook plus the controllers' sheet (inject.ts); each output is compared with it part by
// part (compare.ts), and each outcome classified: ok, refused (a clean message, nothing written), loss, crash.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { CLI_BIN } from "../demo.build";
import { readParts, type Parts } from "./features";
import { comparePackages, isFaithful, problemsOf, type Comparison } from "./compare";
import type { CorpusFile } from "./gather";
import { injectInput, inputConfig, reportPlaceInUsersSheet } from "./inject";

/** `unclean`: refused with exit 1 or 2 and nothing written, but the message carries internal error text. */
export type Outcome = "ok" | "refused" | "unclean" | "loss" | "crash";

export interface RunOutcome {
  /** `--out`, in place, and in place with the report in the workbook's first sheet (the user's). */
  mode: "out" | "inplace" | "usersheet";
  outcome: Outcome;
  code: number;
  /** The command's message on a refusal or a crash (first lines of stderr). */
  message: string;
  /** The output file, when one was written. */
  output: string | null;
  comparison: Comparison | null;
  problems: string[];
  /** The report's chart as DrawingML in the output's package (the Rapport sheet's drawing has a chart part). */
  chartPart: boolean;
  seconds: number;
  /** Where the report went, for the run into the user's sheet. */
  place?: string;
}

export interface FileResult {
  file: CorpusFile;
  injected: string | null;
  injectError: string | null;
  runs: RunOutcome[];
}

// Internal error text that must never reach a user as the message of a refusal (issue 16).
// ExcelJS's and JSZip's own sentences included ("Can't find end of central directory", their URLs).
const INTERNAL = /Cannot read propert|is not a function|is not defined|undefined|TypeError|ReferenceError|RangeError|SyntaxError|\n\s+at |\bnull\b|central directory|jszip|https?:\/\/\S*(?:github|stuk)|Unexpected xml node|parseOpen|\{"name"/i;

/** A run that takes longer hangs (ExcelJS on a sheet whose columns are styled out to XFD, for one). */
const TIMEOUT_MS = 180_000; // a large file takes a minute on a loaded 2-core machine

function prognos(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_BIN, ...args], { cwd, encoding: "utf8", timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : error.killed ? 124 : 99) : 0;
      resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const messageOf = (stderr: string, folder: string) =>
  stderr
    .split(`${folder}${path.sep}`)
    .join("")
    .split("\n")
    .map((line) => line.trim())
    // The progress lines ("prognos: [1/5] …") are not the message.
    .filter((line) => line !== "" && !/^prognos: \[\d\/\d\]/.test(line) && !/^\[\d\/\d\]/.test(line))
    .slice(0, 3)
    .join(" ")
    .slice(0, 400);

function chartPartIn(comparison: Comparison): boolean {
  return comparison.ownedNew.some((part) => /^xl\/charts\/chart[^/]*\.xml$/.test(part));
}

function classify(mode: RunOutcome["mode"], run: { code: number; stderr: string; seconds: number }, input: Uint8Array, inputParts: Parts | null, target: string, inputFile: string, report?: { sheet: string; anchor: string }): RunOutcome {
  const base = { mode, code: run.code, seconds: run.seconds, message: run.code === 124 ? `no answer within ${TIMEOUT_MS / 1000} s` : messageOf(run.stderr, path.dirname(inputFile)) };
  const unchanged = Buffer.compare(readFileSync(inputFile), Buffer.from(input)) === 0;
  if (run.code !== 0) {
    const wrote = mode === "out" ? existsSync(target) : !unchanged;
    const internal = INTERNAL.test(run.stderr);
    const problems = [...(wrote ? [mode === "out" ? "an output was written although the command failed" : "the file changed although the command failed"] : []), ...(internal ? ["internal error text in the message"] : [])];
    const outcome: Outcome = (run.code !== 1 && run.code !== 2) || wrote ? "crash" : internal ? "unclean" : "refused";
    return { ...base, outcome, output: null, comparison: null, problems, chartPart: false };
  }
  if (mode === "out" && !unchanged) return { ...base, outcome: "loss", output: target, comparison: null, problems: ["--out changed the input file"], chartPart: false };
  let outputParts: Parts;
  try {
    outputParts = readParts(readFileSync(target));
  } catch (error) {
    return { ...base, outcome: "loss", output: target, comparison: null, problems: [`the output is no zip: ${String(error)}`], chartPart: false };
  }
  if (!inputParts) return { ...base, outcome: "loss", output: target, comparison: null, problems: ["a file that is no zip was 'updated'"], chartPart: false };
  const comparison = comparePackages(inputParts, outputParts, report);
  const problems = problemsOf(comparison);
  if (!report && !comparison.newSheets.includes("Rapport")) problems.push("no sheet Rapport was added");
  return { ...base, outcome: isFaithful(comparison) && problems.length === 0 ? "ok" : "loss", output: target, comparison, problems, chartPart: chartPartIn(comparison) };
}

export async function runFile(file: CorpusFile, filesRoot: string, work: string): Promise<FileResult> {
  const folder = path.join(work, file.file.replace(/[\\/]/g, "__"));
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const original = readFileSync(path.join(filesRoot, file.file));
  const ext = path.extname(file.file).toLowerCase();
  let input: Uint8Array = original;
  let inputParts: Parts | null = null;
  let injectError: string | null = null;
  let sheet = "Controller";
  try {
    const injected = injectInput(readParts(original));
    if ("error" in injected) injectError = injected.error;
    else {
      input = injected.bytes;
      sheet = injected.sheet;
    }
  } catch (error) {
    injectError = `not a zip package: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    inputParts = readParts(input);
  } catch {
    inputParts = null;
  }
  const inputFile = path.join(folder, `input${ext}`);
  writeFileSync(inputFile, input);
  const config = path.join(folder, "prognos.json");
  writeFileSync(config, JSON.stringify(inputConfig(sheet), null, 2));

  const runs: RunOutcome[] = [];
  // --out: a new file beside; the input must stay as it was.
  const outSource = path.join(folder, `out-source${ext}`);
  copyFileSync(inputFile, outSource);
  const outTarget = path.join(folder, `out${ext}`);
  const outRun = await prognos(["update", outSource, "--config", config, "--date", "2024-11-30", "--out", outTarget], folder);
  runs.push(classify("out", outRun, input, inputParts, outTarget, outSource));
  // In place: the file itself is the output.
  const inPlace = path.join(folder, `inplace${ext}`);
  copyFileSync(inputFile, inPlace);
  const inRun = await prognos(["update", inPlace, "--config", config, "--date", "2024-11-30"], folder);
  runs.push(classify("inplace", inRun, input, inputParts, inPlace, inPlace));
  // In place, the report beside the user's own cells in the first sheet: that sheet may only gain.
  const place = inputParts && injectError === null ? reportPlaceInUsersSheet(inputParts) : null;
  if (place) {
    const placed = path.join(folder, "prognos-usersheet.json");
    writeFileSync(placed, JSON.stringify(inputConfig(sheet, place), null, 2));
    const userSheet = path.join(folder, `usersheet${ext}`);
    copyFileSync(inputFile, userSheet);
    const userRun = await prognos(["update", userSheet, "--config", placed, "--date", "2024-11-30"], folder);
    runs.push({ ...classify("usersheet", userRun, input, inputParts, userSheet, userSheet, place), place: `${place.sheet}!${place.anchor}` });
  }
  return { file, injected: injectError ? null : sheet, injectError, runs };
}
