// Excel.Worksheet, WorksheetCollection and WorksheetProtection over ExcelJS worksheets.
import type ExcelJS from "exceljs";
import { qualifiedAddress } from "./address";
import { HeadlessChartCollection } from "./charts";
import type { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { assertSheetAlive } from "./grid";
import { internals } from "./internals";
import { breakNamesOnSheet, renameNamesSheet } from "./names";
import { HeadlessCollection, HeadlessObject, HeadlessResult, quote } from "./object";
import { HeadlessRange, rangeOnSheet } from "./range";
import type { HostState } from "./state";
import { HeadlessTableCollection } from "./tables";

const VISIBILITY: Record<string, ExcelJS.WorksheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export function activeSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | null {
  const sheets = workbook.worksheets;
  const index = workbook.views?.[0]?.activeTab ?? 0;
  const active = sheets[index];
  if (active && active.state === "visible") return active;
  return sheets.find((s) => s.state === "visible") ?? null;
}

export function setActiveSheet(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  const view = (workbook.views?.[0] ?? {}) as ExcelJS.WorkbookView;
  const activeTab = workbook.worksheets.indexOf(sheet);
  workbook.views = [{ ...view, activeTab, firstSheet: Math.min(view.firstSheet ?? 0, activeTab) }];
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
export function validateSheetName(workbook: ExcelJS.Workbook, name: unknown, except?: ExcelJS.Worksheet): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw new OfficeError("InvalidArgument", `${JSON.stringify(name)} is not a valid worksheet name.`);
  }
  if (workbook.worksheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
    throw new OfficeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
  }
  return name;
}

/** Adding, deleting, renaming, hiding or moving a sheet of a structure-protected workbook fails. */
function assertStructureWritable(host: HostState, what: string): void {
  if (host.structureProtected) throw new OfficeError("AccessDenied", `${what}: the workbook's structure is protected.`);
}

function reorder(workbook: ExcelJS.Workbook, sheets: ExcelJS.Worksheet[]): void {
  const active = activeSheet(workbook);
  sheets.forEach((s, i) => (internals(s).orderNo = i + 1));
  if (active) setActiveSheet(workbook, active);
}

export class HeadlessWorksheet extends HeadlessObject<ExcelJS.Worksheet> {
  readonly typeName = "Worksheet";
  protected readonly scalarProps = ["id", "name", "position", "visibility", "tabColor", "showGridlines"] as const;
  private protectionProxy?: HeadlessWorksheetProtection;
  private chartsProxy?: HeadlessChartCollection;
  private tablesProxy?: HeadlessTableCollection;

  constructor(
    ctx: HeadlessContext,
    path: string,
    private readonly resolver: () => ExcelJS.Worksheet | null,
  ) {
    super(ctx, path);
  }

  protected resolve(): ExcelJS.Worksheet | null {
    return this.resolver();
  }

  protected override validate(sheet: ExcelJS.Worksheet): void {
    assertSheetAlive(this.ctx.host.workbook, sheet);
  }

  /** @internal */
  queueOwnResolve(action: string, args: unknown): this {
    return this.queueResolve(action, args);
  }

  get id(): string { return this.read("id"); }
  get name(): string { return this.read("name"); }
  set name(name: string) {
    this.write("name", name, (sheet) => {
      assertStructureWritable(this.ctx.host, "Worksheet.name");
      const workbook = this.ctx.host.workbook;
      const newName = validateSheetName(workbook, name, sheet);
      const selection = this.ctx.host.selection;
      if (selection?.sheet === sheet.name) this.ctx.host.selection = null;
      renameNamesSheet(workbook, sheet.name, newName);
      sheet.name = newName;
    });
  }

