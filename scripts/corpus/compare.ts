// What a run did to the package, part by part, against the file it read: parts Prognos does not own must
// keep every byte; the shared parts (issue 16's list) may only gain elements, so every original element
// must still be there, in order, with its attributes and text (an ordered-subsequence check, recursively);
// new parts must belong to the sheets Prognos owns.
import { strFromU8 } from "fflate";
import type { Element, Node } from "@xmldom/xmldom";
import type { Parts } from "./features";
import { elements, parseXml, reachable, relsOf, relsPartOf, sheetsOf, workbookPart } from "./package";

export const OWNED_SHEETS = ["Rapport", "Prognoshistorik", "Prognosinställningar", "Prognosutveckling"];

export interface Comparison {
  /** Parts of the input missing from the output. */
  missing: string[];
  /** Parts neither shared nor owned whose bytes changed. */
  changed: string[];
  /** Shared parts that lost or changed an original element: the first difference of each. */
  sharedLosses: Array<{ part: string; difference: string }>;
  /** What the shared parts gained, e.g. "xl/workbook.xml: sheet ×3, definedName ×2". */
  sharedAdditions: string[];
  /** Parts the output added that belong to a sheet Prognos owns. */
  ownedNew: string[];
  /** Parts the output added that belong to no sheet Prognos owns. */
  foreignNew: string[];
  /** Sheets the output added, by name. */
  newSheets: string[];
}

export function sharedPartsOf(parts: Parts): string[] {
  const book = workbookPart(parts);
  const rels = relsOf(parts, book);
  const byType = (suffix: string) => rels.filter((rel) => rel.type.endsWith(suffix) && rel.part).map((rel) => rel.part!);
  return ["[Content_Types].xml", book, relsPartOf(book), ...byType("/styles"), ...byType("/sharedStrings"), "docProps/app.xml"];
}

/** Attributes whose value follows the number of children (`count`, `uniqueCount`, a vector's `size`). */
const COUNT_ATTRIBUTES = new Set(["count", "uniqueCount", "size"]);

/** Attributes that follow the content where a sheet gains cells: the used range (`<dimension ref>`), a row's `spans`. */
const EXTENT_ATTRIBUTES: Record<string, Set<string>> = { dimension: new Set(["ref"]), row: new Set(["spans"]) };

/**
 * Lists whose members are counted by index (a cell's `s` is an index into cellXfs, `<v>` of a shared string an
 * index into sst, a name's localSheetId a sheet's position): there the original children must stay a prefix,
 * so additions go only at the end.
 */
