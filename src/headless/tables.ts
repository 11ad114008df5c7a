// Excel tables as real ExcelJS tables (so a saved .xlsx holds a proper Excel table). The
// host owns the cells: it edits the table model (tableRef, autoFilterRef, column names)
// directly and never lets ExcelJS's Table.commit() rewrite cells.
// Limits: header row required (tables.add with hasHeaders=false is NotImplemented); totals
// rows are kept but not maintained; rows.add shifts only the table's own columns below it, and
// the new rows' format follows behaviour.addedRowFormat.
import type ExcelJS from "exceljs";
import { type CellBox, boxAddress, boxColumns, boxRows, parseBox, splitSheet } from "./address";
import { intake, readNumberFormat, readText, readValue } from "./cells";
import type { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { assertSheetAlive } from "./grid";
import { nameKeys } from "./names";
import { HeadlessCollection, HeadlessObject, HeadlessResult, quote } from "./object";
import { HeadlessRange, type RangeTarget } from "./range";
import type { HostBehaviour } from "./state";
import { assertWritable, patchStyle } from "./styles";
import { HeadlessTableColumnCollection } from "./tableColumns";

export interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

export interface TableTarget {
  sheet: ExcelJS.Worksheet;
  table: ExcelJS.Table;
}

export function model(table: ExcelJS.Table): TableModel {
  return (table as unknown as { model: TableModel }).model;
}

export function tableBox(table: ExcelJS.Table): CellBox {
  const m = model(table);
  return parseBox(m.tableRef ?? m.ref ?? "A1");
}

export function setTableBox(table: ExcelJS.Table, box: CellBox): void {
  const m = model(table);
  m.tableRef = boxAddress(box);
  m.ref = boxAddress({ ...box, bottom: box.top, right: box.left });
  m.autoFilterRef = boxAddress(m.totalsRow ? { ...box, bottom: box.bottom - 1 } : box);
}

export function allTables(workbook: ExcelJS.Workbook): TableTarget[] {
  return workbook.worksheets.flatMap((sheet) => sheet.getTables().map((entry) => ({ sheet, table: (Array.isArray(entry) ? entry[0] : entry) as ExcelJS.Table })));
}

/** Excel keeps table column names equal to the header cells; called before saving. */
export function syncTableHeaders(workbook: ExcelJS.Workbook): void {
  for (const { sheet, table } of allTables(workbook)) {
    const m = model(table);
    if (m.headerRow === false) continue;
    const box = tableBox(table);
    const seen = new Set<string>();
    m.columns = Array.from({ length: boxColumns(box) }, (_, i) => {
      let name = readText(sheet.findCell(box.top, box.left + i)) || `Column${i + 1}`;
      for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${name}${n}`;
      seen.add(name.toLowerCase());
      const previous = m.columns[i];
      return { ...(previous ?? {}), name, filterButton: previous?.filterButton ?? true };
    });
  }
}

/** ExcelJS reads headerRowCount="1" only when written out; Excel omits it by default. */
export function fixLoadedTables(workbook: ExcelJS.Workbook): void {
  for (const { table } of allTables(workbook)) {
    const m = model(table);
    if (m.headerRow === false) m.headerRow = true;
  }
}

export class HeadlessTableCollection extends HeadlessCollection<HeadlessTable, TableTarget, ExcelJS.Worksheet[]> {
  readonly typeName = "TableCollection";

  constructor(ctx: HeadlessContext, path: string, private readonly sheets: () => ExcelJS.Worksheet[] | null) {
    super(ctx, path);
  }

  protected resolve(): ExcelJS.Worksheet[] | null {
    return this.sheets();
  }

  protected currentTargets(sheets: ExcelJS.Worksheet[]): TableTarget[] {
    return allTables(this.ctx.host.workbook).filter((t) => sheets.includes(t.sheet));
  }

  protected itemFor(target: TableTarget): HeadlessTable {
    return new HeadlessTable(this.ctx, `${this.path}.getItem(${quote(model(target.table).name)})`, () => target);
  }

  private find(name: string): TableTarget | null {
    const sheets = this.target();
    return this.currentTargets(sheets).find((t) => model(t.table).name.toLowerCase() === String(name).toLowerCase()) ?? null;
  }

  getItem(name: string): HeadlessTable {
    const table = new HeadlessTable(this.ctx, `${this.path}.getItem(${quote(name)})`, () => {
      const found = this.find(name);
      if (!found) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist: table '${name}'.`);
      return found;
    });
    return table.queueOwnResolve("getItem", [name]);
  }

  getItemOrNullObject(name: string): HeadlessTable {
    const table = new HeadlessTable(this.ctx, `${this.path}.getItemOrNullObject(${quote(name)})`, () => this.find(name));
    return table.queueOwnResolve("getItemOrNullObject", [name]);
  }

  getCount(): HeadlessResult<number> {
    const result = new HeadlessResult<number>();
    this.queue("getCount", undefined, (sheets) => result.settle(this.currentTargets(sheets).length));
    return result;
  }

  /** tables.add(address, true): the first row holds the headers; a header-only range gets one empty data row, as in Excel. */
  add(address: HeadlessRange | string, hasHeaders: boolean): HeadlessTable {
    const label = typeof address === "string" ? address : address.path;
    const table = new HeadlessTable(this.ctx, `${this.path}.add(${quote(label)}, ${hasHeaders})`, () => {
      const workbook = this.ctx.host.workbook;
      const sheets = this.target();
      let target: RangeTarget;
      if (typeof address === "string") {
        const { sheet: sheetName, local } = splitSheet(address);
        const sheet = sheetName === null ? (sheets.length === 1 ? sheets[0] : undefined) : workbook.worksheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
        if (!sheet || !sheets.includes(sheet)) throw new OfficeError("InvalidArgument", `tables.add: "${address}" does not name a worksheet of this collection.`);
        target = { sheet, box: parseBox(local) };
      } else {
        target = address.target();
      }
      if (!hasHeaders) throw new OfficeError("NotImplemented", "tables.add(address, false): the headless host needs the header row in the range.");
      const { sheet } = target;
      const box = { ...target.box, bottom: Math.max(target.box.bottom, target.box.top + 1) };
      assertWritable(sheet, [], "structure");
      if (allTables(workbook).some((t) => t.sheet === sheet && intersectsBox(tableBox(t.table), box))) {
        throw new OfficeError("InvalidOperation", "A table can't overlap another table.");
      }
      const taken = new Set([...allTables(workbook).map((t) => model(t.table).name.toLowerCase()), ...nameKeys(workbook).map((n) => n.toLowerCase())]);
      let n = 1;
      while (taken.has(`table${n}`)) n++;
      const headers = Array.from({ length: boxColumns(box) }, (_, i) => readText(sheet.findCell(box.top, box.left + i)) || `Column${i + 1}`);
      const added = sheet.addTable({
        name: `Table${n}`,
        ref: boxAddress({ ...box, bottom: box.top, right: box.left }),
        headerRow: true,
        columns: headers.map((name) => ({ name, filterButton: true })),
        rows: [],
      } as unknown as ExcelJS.TableProperties);
      setTableBox(added, box);
      return { sheet, table: added };
    });
    return table.queueOwnResolve("add", [label, hasHeaders]);
  }
}

