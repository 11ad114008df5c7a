// Excel.NamedItem and NamedItemCollection over ExcelJS's defined names. ExcelJS keeps only
// workbook-scoped names of cell ranges (it drops constants, formulas and sheet-scoped names
// when it reads a file), so the host accepts only range references. A name whose sheet was
// deleted stays, as =#REF!… (read from a file or left by worksheet.delete()).
import type ExcelJS from "exceljs";
import { type CellBox, boxColumns, boxRows, parseBox, qualifiedAddress, splitSheet } from "./address";
import type { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { HeadlessCollection, HeadlessObject, quote } from "./object";
import { HeadlessRange, type RangeTarget } from "./range";

interface CellMatrix {
  sheets: Record<string, Array<Array<{ sheetName: string } | undefined> | undefined>>;
}
interface DefinedNamesInternals {
  matrixMap: Record<string, CellMatrix>;
  add(locStr: string, name: string): void;
  getRanges(name: string): { name: string; ranges: string[] };
}

function definedNames(workbook: ExcelJS.Workbook): DefinedNamesInternals {
  return workbook.definedNames as unknown as DefinedNamesInternals;
}

export function nameKeys(workbook: ExcelJS.Workbook): string[] {
  const names = definedNames(workbook);
  return Object.keys(names.matrixMap).filter((key) => names.getRanges(key).ranges.length > 0);
}

function findKey(workbook: ExcelJS.Workbook, name: string): string | undefined {
  return nameKeys(workbook).find((key) => key.toLowerCase() === String(name).toLowerCase());
}

/** ExcelJS reads a name "=#REF!$A$1:$G$12" as cells of a sheet "#REF"; the host keeps broken names there too. */
const BROKEN_SHEET = "#REF";

interface Reference {
  /** As Excel shows `NamedItem.value`: "Rapport!$A$1:$G$12", "#REF!" for a name whose sheet is gone. */
  text: string;
  /** `NamedItem.formula`: "=Rapport!$A$1:$G$12", "=#REF!$A$1:$G$12". */
  formula: string;
  target: RangeTarget | null;
  broken: boolean;
}

function referenceOf(workbook: ExcelJS.Workbook, key: string): Reference {
  const ranges = definedNames(workbook).getRanges(key).ranges;
  if (ranges.length !== 1) return { text: ranges.join(","), formula: `=${ranges.join(",")}`, target: null, broken: false };
  const { sheet: sheetName, local } = splitSheet(ranges[0]);
  const sheet = sheetName === BROKEN_SHEET ? undefined : workbook.worksheets.find((s) => s.name === sheetName);
  const box = parseBox(local);
  if (!sheet) return { text: "#REF!", formula: `=#REF!${qualifiedAddress("x", box, true).slice(2)}`, target: null, broken: true };
  const text = qualifiedAddress(sheet.name, box, true);
  return { text, formula: `=${text}`, target: { sheet, box }, broken: false };
}

/** Excel's name rules: a letter, "_" or "\" first; letters, digits, "_", "." after; not a cell reference. */
function validateName(workbook: ExcelJS.Workbook, name: unknown): string {
  const text = String(name);
  const valid =
    typeof name === "string" &&
    name.length <= 255 &&
    /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  if (!valid) throw new OfficeError("InvalidArgument", `${JSON.stringify(text)} is not a valid name.`);
  if (findKey(workbook, text)) throw new OfficeError("ItemAlreadyExists", `The name '${text}' already exists.`);
  return text;
}

/** A workbook-scoped name outlives its deleted sheet as =#REF!…, as in Excel (office-js #263, #4772). */
export function breakNamesOnSheet(workbook: ExcelJS.Workbook, sheetName: string): void {
  for (const matrix of Object.values(definedNames(workbook).matrixMap)) {
    const cells = matrix.sheets[sheetName];
    if (!cells) continue;
    delete matrix.sheets[sheetName];
    cells.forEach((row) => row?.forEach((cell) => cell && (cell.sheetName = BROKEN_SHEET)));
    matrix.sheets[BROKEN_SHEET] = cells;
  }
}

/** Names follow a renamed sheet, as in Excel. */
export function renameNamesSheet(workbook: ExcelJS.Workbook, from: string, to: string): void {
  for (const matrix of Object.values(definedNames(workbook).matrixMap)) {
    const cells = matrix.sheets[from];
    if (!cells) continue;
    delete matrix.sheets[from];
    cells.forEach((row) => row?.forEach((cell) => cell && (cell.sheetName = to)));
    matrix.sheets[to] = cells;
  }
}

export class HeadlessNamedItem extends HeadlessObject<string> {
  readonly typeName = "NamedItem";
  protected readonly scalarProps = ["name", "type", "value", "formula", "visible", "comment", "scope"] as const;

  constructor(
    ctx: HeadlessContext,
    path: string,
    private readonly resolver: () => string | null,
  ) {
    super(ctx, path);
  }

  protected resolve(): string | null {
    return this.resolver();
  }

  protected override validate(key: string): void {
    if (!findKey(this.ctx.host.workbook, key)) throw new OfficeError("ItemNotFound", `The name '${key}' no longer exists.`);
  }

  /** @internal */
  queueOwnResolve(action: string, args: unknown): this {
    return this.queueResolve(action, args);
  }

  get name(): string { return this.read("name"); }
  get type(): string { return this.read("type"); }
  get value(): string { return this.read("value"); }
  get formula(): string { return this.read("formula"); }
  get visible(): boolean { return this.read("visible"); }
  get comment(): string { return this.read("comment"); }
  get scope(): string { return this.read("scope"); }

  protected readProperty(name: string, key: string): unknown {
    const reference = referenceOf(this.ctx.host.workbook, key);
    switch (name) {
      case "name":
        return key;
      case "type":
        return reference.broken ? this.ctx.host.behaviour.brokenNameType : reference.target ? "Range" : "Error";
      case "value":
        return reference.text;
      case "formula":
        return reference.formula;
      case "visible":
        return true;
      case "comment":
        return "";
      case "scope":
        return "Workbook";
      default:
        return undefined;
    }
  }

  getRange(): HeadlessRange {
    return this.rangeOf(false);
  }

  getRangeOrNullObject(): HeadlessRange {
    return this.rangeOf(true);
  }

  private rangeOf(orNull: boolean): HeadlessRange {
    const action = orNull ? "getRangeOrNullObject" : "getRange";
    const range = new HeadlessRange(this.ctx, `${this.path}.${action}()`, () => {
      const key = this.navigationTarget();
      if (key === null) return null;
      const { target, broken } = referenceOf(this.ctx.host.workbook, key);
      if (target) return target;
      if (orNull && broken && this.ctx.host.behaviour.brokenNameRange === "invalidReference") {
        throw new OfficeError("InvalidReference", `The name '${key}' refers to a deleted sheet (#REF!).`);
      }
      if (orNull) return null;
      throw new OfficeError("InvalidReference", `The name '${key}' does not refer to a single range.`);
    });
    return range.queueOwnResolve(action, []);
  }

  delete(): void {
    this.queue("delete", undefined, (key) => {
      delete definedNames(this.ctx.host.workbook).matrixMap[key];
    });
  }
}

export class HeadlessNamedItemCollection extends HeadlessCollection<HeadlessNamedItem, string, ExcelJS.Workbook> {
  readonly typeName = "NamedItemCollection";

  protected resolve(): ExcelJS.Workbook {
    return this.ctx.host.workbook;
  }

  protected currentTargets(workbook: ExcelJS.Workbook): string[] {
    return nameKeys(workbook);
  }

  protected itemFor(key: string): HeadlessNamedItem {
    return new HeadlessNamedItem(this.ctx, `${this.path}.getItem(${quote(key)})`, () => key);
  }

  getItem(name: string): HeadlessNamedItem {
    const item = new HeadlessNamedItem(this.ctx, `${this.path}.getItem(${quote(name)})`, () => {
      const key = findKey(this.ctx.host.workbook, name);
      if (!key) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist: name '${name}'.`);
      return key;
    });
    return item.queueOwnResolve("getItem", [name]);
  }

  getItemOrNullObject(name: string): HeadlessNamedItem {
    const item = new HeadlessNamedItem(this.ctx, `${this.path}.getItemOrNullObject(${quote(name)})`, () => findKey(this.ctx.host.workbook, name) ?? null);
    return item.queueOwnResolve("getItemOrNullObject", [name]);
  }

  /** names.add(name, reference): a Range proxy or a formula such as "=Rapport!$A$1:$G$12". */
  add(name: string, reference: HeadlessRange | string, comment?: string): HeadlessNamedItem {
    const label = typeof reference === "string" ? reference : reference.path;
    const item = new HeadlessNamedItem(this.ctx, `${this.path}.add(${quote(name)}, ${quote(label)})`, () => {
      const workbook = this.ctx.host.workbook;
      const key = validateName(workbook, name);
      let target: RangeTarget;
      if (typeof reference === "string") {
        const { sheet: sheetName, local } = splitSheet(reference);
        const sheet = sheetName === null ? undefined : workbook.worksheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
        if (!sheet) throw new OfficeError("InvalidArgument", `names.add: "${reference}" is not a range reference with a sheet (the host keeps only range names).`);
        target = { sheet, box: parseBox(local) };
      } else {
        target = reference.target();
      }
      addName(workbook, key, target.sheet.name, target.box);
      return key;
    });
    void comment;
    return item.queueOwnResolve("add", [name, label]);
  }
}

function addName(workbook: ExcelJS.Workbook, key: string, sheetName: string, box: CellBox): void {
  // ExcelJS stores a name cell by cell; an entire column would be a million entries.
  if (boxRows(box) * boxColumns(box) > 1_000_000) throw new OfficeError("NotImplemented", "The headless host keeps names of at most a million cells.");
  const ref = `'${sheetName.replace(/'/g, "''")}'!${qualifiedAddress("x", box, true).slice(2)}`;
  definedNames(workbook).add(ref, key);
}