  get position(): number { return this.read("position"); }
  set position(position: number) {
    this.write("position", position, (sheet) => {
      assertStructureWritable(this.ctx.host, "Worksheet.position");
      const sheets = this.ctx.host.workbook.worksheets;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) throw new OfficeError("InvalidArgument", `position ${position} is outside 0–${sheets.length - 1}.`);
      const rest = sheets.filter((s) => s !== sheet);
      rest.splice(position, 0, sheet);
      reorder(this.ctx.host.workbook, rest);
    });
  }

  get visibility(): string { return this.read("visibility"); }
  set visibility(visibility: string) {
    this.write("visibility", visibility, (sheet) => {
      const state = VISIBILITY[visibility];
      if (!state) throw new OfficeError("InvalidArgument", `"${visibility}" is not a SheetVisibility.`);
      assertStructureWritable(this.ctx.host, "Worksheet.visibility");
      const workbook = this.ctx.host.workbook;
      if (state !== "visible" && !workbook.worksheets.some((s) => s !== sheet && s.state === "visible")) {
        throw new OfficeError("InvalidOperation", "A workbook must keep at least one visible worksheet.");
      }
      const wasActive = activeSheet(workbook) === sheet;
      sheet.state = state;
      if (wasActive && state !== "visible") setActiveSheet(workbook, activeSheet(workbook)!);
    });
  }

  get tabColor(): string { return this.read("tabColor"); }
  set tabColor(color: string) {
    this.write("tabColor", color, (sheet) => {
      if (color === "") (sheet.properties as { tabColor?: unknown }).tabColor = undefined;
      else {
        const match = /^#?([0-9a-fA-F]{6})$/.exec(color);
        if (!match) throw new OfficeError("InvalidArgument", `tabColor: "${color}" is not a colour.`);
        sheet.properties.tabColor = { argb: `FF${match[1].toUpperCase()}` };
      }
    });
  }

  get showGridlines(): boolean { return this.read("showGridlines"); }
  set showGridlines(show: boolean) {
    this.write("showGridlines", show, (sheet) => {
      if (typeof show !== "boolean") throw new OfficeError("InvalidArgument", "showGridlines must be a boolean.");
      const view = (sheet.views?.[0] ?? { state: "normal" }) as ExcelJS.WorksheetView;
      sheet.views = [{ ...view, showGridLines: show }, ...(sheet.views ?? []).slice(1)];
    });
  }

  protected readProperty(name: string, sheet: ExcelJS.Worksheet): unknown {
    switch (name) {
      case "id":
        return `{sheet-${sheet.id}}`;
      case "name":
        return sheet.name;
      case "position":
        return this.ctx.host.workbook.worksheets.indexOf(sheet);
      case "visibility":
        return Object.keys(VISIBILITY).find((k) => VISIBILITY[k] === sheet.state) ?? "Visible";
      case "tabColor":
        return sheet.properties.tabColor?.argb ? `#${sheet.properties.tabColor.argb.slice(-6)}` : "";
      case "showGridlines":
        return sheet.views?.[0]?.showGridLines !== false;
      default:
        return undefined;
    }
  }

  get protection(): HeadlessWorksheetProtection {
    return (this.protectionProxy ??= new HeadlessWorksheetProtection(this.ctx, `${this.path}.protection`, this));
  }

  get charts(): HeadlessChartCollection {
    return (this.chartsProxy ??= new HeadlessChartCollection(this.ctx, `${this.path}.charts`, this));
  }

  get tables(): HeadlessTableCollection {
    return (this.tablesProxy ??= new HeadlessTableCollection(this.ctx, `${this.path}.tables`, () => {
      const sheet = this.navigationTarget();
      return sheet === null ? null : [sheet];
    }));
  }

  protected override navigation(name: string): HeadlessObject | undefined {
    if (name === "protection") return this.protection;
    if (name === "charts") return this.charts;
    if (name === "tables") return this.tables;
    return undefined;
  }

  getRange(address?: string): HeadlessRange {
    return rangeOnSheet(this.ctx, this.path, () => this.navigationTarget(), address);
  }

  getCell(row: number, column: number): HeadlessRange {
    return this.getRange("A1").getCell(row, column);
  }

  getUsedRange(valuesOnly = false): HeadlessRange {
    return this.getRange().getUsedRange(valuesOnly);
  }

  getUsedRangeOrNullObject(valuesOnly = false): HeadlessRange {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }

  activate(): void {
    this.queue("activate", undefined, (sheet) => {
      if (sheet.state !== "visible") throw new OfficeError("InvalidOperation", `The worksheet '${sheet.name}' is hidden and cannot be activated.`);
      setActiveSheet(this.ctx.host.workbook, sheet);
      this.ctx.host.selection = { sheet: sheet.name, address: qualifiedAddress(sheet.name, { top: 1, left: 1, bottom: 1, right: 1 }) };
    });
  }

  delete(): void {
    this.queue("delete", undefined, (sheet) => {
      const host = this.ctx.host;
      assertStructureWritable(host, "Worksheet.delete");
      const workbook = host.workbook;
      if (!workbook.worksheets.some((s) => s !== sheet && s.state === "visible")) {
        throw new OfficeError("InvalidOperation", "A workbook must keep at least one visible worksheet.");
      }
      const active = activeSheet(workbook);
      breakNamesOnSheet(workbook, sheet.name);
      host.charts.delete(sheet);
      if (host.selection?.sheet === sheet.name) host.selection = null;
      workbook.removeWorksheetEx(sheet);
      reorder(workbook, workbook.worksheets);
      const next = active && active !== sheet ? active : activeSheet(workbook);
      if (next) setActiveSheet(workbook, next);
    });
  }
}

