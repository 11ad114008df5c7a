// The bytes ExcelJS is given to read, without what it cannot read and Prognos never uses. (1) ExcelJS expands
// every data validation into one entry per cell, so a validation over whole columns (real files have hundreds
// over a million cells each) keeps it busy for hours on one thread. (2) ExcelJS throws on a table's filter
// criteria it does not know (an icon filter; a criterion on a column the table's model lacks), so Excel files
// with such tables would be refused. (3) ExcelJS knows elements by their unprefixed names only, and packages
// written with the Open XML SDK prefix every element (`<x:workbook xmlns:x="…">`): the reader gets those
// parts with the root's namespace as the default. The save compares two models read the same way, sees these
// unchanged and keeps the file's XML as it was; what it writes into a part follows the part's own prefixes.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { columnIndex } from "../../engine/address";

/** Cells a validation may cover before the reader leaves it out (a whole column is 1 048 576). */
export const VALIDATION_CELL_LIMIT = 100_000;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;
const FILTER_COLUMN = /<((?:[\w.-]+:)?)filterColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/\1filterColumn>)/g;
const VALIDATION = /<((?:[\w.-]+:)?)dataValidation\b[^>]*?(?:\/>|>[\s\S]*?<\/\1dataValidation>)/g;
const SQREF = /\bsqref="([^"]*)"/;

/** One end of a range: "B7", "B" (a whole column) or "7" (a whole row). */
function corner(text: string, end: boolean): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  return {
    column: match[1] ? columnIndex(match[1]) + 1 : end ? MAX_COLUMN : 1,
    row: match[2] ? Number(match[2]) : end ? MAX_ROW : 1,
  };
}

/** Cells of a space-separated list of ranges ("A1:A1048576 C5"); an unreadable list counts as huge. */
export function sqrefCells(sqref: string): number {
  let cells = 0;
  for (const range of sqref.trim().split(/\s+/).filter(Boolean)) {
    const [first, last = first] = range.split(":");
    const start = corner(first, false);
    const end = corner(last, true);
    if (!start || !end) return Number.POSITIVE_INFINITY;
    cells += (Math.abs(end.row - start.row) + 1) * (Math.abs(end.column - start.column) + 1);
  }
  return cells;
}

/** A worksheet's XML without the validations over more than VALIDATION_CELL_LIMIT cells; null when it has none. */
export function withoutHugeValidations(xml: string): string | null {
  if (!xml.includes("dataValidation")) return null;
  let removed = false;
  const kept = xml.replace(VALIDATION, (element) => {
    const sqref = SQREF.exec(element.slice(0, element.indexOf(">") + 1));
    if (!sqref || sqrefCells(sqref[1]) <= VALIDATION_CELL_LIMIT) return element;
    removed = true;
    return "";
  });
  return removed ? kept : null;
}

/** A table's XML without its filter criteria (the autoFilter and its range stay); null when it has none. */
export function withoutFilterColumns(xml: string): string | null {
  if (!xml.includes("filterColumn")) return null;
  return xml.replace(FILTER_COLUMN, "");
}

// The namespaces whose elements ExcelJS knows unprefixed: SpreadsheetML's and docProps/app.xml's. Others it
// knows by their usual prefixes (cp: and dc: in docProps/core.xml, xdr: in drawings), which stay.
const UNPREFIXED_NAMESPACES = new Set(["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"]);

/**
 * The part with its root element's prefix made the default namespace (`<x:a xmlns:x="n"><x:b/>` →
 * `<a xmlns="n" xmlns:x="n"><b/>`); null when the root has no prefix, already declares a default, or is of a
 * namespace ExcelJS reads with its prefixes.
 */
export function withDefaultNamespace(xml: string): string | null {
  const start = (/^\uFEFF?(?:<\?xml[^>]*\?>)?\s*/.exec(xml) as RegExpExecArray)[0].length;
  const root = /^<([\w.-]+):[\w.-]+(?:\s[^>]*)?>/.exec(xml.slice(start));
  if (!root || /\sxmlns\s*=/.test(root[0])) return null;
  const prefix = root[1];
  const declaration = new RegExp(`\\sxmlns:${prefix.replace(/\./g, "\\.")}\\s*=\\s*"([^"]*)"`).exec(root[0]);
  if (!declaration || !UNPREFIXED_NAMESPACES.has(declaration[1])) return null;
  const body = xml.slice(start).replace(new RegExp(`(</?)${prefix.replace(/\./g, "\\.")}:`, "g"), "$1");
  return xml.slice(0, start) + body.replace(declaration[0], ` xmlns="${declaration[1]}"${declaration[0]}`);
}

/** Enough of a part to hold its XML declaration and root start tag with its namespace declarations. */
const ROOT_BYTES = 4096;

/** The first ROOT_BYTES of a part, after a UTF-8 byte-order mark. */
function partStart(data: Uint8Array): Uint8Array {
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  return data.subarray(bom, bom + ROOT_BYTES);
}

/** What the reader is given of one part: null when the part is read as it is. */
function readablePart(name: string, xml: string): string | null {
  const unprefixed = withDefaultNamespace(xml);
  const text = unprefixed ?? xml;
  const kept = WORKSHEET_PART.test(name) ? withoutHugeValidations(text) : TABLE_PART.test(name) ? withoutFilterColumns(text) : null;
  return kept ?? unprefixed;
}

/** `bytes` itself when no part needs a change, else a copy with the changed parts (stored, not compressed). */
export function readableCopy(bytes: Uint8Array): Uint8Array {
  let candidates: Record<string, Uint8Array>;
  try {
    candidates = unzipSync(bytes, { filter: (file) => /\.xml$/.test(file.name) });
  } catch {
    return bytes; // not a zip: the reader says so itself
  }
  const replaced = new Map<string, string>();
  for (const [name, data] of Object.entries(candidates)) {
    // Other parts change only for a prefixed root: its start tells (latin1 is enough for tag and namespace),
    // so that a large sharedStrings.xml is not decoded for nothing.
    const checkedWhole = WORKSHEET_PART.test(name) || TABLE_PART.test(name);
    if (!checkedWhole && withDefaultNamespace(strFromU8(partStart(data), true)) === null) continue;
    const kept = readablePart(name, strFromU8(data));
    if (kept !== null) replaced.set(name, kept);
  }
  if (replaced.size === 0) return bytes;
  const parts: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const text = replaced.get(name);
    parts[name] = [text === undefined ? data : strToU8(text), { level: 0 }];
  }
  return zipSync(parts);
}
