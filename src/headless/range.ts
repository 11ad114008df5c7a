// Excel.Range over an ExcelJS worksheet box.
import type ExcelJS from "exceljs";
import { type CellBox, MAX_COLUMNS, MAX_ROWS, boxColumns, boxRows, contains, parseBox, qualifiedAddress, splitSheet, union } from "./address";
import { type ApiValue, intake, isMergeSlave, readFormula, readNumberFormat, readText, readValue, readValueType } from "./cells";
import { HeadlessConditionalFormatCollection, clearConditionalFormats } from "./conditionalFormats";
import type { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { assertSheetAlive, cellsOf, isWholeColumns, isWholeRows, mergesTouching, patchLineStyles, readGrid, usedBox } from "./grid";
import { HeadlessObject, quote } from "./object";
import { HeadlessRangeFormat } from "./rangeFormat";
import { MAX_CELLS_PER_GET } from "./state";
import { assertWritable, patchStyle } from "./styles";
import { HeadlessWorksheet } from "./worksheet";

export interface RangeTarget {
  sheet: ExcelJS.Worksheet;
  box: CellBox;
}

const RANGE_PROPS = [
  "address", "addressLocal", "cellCount", "columnCount", "columnHidden", "columnIndex", "formulas", "numberFormat",
  "rowCount", "rowHidden", "rowIndex", "text", "valueTypes", "values",
] as const;

/** Properties with one entry per cell: a get of them is limited to MAX_CELLS_PER_GET cells. */
const CELL_PROPS = new Set(["formulas", "numberFormat", "text", "valueTypes", "values"]);

function shapeError(target: RangeTarget, what: string): OfficeError {
  return new OfficeError(
    "InvalidArgument",
    `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: the range ${qualifiedAddress(target.sheet.name, target.box)} is ${boxRows(target.box)}×${boxColumns(target.box)}).`,
  );
}

/** A 2-D input for the range: a matching array, or one value for every cell. Null cells mean "leave unchanged". */
function eachInput(target: RangeTarget, input: unknown, what: string, visit: (cell: ExcelJS.Cell, value: unknown) => void): void {
  if (input === null || input === undefined) throw new OfficeError("InvalidArgument", `${what} cannot be set to null.`);
  const rows = boxRows(target.box);
  const columns = boxColumns(target.box);
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== columns)) throw shapeError(target, what);
  } else if (rows * columns > 2_000_000) {
    throw new OfficeError("InvalidArgument", `${what}: one value for ${rows * columns} cells is more than the host writes.`);
  }
  for (let r = 0; r < rows; r++) {
    const line = Array.isArray(input) ? (input[r] as unknown[]) : null;
    const row = target.sheet.getRow(target.box.top + r);
    for (let c = 0; c < columns; c++) {
      const value = line ? line[c] : input;
      if (value === null || value === undefined) continue;
      visit(row.getCell(target.box.left + c), value);
    }
  }
}

export class HeadlessRange extends HeadlessObject<RangeTarget> {
  readonly typeName = "Range";
  protected readonly scalarProps = RANGE_PROPS;
  private formatProxy?: HeadlessRangeFormat;
  private worksheetProxy?: HeadlessWorksheet;
  private conditionalFormatsProxy?: HeadlessConditionalFormatCollection;

  constructor(
    ctx: HeadlessContext,
    path: string,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(ctx, path);
  }

  protected resolve(): RangeTarget | null {
    return this.resolver();
  }

  protected override validate(target: RangeTarget): void {
    assertSheetAlive(this.ctx.host.workbook, target.sheet);
  }

