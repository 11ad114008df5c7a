// The configuration JSON of design §3: defaults, validation (every problem names its path), text I/O.
import { parseCell, parseRange } from "./address";
import { FIELDS } from "./fields";
import { isIsoDate } from "./period";
import { problem, type ProblemCode } from "./problems";
import type { Field, OutputConfig, PrognosConfig, Problem, SignConvention, SourceConfig, Unit } from "./types";
import { OUTPUT_UNITS, toKronor, UNIT_FACTOR, UNITS } from "./units";

export const SETTINGS_SHEET = "Prognosinställningar";

export const DEFAULT_OUTPUT: OutputConfig = { sheet: "Rapport", anchor: "A1", unit: "tkr", chart: true };

export { FIELDS };

const SIGNS: readonly SignConvention[] = ["positive", "negative"];

export function defaultConfig(): PrognosConfig {
  return { version: CONFIG_VERSION, sources: [], tolerance: 0, output: { ...DEFAULT_OUTPUT }, previousYearGrant: null };
}

/**
 * 2: every amount in the output unit (tolerance, previousYearGrant). Version 1, stored before, had
 * previousYearGrant in kronor; it is read as it was meant and stored again as version 2. A configuration
 * without a version is taken as the current one.
 */
export const CONFIG_VERSION = 2;

/** Last year's grant in kronor (the narrative and the grant-growth check count in kronor). */
export function previousYearGrantKronor(config: PrognosConfig): number | null {
  return config.previousYearGrant === null ? null : toKronor(config.previousYearGrant, config.output.unit);
}

type Json = unknown;

class Checker {
  readonly errors: Problem[] = [];
  constructor(private readonly cell: string | undefined) {}

  add(code: ProblemCode, path: string, params: Record<string, string | number> = {}): void {
    this.errors.push(problem(code, "error", this.cell, { path, ...params }));
  }

  wrongType(path: string, expected: string, value: Json): void {
    this.add("configWrongType", path, { expected, value: describe(value) });
  }

  /** Keys starting with "_" or "$" are comments by convention and ignored. */
  unknownKeys(object: Record<string, Json>, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key) && !key.startsWith("_") && !key.startsWith("$")) this.add("configUnknownKey", join(path, key), { allowed: allowed.join(", ") });
    }
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describe(value: Json): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Excel's own rules for sheet names.
export function isValidSheetName(name: string): boolean {
  return name.trim().length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** A1 address, or a table / defined name (letters, digits, "_", "."; not starting with a digit). */
export function isRangeReference(text: string): boolean {
  return parseRange(text) !== null || /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(text.trim());
}

function checkSource(raw: Json, path: string, checker: Checker): SourceConfig | null {
  if (!isObject(raw)) {
    checker.wrongType(path, "object", raw);
    return null;
  }
  checker.unknownKeys(raw, ["range", "columns", "unit", "signs"], path);
  const source: SourceConfig = { range: "" };
  if (typeof raw.range !== "string" || raw.range.trim() === "") {
    if (raw.range === undefined) checker.add("configMissing", join(path, "range"));
    else checker.wrongType(join(path, "range"), "string", raw.range);
  } else if (!isRangeReference(raw.range)) {
    checker.add("configBadRange", join(path, "range"), { value: raw.range });
  } else {
    source.range = raw.range.trim();
  }
  if (raw.columns !== undefined && raw.columns !== null) {
    const columns = checkColumns(raw.columns, join(path, "columns"), checker);
    if (columns) source.columns = columns;
  }
  if (raw.unit !== undefined && raw.unit !== null) {
    if (typeof raw.unit === "string" && (UNITS as readonly string[]).includes(raw.unit)) source.unit = raw.unit as Unit;
    else checker.add("configBadValue", join(path, "unit"), { value: describe(raw.unit), allowed: UNITS.join(", ") });
  }
  if (raw.signs !== undefined && raw.signs !== null) {
    const signsPath = join(path, "signs");
    if (!isObject(raw.signs)) checker.wrongType(signsPath, "object", raw.signs);
    else {
      checker.unknownKeys(raw.signs, ["netCost", "grant"], signsPath);
      const signs: NonNullable<SourceConfig["signs"]> = {};
      for (const key of ["netCost", "grant"] as const) {
        const value = raw.signs[key];
        if (value === undefined || value === null) continue;
        if (typeof value === "string" && (SIGNS as readonly string[]).includes(value)) signs[key] = value as SignConvention;
        else checker.add("configBadValue", join(signsPath, key), { value: describe(value), allowed: SIGNS.join(", ") });
      }
      if (Object.keys(signs).length > 0) source.signs = signs;
    }
  }
  return source;
}

function checkColumns(raw: Json, path: string, checker: Checker): SourceConfig["columns"] | null {
  if (!isObject(raw)) {
    checker.wrongType(path, "object", raw);
    return null;
  }
  checker.unknownKeys(raw, FIELDS, path);
  const columns: Partial<Record<Field, string>> = {};
  const seen = new Map<string, Field>();
  for (const field of FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" || value.trim() === "") {
      checker.wrongType(join(path, field), "string", value);
      continue;
    }
    const key = value.trim().toLowerCase();
    const other = seen.get(key);
    if (other) checker.add("configDuplicateColumn", join(path, field), { value: value.trim(), other });
    else seen.set(key, field);
    columns[field] = value.trim();
  }
  return columns;
}