function intersectsBox(a: CellBox, b: CellBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export class HeadlessTable extends HeadlessObject<TableTarget> {
  readonly typeName = "Table";
  protected readonly scalarProps = ["id", "name", "showHeaders", "showTotals"] as const;
  private rowsProxy?: HeadlessTableRowCollection;
  private columnsProxy?: HeadlessTableColumnCollection;

  constructor(ctx: HeadlessContext, path: string, private readonly resolver: () => TableTarget | null) {
    super(ctx, path);
  }

  protected resolve(): TableTarget | null {
    return this.resolver();
  }

  protected override validate({ sheet, table }: TableTarget): void {
    assertSheetAlive(this.ctx.host.workbook, sheet);
    if (!allTables(this.ctx.host.workbook).some((t) => t.table === table)) throw new OfficeError("ItemNotFound", "The table no longer exists.");
  }

  /** @internal */
  queueOwnResolve(action: string, args: unknown): this {
    return this.queueResolve(action, args);
  }

  get id(): string { return this.read("id"); }
  get showHeaders(): boolean { return this.read("showHeaders"); }
  get showTotals(): boolean { return this.read("showTotals"); }
  get name(): string { return this.read("name"); }
  set name(name: string) {
    this.write("name", name, ({ table }) => {
      const workbook = this.ctx.host.workbook;
      if (typeof name !== "string" || !/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
        throw new OfficeError("InvalidArgument", `${JSON.stringify(name)} is not a valid table name.`);
      }
      const clash = allTables(workbook).some((t) => t.table !== table && model(t.table).name.toLowerCase() === name.toLowerCase()) || nameKeys(workbook).some((k) => k.toLowerCase() === name.toLowerCase());
      if (clash) throw new OfficeError("ItemAlreadyExists", `The name '${name}' is already in use.`);
      const m = model(table);
      const sheetTables = (this.target().sheet as unknown as { tables: Record<string, ExcelJS.Table> }).tables;
      delete sheetTables[m.name];
      m.name = name;
      m.displayName = name;
      sheetTables[name] = table;
    });
  }

  get rows(): HeadlessTableRowCollection {
    return (this.rowsProxy ??= new HeadlessTableRowCollection(this.ctx, `${this.path}.rows`, this));
  }

  get columns(): HeadlessTableColumnCollection {
    return (this.columnsProxy ??= new HeadlessTableColumnCollection(this.ctx, `${this.path}.columns`, this));
  }

  protected override navigation(name: string): HeadlessObject | undefined {
    return name === "rows" ? this.rows : name === "columns" ? this.columns : undefined;
  }

  protected readProperty(name: string, { table }: TableTarget): unknown {
    const m = model(table);
    if (name === "id") return m.name;
    if (name === "name") return m.name;
    if (name === "showHeaders") return m.headerRow !== false;
    if (name === "showTotals") return !!m.totalsRow;
    return undefined;
  }

  private part(action: string, pick: (box: CellBox, m: TableModel) => CellBox): HeadlessRange {
    const range = new HeadlessRange(this.ctx, `${this.path}.${action}()`, () => {
      const target = this.navigationTarget();
      if (target === null) return null;
      return { sheet: target.sheet, box: pick(tableBox(target.table), model(target.table)) };
    });
    return range.queueOwnResolve(action, []);
  }

  getRange(): HeadlessRange {
    return this.part("getRange", (box) => box);
  }

  getHeaderRowRange(): HeadlessRange {
    return this.part("getHeaderRowRange", (box) => ({ ...box, bottom: box.top }));
  }

  getDataBodyRange(): HeadlessRange {
    return this.part("getDataBodyRange", (box, m) => ({ ...box, top: box.top + (m.headerRow === false ? 0 : 1), bottom: box.bottom - (m.totalsRow ? 1 : 0) }));
  }

  /** Removes the table and its cells' contents, as Excel's Table.delete does. */
  delete(): void {
    this.queue("delete", undefined, ({ sheet, table }) => {
      assertWritable(sheet, [], "structure");
      const box = tableBox(table);
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) {
        const cell = sheet.findCell(r, c);
        if (cell) cell.value = null;
      }
      sheet.removeTable(model(table).name);
    });
  }

  convertToRange(): HeadlessRange {
    const range = this.getRange();
    this.queue("convertToRange", undefined, ({ sheet, table }) => sheet.removeTable(model(table).name));
    return range;
  }

  /** @internal inserts rows into the body at `index` (null: at the end). */
  insertRows(target: TableTarget, index: number | null, values: unknown): { box: CellBox; lines: unknown[][] } {
    const { sheet, table } = target;
    const m = model(table);
    const box = tableBox(table);
    const bodyTop = box.top + (m.headerRow === false ? 0 : 1);
    const bodyBottom = box.bottom - (m.totalsRow ? 1 : 0);
    const bodyRows = bodyBottom - bodyTop + 1;
    const width = boxColumns(box);
    const lines: unknown[][] = values === null || values === undefined ? [Array(width).fill("")] : (values as unknown[][]);
    if (!Array.isArray(lines) || lines.length === 0 || lines.some((l) => !Array.isArray(l) || l.length !== width)) {
      throw new OfficeError("InvalidArgument", `rows.add: each row needs ${width} values.`);
    }
    // Its type takes numbers, strings and booleans; null ("leave unchanged") is documented for ranges only.
    if (lines.some((l) => l.some((v) => v === null || v === undefined))) throw new OfficeError("InvalidArgument", "rows.add: a value is null; give every column a number, string or boolean.");
    if (index !== null && index !== -1 && (!Number.isInteger(index) || index < 0 || index > bodyRows)) {
      throw new OfficeError("InvalidArgument", `rows.add: index ${index} is outside 0–${bodyRows}.`);
    }
    assertWritable(sheet, [], "structure");
    // A table's placeholder row (one empty body row) is filled rather than pushed down.
    const placeholder = bodyRows === 1 && Array.from({ length: width }, (_, i) => readValue(sheet.findCell(bodyTop, box.left + i))).every((v) => v === "");
    const insertAt = placeholder ? bodyTop : index === null || index === -1 ? bodyBottom + 1 : bodyTop + index;
    const added = placeholder ? lines.length - 1 : lines.length;
    if (added > 0) shiftDown(sheet, { ...box, top: insertAt }, added, insertAt > bodyTop ? insertAt - 1 : null, this.ctx.host.behaviour);
    setTableBox(table, { ...box, bottom: box.bottom + added });
    return { box: { top: insertAt, left: box.left, bottom: insertAt + lines.length - 1, right: box.right }, lines };
  }
}

