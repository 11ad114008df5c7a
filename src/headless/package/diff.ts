// What the run changed in a sheet that was in the file: the ExcelJS model of the file as read against the
// model now. Both come from the same reader, so whatever ExcelJS reads differently from the file cancels out;
// what is left is what Prognos wrote.
import type ExcelJS from "exceljs";
import { contains, parseBox, type CellBox } from "../address";
import { normalRef } from "./written";

export interface SheetChanges {
  /** Cells whose value, formula or style changed ("B5"); a cell now empty is in it too. */
  cells: Set<string>;
  /** Rows whose height, visibility, style or outline changed, with the row model's keys that changed. */
  rows: Map<number, Set<string>>;
  /** Columns (1-based) whose width, visibility or style changed. */
  columns: Set<number>;
  mergesAdded: string[];
  mergesRemoved: string[];
  /** Conditional formats the run removed, cut down or added; a file's format whose rules only changed priority is none of them. */
  formats: FormatChanges;
  tablesChanged: string[];
  tablesAdded: string[];
  /** Sheet-level settings that changed and that the save does not edit (see UNEDITED). */
  unsupported: string[];
}

// Sheet settings the package save keeps as they were in the file: a run that changed one of them in a sheet
// of the file could not be saved faithfully, so the save refuses (Prognos itself never changes them).
const UNEDITED = ["dataValidations", "properties", "state", "pageSetup", "headerFooter", "rowBreaks", "views", "autoFilter", "media", "sheetProtection"] as const;

/** A conditional format by its sqref and its place among the formats of that sqref (file order, as ExcelJS keeps it). */
export interface FormatAt {
  ref: string;
  index: number;
}

export interface FormatChanges {
  removed: FormatAt[];
  /** Formats of the file now over fewer cells (the report region cleared out of them): only the sqref changes, to `to`. */
  narrowed: Array<FormatAt & { to: string }>;
  /** New formats, with their rules' priorities in the model: the order the run gave its own rules among themselves. */
  added: Array<FormatAt & { priorities: number[] }>;
}

type SheetModel = Record<string, unknown> & {
  rows: Array<{ number: number; cells: Array<{ address: string } & Record<string, unknown>> } & Record<string, unknown>>;
  cols?: Array<{ min: number; max: number } & Record<string, unknown>>;
  merges: string[];
  tables: Array<{ name: string } & Record<string, unknown>>;
  conditionalFormattings: Array<{ ref: string } & Record<string, unknown>>;
};

function modelOf(sheet: ExcelJS.Worksheet): SheetModel {
  return (sheet as unknown as { model: SheetModel }).model;
}

// ExcelJS's writer stamps the live models it writes with the shared-string and style indexes of that
// output (ssId, styleId); an earlier save of the same workbook must not look like a change.
const WRITER_STAMPS = new Set(["ssId", "styleId"]);
const json = (value: unknown) => JSON.stringify(value, (key, inner: unknown) => (WRITER_STAMPS.has(key) ? undefined : inner)) ?? "undefined";

function cellPrints(model: SheetModel): Map<string, string> {
  const prints = new Map<string, string>();
  for (const row of model.rows) for (const cell of row.cells) prints.set(cell.address, json(cell));
  return prints;
}

type RowModel = Record<string, unknown>;

function rowModels(model: SheetModel): Map<number, RowModel> {
  const rows = new Map<number, RowModel>();
  for (const { cells: _cells, min: _min, max: _max, ...row } of model.rows) rows.set(row.number, row);
  return rows;
}

/**
 * A row that ExcelJS's model leaves out (no cells and no height) as its model would have it: such a row of
 * the file still has its style (`<row s=… customFormat="1"/>`), and the run's first cell in it is no change
 * of the row's own attributes.
 */
function rowWithoutModel(sheet: ExcelJS.Worksheet, number: number): RowModel {
  const row = sheet.findRow(number);
  if (!row) return {};
  const { height, style, hidden, outlineLevel, collapsed } = row as unknown as RowModel;
  return { number, height, style, hidden, outlineLevel, collapsed };
}

/** Per row, the keys of its model that differ (a row only in one of the sheets: all its keys). */
function changedRows(before: ExcelJS.Worksheet, after: ExcelJS.Worksheet): Map<number, Set<string>> {
  const old = rowModels(modelOf(before));
  const now = rowModels(modelOf(after));
  const changed = new Map<number, Set<string>>();
  for (const number of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(number) ?? rowWithoutModel(before, number);
    const b = now.get(number) ?? rowWithoutModel(after, number);
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== "number" && json(a[key]) !== json(b[key]));
    if (keys.length > 0) changed.set(number, new Set(keys));
  }
  return changed;
}

function columnPrints(model: SheetModel): Map<number, string> {
  const prints = new Map<number, string>();
  for (const { min, max, ...column } of model.cols ?? []) for (let c = min; c <= max; c++) prints.set(c, json(column));
  return prints;
}

