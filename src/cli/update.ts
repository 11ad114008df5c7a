// `prognos update`: the same update as the ribbon button, over an .xlsx file through the headless host.
import { parseConfigText, previousYearGrantKronor, SETTINGS_SHEET } from "../engine/config";
import { draftNarrative } from "../engine/narrative";
import type { PrognosConfig } from "../engine/types";
import { updateForecast } from "../excel";
import type { UpdateResult, UpdateStep } from "../excel/types";
import { formatProblem } from "../i18n";
import type { UpdateArgs } from "./args";
import { writeReportDocx } from "./docx";
import { readInputFile } from "./files";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode, writeLines } from "./io";
import { updateJson } from "./json";
import { type CliLang, message, type MessageKey } from "./messages";
import { createProgress } from "./progress";
import { summaryHeading, summaryTable, warningLines } from "./summary";
import { isCheck } from "../engine/problems";
import { checkTargetName, openWorkbookFile, saveWorkbookFile } from "./workbook";

const STEP_TEXT: Record<Exclude<UpdateStep, "done">, MessageKey> = {
  reading: "stepReading",
  computing: "stepComputing",
  writing: "stepWriting",
};

type ConfigRead = { ok: true; config: PrognosConfig | undefined } | { ok: false; lines: string[] };

/** A --config file is the caller's input, not the workbook's data: its problems are usage errors (exit 2). */
async function readConfigFile(file: string | undefined, lang: CliLang): Promise<ConfigRead> {
  if (file === undefined) return { ok: true, config: undefined };
  const read = await readInputFile(file, lang);
  if (!read.ok) return { ok: false, lines: [read.message] };
  const parsed = parseConfigText(read.data.toString("utf8"), file);
  if (parsed.config) return { ok: true, config: parsed.config };
  return { ok: false, lines: [message("configUnreadable", lang, { path: file }), ...parsed.errors.map((problem) => `  ${formatProblem(problem, lang)}`)] };
}

function narrativeOf(result: UpdateResult, lang: CliLang): string[] | null {
  if (!result.report || result.errors.length > 0) return null;
  return draftNarrative(result.report, {
    previousYearGrant: result.config ? previousYearGrantKronor(result.config) : null,
    lang,
    // The year's sentences (issue 22): the development since an earlier report, and the accuracy at the outcome.
    development: result.development ?? null,
    accuracy: result.accuracy ?? null,
  });
}

