// Cell values between ExcelJS and the Excel JavaScript API: what `values`, `text`,
// `valueTypes`, `formulas` read, and how a written value is taken in, as Excel takes typed input.
import ExcelJS from "exceljs";
import { OfficeError } from "./errors";
import { dateToSerial, formatBoolean, formatNumber, isGeneral } from "./numberFormat";
import type { HostBehaviour } from "./state";

export type ApiValue = string | number | boolean;
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/**
 * A formula the host wrote (or a file stored without a cached result) has no value: the host
 * has no calculation engine. It reads as "#CALC!" so that nothing silently takes it for empty;
 * Excel recalculates it when the saved file is opened.
 */
export const UNCALCULATED = "#CALC!";

const MERGE = 1;

type ExcelJsError = { error: string };
type RawValue = ExcelJS.CellValue | undefined;

function isErrorValue(v: unknown): v is ExcelJsError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** A non-anchor cell of a merged area: Excel shows it empty whatever ExcelJS mirrors there. */
export function isMergeSlave(cell: ExcelJS.Cell | undefined): boolean {
  return !!cell && (cell.type as number) === MERGE;
}

function plain(value: RawValue): ApiValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (isErrorValue(value)) return value.error;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: RawValue }).result;
      return result === undefined || result === null ? UNCALCULATED : plain(result as RawValue);
    }
    if ("text" in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

export function readValue(cell: ExcelJS.Cell | undefined): ApiValue {
  if (!cell || isMergeSlave(cell)) return "";
  return plain(cell.value as RawValue);
}

export function isFormulaCell(cell: ExcelJS.Cell | undefined): boolean {
  if (!cell || isMergeSlave(cell)) return false;
  const v = cell.value as RawValue;
  return typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
}

/** `Range.formulas`: "=…" for formula cells, the value otherwise. */
export function readFormula(cell: ExcelJS.Cell | undefined): ApiValue {
  if (isFormulaCell(cell)) return `=${cell!.formula}`;
  return readValue(cell);
}

const ERROR_STRINGS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

export function readValueType(cell: ExcelJS.Cell | undefined): ValueType {
  const value = readValue(cell);
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  const raw = cell!.value as RawValue;
  const result = typeof raw === "object" && raw !== null && "result" in raw ? (raw as { result: unknown }).result : raw;
  if (isErrorValue(result) || (value === UNCALCULATED && isFormulaCell(cell))) return "Error";
  return "String";
}

export function readNumberFormat(cell: ExcelJS.Cell | undefined): string {
  const format = cell?.numFmt;
  return format && !isGeneral(format) ? format : "General";
}

export function readText(cell: ExcelJS.Cell | undefined): string {
  const value = readValue(cell);
  if (typeof value === "number") return formatNumber(value, readNumberFormat(cell));
  if (typeof value === "boolean") return formatBoolean(value);
  return value;
}

export function isKnownErrorString(text: string): boolean {
  return ERROR_STRINGS.has(text);
}

/** What a cell receives when a value is written: ExcelJS value plus a number format Excel would apply. */
export interface Intake {
  value: ExcelJS.CellValue;
  numberFormat?: string;
}

function isFormulaText(value: string): boolean {
  return value.length > 1 && "=+-@".includes(value[0]);
}

function formulaValue(value: string): ExcelJS.CellFormulaValue {
  return { formula: value.slice(value[0] === "=" ? 1 : 0) } as ExcelJS.CellFormulaValue;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))\s?%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function utcSerial(year: number, month: number, day: number): number | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return dateToSerial(date);
}

/**
 * Takes in a written value as Excel does with the values API: numbers, booleans and text,
 * except that text is read like typed input unless the cell is formatted as Text ("@"):
 * "'…" stays text without the apostrophe; "=…" is a formula, and so is text starting with
 * "+", "-" or "@" that is not a number; "123", "1.5", "12%", "TRUE" become a number or
 * boolean; "2024-11-30" and "2024-11" become dates. In a Text ("@") cell a string stays as
 * written, except that a formula-looking one may become a formula (behaviour.formulaInTextCell).
 */
export function intake(value: unknown, currentFormat: string, where: string, behaviour: Pick<HostBehaviour, "formulaInTextCell">): Intake {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new OfficeError("InvalidArgument", `${where}: ${value} is not a valid cell value.`);
    return { value };
  }
  if (typeof value === "boolean") return { value };
  if (typeof value !== "string") {
    throw new OfficeError("InvalidArgument", `${where}: the value ${JSON.stringify(value)} is not a number, string or boolean.`);
  }
  if (value === "") return { value: null };
  if (currentFormat === "@") return behaviour.formulaInTextCell === "formula" && isFormulaText(value) ? { value: formulaValue(value) } : { value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (NUMBER.test(value)) return { value: Number(value) };
  const percent = PERCENT.exec(value);
  if (percent) return { value: Number(percent[1]) / 100, numberFormat: isGeneral(currentFormat) ? "0%" : undefined };
  if (/^(true|false)$/i.test(value)) return { value: value.toLowerCase() === "true" };
  if (isFormulaText(value)) return { value: formulaValue(value) };
  if (isKnownErrorString(value)) return { value: { error: value } as ExcelJS.CellErrorValue };
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const serial = utcSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { value: serial, numberFormat: isGeneral(currentFormat) ? "yyyy-mm-dd" : undefined };
  }
  const month = ISO_MONTH.exec(value);
  if (month) {
    const serial = utcSerial(Number(month[1]), Number(month[2]), 1);
    if (serial !== null) return { value: serial, numberFormat: isGeneral(currentFormat) ? "mmm-yy" : undefined };
  }
  return { value };
}