const INDEXED_LISTS = new Set(["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "dxfs", "indexedColors", "sst", "sheets"]);

interface Child {
  element?: Element;
  text?: string;
}

function childrenOf(element: Element): Child[] {
  const list: Child[] = [];
  for (let node: Node | null = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) list.push({ element: node as Element });
    else if ((node.nodeType === 3 || node.nodeType === 4) && (node.nodeValue ?? "").trim() !== "") list.push({ text: node.nodeValue ?? "" });
  }
  return list;
}

const nameOf = (element: Element) => `{${element.namespaceURI ?? ""}}${element.localName}`;
const label = (element: Element) => element.tagName;

interface Match {
  ok: boolean;
  difference?: string;
  additions: string[];
}

/**
 * Whether `output` holds everything of `original`: same name, every original attribute with its value
 * (count-like ones excepted), the original children as an ordered subsequence of the output's, each matched
 * the same way. `countText` says whether a text child may change because it is a count (app.xml's HeadingPairs).
 */
export function contains(original: Element, output: Element, path: string, countText: (path: string) => boolean = () => false): Match {
  const here = `${path}/${label(original)}`;
  if (nameOf(original) !== nameOf(output)) return { ok: false, difference: `${here}: became ${label(output)}`, additions: [] };
  for (let i = 0; i < original.attributes.length; i++) {
    const attribute = original.attributes.item(i)!;
    if (attribute.name.startsWith("xmlns")) continue;
    const value = attribute.namespaceURI ? output.getAttributeNS(attribute.namespaceURI, attribute.localName ?? attribute.name) : output.getAttribute(attribute.name);
    if (value === attribute.value || COUNT_ATTRIBUTES.has(attribute.name) || EXTENT_ATTRIBUTES[original.localName ?? ""]?.has(attribute.name)) continue;
    return { ok: false, difference: `${here}: @${attribute.name} "${attribute.value}" → ${value === null ? "removed" : `"${value}"`}`, additions: [] };
  }
  const before = childrenOf(original);
  const after = childrenOf(output);
  const additions: string[] = [];
  const indexed = INDEXED_LISTS.has(original.localName ?? "");
  let j = 0;
  for (let i = 0; i < before.length; i++) {
    const wanted = before[i];
    let found = false;
    let closest: string | undefined;
    while (j < after.length && (!indexed || j === i)) {
      const candidate = after[j++];
      if (wanted.text !== undefined) {
        if (candidate.text !== undefined && (candidate.text === wanted.text || countText(here))) {
          found = true;
          break;
        }
        closest ??= candidate.text !== undefined ? `${here}: text "${wanted.text.slice(0, 60)}" → "${candidate.text.slice(0, 60)}"` : undefined;
      } else if (candidate.element) {
        const match = contains(wanted.element!, candidate.element, here, countText);
        if (match.ok) {
          additions.push(...match.additions);
          found = true;
          break;
        }
        if (nameOf(candidate.element) === nameOf(wanted.element!)) closest ??= match.difference;
      }
      if (candidate.element) additions.push(`${here}/${label(candidate.element)}`);
    }
    if (!found) {
      const what = wanted.text !== undefined ? `text "${wanted.text.slice(0, 60)}"` : `<${label(wanted.element!)}> #${before.slice(0, i + 1).filter((c) => c.element && nameOf(c.element) === nameOf(wanted.element!)).length}`;
      return { ok: false, difference: closest ?? `${here}: ${what} ${indexed ? "not at its index" : "missing"}`, additions: [] };
    }
  }
  for (; j < after.length; j++) if (after[j].element) additions.push(`${here}/${label(after[j].element!)}`);
  return { ok: true, additions };
}

function summarise(part: string, additions: string[]): string | null {
  if (additions.length === 0) return null;
  const counts = new Map<string, number>();
  for (const addition of additions) {
    const leaf = addition.split("/").pop()!.replace(/^[\w.-]+:/, "");
    counts.set(leaf, (counts.get(leaf) ?? 0) + 1);
  }
  return `${part}: ${[...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(", ")}`;
}

export function compareXml(part: string, before: Uint8Array, after: Uint8Array): Match {
  const a = parseXml(strFromU8(before)).documentElement;
  const b = parseXml(strFromU8(after)).documentElement;
  if (!a) return { ok: true, additions: [] }; // the input's part was no XML to begin with: bytes are compared instead
  if (!b) return { ok: false, difference: `${part}: not XML any more`, additions: [] };
  const countText = part === "docProps/app.xml" ? (path: string) => /HeadingPairs\b/.test(path) : undefined;
  return contains(a, b, "", countText);
}

const columnOf = (anchor: string) => [.../^\$?([A-Z]+)/.exec(anchor)![1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Each column's `<col>` attributes (min and max aside), column by column. */
function columnAttributes(cols: Element | undefined): Map<number, string> {
  const byColumn = new Map<number, string>();
  for (const col of cols ? elements(cols, "col") : []) {
    const attributes: string[] = [];
    for (let i = 0; i < col.attributes.length; i++) {
      const a = col.attributes.item(i)!;
      if (a.name !== "min" && a.name !== "max") attributes.push(`${a.name}=${a.value}`);
    }
    const key = attributes.sort().join(" ");
    for (let c = Number(col.getAttribute("min")); c <= Number(col.getAttribute("max")); c++) byColumn.set(c, key);
  }
  return byColumn;
}

/**
 * The user's sheet the report went into: its `<cols>` compared column by column (the writer may split a span to
 * give the report's columns their widths), every column left of the report as it was; the rest as any shared part.
 */
export function compareUsersSheet(before: Uint8Array, after: Uint8Array, firstReportColumn: number): Match {
  const a = parseXml(strFromU8(before)).documentElement!;
  const b = parseXml(strFromU8(after)).documentElement;
  if (!b) return { ok: false, difference: "the sheet is not XML any more", additions: [] };
  const colsA = elements(a, "cols")[0];
  const colsB = elements(b, "cols")[0];
  const widthsA = columnAttributes(colsA);
  const widthsB = columnAttributes(colsB);
  for (const [column, attributes] of widthsA) {
    if (column >= firstReportColumn) continue;
    if (widthsB.get(column) !== attributes) return { ok: false, difference: `/worksheet/cols: column ${column} "${attributes}" → "${widthsB.get(column) ?? "none"}"`, additions: [] };
  }
  for (const [column] of widthsB) if (column < firstReportColumn && !widthsA.has(column)) return { ok: false, difference: `/worksheet/cols: column ${column} gained a width`, additions: [] };
  if (colsA) a.removeChild(colsA);
  if (colsB) b.removeChild(colsB);
  return contains(a, b, "");
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a).equals(Buffer.from(b));

/**
 * `reportSheet`: a sheet of the user's that the report went into. Its XML, its relationships and its drawing
 * may then only gain (the report's cells, merges, conditional formats, column widths and chart anchor), and
 * the new parts reachable from it (the chart) are Prognos'.
 */
export function comparePackages(input: Parts, output: Parts, report?: { sheet: string; anchor: string }): Comparison {
  const reportSheet = report?.sheet;
  const shared = new Set(sharedPartsOf(input));
  const owned = new Set<string>();
  const inputSheets = new Set(sheetsOf(input).map((s) => s.name));
  const usersSheet = reportSheet ? sheetsOf(input).find((s) => s.name === reportSheet)?.part : undefined;
  if (usersSheet) {
    shared.add(usersSheet);
    shared.add(relsPartOf(usersSheet));
    for (const rel of relsOf(input, usersSheet)) {
      if (rel.part && rel.type.endsWith("/drawing")) [rel.part, relsPartOf(rel.part)].forEach((part) => shared.add(part));
    }
    for (const part of reachable(output, usersSheet)) if (!input.has(part)) owned.add(part);
  }
  const newSheets = sheetsOf(output).filter((s) => !inputSheets.has(s.name));
  for (const sheet of sheetsOf(output)) {
    // A sheet Prognos owns is one of its names that the run created (a user's "Rapport" stays the user's).
    if (!OWNED_SHEETS.includes(sheet.name) || inputSheets.has(sheet.name) || !sheet.part) continue;
    for (const part of reachable(output, sheet.part)) if (!input.has(part)) owned.add(part);
  }
  const result: Comparison = { missing: [], changed: [], sharedLosses: [], sharedAdditions: [], ownedNew: [], foreignNew: [], newSheets: newSheets.map((s) => s.name) };
  for (const [name, bytes] of input) {
    const after = output.get(name);
    if (!after) result.missing.push(name);
    else if (shared.has(name)) {
      if (sameBytes(bytes, after)) continue;
      const match = name === usersSheet && report ? compareUsersSheet(bytes, after, columnOf(report.anchor)) : compareXml(name, bytes, after);
      if (!match.ok) result.sharedLosses.push({ part: name, difference: match.difference ?? "differs" });
      else {
        const summary = summarise(name, match.additions);
        if (summary) result.sharedAdditions.push(summary);
      }
    } else if (!sameBytes(bytes, after)) result.changed.push(name);
  }
  for (const name of output.keys()) {
    if (input.has(name)) continue;
    // A shared part the input lacked (app.xml, sharedStrings.xml) may be created; it is the output's own.
    if (owned.has(name) || sharedPartsOf(output).includes(name)) result.ownedNew.push(name);
    else result.foreignNew.push(name);
  }
  return result;
}

export function isFaithful(c: Comparison): boolean {
  return c.missing.length === 0 && c.changed.length === 0 && c.sharedLosses.length === 0 && c.foreignNew.length === 0;
}

/** One line per problem, for the table and the report. */
export function problemsOf(c: Comparison): string[] {
  return [
    ...c.missing.map((part) => `missing ${part}`),
    ...c.changed.map((part) => `bytes changed ${part}`),
    ...c.sharedLosses.map((loss) => `${loss.part} lost ${loss.difference}`),
    ...c.foreignNew.map((part) => `foreign new part ${part}`),
  ];
}