function checkOutput(raw: Json, checker: Checker): OutputConfig {
  const output = { ...DEFAULT_OUTPUT };
  if (raw === undefined || raw === null) return output;
  if (!isObject(raw)) {
    checker.wrongType("output", "object", raw);
    return output;
  }
  checker.unknownKeys(raw, ["sheet", "anchor", "unit", "chart", "development", "narrative"], "output");
  if (raw.sheet !== undefined) {
    if (typeof raw.sheet === "string" && isValidSheetName(raw.sheet)) output.sheet = raw.sheet;
    else checker.add("configBadSheetName", "output.sheet", { value: describe(raw.sheet) });
  }
  if (raw.anchor !== undefined) {
    if (typeof raw.anchor === "string" && parseCell(raw.anchor)) output.anchor = raw.anchor.trim().replace(/\$/g, "").toUpperCase();
    else checker.add("configBadCell", "output.anchor", { value: describe(raw.anchor) });
  }
  if (raw.unit !== undefined) {
    if (typeof raw.unit === "string" && (OUTPUT_UNITS as readonly string[]).includes(raw.unit)) output.unit = raw.unit as OutputConfig["unit"];
    else checker.add("configBadValue", "output.unit", { value: describe(raw.unit), allowed: OUTPUT_UNITS.join(", ") });
  }
  if (raw.chart !== undefined) {
    if (typeof raw.chart === "boolean") output.chart = raw.chart;
    else checker.wrongType("output.chart", "boolean", raw.chart);
  }
  if (raw.development !== undefined) {
    if (typeof raw.development === "boolean") output.development = raw.development;
    else checker.wrongType("output.development", "boolean", raw.development);
  }
  if (raw.narrative !== undefined) {
    if (raw.narrative === "above" || raw.narrative === "below") output.narrative = raw.narrative;
    else checker.add("configBadValue", "output.narrative", { value: describe(raw.narrative), allowed: "above, below" });
  }
  return output;
}

/**
 * Fills defaults and validates every field. `cell` is where the JSON was read from
 * (e.g. "Prognosinställningar!A1"); every problem names the JSON path in params.path.
 * The config is null whenever there is an error: a half-valid configuration is never used.
 */
