// Reading one source range: header, mapping, unit, signs, detail rows and total rows (design §2).
import { columnLetters, parseCell, quoteSheet, rangeAddress, type CellRef } from "./address";
import { AMOUNT_FIELDS, type AmountField } from "./fields";
import { isDateFormat } from "./formats";
import { findHeader, mapColumns, columnLetter, type ColumnMap } from "./headers";
import { parseAmount } from "./numbers";
import { dateFromSerial } from "./period";
import { decimalsOfFormat } from "./rounding";
import { applySign, decideSigns } from "./signs";
import { cellText, displayLabel, isTotalLabel, labelKey } from "./text";
import { problem, type Level } from "./problems";
import type { CellValue, DetectedSource, Field, Problem, SourceData, Unit } from "./types";
import { MAX_EXACT_KRONOR, subtractKronor, toKronor, UNIT_FACTOR } from "./units";

export { AMOUNT_FIELDS, type AmountField };

/** A number as read from a cell, in the source's unit and sign, with its shown precision. */
export interface ReadAmount {
  value: number;
  /** Decimals shown (from the number format when known, else as typed/stored). */
  decimals: number;
  percent: boolean;
  cell: string;
}

export type RowAmounts = Partial<Record<AmountField, ReadAmount>>;

/** A detail row, amounts normalised to kronor (grant given, net cost spent). */
export interface DetailRow {
  key: string;
  area: string;
  /** Label cell, e.g. "Controller!A5". */
  cell: string;
  grant: number;
  forecastNetCost: number;
  periodDeviation: number | null;
  /** The row had an error in a required cell; its amounts are not used. */
  valid: boolean;
  read: RowAmounts;
}

export interface TotalRow {
  label: string;
  cell: string;
  /** Index into ParsedSource.rows of the first detail row after the previous total row. */
  segmentStart: number;
  /** Index into ParsedSource.rows just past the last detail row before this total. */
  segmentEnd: number;
  read: RowAmounts;
}

export interface ParsedSource {
  detected: DetectedSource;
  /** The header rows' text cells, with their addresses (a period written there is checked). */
  headerCells: Array<{ cell: string; text: string }>;
  columns: ColumnMap;
  unit: Unit;
  rows: DetailRow[];
  totals: TotalRow[];
  hasPeriodDeviation: boolean;
  errors: Problem[];
  warnings: Problem[];
}

/** The error for a cell that is not a usable number, or null when it is one. */
export function cellProblem(
  value: CellValue,
  cell: string,
  field: Field,
  severity: Level,
): { amount: ReturnType<typeof parseAmount>; problem: Problem | null } {
  const amount = parseAmount(value);
  if (amount.ok) {
    if (amount.percent && field !== "reportedPct") return { amount, problem: problem("unexpectedPercent", severity, cell, { field, text: cellText(value) }) };
    return { amount, problem: null };
  }
  const text = cellText(value).trim();
  switch (amount.reason) {
    case "empty":
      return { amount, problem: problem("emptyCell", severity, cell, { field }) };
    case "error":
      return { amount, problem: problem("errorValue", severity, cell, { field, value: text }) };
    case "boolean":
      return { amount, problem: problem("booleanValue", severity, cell, { field, value: String(value) }) };
    default:
      return { amount, problem: problem("notANumber", severity, cell, { field, text }) };
  }
}

/**
 * The error for a number that is not an amount although it parsed as one: a date (Excel turned "30/11" into
 * its serial number, 45 626, which would be read as kronor) or a figure too large to add exactly.
 */
export function amountProblem(
  value: CellValue,
  amount: { value: number; unit?: Unit },
  format: string | undefined,
  unit: Unit,
  cell: string,
  field: Field,
  severity: Level,
): Problem | null {
  if (typeof value === "number" && isDateFormat(format)) return problem("dateInAmount", severity, cell, { field, date: dateFromSerial(value) });
  if (field === "reportedPct") return null;
  const kronor = Math.abs(amount.value) * UNIT_FACTOR[amount.unit ?? unit];
  if (kronor > MAX_EXACT_KRONOR) {
    return problem("amountTooLarge", severity, cell, { field, value: kronor / UNIT_FACTOR[unit], max: Math.floor(MAX_EXACT_KRONOR / UNIT_FACTOR[unit]), unit });
  }
  return null;
}

interface Context {
  origin: CellRef;
  /** "Controller!" or "'Min flik'!", computed once per source. */
  prefix: string;
  letters: string[];
  errors: Problem[];
  warnings: Problem[];
}

