// The controllers' input for a corpus workbook: the seed's table (Controller!A3:F9, tkr) put into the file as
// a sheet of its own, the way a controller would type it, by editing the package directly: one new
// worksheet part plus an entry in the workbook, its relationships and the content types. Every other part
// keeps its bytes, so the file the command reads differs from the public one only by that sheet.
import { strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import type { CellValue } from "../../src/engine/types";
import { seedTableValues } from "../../tests/fixtures/seedTable";
import type { Parts } from "./features";
import { relsPartOf, sheetsOf, workbookPart } from "./package";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export const INPUT_TOP = 3;

/** The settings of a run; `report` puts the report into a sheet of the user's instead of a new Rapport. */
export function inputConfig(sheet: string, report: { sheet: string; anchor: string } = { sheet: "Rapport", anchor: "A1" }): object {
  return {
    version: 2,
    reportDate: "2024-11-30",
    sources: [{
      range: `'${sheet.replace(/'/g, "''")}'!A3:F9`,
      columns: { area: "A", periodDeviation: "B", grant: "C", forecastNetCost: "D", reportedDeviation: "E", reportedPct: "F" },
      unit: "tkr",
      signs: { netCost: "negative", grant: "positive" },
    }],
    tolerance: 0,
    output: { sheet: report.sheet, anchor: report.anchor, unit: "tkr", chart: true, development: true },
  };
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const column = (index: number) => String.fromCharCode(65 + index);

function cellXml(ref: string, value: CellValue): string {
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (value === "" || value === null || value === undefined) return "";
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(String(value))}</t></is></c>`;
}

export function inputSheetXml(values: CellValue[][] = seedTableValues()): string {
  const rows = [`<row r="1">${cellXml("A1", "Controllernas sammanställning per den 30 november 2024 (Prognos korpustest)")}</row>`];
  values.forEach((row, r) => {
    const number = INPUT_TOP + r;
    rows.push(`<row r="${number}">${row.map((value, c) => cellXml(`${column(c)}${number}`, value)).join("")}</row>`);
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData><mergeCells count="1"><mergeCell ref="E3:F3"/></mergeCells></worksheet>`;
}

// Text and back with the byte-order mark kept (fflate's decoder drops it, as TextDecoder does).
const BOM = "\uFEFF";
const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
const bytesLike = (original: Uint8Array, text: string) => strToU8(hasBom(original) && !text.startsWith(BOM) ? `${BOM}${text}` : text);

/** Inserts `insert` before the closing tag of the first `localName` element (any prefix); null when there is none. */
function beforeClosing(xml: string, localName: string, insert: (prefix: string) => string): string | null {
  const close = new RegExp(`</((?:[A-Za-z0-9_.-]+:)?)${localName}\\s*>`).exec(xml);
  if (close) return `${xml.slice(0, close.index)}${insert(close[1])}${xml.slice(close.index)}`;
  const empty = new RegExp(`<((?:[A-Za-z0-9_.-]+:)?)${localName}\\b([^>]*?)/>`).exec(xml);
  if (!empty) return null;
  return `${xml.slice(0, empty.index)}<${empty[1]}${localName}${empty[2]}>${insert(empty[1])}</${empty[1]}${localName}>${xml.slice(empty.index + empty[0].length)}`;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const columnLetters = (n: number): string => (n <= 0 ? "" : columnLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/**
 * Where the report can go in the workbook's first worksheet without covering anything: row 1, two columns
 * right of the last cell or merge the sheet's XML names. Null when the sheet has no room (or no worksheet).
 */
export function reportPlaceInUsersSheet(parts: Parts): { sheet: string; anchor: string } | null {
  const first = sheetsOf(parts).find((s) => s.part && /\/worksheets\//.test(s.part) && parts.has(s.part));
  if (!first?.part) return null;
  const xml = strFromU8(parts.get(first.part)!);
  let last = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?(?:c|mergeCell)\b[^>]*\b(?:r|ref)="\$?([A-Z]{1,3})\$?\d+(?::\$?([A-Z]{1,3}))?/g)) last = Math.max(last, columnNumber(m[1]), m[2] ? columnNumber(m[2]) : 0);
  if (last + 2 + 16 > 16384) return null;
  return { sheet: first.name, anchor: `${columnLetters(last + 2)}1` };
}

export interface Injected {
  bytes: Uint8Array;
  sheet: string;
  part: string;
}

export function freeSheetName(parts: Parts): string {
  const taken = new Set(sheetsOf(parts).map((s) => s.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? "Controller" : `Controller ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The package with the input sheet added, or the reason it cannot be (then the file is run as it is). */
export function injectInput(parts: Parts): Injected | { error: string } {
  const book = workbookPart(parts);
  const bookRels = relsPartOf(book);
  const bookXml = parts.get(book);
  const relsXml = parts.get(bookRels);
  const typesXml = parts.get("[Content_Types].xml");
  if (!bookXml || !relsXml || !typesXml) return { error: `no ${!bookXml ? book : !relsXml ? bookRels : "[Content_Types].xml"}` };
  const folder = book.slice(0, book.lastIndexOf("/") + 1);
  let n = 1;
  while (parts.has(`${folder}worksheets/sheet${n}.xml`)) n++;
  const part = `${folder}worksheets/sheet${n}.xml`;
  const relsText = strFromU8(relsXml);
  let id = 1;
  while (relsText.includes(`Id="rIdPrognosInput${id}"`)) id++;
  const relId = `rIdPrognosInput${id}`;
  const sheet = freeSheetName(parts);

  const bookText = strFromU8(bookXml);
  const sheetIds = [...bookText.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const relPrefix = new RegExp(`xmlns:([\\w.-]+)="${REL_NS}"`).exec(bookText)?.[1];
  const idAttribute = relPrefix ? `${relPrefix}:id="${relId}"` : `xmlns:r="${REL_NS}" r:id="${relId}"`;
  const newBook = beforeClosing(bookText, "sheets", (prefix) => `<${prefix}sheet name="${escape(sheet)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${idAttribute}/>`);
  const newRels = beforeClosing(relsText, "Relationships", (prefix) => `<${prefix}Relationship Id="${relId}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${n}.xml"/>`);
  const newTypes = beforeClosing(strFromU8(typesXml), "Types", (prefix) => `<${prefix}Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>`);
  if (!newBook || !newRels || !newTypes) return { error: "no <sheets>, <Relationships> or <Types> element to add to" };

  const files: Zippable = {};
  for (const [name, bytes] of parts) files[name] = [bytes, { level: 6 }];
  files[book] = [bytesLike(bookXml, newBook), { level: 6 }];
  files[bookRels] = [bytesLike(relsXml, newRels), { level: 6 }];
  files["[Content_Types].xml"] = [bytesLike(typesXml, newTypes), { level: 6 }];
  files[part] = [strToU8(inputSheetXml()), { level: 6 }];
  return { bytes: zipSync(files), sheet, part };
}
