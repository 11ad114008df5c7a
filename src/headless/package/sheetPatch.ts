// Edits a sheet of the file in place: only the cells, rows, columns, merges and conditional formats the run
// changed are touched; every other element of the sheet stays as the file had it.
import { columnLetters, columnNumber } from "../address";
import type { FormatAt, SheetChanges } from "./diff";
import { normalRef, type Renumber, type WrittenSheet } from "./written";
import { childElements, childrenNamed, createLike, firstChild, insertInOrder, type Element, type XmlPart } from "./xml";

/** CT_Worksheet's sequence: where a new element goes. */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

// A row's attributes by the key of ExcelJS's row model they come from: only the groups whose model value the
// run changed are written, so the row's other attributes (thickBot, spans …) stay as the file has them.
const ROW_ATTRIBUTES: Record<string, readonly string[]> = {
  height: ["ht", "customHeight"],
  hidden: ["hidden"],
  style: ["s", "customFormat"],
  outlineLevel: ["outlineLevel"],
  collapsed: ["collapsed"],
};

function splitAddress(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

function ensure(root: Element, name: string): Element {
  const existing = firstChild(root, name);
  if (existing) return existing;
  const created = createLike(root, name);
  insertInOrder(root, created, WORKSHEET_ORDER);
  return created;
}

class SheetData {
  private readonly rows = new Map<number, Element>();
  /** Whether a cell formula was replaced or removed: the file's calculation chain may name it. */
  formulaTouched = false;

  constructor(private readonly data: Element) {
    let implicit = 0;
    for (const row of childrenNamed(data, "row")) {
      const number = row.hasAttribute("r") ? Number(row.getAttribute("r")) : implicit + 1;
      implicit = number;
      this.rows.set(number, row);
    }
  }

  /** The row element, created in row order when the file has none; its cells get their `r`. */
  row(number: number, create: boolean): Element | null {
    let row = this.rows.get(number) ?? null;
    if (!row && create) {
      row = createLike(this.data, "row");
      row.setAttribute("r", String(number));
      const after = [...this.rows.keys()].filter((n) => n > number).sort((a, b) => a - b)[0];
      this.data.insertBefore(row, after === undefined ? null : this.rows.get(after)!);
      this.rows.set(number, row);
    }
    if (row) {
      row.setAttribute("r", String(number));
      let implicit = 0;
      for (const cell of childrenNamed(row, "c")) {
        const column = cell.hasAttribute("r") ? splitAddress(cell.getAttribute("r")!).column : implicit + 1;
        implicit = column;
        cell.setAttribute("r", `${columnLetters(column)}${number}`);
      }
    }
    return row;
  }

  setCell(address: string, cell: Element | null): void {
    const { row: number, column } = splitAddress(address);
    const row = this.row(number, cell !== null);
    if (!row) return;
    // Spans are an optional hint of the cells a row holds; a changed row drops it rather than keep a wrong one.
    row.removeAttribute("spans");
    const cells = childrenNamed(row, "c");
    const existing = cells.find((c) => c.getAttribute("r") === address) ?? null;
    if (existing && firstChild(existing, "f")) this.formulaTouched = true;
    if (existing && cell) row.replaceChild(cell, existing);
    else if (existing) row.removeChild(existing);
    else if (cell) row.insertBefore(cell, cells.find((c) => splitAddress(c.getAttribute("r")!).column > column) ?? null);
  }

  setRowFormat(number: number, written: Element | null, changedKeys: ReadonlySet<string>): void {
    const row = this.row(number, written !== null);
    if (!row) return;
    for (const attribute of [...changedKeys].flatMap((key) => ROW_ATTRIBUTES[key] ?? [])) {
      const value = written?.getAttribute(attribute);
      if (value === null || value === undefined || value === "") row.removeAttribute(attribute);
      else row.setAttribute(attribute, value);
    }
  }
}

function patchColumns(root: Element, columns: Set<number>, written: WrittenSheet, renumber: Renumber): void {
  if (columns.size === 0) return;
  const cols = ensure(root, "cols");
  let elements = childrenNamed(cols, "col");
  for (const column of [...columns].sort((a, b) => a - b)) {
    const covering = elements.find((col) => Number(col.getAttribute("min")) <= column && column <= Number(col.getAttribute("max")));
    if (covering) {
      // Split the file's span around the column: the parts beside it keep the file's settings.
      const min = Number(covering.getAttribute("min"));
      const max = Number(covering.getAttribute("max"));
      for (const [from, to] of [[min, column - 1], [column + 1, max]]) {
        if (from > to) continue;
        const piece = covering.cloneNode(true) as Element;
        piece.setAttribute("min", String(from));
        piece.setAttribute("max", String(to));
        cols.insertBefore(piece, covering);
      }
      cols.removeChild(covering);
    }
    const source = written.column(column);
    if (source) {
      const col = renumber.column(cols, source);
      col.setAttribute("min", String(column));
      col.setAttribute("max", String(column));
      cols.appendChild(col);
    }
    elements = childrenNamed(cols, "col");
  }
  // Columns in ascending order, as the format asks.
  for (const col of elements.sort((a, b) => Number(a.getAttribute("min")) - Number(b.getAttribute("min")))) cols.appendChild(col);
  if (elements.length === 0) root.removeChild(cols);
}

function patchMerges(root: Element, changes: SheetChanges): void {
  if (changes.mergesAdded.length + changes.mergesRemoved.length === 0) return;
  const merges = ensure(root, "mergeCells");
  const removed = new Set(changes.mergesRemoved);
  for (const merge of childrenNamed(merges, "mergeCell")) if (removed.has(merge.getAttribute("ref") ?? "")) merges.removeChild(merge);
  for (const ref of changes.mergesAdded) {
    const merge = createLike(merges, "mergeCell");
    merge.setAttribute("ref", ref);
    merges.appendChild(merge);
  }
  const count = childrenNamed(merges, "mergeCell").length;
  if (count === 0) root.removeChild(merges);
  else merges.setAttribute("count", String(count));
}

function highestPriority(root: Element): number {
  let highest = 0;
  const visit = (element: Element) => {
    for (const child of childElements(element)) {
      if (child.localName === "cfRule") highest = Math.max(highest, Number(child.getAttribute("priority") ?? 0));
      else visit(child);
    }
  };
  visit(root);
  return highest;
}

/** The file's `<conditionalFormatting>` of a sqref, by its place among those of that sqref. */
function fileFormat(root: Element, at: FormatAt): Element | null {
  return childrenNamed(root, "conditionalFormatting").filter((format) => normalRef(format.getAttribute("sqref") ?? "") === at.ref)[at.index] ?? null;
}

/** The `<xm:sqref>` of the extension formats (x14) over `ref`: their rules may belong to a format the run cut down. */
function extensionSqrefs(root: Element, ref: string): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    for (const child of childElements(element)) {
      if (child.localName === "sqref" && normalRef(child.textContent ?? "") === ref) found.push(child);
      else visit(child);
    }
  };
  for (const extensions of childrenNamed(root, "extLst")) visit(extensions);
  return found;
}