export class HeadlessWorksheetProtection extends HeadlessObject<ExcelJS.Worksheet> {
  readonly typeName = "WorksheetProtection";
  protected readonly scalarProps = ["protected"] as const;

  constructor(ctx: HeadlessContext, path: string, private readonly sheet: HeadlessWorksheet) {
    super(ctx, path);
  }

  protected resolve(): ExcelJS.Worksheet | null {
    return this.sheet.navigationTarget();
  }

  get protected(): boolean { return this.read("protected"); }

  protected readProperty(name: string, sheet: ExcelJS.Worksheet): unknown {
    return name === "protected" ? !!internals(sheet).sheetProtection?.sheet : undefined;
  }

  /** Protects without a password hash (the host does not check passwords). allowFormatCells etc. map to OOXML flags. */
  protect(options?: { allowFormatCells?: boolean; allowFormatColumns?: boolean; allowFormatRows?: boolean }, password?: string): void {
    this.loadedValues.delete("protected");
    this.queue("protect", [options ?? null, password ? "***" : null], (sheet) => {
      if (internals(sheet).sheetProtection?.sheet) throw new OfficeError("InvalidOperation", `The worksheet '${sheet.name}' is already protected.`);
      internals(sheet).sheetProtection = {
        sheet: true,
        formatCells: options?.allowFormatCells === true,
        formatColumns: options?.allowFormatColumns === true,
        formatRows: options?.allowFormatRows === true,
      };
    });
  }

  unprotect(): void {
    this.loadedValues.delete("protected");
    this.queue("unprotect", undefined, (sheet) => {
      internals(sheet).sheetProtection = null;
    });
  }
}

export class HeadlessWorksheetCollection extends HeadlessCollection<HeadlessWorksheet, ExcelJS.Worksheet, ExcelJS.Workbook> {
  readonly typeName = "WorksheetCollection";

  protected resolve(): ExcelJS.Workbook {
    return this.ctx.host.workbook;
  }

  protected currentTargets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
    return workbook.worksheets;
  }

  protected itemFor(sheet: ExcelJS.Worksheet): HeadlessWorksheet {
    const name = sheet.name;
    return new HeadlessWorksheet(this.ctx, `${this.path}.getItem(${quote(name)})`, () => sheet);
  }

  private find(key: string): ExcelJS.Worksheet | undefined {
    const workbook = this.ctx.host.workbook;
    return workbook.worksheets.find((s) => s.name.toLowerCase() === String(key).toLowerCase() || `{sheet-${s.id}}` === key);
  }

  getItem(key: string): HeadlessWorksheet {
    const sheet = new HeadlessWorksheet(this.ctx, `${this.path}.getItem(${quote(key)})`, () => {
      const found = this.find(key);
      if (!found) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet '${key}'.`);
      return found;
    });
    return sheet.queueOwnResolve("getItem", [key]);
  }

  getItemOrNullObject(key: string): HeadlessWorksheet {
    const sheet = new HeadlessWorksheet(this.ctx, `${this.path}.getItemOrNullObject(${quote(key)})`, () => this.find(key) ?? null);
    return sheet.queueOwnResolve("getItemOrNullObject", [key]);
  }

  getActiveWorksheet(): HeadlessWorksheet {
    const sheet = new HeadlessWorksheet(this.ctx, `${this.path}.getActiveWorksheet()`, () => {
      const active = activeSheet(this.ctx.host.workbook);
      if (!active) throw new OfficeError("ItemNotFound", "The workbook has no visible worksheet.");
      return active;
    });
    return sheet.queueOwnResolve("getActiveWorksheet", []);
  }

  /** Adds a sheet at the end; Excel names it "Sheet<n>" when no name is given. */
  add(name?: string): HeadlessWorksheet {
    const sheet = new HeadlessWorksheet(this.ctx, `${this.path}.add(${name === undefined ? "" : quote(name)})`, () => {
      const workbook = this.ctx.host.workbook;
      let sheetName = name;
      if (sheetName === undefined) {
        let n = workbook.worksheets.length + 1;
        while (workbook.worksheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      validateSheetName(workbook, sheetName);
      assertStructureWritable(this.ctx.host, "worksheets.add");
      return workbook.addWorksheet(sheetName);
    });
    return sheet.queueOwnResolve("add", [name ?? null]);
  }

  getCount(): HeadlessResult<number> {
    const result = new HeadlessResult<number>();
    this.queue("getCount", undefined, (workbook) => result.settle(workbook.worksheets.length));
    return result;
  }
}
