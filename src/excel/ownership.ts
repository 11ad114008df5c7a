// Before an update writes (design §3 "Ownership"): which cells of the previous report region the economist
// changed, what happens to them, and where the new region and its memory end up. Pure: the adapter reads
// the cells first and writes what the plan says.
//   - a changed cell the new table must cover stops the update (cellsEdited), unless the economist allowed
//     replacing changes for this run; a changed cell it does not need is left as it is;
//   - the draft text under the table, changed in any cell, is kept: left where it is when the table does not
//     need its rows, else moved below the new table;
//   - a non-empty cell that was never Prognos' stops the update (cellsInTheWay), as before.
import type { CellValue } from "../engine/types";
import { containsCell, intersects, sameSheet, type Box } from "./grid";
import type { LayoutValue } from "./layout";
import { addressAt, cellFingerprint, FOREIGN, isEmptyCell, type Memory, type RegionNow, type RegionPrint } from "./memory";

export interface OwnershipInput {
  previous: RegionNow | null;
  /** The region of the draft text inserted before (inside `previous`). */
  text: Box | null;
  target: Box;
  /**
   * Formulas where the new table (and a moved text) may go; null when the output sheet does not exist.
   * `complete`: the window is the sheet's used range, so every cell outside it is empty.
   */
  window: { origin: Box; cells: CellValue[][]; complete?: boolean } | null;
  replaceEdited: boolean;
}

export interface KeptText {
  paragraphs: string[];
  from: Box;
  /** Where it goes below the new table; null when it stays where it is. */
  to: Box | null;
}

export interface OwnershipPlan {
  /** Non-empty cells where the table or a moved text goes that Prognos never wrote. */
  inTheWay: string[];
  /** Changed cells the new table must cover (empty when replacing them is allowed). */
  edited: string[];
  /** Cells of the previous region the write must leave untouched. */
  keep: Array<{ row: number; column: number }>;
  /** Whole rows of kept text that stays in place (not unmerged, not cleared). */
  keepRows: Box | null;
  text: KeptText | null;
  /** The new table's cells. */
  table: Box;
  /** The new report region (the workbook name) and the draft text's, if it is still Prognos'. */
  region: Box;
  textRegion: Box | null;
}

