// The data-loss guard: a save through ExcelJS drops what it cannot write (charts, pivot tables, VBA, …;
// src/headless/lossCheck.ts). A committee's workbook must not lose them silently, so an update in place that
// would drop parts is refused; a copy (--out) is written with a warning; --force and --dry-run are the user's say.
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { lostKind, partsLostOnSave, type LostKind } from "../headless/lossCheck";
import { type CliIo, writeLines } from "./io";
import { type JsonProblem, lossRefusedProblem } from "./json";
import { type CliLang, message } from "./messages";

/** Parts named in a message; the rest are counted ("… and 3 more"). */
export const MAX_LISTED_PARTS = 8;

export interface LossVerdict {
  /** In place, parts would be lost, and neither --force nor --dry-run: exit 1, write nothing. */
  refuse: boolean;
  /** The parts a save drops; when not refused and non-empty, the command goes on with a warning. */
  lost: string[];
  /** The save would overwrite the file read. */
  inPlace: boolean;
}

export interface SaveTarget {
  workbook: string;
  out?: string;
  force: boolean;
  dryRun: boolean;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = (file: string) => fs.realpath(file).catch(() => path.resolve(file));
  return (await real(a)) === (await real(b));
}

/** Whether the save would overwrite the file the workbook was read from (no --out, or --out naming the same file). */
export async function savesInPlace(target: SaveTarget): Promise<boolean> {
  return target.out === undefined || (await samePath(target.out, target.workbook));
}

/** The verdict on saving `bytes` (the file as read) the way the command line asks. */
export async function checkLossOnSave(bytes: Uint8Array, target: SaveTarget): Promise<LossVerdict> {
  const lost = await partsLostOnSave(bytes);
  const inPlace = await savesInPlace(target);
  return { refuse: lost.length > 0 && inPlace && !target.force && !target.dryRun, lost, inPlace };
}

const KIND_NAMES: Record<LostKind, { sv: string; en: string }> = {
  chart: { sv: "diagram", en: "chart" },
  shape: { sv: "former och textrutor", en: "shapes and text boxes" },
  pivotTable: { sv: "pivottabell", en: "pivot table" },
  vba: { sv: "makron (VBA)", en: "macros (VBA)" },
  slicer: { sv: "utsnitt", en: "slicer" },
  timeline: { sv: "tidslinje", en: "timeline" },
  threadedComment: { sv: "trådade kommentarer", en: "threaded comments" },
  externalLink: { sv: "länkar till andra arbetsböcker", en: "links to other workbooks" },
  customXml: { sv: "anpassade XML-delar", en: "custom XML parts" },
  sparklines: { sv: "minidiagram", en: "sparklines" },
  definedName: { sv: "namn som inte är cellområden", en: "names that are not cell ranges" },
  other: { sv: "övriga delar", en: "other parts" },
};

/** "diagram (xl/charts/chart1.xml), former och textrutor (xl/drawings/drawing1.xml, …)": kinds in order, at most eight parts. */
export function describeLost(lost: string[], lang: CliLang): string {
  const byKind = new Map<LostKind, string[]>();
  for (const part of lost) byKind.set(lostKind(part), [...(byKind.get(lostKind(part)) ?? []), part]);
  let listed = 0;
  const groups: string[] = [];
  for (const [kind, parts] of byKind) {
    const shown = parts.slice(0, Math.max(0, MAX_LISTED_PARTS - listed));
    listed += shown.length;
    groups.push(shown.length > 0 ? `${KIND_NAMES[kind][lang]} (${shown.join(", ")})` : KIND_NAMES[kind][lang]);
  }
  const more = lost.length - listed;
  return more > 0 ? `${groups.join(", ")} ${message("lostMore", lang, { count: more })}` : groups.join(", ");
}

/** The lines for stderr: the refusal, or the warning of a save that goes on. */
export function lossLines(verdict: LossVerdict, target: SaveTarget, lang: CliLang): string[] {
  if (verdict.lost.length === 0) return [];
  const params = { path: target.workbook, target: target.out ?? target.workbook, parts: describeLost(verdict.lost, lang) };
  if (verdict.refuse) return [message("lossRefused", lang, params), message("lossAdvice", lang, params)];
  if (target.dryRun) return [message("lossDryRun", lang, params)];
  return [message(verdict.inPlace ? "lossForced" : "lossCopy", lang, params)];
}

export interface LossGuard {
  verdict: LossVerdict;
  /** Lines for stderr when the command goes on (a copy, --force, --dry-run); empty when nothing is lost. */
  warning: string[];
}

/**
 * The guard both commands run before anything is computed: on a refusal it prints why (and, with --json,
 * the command's empty JSON with the refusal as its error) and the caller exits 1 without writing.
 */
export async function guardLoss(
  bytes: Uint8Array,
  args: SaveTarget & { json: boolean },
  lang: CliLang,
  io: CliIo,
  emptyJson: (lost: string[]) => { errors: JsonProblem[] },
): Promise<LossGuard> {
  const target: SaveTarget = { workbook: args.workbook, ...(args.out !== undefined ? { out: args.out } : {}), force: args.force, dryRun: args.dryRun };
  const verdict = await checkLossOnSave(bytes, target);
  const warning = lossLines(verdict, target, lang);
  if (verdict.refuse) {
    writeLines(io.stderr, warning);
    if (args.json) {
      const json = emptyJson(verdict.lost);
      json.errors.push(lossRefusedProblem(warning[0]));
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    }
  }
  return { verdict, warning };
}