export function normalizeConfig(raw: unknown, cell?: string): { config: PrognosConfig | null; errors: Problem[] } {
  const checker = new Checker(cell);
  if (!isObject(raw)) {
    checker.wrongType("", "object", raw);
    return { config: null, errors: checker.errors };
  }
  checker.unknownKeys(raw, ["version", "reportDate", "sources", "tolerance", "output", "previousYearGrant"], "");
  const config = defaultConfig();
  if (raw.version !== undefined && raw.version !== 1 && raw.version !== CONFIG_VERSION) checker.add("configBadVersion", "version", { value: describe(raw.version) });
  if (raw.reportDate !== undefined && raw.reportDate !== null) {
    if (typeof raw.reportDate === "string" && isIsoDate(raw.reportDate)) config.reportDate = raw.reportDate;
    else checker.add("configBadDate", "reportDate", { value: describe(raw.reportDate) });
  }
  if (raw.sources !== undefined && raw.sources !== null) {
    if (!Array.isArray(raw.sources)) checker.wrongType("sources", "array", raw.sources);
    else
      raw.sources.forEach((source, index) => {
        const checked = checkSource(source, `sources[${index}]`, checker);
        if (checked) config.sources.push(checked);
      });
  }
  if (raw.tolerance !== undefined && raw.tolerance !== null) {
    if (typeof raw.tolerance !== "number" || !Number.isFinite(raw.tolerance)) checker.wrongType("tolerance", "number", raw.tolerance);
    else if (raw.tolerance < 0) checker.add("configNegative", "tolerance", { value: raw.tolerance });
    else config.tolerance = raw.tolerance;
  }
  config.output = checkOutput(raw.output, checker);
  if (raw.previousYearGrant !== undefined && raw.previousYearGrant !== null) {
    if (typeof raw.previousYearGrant !== "number" || !Number.isFinite(raw.previousYearGrant)) checker.wrongType("previousYearGrant", "number", raw.previousYearGrant);
    // Version 1 kept kronor here: the same amount, in the output unit.
    else config.previousYearGrant = raw.version === 1 ? raw.previousYearGrant / UNIT_FACTOR[config.output.unit] : raw.previousYearGrant;
  }
  return checker.errors.length > 0 ? { config: null, errors: checker.errors } : { config, errors: [] };
}

/** Removes // and /* *\/ comments outside strings, so the commented example of the design can be pasted. */
export function stripJsonComments(text: string): string {
  let result = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      result += char;
      if (char === "\\") result += text[++i] ?? "";
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      result += char;
    } else if (char === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      result += "\n";
    } else if (char === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
      result += " ";
    } else result += char;
  }
  return result;
}

/** Reads the JSON text kept on the settings sheet (or a --config file); `cell` is where it came from. */
export function parseConfigText(text: string, cell: string): { config: PrognosConfig | null; errors: Problem[] } {
  if (text.trim() === "") return { config: null, errors: [problem("configEmpty", "error", cell)] };
  let raw: unknown;
  try {
    raw = JSON.parse(stripJsonComments(text));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { config: null, errors: [problem("configInvalidJson", "error", cell, { message })] };
  }
  return normalizeConfig(raw, cell);
}

/** Stable JSON: keys in the order of the design, no undefined fields. */
export function serializeConfig(config: PrognosConfig): string {
  const ordered = {
    version: config.version,
    ...(config.reportDate ? { reportDate: config.reportDate } : {}),
    sources: config.sources.map((source) => ({
      range: source.range,
      ...(source.columns && Object.keys(source.columns).length > 0
        ? { columns: Object.fromEntries(FIELDS.filter((field) => source.columns?.[field]).map((field) => [field, source.columns?.[field]])) }
        : {}),
      ...(source.unit ? { unit: source.unit } : {}),
      ...(source.signs && Object.keys(source.signs).length > 0 ? { signs: { ...source.signs } } : {}),
    })),
    tolerance: config.tolerance,
    output: {
      sheet: config.output.sheet,
      anchor: config.output.anchor,
      unit: config.output.unit,
      chart: config.output.chart,
      ...(config.output.development !== undefined ? { development: config.output.development } : {}),
      ...(config.output.narrative !== undefined ? { narrative: config.output.narrative } : {}),
    },
    previousYearGrant: config.previousYearGrant,
  };
  return JSON.stringify(ordered, null, 2);
}
