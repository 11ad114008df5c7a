// `prognos import-baseline`: stores an earlier forecast in Prognoshistorik (first month of use).
import { HISTORY_SHEET } from "../engine/history";
import { periodEndDate } from "../engine/period";
import { importBaseline } from "../excel";
import type { ImportBaselineResult } from "../excel/types";
import { formatProblem } from "../i18n";
import type { ImportBaselineArgs } from "./args";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode, writeLines } from "./io";
import { importJson } from "./json";
import { message } from "./messages";
import { createProgress } from "./progress";
import { checkTargetName, openWorkbookFile, saveWorkbookFile } from "./workbook";

export async function runImportBaseline(args: ImportBaselineArgs, io: CliIo): Promise<ExitCode> {
  const { lang } = args;
  const progress = createProgress(io.stderr, args.dryRun ? 2 : 3);
  const fail = (text: string, code: ExitCode): ExitCode => {
    progress.end();
    writeLines(io.stderr, [`prognos: ${text}`]);
    return code;
  };

  progress.step(message("stepLoading", lang, { path: args.workbook }));
  const opened = await openWorkbookFile(args.workbook, lang);
  if (!opened.ok) return fail(opened.message, EXIT_USAGE);
  const { host, workbook } = opened;
  // An .xlsm stays an .xlsm: a copy under a name Excel would refuse is not written at all.
  const targetName = args.dryRun ? ({ ok: true } as const) : checkTargetName(args.out ?? args.workbook, opened.macros, lang);
  if (!targetName.ok) return fail(targetName.message, EXIT_USAGE);

  progress.step(message("stepReading", lang));
  let result: ImportBaselineResult;
  try {
    result = await importBaseline(host.run, {
      range: args.range,
      period: args.period,
      replace: args.replace,
      outcome: args.outcome,
      ...(args.date ? { reportDate: args.date } : {}),
      ...(io.now ? { now: io.now } : {}),
    });
  } catch (error) {
    return fail(message("internalError", lang, { reason: error instanceof Error ? error.message : String(error) }), EXIT_DATA);
  }
  const stats = { syncs: host.stats.syncs, maxRequestBytes: host.stats.maxRequestBytes };
  const json = () => `${JSON.stringify(importJson(args.period, result.rows, result.errors, result.warnings, stats, lang), null, 2)}\n`;

  if (!result.ok || result.errors.length > 0) {
    progress.end();
    writeLines(io.stderr, [...result.errors.map((problem) => formatProblem(problem, lang)), message("dataErrors", lang, { count: result.errors.length, path: args.workbook })]);
    if (args.json) io.stdout.write(json());
    return EXIT_DATA;
  }

  // The adapter wrote into the in-memory workbook; a dry run simply does not save it.
  const target = args.out ?? args.workbook;
  if (!args.dryRun) {
    progress.step(message("stepSaving", lang, { path: target }));
    const saved = await saveWorkbookFile(workbook, target, lang);
    if (!saved.ok) return fail(saved.message, EXIT_USAGE);
  }
  progress.end();

  if (args.json) {
    io.stdout.write(json());
    return EXIT_OK;
  }
  const params = { period: args.period, count: result.rows.length, date: result.rows[0]?.reportDate ?? args.date ?? periodEndDate(args.period), sheet: HISTORY_SHEET, path: target };
  const lines = result.warnings.length > 0 ? [message("warningsHeading", lang), ...result.warnings.map((problem) => `  ${formatProblem(problem, lang)}`), ""] : [];
  lines.push(message(args.dryRun ? "baselineDryRun" : "baselineImported", lang, params));
  writeLines(io.stdout, lines);
  return EXIT_OK;
}
