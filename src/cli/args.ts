// Parses the command line of `prognos` into a typed request, or a usage error (exit 2).
// Accepts `--name value` and `--name=value`; `--` ends the options.
import { resolve as resolvePath } from "node:path";
import { parseRange } from "../engine/address";
import { isIsoDate, isPeriod } from "../engine/period";
import type { CliLang, MessageKey } from "./messages";

export type CommandName = "update" | "import-baseline";

interface Common {
  workbook: string;
  out?: string;
  date?: string;
  json: boolean;
  dryRun: boolean;
  lang: CliLang;
}

export interface UpdateArgs extends Common {
  command: "update";
  config?: string;
  baseline?: string;
  /** Also write the report section as a Word document here (src/cli/docx.ts); written on --dry-run too. */
  docx?: string;
  /** Refuse to write a report with `check` warnings (exit 1, file unchanged). */
  strict: boolean;
  /** Mark the report's period as its year's outcome (utfall, issue 22). */
  outcome: boolean;
}

export interface ImportBaselineArgs extends Common {
  command: "import-baseline";
  range: string;
  period: string;
  /** Replace the period when the history already holds it (else that is an error). */
  replace: boolean;
  /** Mark the imported period as its year's outcome (utfall, issue 22). */
  outcome: boolean;
}

export interface HelpArgs {
  command: "help";
  topic: CommandName | null;
  lang: CliLang;
}

export type CliArgs = UpdateArgs | ImportBaselineArgs | HelpArgs;

export interface UsageError {
  command: "usage-error";
  key: MessageKey;
  params: Record<string, string>;
  /** The command the error belongs to, for the "see --help" hint. */
  topic: CommandName | null;
  lang: CliLang;
}

type OptionKind = "flag" | "value";

// --docx <file.docx> (issue 21): the report section as a Word document. It may not name the workbook
// or --out, which it would overwrite.
const DOCX_OPTION: Record<string, OptionKind> = { "--docx": "value" };
function docxOption(docx: string | undefined, common: Common): { docx?: string } | { clash: string } {
  if (docx === undefined) return {};
  const same = (other: string | undefined) => other !== undefined && resolvePath(other) === resolvePath(docx);
  if (same(common.workbook) || same(common.out)) return { clash: docx };
  return { docx };
}

const COMMON_OPTIONS: Record<string, OptionKind> = { "--out": "value", "--date": "value", "--json": "flag", "--dry-run": "flag", "--help": "flag" };
// Issue 15: a report that may be wrong is refused instead of written.
const UPDATE_STRICT: Record<string, OptionKind> = { "--strict": "flag" };
// Issue 22: the period stored is the year's outcome (utfall), for the accuracy of its forecasts.
const OUTCOME_OPTION: Record<string, OptionKind> = { "--outcome": "flag" };
const OPTIONS: Record<CommandName, Record<string, OptionKind>> = {
  update: { ...COMMON_OPTIONS, "--config": "value", "--baseline": "value", ...DOCX_OPTION, ...UPDATE_STRICT, ...OUTCOME_OPTION },
  "import-baseline": { ...COMMON_OPTIONS, "--range": "value", "--period": "value", "--replace": "flag", ...OUTCOME_OPTION },
};
const COMMANDS = Object.keys(OPTIONS) as CommandName[];

/**
 * The language is decided first, so that every later message, usage errors included, is in it.
 * `--lang` may stand anywhere before `--`; the remaining arguments come back without it.
 */
function takeLang(argv: readonly string[]): { lang: CliLang; bad: string | null; rest: string[] } {
  const rest: string[] = [];
  let lang: CliLang = "sv";
  let bad: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    const isLang = arg === "--lang" || arg.startsWith("--lang=");
    if (!isLang) {
      rest.push(arg);
      continue;
    }
    const value = arg === "--lang" ? argv[++i] ?? "" : arg.slice("--lang=".length);
    if (value === "sv" || value === "en") lang = value;
    else bad = value;
  }
  return { lang, bad, rest };
}

export function parseArgs(argv: readonly string[]): CliArgs | UsageError {
  const { lang, bad, rest: args } = takeLang(argv);
  const fail = (key: MessageKey, params: Record<string, string> = {}, topic: CommandName | null = null): UsageError => ({
    command: "usage-error",
    key,
    params,
    topic,
    lang,
  });
  if (bad !== null) return fail("badLang", { value: bad });

  const [first, ...rest] = args;
  if (first === undefined) return fail("missingCommand");
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" && COMMANDS.includes(rest[0] as CommandName) ? (rest[0] as CommandName) : null;
    return { command: "help", topic, lang };
  }
  if (first.startsWith("-")) return fail("unknownOption", { option: first.split("=")[0] });
  if (!COMMANDS.includes(first as CommandName)) return fail("unknownCommand", { command: first });
  const command = first as CommandName;
  const allowed = OPTIONS[command];

  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsEnded = true;
      continue;
    }
    const equals = arg.indexOf("=");
    const name = arg === "-h" ? "--help" : equals > 0 ? arg.slice(0, equals) : arg;
    const kind = allowed[name];
    if (!kind) return fail("unknownOption", { option: name }, command);
    if (values.has(name)) return fail("repeatedOption", { option: name }, command);
    if (kind === "flag") {
      if (equals > 0) return fail("unexpectedValue", { option: name }, command);
      values.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (equals > 0) value = arg.slice(equals + 1);
    else {
      value = rest[i + 1];
      // "--out --json" forgot the value; a value may not look like an option.
      if (value === undefined || (value.startsWith("--") && value.length > 2)) return fail("missingValue", { option: name }, command);
      i++;
    }
    if (value === "") return fail("missingValue", { option: name }, command);
    values.set(name, value);
  }
  if (values.has("--help")) return { command: "help", topic: command, lang };

  const [workbook, ...extra] = positionals;
  if (workbook === undefined) return fail("missingWorkbook", {}, command);
  if (extra.length > 0) return fail("extraArgument", { value: extra[0] }, command);

  const text = (name: string): string | undefined => {
    const value = values.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const date = text("--date");
  if (date !== undefined && !isIsoDate(date)) return fail("badDate", { option: "--date", value: date }, command);
  const common: Common = {
    workbook,
    ...(text("--out") !== undefined ? { out: text("--out") } : {}),
    ...(date !== undefined ? { date } : {}),
    json: values.has("--json"),
    dryRun: values.has("--dry-run"),
    lang,
  };

  if (command === "update") {
    const baseline = text("--baseline");
    if (baseline !== undefined && !isPeriod(baseline)) return fail("badPeriod", { option: "--baseline", value: baseline }, command);
    const config = text("--config");
    const docx = docxOption(text("--docx"), common);
    if ("clash" in docx) return fail("docxIsWorkbook", { value: docx.clash }, command);
    return { command, ...common, ...(config !== undefined ? { config } : {}), ...(baseline !== undefined ? { baseline } : {}), ...docx, strict: values.has("--strict"), outcome: values.has("--outcome") };
  }

  const range = text("--range");
  const period = text("--period");
  if (range === undefined) return fail("missingRequired", { option: "--range" }, command);
  if (period === undefined) return fail("missingRequired", { option: "--period" }, command);
  const parsedRange = parseRange(range);
  if (!parsedRange || !parsedRange.sheet) return fail("badRange", { value: range }, command);
  if (!isPeriod(period)) return fail("badPeriod", { option: "--period", value: period }, command);
  return { command, ...common, range, period, replace: values.has("--replace"), outcome: values.has("--outcome") };
}