/**
 * Moves the cells of the box's columns from `box.top` down by `count` rows (values and styles), as
 * the reference says rows.add does. The new rows' cells are empty, formatted like the body row
 * above (`above`) or not at all, as behaviour.addedRowFormat says.
 */
function shiftDown(sheet: ExcelJS.Worksheet, box: CellBox, count: number, above: number | null, behaviour: HostBehaviour): void {
  const last = Math.max(sheet.rowCount, box.top);
  for (let r = last; r >= box.top; r--) {
    for (let c = box.left; c <= box.right; c++) {
      const from = sheet.findCell(r, c);
      const to = sheet.getCell(r + count, c);
      to.value = from ? from.value : null;
      to.style = from ? { ...from.style } : {};
    }
  }
  for (let r = box.top; r < box.top + count; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const cell = sheet.getCell(r, c);
      const model = behaviour.addedRowFormat === "rowAbove" && above !== null ? sheet.findCell(above, c) : undefined;
      cell.value = null;
      cell.style = model ? { ...model.style } : {};
    }
  }
}

export class HeadlessTableRowCollection extends HeadlessCollection<HeadlessTableRow, { target: TableTarget; index: number }, TableTarget> {
  readonly typeName = "TableRowCollection";

  constructor(ctx: HeadlessContext, path: string, private readonly table: HeadlessTable) {
    super(ctx, path);
  }