export async function runUpdate(args: UpdateArgs, io: CliIo): Promise<ExitCode> {
  const { lang } = args;
  const progress = createProgress(io.stderr, args.dryRun ? 4 : 5);
  const fail = (lines: string[], code: ExitCode): ExitCode => {
    progress.end();
    writeLines(io.stderr, lines.map((line) => `prognos: ${line}`));
    return code;
  };

  const configRead = await readConfigFile(args.config, lang);
  if (!configRead.ok) return fail(configRead.lines, EXIT_USAGE);
  const givenConfig = configRead.config;

  progress.step(message("stepLoading", lang, { path: args.workbook }));
  const opened = await openWorkbookFile(args.workbook, lang);
  if (!opened.ok) return fail([opened.message], EXIT_USAGE);
  const { host, workbook } = opened;
  // An .xlsm stays an .xlsm: a copy under a name Excel would refuse is not written at all.
  const targetName = args.dryRun ? ({ ok: true } as const) : checkTargetName(args.out ?? args.workbook, opened.macros, lang);
  if (!targetName.ok) return fail([targetName.message], EXIT_USAGE);

  // Without --config and without a settings sheet the adapter detects the source; that config is
  // stored too, so next month's run (or the ribbon button) needs no setup. A settings sheet the user
  // keeps is not rewritten (it may hold comments).
  const detected = !givenConfig && !workbook.worksheets.some((sheet) => sheet.name.toLocaleLowerCase("sv") === SETTINGS_SHEET.toLocaleLowerCase("sv"));
  let result: UpdateResult;
  try {
    result = await updateForecast(host.run, {
      ...(givenConfig ? { config: givenConfig } : {}),
      storeConfig: givenConfig !== undefined || detected,
      ...(args.date ? { reportDate: args.date } : {}),
      ...(args.baseline ? { baselinePeriod: args.baseline } : {}),
      dryRun: args.dryRun,
      outcome: args.outcome,
      // The command writes as it always did (the warnings printed, marked), unless --strict refuses.
      checks: args.strict ? "refuse" : "write",
      ...(io.today ? { today: io.today } : {}),
      ...(io.now ? { now: io.now } : {}),
      onProgress: (step) => {
        if (step !== "done") progress.step(message(STEP_TEXT[step], lang));
      },
    });
  } catch (error) {
    // The adapter reports data problems as values, host refusals included; a throw is a bug.
    // Nothing has been saved.
    const reason = error instanceof Error ? error.message : String(error);
    return fail([message("internalError", lang, { reason })], EXIT_DATA);
  }
  const stats = { syncs: host.stats.syncs, maxRequestBytes: host.stats.maxRequestBytes };

  if (result.stoppedForChecks) {
    progress.end();
    if (args.json) io.stdout.write(`${JSON.stringify(updateJson({ report: result.report, errors: [], warnings: result.warnings, narrative: null, stats, lang }), null, 2)}\n`);
    writeLines(io.stderr, [...warningLines(result.warnings, lang), message("strictRefused", lang, { count: result.warnings.filter(isCheck).length, path: args.workbook })]);
    return EXIT_DATA;
  }
  if (!result.ok || result.errors.length > 0) {
    return reportDataErrors(result, args, io, progress.end, stats);
  }

  const target = args.out ?? args.workbook;
  if (!args.dryRun) {
    progress.step(message("stepSaving", lang, { path: target }));
    const saved = await saveWorkbookFile(workbook, target, lang);
    if (!saved.ok) return fail([saved.message], EXIT_USAGE);
  }
  const narrative = narrativeOf(result, lang);
  // --docx: the same report section as a Word document, on a dry run too (the workbook stays untouched).
  if (args.docx && result.report) {
    const written = await writeReportDocx(result.report, narrative ?? [], args.docx, lang);
    if (!written.ok) return fail([written.message], EXIT_USAGE);
  }
  progress.end();

  if (args.json) {
    const year = { development: result.development ?? null, accuracy: result.accuracy ?? null };
    io.stdout.write(`${JSON.stringify(updateJson({ report: result.report, errors: [], warnings: result.warnings, narrative, stats, lang, ...year }), null, 2)}\n`);
    return EXIT_OK;
  }
  writeLines(io.stdout, humanSummary(result, narrative, args, target, givenConfig !== undefined, detected));
  return EXIT_OK;
}

function reportDataErrors(
  result: UpdateResult,
  args: UpdateArgs,
  io: CliIo,
  endProgress: () => void,
  stats: { syncs: number; maxRequestBytes: number },
): ExitCode {
  const { lang } = args;
  const { errors, warnings } = result;
  endProgress();
  // Every problem, not only the first, each with its cell (design §2 "Validation").
  writeLines(io.stderr, [...errors.map((problem) => formatProblem(problem, lang)), message("dataErrors", lang, { count: errors.length, path: args.workbook })]);
  if (args.json) {
    io.stdout.write(`${JSON.stringify(updateJson({ report: result.report, errors, warnings, narrative: null, stats, lang }), null, 2)}\n`);
  } else if (warnings.length > 0) {
    writeLines(io.stderr, warningLines(warnings, lang));
  }
  return EXIT_DATA;
}

function humanSummary(result: UpdateResult, narrative: string[] | null, args: UpdateArgs, target: string, configGiven: boolean, detected: boolean): string[] {
  const { lang } = args;
  const lines: string[] = [];
  if (result.report) lines.push(...summaryHeading(result.report, lang), "", summaryTable(result.report, lang));
  if (result.warnings.length > 0) lines.push("", ...warningLines(result.warnings, lang));
  if (narrative && narrative.length > 0) lines.push("", message("narrativeHeading", lang), ...narrative.flatMap((paragraph, i) => (i > 0 ? ["", paragraph] : [paragraph])));
  lines.push("");
  const docx = args.docx ? [message("docxWritten", lang, { path: args.docx })] : [];
  if (args.dryRun) {
    lines.push(message(args.docx ? "dryRunDocx" : "dryRunDone", lang), ...docx);
    return lines;
  }
  lines.push(message("writtenTo", lang, { address: result.outputAddress ?? result.config?.output.sheet ?? "Rapport", path: target }), ...docx);
  if (configGiven) lines.push(message("configStored", lang, { sheet: SETTINGS_SHEET }));
  else if (detected) lines.push(message("configDetected", lang, { sheet: SETTINGS_SHEET }));
  return lines;
}