  // ---- properties -------------------------------------------------------------------------
  get address(): string { return this.read("address"); }
  get addressLocal(): string { return this.read("addressLocal"); }
  get cellCount(): number { return this.read("cellCount"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get text(): string[][] { return this.read("text"); }
  get valueTypes(): string[][] { return this.read("valueTypes"); }

  get values(): ApiValue[][] { return this.read("values"); }
  set values(values: ApiValue[][]) {
    this.write("values", values, (t) => this.writeValues(t, values, "values"));
  }

  get formulas(): ApiValue[][] { return this.read("formulas"); }
  set formulas(formulas: ApiValue[][]) {
    this.write("formulas", formulas, (t) => this.writeValues(t, formulas, "formulas"));
  }

  get numberFormat(): string[][] { return this.read("numberFormat"); }
  /** A 2-D array of the range's shape, or one format for all cells (also for whole columns). */
  set numberFormat(formats: string[][]) {
    this.write("numberFormat", formats, (t) => {
      assertWritable(t.sheet, cellsOf(t.sheet, t.box, false), "format");
      const input: unknown = formats;
      if (!Array.isArray(input) && (isWholeColumns(t.box) || isWholeRows(t.box))) {
        if (typeof input !== "string") throw new OfficeError("InvalidArgument", `numberFormat: ${JSON.stringify(input)} is not a format code.`);
        const numFmt = input === "" || input.toLowerCase() === "general" ? undefined : input;
        patchLineStyles(t.sheet, t.box, () => ({ numFmt }));
        for (const cell of cellsOf(t.sheet, t.box, false)) patchStyle(cell, { numFmt });
        return;
      }
      eachInput(t, formats, "numberFormat", (cell, format) => {
        if (typeof format !== "string") throw new OfficeError("InvalidArgument", `numberFormat: ${JSON.stringify(format)} is not a format code.`);
        patchStyle(cell, { numFmt: format === "" || format.toLowerCase() === "general" ? undefined : format });
      });
    });
  }

  get rowHidden(): boolean | null { return this.read("rowHidden"); }
  set rowHidden(hidden: boolean) {
    this.write("rowHidden", hidden, (t) => {
      if (typeof hidden !== "boolean") throw new OfficeError("InvalidArgument", "rowHidden must be a boolean.");
      assertWritable(t.sheet, [], "structure");
      for (let r = t.box.top; r <= Math.min(t.box.bottom, hidden ? t.box.bottom : t.sheet.rowCount); r++) t.sheet.getRow(r).hidden = hidden;
    });
  }

  get columnHidden(): boolean | null { return this.read("columnHidden"); }
  set columnHidden(hidden: boolean) {
    this.write("columnHidden", hidden, (t) => {
      if (typeof hidden !== "boolean") throw new OfficeError("InvalidArgument", "columnHidden must be a boolean.");
      assertWritable(t.sheet, [], "structure");
      for (let c = t.box.left; c <= t.box.right; c++) t.sheet.getColumn(c).hidden = hidden;
    });
  }

  get format(): HeadlessRangeFormat {
    return (this.formatProxy ??= new HeadlessRangeFormat(this.ctx, `${this.path}.format`, this));
  }

  get worksheet(): HeadlessWorksheet {
    return (this.worksheetProxy ??= new HeadlessWorksheet(this.ctx, `${this.path}.worksheet`, () => {
      const t = this.navigationTarget();
      return t === null ? null : t.sheet;
    }));
  }

  get conditionalFormats(): HeadlessConditionalFormatCollection {
    return (this.conditionalFormatsProxy ??= new HeadlessConditionalFormatCollection(this.ctx, `${this.path}.conditionalFormats`, this));
  }

  protected override navigation(name: string): HeadlessObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return undefined;
  }

  protected override navigationNames(): readonly string[] {
    return ["format", "worksheet"];
  }

  protected readProperty(name: string, { sheet, box }: RangeTarget): unknown {
    if (CELL_PROPS.has(name) && boxRows(box) * boxColumns(box) > MAX_CELLS_PER_GET) {
      if (this.ctx.host.behaviour.overCellLimit === "null") return null;
      throw new OfficeError("GeneralException", `A get is limited to ${MAX_CELLS_PER_GET} cells; ${qualifiedAddress(sheet.name, box)} has ${boxRows(box) * boxColumns(box)}.`);
    }
    switch (name) {
      case "address":
      case "addressLocal":
        return qualifiedAddress(sheet.name, box);
      case "cellCount":
        return boxRows(box) * boxColumns(box);
      case "rowCount":
        return boxRows(box);
      case "columnCount":
        return boxColumns(box);
      case "rowIndex":
        return box.top - 1;
      case "columnIndex":
        return box.left - 1;
      case "values":
        return readGrid(sheet, box, readValue);
      case "text":
        return readGrid(sheet, box, readText);
      case "valueTypes":
        return readGrid(sheet, box, readValueType);
      case "formulas":
        return readGrid(sheet, box, readFormula);
      case "numberFormat":
        return readGrid(sheet, box, readNumberFormat);
      case "rowHidden":
        return this.hiddenState(box.top, box.bottom, (r) => !!sheet.findRow(r)?.hidden);
      case "columnHidden":
        return this.hiddenState(box.left, box.right, (c) => !!sheet.getColumn(c).hidden);
      default:
        return undefined;
    }
  }

  private hiddenState(from: number, to: number, hidden: (i: number) => boolean): boolean | null {
    const first = hidden(from);
    for (let i = from + 1; i <= Math.min(to, from + 100_000); i++) if (hidden(i) !== first) return null;
    return first;
  }

  private writeValues(target: RangeTarget, input: unknown, what: "values" | "formulas"): void {
    const where = (cell: ExcelJS.Cell) => `${what} ${qualifiedAddress(target.sheet.name, { top: Number(cell.row), left: Number(cell.col), bottom: Number(cell.row), right: Number(cell.col) })}`;
    // Validate the whole input first so that a bad value leaves the range untouched.
    const writes: { cell: ExcelJS.Cell; value: unknown }[] = [];
    eachInput(target, input, what, (cell, value) => writes.push({ cell, value }));
    assertWritable(target.sheet, writes.map((w) => w.cell), "values");
    const taken = writes.map(({ cell, value }) => {
      if (isMergeSlave(cell)) {
        // Excel shows only the anchor of a merged area; a value for a covered cell has nowhere to go.
        if (value === "") return null;
        throw new OfficeError("InvalidArgument", `${where(cell)}: the cell is covered by a merged area; write the value into its top-left cell.`);
      }
      return { cell, intake: intake(value, readNumberFormat(cell), where(cell), this.ctx.host.behaviour) };
    });
    for (const item of taken) {
      if (!item) continue;
      item.cell.value = item.intake.value;
      if (item.intake.numberFormat) patchStyle(item.cell, { numFmt: item.intake.numberFormat });
    }
  }

  // ---- navigation ---------------------------------------------------------------------------
  private derived(action: string, args: unknown[], compute: (t: RangeTarget) => RangeTarget): HeadlessRange {
    const range = new HeadlessRange(this.ctx, `${this.path}.${action}(${args.map((a) => JSON.stringify(a)).join(", ")})`, () => {
      const t = this.navigationTarget();
      return t === null ? null : compute(t);
    });
    return range.queueOwnResolve(action, args);
  }

  /** @internal queues this range's resolution (argument errors surface at sync). */
  queueOwnResolve(action: string, args: unknown): this {
    return this.queueResolve(action, args);
  }

  getCell(row: number, column: number): HeadlessRange {
    return this.derived("getCell", [row, column], (t) => {
      const top = t.box.top + integer(row, "row");
      const left = t.box.left + integer(column, "column");
      return { sheet: t.sheet, box: inSheet({ top, left, bottom: top, right: left }) };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): HeadlessRange {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (t) => {
      const bottom = t.box.bottom + integer(deltaRows, "deltaRows", true);
      const right = t.box.right + integer(deltaColumns, "deltaColumns", true);
      if (bottom < t.box.top || right < t.box.left) throw new OfficeError("InvalidArgument", "getResizedRange: the range would have no rows or columns.");
      return { sheet: t.sheet, box: inSheet({ ...t.box, bottom, right }) };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): HeadlessRange {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], (t) => {
      const dr = integer(rowOffset, "rowOffset", true);
      const dc = integer(columnOffset, "columnOffset", true);
      return { sheet: t.sheet, box: inSheet({ top: t.box.top + dr, bottom: t.box.bottom + dr, left: t.box.left + dc, right: t.box.right + dc }) };
    });
  }

  getRow(row: number): HeadlessRange {
    return this.derived("getRow", [row], (t) => {
      const top = t.box.top + integer(row, "row");
      if (top > t.box.bottom) throw new OfficeError("InvalidArgument", `getRow(${row}): the range has ${boxRows(t.box)} rows.`);
      return { sheet: t.sheet, box: { ...t.box, top, bottom: top } };
    });
  }

  getColumn(column: number): HeadlessRange {
    return this.derived("getColumn", [column], (t) => {
      const left = t.box.left + integer(column, "column");
      if (left > t.box.right) throw new OfficeError("InvalidArgument", `getColumn(${column}): the range has ${boxColumns(t.box)} columns.`);
      return { sheet: t.sheet, box: { ...t.box, left, right: left } };
    });
  }

  getEntireRow(): HeadlessRange {
    return this.derived("getEntireRow", [], (t) => ({ sheet: t.sheet, box: { ...t.box, left: 1, right: MAX_COLUMNS } }));
  }

  getEntireColumn(): HeadlessRange {
    return this.derived("getEntireColumn", [], (t) => ({ sheet: t.sheet, box: { ...t.box, top: 1, bottom: MAX_ROWS } }));
  }

  getBoundingRect(anotherRange: HeadlessRange | string): HeadlessRange {
    const label = typeof anotherRange === "string" ? anotherRange : anotherRange.path;
    return this.derived("getBoundingRect", [label], (t) => {
      if (typeof anotherRange === "string") {
        const { sheet, local } = splitSheet(anotherRange);
        if (sheet !== null && sheet !== t.sheet.name) throw new OfficeError("InvalidArgument", "getBoundingRect: the ranges are on different worksheets.");
        return { sheet: t.sheet, box: union(t.box, parseBox(local)) };
      }
      const other = anotherRange.target();
      if (other.sheet !== t.sheet) throw new OfficeError("InvalidArgument", "getBoundingRect: the ranges are on different worksheets.");
      return { sheet: t.sheet, box: union(t.box, other.box) };
    });
  }

  getUsedRange(valuesOnly = false): HeadlessRange {
    return this.usedWithin(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): HeadlessRange {
    return this.usedWithin(valuesOnly, true);
  }

  private usedWithin(valuesOnly: boolean, orNull: boolean): HeadlessRange {
    const action = orNull ? "getUsedRangeOrNullObject" : "getUsedRange";
    const range = new HeadlessRange(this.ctx, `${this.path}.${action}(${valuesOnly})`, () => {
      const t = this.navigationTarget();
      if (t === null) return null;
      const used = usedBox(t.sheet, valuesOnly);
      const box = used && clip(used, t.box);
      if (box) return { sheet: t.sheet, box };
      if (orNull) return null;
      throw new OfficeError("ItemNotFound", "The range has no used cells.");
    });
    return range.queueOwnResolve(action, [valuesOnly]);
  }

  // ---- methods ------------------------------------------------------------------------------
  merge(across = false): void {
    this.queue("merge", [across], ({ sheet, box }) => {
      assertWritable(sheet, [], "structure");
      for (const merged of mergesTouching(sheet, box)) {
        if (!contains(box, merged)) throw new OfficeError("InvalidOperation", "merge: the range cuts through an existing merged area.");
        sheet.unMergeCells(merged.top, merged.left, merged.bottom, merged.right);
      }
      const strips = across ? Array.from({ length: boxRows(box) }, (_, i) => ({ ...box, top: box.top + i, bottom: box.top + i })) : [box];
      for (const strip of strips) {
        if (boxRows(strip) * boxColumns(strip) > 1) sheet.mergeCells(strip.top, strip.left, strip.bottom, strip.right);
      }
    });
  }

  unmerge(): void {
    this.queue("unmerge", undefined, ({ sheet, box }) => {
      assertWritable(sheet, [], "structure");
      for (const merged of mergesTouching(sheet, box)) sheet.unMergeCells(merged.top, merged.left, merged.bottom, merged.right);
    });
  }

  /** Office's clear(applyTo): "All" (default), "Contents", "Formats"; clearing formats also unmerges, as Excel does. */
  clear(applyTo: string = "All"): void {
    this.queue("clear", [applyTo], ({ sheet, box }) => {
      if (!["All", "Contents", "Formats", "Hyperlinks", "ResetContents", "RemoveHyperlinks"].includes(applyTo)) {
        throw new OfficeError("InvalidArgument", `clear: "${applyTo}" is not a ClearApplyTo value.`);
      }
      const clearContents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
      const clearFormats = applyTo === "All" || applyTo === "Formats";
      const cells = [...cellsOf(sheet, box, false)];
      assertWritable(sheet, cells, clearFormats ? "format" : "values");
      if (clearFormats) {
        for (const merged of mergesTouching(sheet, box)) sheet.unMergeCells(merged.top, merged.left, merged.bottom, merged.right);
        clearConditionalFormats(sheet, box);
      }
      for (const cell of cells) {
        if (clearContents && !isMergeSlave(cell)) cell.value = null;
        if (clearFormats) cell.style = {};
      }
    });
  }

  select(): void {
    this.queue("select", undefined, ({ sheet, box }) => {
      if (sheet.state !== "visible") throw new OfficeError("InvalidOperation", `select: the worksheet '${sheet.name}' is hidden.`);
      this.ctx.host.selection = { sheet: sheet.name, address: qualifiedAddress(sheet.name, box) };
      const index = this.ctx.host.workbook.worksheets.indexOf(sheet);
      this.ctx.host.workbook.views = [{ ...(this.ctx.host.workbook.views?.[0] ?? {}), activeTab: index } as ExcelJS.WorkbookView];
    });
  }
}

function integer(value: unknown, name: string, allowNegative = false): number {
  if (typeof value !== "number" || !Number.isInteger(value) || (!allowNegative && value < 0)) {
    throw new OfficeError("InvalidArgument", `${name}: ${JSON.stringify(value)} is not a valid ${allowNegative ? "" : "non-negative "}integer.`);
  }
  return value;
}

function inSheet(box: CellBox): CellBox {
  if (box.top < 1 || box.left < 1 || box.bottom > MAX_ROWS || box.right > MAX_COLUMNS) {
    throw new OfficeError("InvalidArgument", "The range would lie outside the worksheet.");
  }
  return box;
}

function clip(box: CellBox, within: CellBox): CellBox | null {
  const top = Math.max(box.top, within.top);
  const left = Math.max(box.left, within.left);
  const bottom = Math.min(box.bottom, within.bottom);
  const right = Math.min(box.right, within.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/** A range of a worksheet from an A1 address, resolved at sync. */
export function rangeOnSheet(ctx: HeadlessContext, parentPath: string, sheet: () => ExcelJS.Worksheet | null, address?: string): HeadlessRange {
  const action = address === undefined ? "getRange()" : `getRange(${quote(address)})`;
  const range = new HeadlessRange(ctx, `${parentPath}.${action}`, () => {
    const ws = sheet();
    if (ws === null) return null;
    if (address === undefined) return { sheet: ws, box: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } };
    if (typeof address !== "string") throw new OfficeError("InvalidArgument", "getRange: the address must be a string.");
    const { sheet: named, local } = splitSheet(address);
    if (named !== null && named.toLowerCase() !== ws.name.toLowerCase()) {
      throw new OfficeError("InvalidArgument", `getRange("${address}"): the address names another worksheet than '${ws.name}'.`);
    }
    return { sheet: ws, box: parseBox(local) };
  });
  return range.queueOwnResolve("getRange", address === undefined ? [] : [address]);
}
