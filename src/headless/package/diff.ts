// What the run changed in a sheet that was in the file: the ExcelJS model of the file as read against the
// model now. Both come from the same reader, so whatever ExcelJS reads differently from the file cancels out;
// what is left is what Prognos wrote.
import type ExcelJS from "exceljs";

export interface SheetChanges {
  /** Cells whose value, formula or style changed ("B5"); a cell now empty is in it too. */
  cells: Set<string>;
  /** Rows whose height, visibility or style changed. */
  rows: Set<number>;
  /** Columns (1-based) whose width, visibility or style changed. */
  columns: Set<number>;
  mergesAdded: string[];
  mergesRemoved: string[];
  /** Conditional formats by their `ref` (sqref). */
  formatsAdded: string[];
  formatsRemoved: string[];
  tablesChanged: string[];
  tablesAdded: string[];
  /** Sheet-level settings that changed and that the save does not edit (see UNEDITED). */
  unsupported: string[];
}

// Sheet settings the package save keeps as they were in the file: a run that changed one of them in a sheet
// of the file could not be saved faithfully, so the save refuses (Prognos itself never changes them).
const UNEDITED = ["dataValidations", "properties", "state", "pageSetup", "headerFooter", "rowBreaks", "views", "autoFilter", "media", "sheetProtection"] as const;

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

function rowPrints(model: SheetModel): Map<number, string> {
  const prints = new Map<number, string>();
  for (const { cells: _cells, min: _min, max: _max, ...row } of model.rows) prints.set(row.number, json(row));
  return prints;
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

function formatPrints(model: SheetModel): Map<string, string> {
  const prints = new Map<string, string>();
  for (const format of model.conditionalFormattings) prints.set(format.ref, (prints.get(format.ref) ?? "") + json(format));
  return prints;
}

export function diffSheet(before: ExcelJS.Worksheet, after: ExcelJS.Worksheet): SheetChanges {
  const old = modelOf(before);
  const now = modelOf(after);
  const merges = listDiff(old.merges, now.merges);
  const oldFormats = formatPrints(old);
  const newFormats = formatPrints(now);
  const formatsRemoved = [...oldFormats.keys()].filter((ref) => newFormats.get(ref) !== oldFormats.get(ref));
  const formatsAdded = [...newFormats.keys()].filter((ref) => newFormats.get(ref) !== oldFormats.get(ref));
  const oldTables = new Map(old.tables.map((table) => [table.name, json(table)]));
  const tables = now.tables.filter((table) => oldTables.get(table.name) !== json(table)).map((table) => table.name);
  const unsupported: string[] = UNEDITED.filter((key) => json(old[key]) !== json(now[key]));
  const kept = new Set(now.tables.map((table) => table.name));
  for (const name of oldTables.keys()) if (!kept.has(name)) unsupported.push(`table ${name} removed`);
  return {
    cells: changedKeys(cellPrints(old), cellPrints(now)),
    rows: changedKeys(rowPrints(old), rowPrints(now)),
    columns: changedKeys(columnPrints(old), columnPrints(now)),
    mergesAdded: merges.added,
    mergesRemoved: merges.removed,
    formatsAdded,
    formatsRemoved,
    tablesChanged: tables.filter((name) => oldTables.has(name)),
    tablesAdded: tables.filter((name) => !oldTables.has(name)),
    unsupported,
  };
}

export function isUnchanged(changes: SheetChanges): boolean {
  return (
    changes.cells.size + changes.rows.size + changes.columns.size + changes.mergesAdded.length + changes.mergesRemoved.length +
      changes.formatsAdded.length + changes.formatsRemoved.length + changes.tablesChanged.length + changes.tablesAdded.length + changes.unsupported.length === 0
  );
}