  protected resolve(): TableTarget | null {
    return this.table.navigationTarget();
  }

  protected currentTargets(target: TableTarget): { target: TableTarget; index: number }[] {
    const box = tableBox(target.table);
    const m = model(target.table);
    const count = boxRows(box) - (m.headerRow === false ? 0 : 1) - (m.totalsRow ? 1 : 0);
    return Array.from({ length: count }, (_, index) => ({ target, index }));
  }

  protected itemFor(item: { target: TableTarget; index: number }): HeadlessTableRow {
    return new HeadlessTableRow(this.ctx, `${this.path}.getItemAt(${item.index})`, () => item);
  }

  getCount(): HeadlessResult<number> {
    const result = new HeadlessResult<number>();
    this.queue("getCount", undefined, (target) => result.settle(this.currentTargets(target).length));
    return result;
  }

  getItemAt(index: number): HeadlessTableRow {
    const row = new HeadlessTableRow(this.ctx, `${this.path}.getItemAt(${index})`, () => {
      const target = this.target();
      const rows = this.currentTargets(target);
      if (!Number.isInteger(index) || index < 0 || index >= rows.length) throw new OfficeError("InvalidArgument", `rows.getItemAt(${index}): the table has ${rows.length} rows.`);
      return { target, index };
    });
    return row.queueOwnResolve("getItemAt", [index]);
  }