function bounding(a: Box, b: Box): Box {
  return { sheet: a.sheet, top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

function cellsOf(box: Box): Array<{ row: number; column: number }> {
  const cells: Array<{ row: number; column: number }> = [];
  for (let row = box.top; row <= box.bottom; row++) for (let column = box.left; column <= box.right; column++) cells.push({ row, column });
  return cells;
}

function windowValue(window: OwnershipInput["window"], row: number, column: number): CellValue | undefined {
  if (!window || !containsCell(window.origin, row, column)) return undefined;
  return window.cells[row - window.origin.top]?.[column - window.origin.left];
}

/** The paragraphs of the draft text as they stand: each row's non-empty cells, in order. */
function paragraphsOf(previous: RegionNow, text: Box): string[] {
  const paragraphs: string[] = [];
  for (let row = text.top; row <= text.bottom; row++) {
    const parts: string[] = [];
    for (let column = text.left; column <= text.right; column++) {
      const value = previous.valueAt(row, column);
      if (!isEmptyCell(value)) parts.push(String(value).trim());
    }
    if (parts.length > 0) paragraphs.push(parts.join(" "));
  }
  return paragraphs;
}

function keptText(input: OwnershipInput): KeptText | null {
  const { previous, text, target } = input;
  if (!previous || !text || !containsCell(previous.box, text.top, text.left) || !containsCell(previous.box, text.bottom, text.right)) return null;
  const changed = cellsOf(text).some(({ row, column }) => previous.stateAt(row, column) !== "same");
  const paragraphs = changed ? paragraphsOf(previous, text) : [];
  if (paragraphs.length === 0) return null;
  if (!intersects(text, target)) return { paragraphs, from: text, to: null };
  // One blank row under the new table's legend, across the table, one row per paragraph (as insertNarrative).
  return { paragraphs, from: text, to: { sheet: target.sheet, top: target.bottom + 2, left: target.left, bottom: target.bottom + 1 + paragraphs.length, right: target.right } };
}

export function planOwnership(input: OwnershipInput): OwnershipPlan {
  const { previous, target, window } = input;
  let text = keptText(input);
  const inTheWay: string[] = [];
  const edited: string[] = [];
  const own = (row: number, column: number) => previous !== null && sameSheet(previous.box, target) && previous.stateAt(row, column) === "same";
  const inText = (row: number, column: number) => text !== null && containsCell(text.from, row, column);

  // A moved text needs its destination free and read; otherwise its cells under the table are ordinary changes.
  if (text?.to) {
    const destination = text.to;
    const readable =
      input.window === null || input.window.complete === true || (containsCell(input.window.origin, destination.top, destination.left) && containsCell(input.window.origin, destination.bottom, destination.right));
    if (!readable) text = { ...text, to: null, paragraphs: [] };
    else {
      for (const { row, column } of cellsOf(destination)) {
        const value = windowValue(window, row, column);
        if (isEmptyCell(value) || own(row, column) || inText(row, column) || containsCell(target, row, column)) continue;
        inTheWay.push(addressAt(target.sheet, row, column));
      }
    }
  }
  const textMoves = text !== null && text.to !== null;
  const textStays = text !== null && text.to === null && text.paragraphs.length > 0;

  for (const { row, column } of cellsOf(target)) {
    const inPrevious = previous !== null && sameSheet(previous.box, target) && containsCell(previous.box, row, column);
    const value = inPrevious ? previous.valueAt(row, column) : windowValue(window, row, column);
    if (isEmptyCell(value)) continue;
    if (!inPrevious) inTheWay.push(addressAt(target.sheet, row, column));
    else if (previous.stateAt(row, column) === "changed" && !(textMoves && inText(row, column)) && !input.replaceEdited) edited.push(addressAt(target.sheet, row, column));
  }

  const keep: Array<{ row: number; column: number }> = [];
  if (previous) {
    for (const { row, column } of cellsOf(previous.box)) {
      const covered = sameSheet(previous.box, target) && containsCell(target, row, column);
      if (covered) continue;
      if (textStays && inText(row, column)) keep.push({ row, column });
      else if (!inText(row, column) && previous.stateAt(row, column) === "changed") keep.push({ row, column });
    }
  }

  let region = target;
  let textRegion: Box | null = null;
  if (text && textMoves && text.to) {
    region = bounding(target, text.to);
    textRegion = text.to;
  } else if (text && textStays && previous && sameSheet(text.from, target) && text.from.top > target.bottom) {
    // The text stays Prognos' (so its next insert asks before replacing it) when the region around the
    // table and the text holds nothing that was not in the old region.
    const around = bounding(target, text.from);
    if (cellsOf(around).every(({ row, column }) => containsCell(target, row, column) || containsCell(previous.box, row, column))) {
      region = around;
      textRegion = text.from;
    }
  }
  return { inTheWay, edited, keep, keepRows: textStays && text ? text.from : null, text: textStays || textMoves ? text : null, table: target, region, textRegion };
}

/**
 * The memory after the write: every cell of the new region as it will be — the table's values, the moved
 * text as the economist's (FOREIGN), cells left alone as remembered before, cells the write cleared empty.
 */
export function regionPrint(plan: OwnershipPlan, layout: { values: LayoutValue[][] }, previous: RegionNow | null): RegionPrint {
  const { region, table, text } = plan;
  const kept = new Set(plan.keep.map(({ row, column }) => `${row},${column}`));
  const printOf = (row: number, column: number): string => {
    if (containsCell(table, row, column)) return cellFingerprint(layout.values[row - table.top]?.[column - table.left] ?? "");
    if (text?.to && containsCell(text.to, row, column)) return FOREIGN;
    if (kept.has(`${row},${column}`)) return previous?.printsAt(row, column)[0] ?? FOREIGN;
    if (previous && sameSheet(previous.box, region) && containsCell(previous.box, row, column)) return cellFingerprint("");
    return FOREIGN;
  };
  let cells = "";
  for (let row = region.top; row <= region.bottom; row++) for (let column = region.left; column <= region.right; column++) cells += printOf(row, column);
  return { box: region, cells };
}

/** The memory written first in the batch: the old region and the new one both count as Prognos'. */
export function duringWrite(previous: Memory | null, next: RegionPrint, acknowledged: string | null): Memory {
  return { regions: [...(previous?.regions ?? []), next], acknowledged };
}

// ---- insertNarrative ------------------------------------------------------------------------------

/** Cells in the way of a new draft text at `text`: never Prognos', or changed since Prognos wrote them. */
export function textConflicts(previous: RegionNow, oldText: Box | null, text: Box, window: OwnershipInput["window"], replaceEdited: boolean): { inTheWay: string[]; edited: string[] } {
  const inTheWay: string[] = [];
  const edited: string[] = [];
  const changedText = (box: Box | null) => (box ? cellsOf(box).filter(({ row, column }) => previous.stateAt(row, column) === "changed") : []);
  // The old text is replaced wherever it lies: a change in it is the economist's.
  if (!replaceEdited) edited.push(...changedText(oldText).map(({ row, column }) => addressAt(text.sheet, row, column)));
  for (const { row, column } of cellsOf(text)) {
    if (oldText && containsCell(oldText, row, column)) continue;
    const inRegion = containsCell(previous.box, row, column);
    const value = inRegion ? previous.valueAt(row, column) : windowValue(window, row, column);
    if (isEmptyCell(value)) continue;
    if (!inRegion) inTheWay.push(addressAt(text.sheet, row, column));
    else if (previous.stateAt(row, column) === "changed" && !replaceEdited) edited.push(addressAt(text.sheet, row, column));
  }
  return { inTheWay, edited };
}

/** The memory after a text insert: the paragraphs as written, the rest of the region as remembered before. */
export function textInsertPrint(whole: Box, previous: RegionNow, oldText: Box | null, text: Box, paragraphs: string[], window: OwnershipInput["window"]): RegionPrint {
  let cells = "";
  for (let row = whole.top; row <= whole.bottom; row++) {
    for (let column = whole.left; column <= whole.right; column++) {
      if (containsCell(text, row, column)) {
        const written = column === text.left ? (paragraphs[row - text.top] ?? "") : "";
        cells += cellFingerprint(written);
      } else if (oldText && containsCell(oldText, row, column)) cells += cellFingerprint("");
      else if (containsCell(previous.box, row, column)) cells += previous.printsAt(row, column)[0] ?? FOREIGN;
      else cells += isEmptyCell(windowValue(window, row, column)) ? cellFingerprint("") : FOREIGN;
    }
  }
  return { box: whole, cells };
}