function addressOf(context: Context, row: number, column: number): string {
  let letters = context.letters[column];
  if (letters === undefined) {
    letters = columnLetters(context.origin.column + column);
    context.letters[column] = letters;
  }
  return `${context.prefix}${letters}${context.origin.row + row + 1}`;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

// Detail tables repeat the same area names thousands of times: normalise each once.
function cachedLabel(cache: Map<CellValue | undefined, string>, value: CellValue | undefined): string {
  let label = cache.get(value);
  if (label === undefined) {
    label = displayLabel(cellText(value));
    cache.set(value, label);
  }
  return label;
}

function cachedKey(cache: Map<string, string>, label: string): string {
  let key = cache.get(label);
  if (key === undefined) {
    key = labelKey(label);
    cache.set(label, key);
  }
  return key;
}

/** Parses a source. Errors make rows invalid but parsing goes on, so every problem is found at once. */
export function parseSource(source: SourceData): ParsedSource {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const origin = parseCell(source.topLeft) ?? { row: 0, column: 0 };
  if (!parseCell(source.topLeft)) errors.push(problem("badAddress", "error", source.sheet, { value: source.topLeft }));
  const context: Context = { origin, prefix: `${quoteSheet(source.sheet)}!`, letters: [], errors, warnings };
  const values = source.values;
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  const where = rangeAddress(source.sheet, origin, { row: origin.row + Math.max(values.length, 1) - 1, column: origin.column + Math.max(width, 1) - 1 });
  const block = findHeader(values);
  const { columns, problems } = mapColumns(block, values, origin.column, source.config.columns);
  for (const found of problems) errors.push(problem(found.code, "error", where, { field: found.field, header: found.header ?? "" }));
  for (const field of ["grant", "forecastNetCost"] as const) {
    if (columns[field] === undefined && !problems.some((found) => found.field === field)) {
      errors.push(problem("missingColumn", "error", where, { field, header: "" }));
    }
  }
  if (columns.area === undefined && columns.code === undefined && !problems.some((found) => found.field === "area" || found.field === "code")) {
    errors.push(problem("missingColumn", "error", where, { field: "area", header: "" }));
  }
  if (block.dataStart >= values.length && errors.length === 0) errors.push(problem("noDataRows", "error", where));

  const unit: Unit = source.config.unit ?? block.unit ?? "tkr";
  const unitSource = source.config.unit ? "config" : block.unit ? "header" : "default";
  if (!source.config.unit && block.otherUnits.length > 0) {
    warnings.push(problem("unitConflict", "warning", where, { unit, other: block.otherUnits.join(", ") }));
  }
  const hasPeriodDeviation = columns.periodDeviation !== undefined || (columns.periodBudget !== undefined && columns.periodNetCost !== undefined);

  const detected: DetectedSource = {
    range: source.config.range,
    sheet: source.sheet,
    headerRows: block.headerRows,
    columns: {},
    headers: {},
    unit,
    unitSource,
    signs: { netCost: "negative", grant: "positive" },
    signSource: { netCost: "default", grant: "default" },
  };
  for (const [field, index] of Object.entries(columns) as Array<[Field, number]>) {
    detected.columns[field] = columnLetter(index, origin.column);
    detected.headers[field] = displayLabel(block.texts[index] ?? "");
  }
  const headerCells: ParsedSource["headerCells"] = [];
  for (let r = 0; r < block.dataStart; r++) {
    (values[r] ?? []).forEach((value, c) => {
      if (typeof value === "string" && value.trim() !== "") headerCells.push({ cell: addressOf(context, r, c), text: displayLabel(value) });
    });
  }
  const structural = errors.length > 0;
  if (structural) return { detected, headerCells, columns, unit, rows: [], totals: [], hasPeriodDeviation, errors, warnings };

  const rows: DetailRow[] = [];
  const totals: TotalRow[] = [];
  const formats = source.numberFormats;
  const requiredFields: AmountField[] = ["grant", "forecastNetCost"];
  if (columns.periodDeviation !== undefined) requiredFields.push("periodDeviation");
  else if (hasPeriodDeviation) requiredFields.push("periodBudget", "periodNetCost");
  const mappedAmounts = AMOUNT_FIELDS.filter((field) => columns[field] !== undefined);
  const mappedAmountColumns = new Set(mappedAmounts.map((field) => columns[field] as number));
  let segmentStart = 0;
  const labelCache = new Map<CellValue | undefined, string>();
  const keyCache = new Map<string, string>();
  const totalCache = new Map<string, boolean>();

  for (let r = block.dataStart; r < values.length; r++) {
    const row = values[r] ?? [];
    const labelValue = columns.area !== undefined ? row[columns.area] : undefined;
    const codeValue = columns.code !== undefined ? row[columns.code] : undefined;
    const label = cachedLabel(labelCache, labelValue);
    const code = cellText(codeValue).trim();
    const hasAmounts = mappedAmounts.some((field) => !isBlank(row[columns[field] as number]));
    if (!hasAmounts) continue; // blank row, heading or note: nothing to add
    const labelColumn = (columns.area ?? columns.code) as number;
    const labelCell = addressOf(context, r, labelColumn);
    const labelOrCode = label || code;
    const totalOf = (text: string) => {
      let total = totalCache.get(text);
      if (total === undefined) {
        total = isTotalLabel(text);
        totalCache.set(text, total);
      }
      return total;
    };
    // A total row is recognised by any text cell ("Summa" in a unit column, the area column left empty),
    // not only by its label: added as a detail row it would count the rows above twice.
    const totalText = totalOf(labelOrCode) ? labelOrCode : totalTextIn(row, totalOf, mappedAmountColumns);
    const isTotal = totalText !== null;

    const read: RowAmounts = {};
    let valid = true;
    for (const field of mappedAmounts) {
      const column = columns[field] as number;
      const value = row[column];
      const required = !isTotal && requiredFields.includes(field);
      if (!required && isBlank(value)) continue;
      const cell = addressOf(context, r, column);
      const { amount, problem: found } = cellProblem(value ?? "", cell, field, required ? "error" : "warning");
      if (found) {
        (required ? errors : warnings).push(found);
        if (required) valid = false;
        continue;
      }
      if (!amount.ok) continue;
      const format = formats?.[r]?.[column];
      const unusable = amountProblem(value ?? "", amount, format, unit, cell, field, required ? "error" : "warning");
      if (unusable) {
        (required ? errors : warnings).push(unusable);
        if (required) valid = false;
        continue;
      }
      const formatDecimals = decimalsOfFormat(format);
      const decimals = formatDecimals ?? amount.decimals;
      // "1,5 mnkr" typed in a tkr table is 1 500 tkr; its precision moves with it.
      const shift = amount.unit && amount.unit !== unit ? Math.log10(UNIT_FACTOR[amount.unit] / UNIT_FACTOR[unit]) : 0;
      const converted = shift === 0 ? amount.value : toKronor(amount.value, amount.unit as Unit) / UNIT_FACTOR[unit];
      read[field] = { value: converted, decimals: decimals - shift, percent: amount.percent, cell };
    }
    if (isTotal) {
      totals.push({ label: totalText, cell: labelCell, segmentStart, segmentEnd: rows.length, read });
      segmentStart = rows.length;
      continue;
    }
    if (label === "" && code === "") {
      errors.push(problem("emptyLabel", "error", labelCell));
      valid = false;
    }
    const key = code !== "" ? `#${code.toLocaleLowerCase("sv")}` : cachedKey(keyCache, label);
    rows.push({ key, area: label || code, cell: labelCell, grant: 0, forecastNetCost: 0, periodDeviation: null, valid, read });
  }

  // Blank rows are skipped above; a range with no figures at all would write an empty report and empty the
  // period's history, so it is refused, naming the range.
  if (rows.length === 0 && totals.length === 0) errors.push(problem("noDataRows", "error", where));

  const usable = rows.filter((row) => row.read.grant && row.read.forecastNetCost);
  const signs = decideSigns(
    source.config.signs,
    usable.map((row) => ({ grant: row.read.grant?.value ?? 0, netCost: row.read.forecastNetCost?.value ?? 0 })),
  );
  detected.signs = { grant: signs.grant, netCost: signs.netCost };
  detected.signSource = signs.source;
  for (const field of ["grant", "netCost"] as const) {
    if (signs.source[field] === "default" && usable.length > 0) {
      warnings.push(problem("signAssumed", "warning", where, { field, sign: signs[field] }));
    }
  }
  for (const row of rows) {
    row.grant = toKronor(applySign(row.read.grant?.value ?? 0, signs.grant), unit);
    row.forecastNetCost = toKronor(applySign(row.read.forecastNetCost?.value ?? 0, signs.netCost), unit);
    row.periodDeviation = periodDeviationOf(row.read, signs, unit, hasPeriodDeviation);
  }
  return { detected, headerCells, columns, unit, rows, totals, hasPeriodDeviation, errors, warnings };
}

/** The first text cell outside the amount columns that reads as a total ("Summa", "Totalt", …), or null. */
function totalTextIn(row: CellValue[], isTotal: (text: string) => boolean, amountColumns: ReadonlySet<number>): string | null {
  for (let column = 0; column < row.length; column++) {
    const value = row[column];
    if (typeof value !== "string" || amountColumns.has(column)) continue;
    const text = displayLabel(value);
    if (text !== "" && isTotal(text)) return text;
  }
  return null;
}

/** From its own column; else periodised budget − period net cost (in the grant's and net cost's conventions). */
export function periodDeviationOf(
  read: RowAmounts,
  signs: { grant: DetectedSource["signs"]["grant"]; netCost: DetectedSource["signs"]["netCost"] },
  unit: Unit,
  available: boolean,
): number | null {
  if (!available) return null;
  if (read.periodDeviation) return toKronor(read.periodDeviation.value, unit);
  if (read.periodBudget && read.periodNetCost) {
    return subtractKronor(toKronor(applySign(read.periodBudget.value, signs.grant), unit), toKronor(applySign(read.periodNetCost.value, signs.netCost), unit));
  }
  return 0;
}

/** Half a unit of a read amount's shown precision, in kronor (or in fraction terms for a percentage). */
export function slackOf(amount: ReadAmount | undefined, unit: Unit, field: AmountField): number {
  if (!amount) return 0;
  const scale = field === "reportedPct" ? 1 : UNIT_FACTOR[unit];
  return 0.5 * 10 ** -amount.decimals * scale;
}