/**
 * The file's conditional formats keep their elements and priorities byte for byte (Excel's add renumbers the
 * sheet's rules, the save does not); a format the run cut down gets only its new sqref; the run's new rules
 * come after every rule of the sheet, in the order the run gave them.
 */
function patchFormats(root: Element, changes: SheetChanges, written: WrittenSheet, renumber: Renumber): void {
  const { removed, narrowed, added } = changes.formats;
  const gone = removed.map((at) => fileFormat(root, at));
  const cut = narrowed.map((at) => ({ element: fileFormat(root, at), sqrefs: extensionSqrefs(root, at.ref), to: at.to }));
  for (const element of gone) if (element) root.removeChild(element);
  for (const { element, sqrefs, to } of cut) {
    element?.setAttribute("sqref", to);
    for (const sqref of sqrefs) sqref.textContent = to;
  }
  let priority = highestPriority(root);
  const rules = added.flatMap((at) => {
    const source = written.formats(at.ref)[at.index];
    if (!source) return [];
    const format = renumber.format(root, source);
    insertInOrder(root, format, WORKSHEET_ORDER);
    return childrenNamed(format, "cfRule").map((rule, i) => ({ rule, priority: at.priorities[i] ?? 0 }));
  });
  for (const { rule } of rules.sort((a, b) => a.priority - b.priority)) rule.setAttribute("priority", String(++priority));
}

export interface PatchResult {
  formulaTouched: boolean;
}

export function patchSheet(part: XmlPart, changes: SheetChanges, written: WrittenSheet, renumber: Renumber): PatchResult {
  const root = part.root;
  const data = new SheetData(ensure(root, "sheetData"));
  const byRow = [...changes.cells].map((address) => ({ address, ...splitAddress(address) })).sort((a, b) => a.row - b.row || a.column - b.column);
  for (const { address } of byRow) {
    const source = written.cells.get(address);
    data.setCell(address, source ? renumber.cell(root, source) : null);
  }
  for (const [number, keys] of changes.rows) {
    const source = written.rows.get(number);
    // The written row's style index is ExcelJS's: renumbered into the file's styles like a cell's.
    data.setRowFormat(number, source ? renumber.row(root, source) : null, keys);
  }
  patchColumns(root, changes.columns, written, renumber);
  patchMerges(root, changes);
  patchFormats(root, changes, written, renumber);
  return { formulaTouched: data.formulaTouched };
}
