// Finding the header rows of a source and mapping its columns to fields (design §3 "Sources").
import { columnIndex, columnLetters } from "./address";
import { parseAmount } from "./numbers";
import { cellText, normaliseHeader } from "./text";
import type { CellValue, Field, Unit } from "./types";
import { unitFromText } from "./units";

const DEVIATION = /(budget-?\s?)?avvikelse|\bavv\b|deviation|variance/;
// Year-to-date words: month names ("jan-nov", "januari–november"), "ack", "period", "ytd".
const PERIOD_MARK =
  /\b(jan(uari)?|feb(ruari)?|mars?|apr(il)?|maj|may|jun[ie]?|jul[iy]?|aug(usti)?|sept?(ember)?|okt(ober)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|period|\back(umulerat)?\b|hittills|\bytd\b|year to date|t\.?\s?o\.?\s?m\b/;
const FULL_YEAR = /helår|full[- ]year|årsprognos|prognos|forecast/;
const GRANT = /kommunbidrag|\bkb\b|budget|\bram\b|grant|allocation|appropriation/;

function isPeriodHeader(header: string): boolean {
  return PERIOD_MARK.test(header) && !/helår|full[- ]year/.test(header);
}

/** The field a header names, in priority order: "% av KB" is a percentage before it is a grant. */
export function fieldOfHeader(header: string): Field | null {
  const text = normaliseHeader(header);
  if (text === "") return null;
  if (/%|procent|percent|\bpct\b/.test(text)) return "reportedPct";
  if (DEVIATION.test(text)) return isPeriodHeader(text) && !FULL_YEAR.test(text.replace(/budget-?\s?avvikelse/, "")) ? "periodDeviation" : "reportedDeviation";
  if (/prognos|forecast|projection|projected/.test(text)) return "forecastNetCost";
  // The year is not over: a full-year net cost is a forecast.
  if (/nettokostnad|net cost/.test(text) && /helår|full[- ]year/.test(text)) return "forecastNetCost";
  if (/periodiserad|periodised|periodized/.test(text)) return "periodBudget";
  if (GRANT.test(text) && isPeriodHeader(text)) return "periodBudget";
  if (/utfall|actual|outcome|nettokostnad|net cost/.test(text) && isPeriodHeader(text)) return "periodNetCost";
  if (/^(utfall|actual|outcome)$/.test(text)) return "periodNetCost";
  if (GRANT.test(text)) return "grant";
  if (/^(kod|code|id|nr|nummer|vo-?kod|områdeskod|ansvar|ansvarskod)$|kod$/.test(text)) return "code";
  if (/verksamhetsområde|verksamhet|område|\barea\b|business|activity|division/.test(text)) return "area";
  return null;
}

/** Weaker names for the label column, used when no header names an area. */
function isLabelHeader(header: string): boolean {
  return /benämning|namn|name|label|beskrivning|description|enhet|unit|avdelning|department/.test(normaliseHeader(header));
}

export interface HeaderBlock {
  /** Index in values of the first header row (after title rows); equals dataStart when there is none. */
  headerStart: number;
  headerRows: number;
  dataStart: number;
  /** Combined header text per column (all header lines joined), as written. */
  texts: string[];
  unit: Unit | null;
  /** Units found in headers that disagree with `unit`. */
  otherUnits: Unit[];
}

function isYearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** A data row holds at least two amounts; a header row of years ("2023", "2024") does not count. */
function isDataRow(row: CellValue[]): boolean {
  let amounts = 0;
  let years = 0;
  for (const value of row) {
    const parsed = parseAmount(value);
    if (!parsed.ok) continue;
    if (typeof value === "number" && isYearLike(value)) years++;
    else amounts++;
  }
  return amounts >= 2 || (amounts >= 1 && amounts + years >= 2);
}

function nonEmptyColumns(row: CellValue[]): number[] {
  const columns: number[] = [];
  row.forEach((value, index) => {
    if (cellText(value).trim() !== "") columns.push(index);
  });
  return columns;
}

// Words of header lines: a second header line ("Tkr", "% av KB", "helår") holds only such words.
const HEADER_WORD =
  /helår|\b(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)|period|\back|prognos|forecast|budget|avvikelse|deviation|variance|utfall|actual|netto|kostnad|cost|bidrag|\bkb\b|grant|%|procent|percent|tkr|mnkr|\bkr\b|kronor|område|verksamhet|\bkod\b|code|\barea\b|\bram\b|summa|total|\d{4}/;

function isHeaderLike(value: CellValue): boolean {
  if (typeof value === "number") return isYearLike(value);
  const text = normaliseHeader(cellText(value));
  return text === "" || HEADER_WORD.test(text) || fieldOfHeader(text) !== null || unitFromText(text) !== null;
}

function fieldCount(texts: string[]): number {
  return new Set(texts.map(fieldOfHeader).filter((field) => field !== null)).size;
}

function rowTexts(row: CellValue[] | undefined, width: number): string[] {
  return Array.from({ length: width }, (_, column) => cellText(row?.[column]));
}

/** A title above the table: a single text in the first column. */
function isTitleRow(row: CellValue[]): boolean {
  const filled = nonEmptyColumns(row);
  return filled.length === 0 || (filled.length === 1 && filled[0] === 0);
}

/**
 * Finds the header: leading title rows are skipped; the header row is the first that names at least two
 * fields (alone, or joined with the line below it, for two-line headers); lines below it that hold only
 * header words (units, "% av KB", "helår") belong to it. When no line names fields, every line above the
 * first row with amounts is header. A data row full of bad cells is therefore still a data row.
 */
export function findHeader(values: CellValue[][]): HeaderBlock {
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  let firstAmountRow = values.findIndex(isDataRow);
  if (firstAmountRow < 0) firstAmountRow = values.length;
  let headerStart = 0;
  while (headerStart < firstAmountRow - 1 && isTitleRow(values[headerStart])) headerStart++;
  let headerRow = -1;
  let joinedWithNext = false;
  for (let r = headerStart; r < firstAmountRow; r++) {
    const own = rowTexts(values[r], width);
    if (fieldCount(own) >= 2) {
      headerRow = r;
      break;
    }
    if (r + 1 < firstAmountRow) {
      const next = rowTexts(values[r + 1], width);
      if (fieldCount(own.map((text, column) => `${text} ${next[column]}`)) >= 2) {
        headerRow = r;
        joinedWithNext = true;
        break;
      }
    }
  }
  let dataStart = firstAmountRow;
  if (headerRow >= 0) {
    headerStart = headerRow;
    dataStart = headerRow + (joinedWithNext ? 2 : 1);
    while (dataStart < firstAmountRow && dataStart - headerRow < 4 && nonEmptyColumns(values[dataStart]).length > 0 && values[dataStart].every(isHeaderLike)) {
      dataStart++;
    }
  }
  const headerLines: number[] = [];
  for (let row = headerStart; row < dataStart; row++) if (nonEmptyColumns(values[row]).length > 0) headerLines.push(row);
  const texts = combineHeaderLines(values, headerLines, width);
  const units = values
    .slice(0, dataStart)
    .flat()
    .map((value) => unitFromText(cellText(value)))
    .filter((unit): unit is Unit => unit !== null);
  const unit = units[0] ?? null;
  return {
    headerStart,
    headerRows: dataStart - headerStart,
    dataStart,
    texts,
    unit,
    otherUnits: [...new Set(units.filter((other) => other !== unit))],
  };
}

/**
 * Joins the header lines per column. A merged cell over several columns is read by Excel as text in its
 * first column and "" in the others, so an empty cell above a filled one inherits the text to its left.
 */
function combineHeaderLines(values: CellValue[][], lines: number[], width: number): string[] {
  const parts: string[][] = Array.from({ length: width }, () => []);
  lines.forEach((row, lineIndex) => {
    let carried = "";
    for (let column = 0; column < width; column++) {
      const text = cellText(values[row][column]).trim();
      if (text !== "") {
        carried = text;
        parts[column].push(text);
        continue;
      }
      const filledBelow = lines.slice(lineIndex + 1).some((lower) => cellText(values[lower][column]).trim() !== "");
      if (carried && filledBelow) parts[column].push(carried);
      else carried = "";
    }
  });
  return parts.map((lineTexts) => lineTexts.join(" "));
}

export type ColumnMap = Partial<Record<Field, number>>;

export interface ColumnProblem {
  code: "missingColumn" | "columnOutsideRange";
  field: Field;
  header?: string;
}

/**
 * Maps fields to column indexes (0-based within the range). Configured columns win: a column
 * letter (absolute, as on the sheet) or header text. The other fields are detected from headers.
 */
export function mapColumns(
  block: HeaderBlock,
  values: CellValue[][],
  firstColumn: number,
  configured: Partial<Record<Field, string>> = {},
): { columns: ColumnMap; problems: ColumnProblem[] } {
  const width = block.texts.length;
  const columns: ColumnMap = {};
  const problems: ColumnProblem[] = [];
  const used = new Set<number>();
  for (const [field, spec] of Object.entries(configured) as Array<[Field, string]>) {
    const index = configuredColumn(spec, block.texts, firstColumn);
    if (index === null) problems.push({ code: "missingColumn", field, header: spec });
    else if (index < 0 || index >= width) problems.push({ code: "columnOutsideRange", field, header: spec });
    else {
      columns[field] = index;
      used.add(index);
    }
  }
  block.texts.forEach((text, index) => {
    if (used.has(index)) return;
    const field = fieldOfHeader(text);
    if (field && columns[field] === undefined && !(field in configured)) {
      columns[field] = index;
      used.add(index);
    }
  });
  if (columns.area === undefined && !("area" in configured)) {
    const label = findLabelColumn(block, values, used);
    if (label !== null) columns.area = label;
  }
  return { columns, problems };
}

function configuredColumn(spec: string, texts: string[], firstColumn: number): number | null {
  const trimmed = spec.trim();
  if (/^[A-Za-z]{1,3}$/.test(trimmed)) {
    const asHeader = texts.findIndex((text) => normaliseHeader(text) === normaliseHeader(trimmed));
    // A header literally named "KB" beats column KB.
    return asHeader >= 0 ? asHeader : columnIndex(trimmed) - firstColumn;
  }
  const wanted = normaliseHeader(trimmed);
  const exact = texts.findIndex((text) => normaliseHeader(text) === wanted);
  if (exact >= 0) return exact;
  const partial = texts.findIndex((text) => normaliseHeader(text).includes(wanted));
  return partial >= 0 ? partial : null;
}

/** No area header: the first unmapped column whose data cells are mostly text (the seed has no header there). */
function findLabelColumn(block: HeaderBlock, values: CellValue[][], used: Set<number>): number | null {
  const candidates = block.texts.map((_, index) => index).filter((index) => !used.has(index));
  const named = candidates.find((index) => isLabelHeader(block.texts[index]));
  if (named !== undefined) return named;
  const dataRows = values.slice(block.dataStart);
  for (const index of candidates) {
    let text = 0;
    let numbers = 0;
    for (const row of dataRows) {
      const value = row[index];
      if (typeof value === "string" && value.trim() !== "" && !parseAmount(value).ok) text++;
      else if (parseAmount(value).ok) numbers++;
    }
    if (text > 0 && text >= numbers) return index;
  }
  return null;
}

export function columnLetter(index: number, firstColumn: number): string {
  return columnLetters(index + firstColumn);
}