  /** rows.add(index, values): index null (or -1) appends; values is a 2-D array, one line per new row. */
  add(index?: number | null, values?: unknown[][]): void {
    this.queue("add", [index ?? null, values ?? null], (target) => {
      const { box, lines } = this.table.insertRows(target, index ?? null, values);
      lines.forEach((line, r) => line.forEach((value, c) => writeThroughIntake(target.sheet.getCell(box.top + r, box.left + c), value, target.sheet, this.ctx.host.behaviour)));
    });
  }
}

/** rows.add values are taken in like Range.values (see cells.ts): "2024-11" becomes a date unless the column is Text. */
function writeThroughIntake(cell: ExcelJS.Cell, value: unknown, sheet: ExcelJS.Worksheet, behaviour: HostBehaviour): void {
  const taken = intake(value, readNumberFormat(cell), `rows.add ${sheet.name}!${cell.address}`, behaviour);
  cell.value = taken.value;
  if (taken.numberFormat) patchStyle(cell, { numFmt: taken.numberFormat });
}

export class HeadlessTableRow extends HeadlessObject<{ target: TableTarget; index: number }> {
  readonly typeName = "TableRow";
  protected readonly scalarProps = ["index", "values"] as const;

  constructor(ctx: HeadlessContext, path: string, private readonly resolver: () => { target: TableTarget; index: number } | null) {
    super(ctx, path);
  }

  protected resolve(): { target: TableTarget; index: number } | null {
    return this.resolver();
  }

  /** @internal */
  queueOwnResolve(action: string, args: unknown): this {
    return this.queueResolve(action, args);
  }

  get index(): number { return this.read("index"); }
  get values(): unknown[][] { return this.read("values"); }

  private rowBox({ target, index }: { target: TableTarget; index: number }): CellBox {
    const box = tableBox(target.table);
    const top = box.top + (model(target.table).headerRow === false ? 0 : 1) + index;
    return { ...box, top, bottom: top };
  }

  protected readProperty(name: string, item: { target: TableTarget; index: number }): unknown {
    if (name === "index") return item.index;
    if (name === "values") {
      const box = this.rowBox(item);
      return [Array.from({ length: boxColumns(box) }, (_, i) => readValue(item.target.sheet.findCell(box.top, box.left + i)))];
    }
    return undefined;
  }

  getRange(): HeadlessRange {
    const range = new HeadlessRange(this.ctx, `${this.path}.getRange()`, () => {
      const item = this.navigationTarget();
      return item === null ? null : { sheet: item.target.sheet, box: this.rowBox(item) };
    });
    return range.queueOwnResolve("getRange", []);
  }

  /** Deletes the row: the table's cells below move up and the table shrinks. */
  delete(): void {
    this.queue("delete", undefined, (item) => {
      const { sheet, table } = item.target;
      assertWritable(sheet, [], "structure");
      const box = tableBox(table);
      const row = this.rowBox(item).top;
      const last = Math.max(sheet.rowCount, box.bottom);
      for (let r = row; r <= last; r++) {
        for (let c = box.left; c <= box.right; c++) {
          const below = sheet.findCell(r + 1, c);
          const cell = sheet.getCell(r, c);
          cell.value = below ? below.value : null;
          cell.style = below ? { ...below.style } : {};
        }
      }
      setTableBox(table, { ...box, bottom: Math.max(box.top + 1, box.bottom - 1) });
    });
  }
}
