// Excel.Workbook: the root of a request context.
import type ExcelJS from "exceljs";
import { parseBox, splitSheet } from "./address";
import type { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { HeadlessNamedItemCollection } from "./names";
import { HeadlessObject } from "./object";
import { HeadlessRange } from "./range";
import type { HostState } from "./state";
import { HeadlessTableCollection } from "./tables";
import { HeadlessWorksheetCollection, activeSheet } from "./worksheet";

export class HeadlessWorkbook extends HeadlessObject<ExcelJS.Workbook> {
  readonly typeName = "Workbook";
  protected readonly scalarProps = [] as const;
  readonly worksheets: HeadlessWorksheetCollection;
  readonly names: HeadlessNamedItemCollection;
  readonly tables: HeadlessTableCollection;
  readonly protection: HeadlessWorkbookProtection;

  constructor(ctx: HeadlessContext) {
    super(ctx, "workbook");
    this.worksheets = new HeadlessWorksheetCollection(ctx, "workbook.worksheets");
    this.names = new HeadlessNamedItemCollection(ctx, "workbook.names");
    this.tables = new HeadlessTableCollection(ctx, "workbook.tables", () => ctx.host.workbook.worksheets);
    this.protection = new HeadlessWorkbookProtection(ctx, "workbook.protection");
  }

  protected resolve(): ExcelJS.Workbook {
    return this.ctx.host.workbook;
  }

  protected readProperty(): unknown {
    return undefined;
  }

  protected override navigation(name: string): HeadlessObject | undefined {
    return ({ worksheets: this.worksheets, names: this.names, tables: this.tables, protection: this.protection } as Record<string, HeadlessObject>)[name];
  }

  /** The selection kept by the host (tests set it with host.select); the active sheet's A1 when none. */
  getSelectedRange(): HeadlessRange {
    const range = new HeadlessRange(this.ctx, "workbook.getSelectedRange()", () => {
      const workbook = this.ctx.host.workbook;
      const selection = this.ctx.host.selection;
      if (selection) {
        const { local } = splitSheet(selection.address);
        const sheet = workbook.worksheets.find((s) => s.name === selection.sheet);
        if (sheet) return { sheet, box: parseBox(local) };
      }
      const sheet = activeSheet(workbook);
      if (!sheet) throw new OfficeError("ItemNotFound", "The workbook has no visible worksheet.");
      return { sheet, box: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
    return range.queueOwnResolve("getSelectedRange", []);
  }

  getActiveCell(): HeadlessRange {
    return this.getSelectedRange().getCell(0, 0);
  }
}

/** Excel.WorkbookProtection (ExcelApi 1.7): structure protection, kept in the host's memory (ExcelJS does not model it). */
export class HeadlessWorkbookProtection extends HeadlessObject<HostState> {
  readonly typeName = "WorkbookProtection";
  protected readonly scalarProps = ["protected"] as const;

  protected resolve(): HostState {
    return this.ctx.host;
  }

  get protected(): boolean { return this.read("protected"); }

  protected readProperty(name: string, host: HostState): unknown {
    return name === "protected" ? host.structureProtected : undefined;
  }

  /** Fails if the workbook is protected already, as the reference says; the host checks no password. */
  protect(password?: string): void {
    this.loadedValues.delete("protected");
    this.queue("protect", [password ? "***" : null], (host) => {
      if (host.structureProtected) throw new OfficeError("InvalidOperation", "The workbook is already protected.");
      host.structureProtected = true;
    });
  }

  unprotect(password?: string): void {
    this.loadedValues.delete("protected");
    this.queue("unprotect", [password ? "***" : null], (host) => {
      host.structureProtected = false;
    });
  }
}