function changedKeys<K>(before: Map<K, string>, after: Map<K, string>): Set<K> {
  const changed = new Set<K>();
  for (const [key, print] of before) if (after.get(key) !== print) changed.add(key);
  for (const key of after.keys()) if (!before.has(key)) changed.add(key);
  return changed;
}

function listDiff(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const left = new Set(before);
  const right = new Set(after);
  return { added: after.filter((x) => !left.has(x)), removed: before.filter((x) => !right.has(x)) };
}

type FormatModel = { ref: string; rules?: Array<Record<string, unknown>> };

/**
 * What a format does, without its priorities (Excel renumbers every rule of the sheet when one is added) and
 * without what ExcelJS's writer stamps on the rules it writes: the output's `dxfId` and the format's `ref`
 * (the rule's `style` is what its dxfId points at).
 */
const rulesPrint = (format: FormatModel) => json(format.rules?.map(({ priority: _priority, dxfId: _dxfId, ref: _ref, ...rule }) => rule));

function boxesOf(ref: string): CellBox[] | null {
  try {
    return normalRef(ref).split(" ").filter(Boolean).map(parseBox);
  } catch {
    return null;
  }
}

/** Whether every cell of `inner` lies in `outer` (the pieces a clear leaves each lie within one box of the format). */
function within(inner: string, outer: string): boolean {
  const pieces = boxesOf(inner);
  const boxes = boxesOf(outer);
  return pieces !== null && boxes !== null && pieces.every((piece) => boxes.some((box) => contains(box, piece)));
}

interface Located {
  format: FormatModel;
  at: FormatAt;
  print: string;
  rules: string;
  matched: boolean;
}

function locate(formats: FormatModel[]): Located[] {
  const seen = new Map<string, number>();
  return formats.map((format) => {
    const ref = normalRef(format.ref);
    const index = seen.get(ref) ?? 0;
    seen.set(ref, index + 1);
    const rules = rulesPrint(format);
    return { format, at: { ref, index }, print: `${ref}\u0000${rules}`, rules, matched: false };
  });
}

/**
 * The file's formats matched to the model's: the same sqref and rules (priorities aside) are the same format;
 * the same rules over a part of the cells are that format cut down; the rest were removed or added.
 */
export function diffFormats(before: FormatModel[], after: FormatModel[]): FormatChanges {
  const old = locate(before);
  const now = locate(after);
  // By print, in file order: sheets with thousands of fragmented formats are common.
  const unmatched = new Map<string, Located[]>();
  for (const format of old) {
    const list = unmatched.get(format.print);
    if (list) list.push(format);
    else unmatched.set(format.print, [format]);
  }
  for (const format of now) {
    const same = unmatched.get(format.print)?.shift();
    if (same) same.matched = format.matched = true;
  }
  const narrowed: FormatChanges["narrowed"] = [];
  for (const format of now.filter((f) => !f.matched)) {
    const cut = old.find((candidate) => !candidate.matched && candidate.rules === format.rules && within(format.at.ref, candidate.at.ref));
    if (!cut) continue;
    cut.matched = format.matched = true;
    narrowed.push({ ...cut.at, to: format.at.ref });
  }
  return {
    removed: old.filter((f) => !f.matched).map((f) => f.at),
    narrowed,
    added: now.filter((f) => !f.matched).map((f) => ({ ...f.at, priorities: (f.format.rules ?? []).map((rule) => Number(rule.priority ?? 0)) })),
  };
}

export function diffSheet(before: ExcelJS.Worksheet, after: ExcelJS.Worksheet): SheetChanges {
  const old = modelOf(before);
  const now = modelOf(after);
  const merges = listDiff(old.merges, now.merges);
  const oldTables = new Map(old.tables.map((table) => [table.name, json(table)]));
  const tables = now.tables.filter((table) => oldTables.get(table.name) !== json(table)).map((table) => table.name);
  const unsupported: string[] = UNEDITED.filter((key) => json(old[key]) !== json(now[key]));
  const kept = new Set(now.tables.map((table) => table.name));
  for (const name of oldTables.keys()) if (!kept.has(name)) unsupported.push(`table ${name} removed`);
  return {
    cells: changedKeys(cellPrints(old), cellPrints(now)),
    rows: changedRows(before, after),
    columns: changedKeys(columnPrints(old), columnPrints(now)),
    mergesAdded: merges.added,
    mergesRemoved: merges.removed,
    formats: diffFormats(old.conditionalFormattings as FormatModel[], now.conditionalFormattings as FormatModel[]),
    tablesChanged: tables.filter((name) => oldTables.has(name)),
    tablesAdded: tables.filter((name) => !oldTables.has(name)),
    unsupported,
  };
}

export function isUnchanged(changes: SheetChanges): boolean {
  return (
    changes.cells.size + changes.rows.size + changes.columns.size + changes.mergesAdded.length + changes.mergesRemoved.length +
      changes.formats.removed.length + changes.formats.narrowed.length + changes.formats.added.length + changes.tablesChanged.length + changes.tablesAdded.length + changes.unsupported.length === 0
  );
}
