// Excel.RangeFormat and its parts (font, fill, borders, protection) over ExcelJS cell styles.
// Reads give the common value of the range's cells, or null when they differ (as Office does).
import type ExcelJS from "exceljs";
import { boxColumns, boxRows } from "./address";
import { readText } from "./cells";
import type { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { cellsOf, isWholeColumns, isWholeRows, mergesOf, patchLineStyles, uniform } from "./grid";
import { HeadlessObject } from "./object";
import type { HeadlessRange, RangeTarget } from "./range";
import {
  BORDER_INDEXES, BORDER_STYLES, BORDER_WEIGHTS, type BorderIndex, type BorderLine, type BorderWeight, DEFAULT_COLUMN_CHARS,
  DEFAULT_ROW_POINTS, argb, assertWritable, charsToPoints, colorToApi, fromExcelJsBorder, horizontalFromExcelJs,
  horizontalToExcelJs, parseColor, patchStyle, pointsToChars, toExcelJsBorder, verticalFromExcelJs, verticalToExcelJs,
} from "./styles";

abstract class RangePart extends HeadlessObject<RangeTarget> {
  constructor(
    ctx: HeadlessContext,
    path: string,
    protected readonly range: HeadlessRange,
  ) {
    super(ctx, path);
  }

  protected resolve(): RangeTarget | null {
    return this.range.navigationTarget();
  }

  /** Applies a style change to every cell of the range, after the protection check. */
  protected restyle(target: RangeTarget, change: (cell: ExcelJS.Cell) => void): void {
    const cells = [...cellsOf(target.sheet, target.box, true)];
    assertWritable(target.sheet, cells, "format");
    cells.forEach(change);
    if (isWholeColumns(target.box) || isWholeRows(target.box)) {
      // Run the same change on a scratch cell to learn the style that whole lines should carry.
      patchLineStyles(target.sheet, target.box, (style) => {
        const scratch = { style: { ...style } } as unknown as ExcelJS.Cell;
        change(scratch);
        return scratch.style;
      });
    }
  }
}

export class HeadlessRangeFormat extends RangePart {
  readonly typeName = "RangeFormat";
  protected readonly scalarProps = ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"] as const;
  private fontProxy?: HeadlessRangeFont;
  private fillProxy?: HeadlessRangeFill;
  private bordersProxy?: HeadlessRangeBorderCollection;
  private protectionProxy?: HeadlessFormatProtection;

  get font(): HeadlessRangeFont {
    return (this.fontProxy ??= new HeadlessRangeFont(this.ctx, `${this.path}.font`, this.range));
  }
  get fill(): HeadlessRangeFill {
    return (this.fillProxy ??= new HeadlessRangeFill(this.ctx, `${this.path}.fill`, this.range));
  }
  get borders(): HeadlessRangeBorderCollection {
    return (this.bordersProxy ??= new HeadlessRangeBorderCollection(this.ctx, `${this.path}.borders`, this.range));
  }
  get protection(): HeadlessFormatProtection {
    return (this.protectionProxy ??= new HeadlessFormatProtection(this.ctx, `${this.path}.protection`, this.range));
  }

  protected override navigation(name: string): HeadlessObject | undefined {
    return ({ font: this.font, fill: this.fill, borders: this.borders, protection: this.protection } as Record<string, HeadlessObject>)[name];
  }
  protected override navigationNames(): readonly string[] {
    return ["font", "fill", "protection"];
  }

  /** Points (Excel's unit in the API); ExcelJS stores characters — see styles.ts. */
  get columnWidth(): number | null { return this.read("columnWidth"); }
  set columnWidth(points: number) {
    this.write("columnWidth", points, (t) => {
      if (typeof points !== "number" || !(points >= 0)) throw new OfficeError("InvalidArgument", `columnWidth: ${JSON.stringify(points)} is not a width in points.`);
      assertWritable(t.sheet, [], "format");
      for (let c = t.box.left; c <= t.box.right; c++) t.sheet.getColumn(c).width = pointsToChars(points);
    });
  }

  get rowHeight(): number | null { return this.read("rowHeight"); }
  set rowHeight(points: number) {
    this.write("rowHeight", points, (t) => {
      if (typeof points !== "number" || !(points >= 0) || points > 409) throw new OfficeError("InvalidArgument", `rowHeight: ${JSON.stringify(points)} is not a height in points (0–409).`);
      assertWritable(t.sheet, [], "format");
      for (let r = t.box.top; r <= t.box.bottom; r++) t.sheet.getRow(r).height = points;
    });
  }

  get horizontalAlignment(): string | null { return this.read("horizontalAlignment"); }
  set horizontalAlignment(value: string) {
    this.write("horizontalAlignment", value, (t) => {
      const horizontal = horizontalToExcelJs(value, "horizontalAlignment");
      this.restyle(t, (cell) => patchStyle(cell, { alignment: { ...cell.style.alignment, horizontal } as ExcelJS.Alignment }));
    });
  }

  get verticalAlignment(): string | null { return this.read("verticalAlignment"); }
  set verticalAlignment(value: string) {
    this.write("verticalAlignment", value, (t) => {
      const vertical = verticalToExcelJs(value, "verticalAlignment");
      this.restyle(t, (cell) => patchStyle(cell, { alignment: { ...cell.style.alignment, vertical } as ExcelJS.Alignment }));
    });
  }

  get wrapText(): boolean | null { return this.read("wrapText"); }
  set wrapText(value: boolean) {
    this.write("wrapText", value, (t) => {
      if (typeof value !== "boolean") throw new OfficeError("InvalidArgument", "wrapText must be a boolean.");
      this.restyle(t, (cell) => patchStyle(cell, { alignment: { ...cell.style.alignment, wrapText: value } as ExcelJS.Alignment }));
    });
  }

  protected readProperty(name: string, { sheet, box }: RangeTarget): unknown {
    switch (name) {
      case "columnWidth": {
        const widths = new Set<number>();
        for (let c = box.left; c <= Math.min(box.right, box.left + 16384); c++) widths.add(charsToPoints(sheet.getColumn(c).width ?? DEFAULT_COLUMN_CHARS));
        return widths.size === 1 ? [...widths][0] : null;
      }
      case "rowHeight": {
        const heights = new Set<number>();
        for (let r = box.top; r <= Math.min(box.bottom, box.top + 100_000); r++) heights.add(sheet.findRow(r)?.height ?? DEFAULT_ROW_POINTS);
        return heights.size === 1 ? [...heights][0] : null;
      }
      case "horizontalAlignment":
        return uniform(sheet, box, (cell) => horizontalFromExcelJs(cell?.style?.alignment?.horizontal));
      case "verticalAlignment":
        return uniform(sheet, box, (cell) => verticalFromExcelJs(cell?.style?.alignment?.vertical));
      case "wrapText":
        return uniform(sheet, box, (cell) => !!cell?.style?.alignment?.wrapText);
      default:
        return undefined;
    }
  }

  /**
   * Widths from the longest displayed text in each column of the range (merged cells ignored, as
   * in Excel): about one character per digit of Calibri 11, 10 % more for bold, plus padding.
   */
  autofitColumns(): void {
    this.queue("autofitColumns", undefined, ({ sheet, box }) => {
      assertWritable(sheet, [], "format");
      const merged = mergesOf(sheet).filter((m) => boxColumns(m) > 1);
      for (let c = box.left; c <= box.right; c++) {
        let widest = 0;
        for (const cell of cellsOf(sheet, { ...box, left: c, right: c }, false)) {
          if (merged.some((m) => Number(cell.row) >= m.top && Number(cell.row) <= m.bottom && c >= m.left && c <= m.right)) continue;
          const text = readText(cell);
          if (!text) continue;
          const scale = ((cell.style?.font?.size ?? 11) / 11) * (cell.style?.font?.bold ? 1.1 : 1);
          widest = Math.max(widest, ...text.split("\n").map((line) => line.length * scale));
        }
        if (widest > 0) sheet.getColumn(c).width = Math.min(255, Math.round((widest + 1.5) * 100) / 100);
      }
    });
  }

  /** Heights from the largest font in each row and the lines of wrapped text. */
  autofitRows(): void {
    this.queue("autofitRows", undefined, ({ sheet, box }) => {
      assertWritable(sheet, [], "format");
      for (let r = box.top; r <= Math.min(box.bottom, sheet.rowCount); r++) {
        const row = sheet.findRow(r);
        if (!row) continue;
        let height = DEFAULT_ROW_POINTS;
        row.eachCell((cell) => {
          const size = cell.style?.font?.size ?? 11;
          const lines = cell.style?.alignment?.wrapText ? Math.max(1, readText(cell).split("\n").length) : 1;
          height = Math.max(height, Math.ceil(size * 1.3636 * lines * 4) / 4);
        });
        row.height = height;
      }
    });
  }
}

export class HeadlessRangeFont extends RangePart {
  readonly typeName = "RangeFont";
  protected readonly scalarProps = ["bold", "italic", "size", "color", "name", "underline", "strikethrough"] as const;

  get bold(): boolean | null { return this.read("bold"); }
  set bold(value: boolean) { this.setFont("bold", value, () => ({ bold: bool(value, "font.bold") })); }
  get italic(): boolean | null { return this.read("italic"); }
  set italic(value: boolean) { this.setFont("italic", value, () => ({ italic: bool(value, "font.italic") })); }
  get strikethrough(): boolean | null { return this.read("strikethrough"); }
  set strikethrough(value: boolean) { this.setFont("strikethrough", value, () => ({ strike: bool(value, "font.strikethrough") })); }
  get size(): number | null { return this.read("size"); }
  set size(value: number) {
    this.setFont("size", value, () => {
      if (typeof value !== "number" || value < 1 || value > 409) throw new OfficeError("InvalidArgument", `font.size: ${JSON.stringify(value)} is not a size (1–409).`);
      return { size: value };
    });
  }
  get color(): string | null { return this.read("color"); }
  set color(value: string) { this.setFont("color", value, () => ({ color: argb(parseColor(value, "font.color")) })); }
  get name(): string | null { return this.read("name"); }
  set name(value: string) {
    this.setFont("name", value, () => {
      if (typeof value !== "string" || value === "") throw new OfficeError("InvalidArgument", "font.name must be a font name.");
      return { name: value };
    });
  }
  get underline(): string | null { return this.read("underline"); }
  set underline(value: string) {
    this.setFont("underline", value, () => {
      const map: Record<string, ExcelJS.Font["underline"]> = { None: false, Single: "single", Double: "double", SingleAccountant: "singleAccounting", DoubleAccountant: "doubleAccounting" };
      if (!(value in map)) throw new OfficeError("InvalidArgument", `font.underline: "${value}" is not an underline style.`);
      return { underline: map[value] };
    });
  }

  private setFont(name: string, value: unknown, patch: () => Partial<ExcelJS.Font>): void {
    this.write(name, value, (t) => {
      const change = patch();
      // Excel keeps a cell's font name and size when one attribute changes; a cell with no font of its
      // own has the workbook default (Calibri 11), which the saved file must then name explicitly.
      this.restyle(t, (cell) => patchStyle(cell, { font: { name: "Calibri", size: 11, ...cell.style.font, ...change } as ExcelJS.Font }));
    });
  }

  protected readProperty(name: string, { sheet, box }: RangeTarget): unknown {
    const font = (cell: ExcelJS.Cell | undefined): Partial<ExcelJS.Font> => cell?.style?.font ?? {};
    switch (name) {
      case "bold":
        return uniform(sheet, box, (c) => !!font(c).bold);
      case "italic":
        return uniform(sheet, box, (c) => !!font(c).italic);
      case "strikethrough":
        return uniform(sheet, box, (c) => !!font(c).strike);
      case "size":
        return uniform(sheet, box, (c) => font(c).size ?? 11);
      case "color":
        return uniform(sheet, box, (c) => colorToApi(font(c).color, "#000000"));
      case "name":
        return uniform(sheet, box, (c) => font(c).name ?? "Calibri");
      case "underline":
        return uniform(sheet, box, (c) => {
          const u = font(c).underline;
          return u === true || u === "single" ? "Single" : u === "double" ? "Double" : u === "singleAccounting" ? "SingleAccountant" : u === "doubleAccounting" ? "DoubleAccountant" : "None";
        });
      default:
        return undefined;
    }
  }
}

function bool(value: unknown, where: string): boolean {
  if (typeof value !== "boolean") throw new OfficeError("InvalidArgument", `${where} must be a boolean.`);
  return value;
}

export class HeadlessRangeFill extends RangePart {
  readonly typeName = "RangeFill";
  protected readonly scalarProps = ["color"] as const;

  /** "#RRGGBB"; "#FFFFFF" for no fill (Office's answer for an unfilled range). */
  get color(): string | null { return this.read("color"); }
  set color(value: string) {
    this.write("color", value, (t) => {
      const rgb = parseColor(value, "fill.color");
      this.restyle(t, (cell) => patchStyle(cell, { fill: { type: "pattern", pattern: "solid", fgColor: argb(rgb), bgColor: { indexed: 64 } as Partial<ExcelJS.Color> } as ExcelJS.Fill }));
    });
  }

  clear(): void {
    this.loadedValues.delete("color");
    this.queue("clear", undefined, (t) => this.restyle(t, (cell) => patchStyle(cell, { fill: undefined })));
  }

  protected readProperty(name: string, { sheet, box }: RangeTarget): unknown {
    if (name !== "color") return undefined;
    return uniform(sheet, box, (cell) => {
      const fill = cell?.style?.fill as ExcelJS.FillPattern | undefined;
      return fill && fill.type === "pattern" && fill.pattern === "solid" ? colorToApi(fill.fgColor, "#FFFFFF") : "#FFFFFF";
    });
  }
}

export class HeadlessFormatProtection extends RangePart {
  readonly typeName = "FormatProtection";
  protected readonly scalarProps = ["locked"] as const;

  get locked(): boolean | null { return this.read("locked"); }
  set locked(value: boolean) {
    this.write("locked", value, (t) => {
      const locked = bool(value, "protection.locked");
      this.restyle(t, (cell) => patchStyle(cell, { protection: { ...cell.style.protection, locked } }));
    });
  }

  protected readProperty(name: string, { sheet, box }: RangeTarget): unknown {
    return name === "locked" ? uniform(sheet, box, (cell) => cell?.style?.protection?.locked !== false) : undefined;
  }
}

type Side = "top" | "bottom" | "left" | "right";

/** Which cells of the box carry a border index, and on which side of each. */
function sidesOf(index: BorderIndex, box: RangeTarget["box"]): { side: Side | "diagonal"; cells: (r: number, c: number) => boolean } {
  switch (index) {
    case "EdgeTop":
      return { side: "top", cells: (r) => r === box.top };
    case "EdgeBottom":
      return { side: "bottom", cells: (r) => r === box.bottom };
    case "EdgeLeft":
      return { side: "left", cells: (_r, c) => c === box.left };
    case "EdgeRight":
      return { side: "right", cells: (_r, c) => c === box.right };
    case "InsideHorizontal":
      return { side: "bottom", cells: (r) => r < box.bottom };
    case "InsideVertical":
      return { side: "right", cells: (_r, c) => c < box.right };
    default:
      return { side: "diagonal", cells: () => true };
  }
}

export class HeadlessRangeBorderCollection extends RangePart {
  readonly typeName = "RangeBorderCollection";
  protected readonly scalarProps = [] as const;
  private readonly borders = new Map<string, HeadlessRangeBorder>();

  getItem(index: string): HeadlessRangeBorder {
    let border = this.borders.get(index);
    if (!border) {
      border = new HeadlessRangeBorder(this.ctx, `${this.path}.getItem(${JSON.stringify(index)})`, this.range, index);
      this.borders.set(index, border);
    }
    return border;
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

export class HeadlessRangeBorder extends RangePart {
  readonly typeName = "RangeBorder";
  protected readonly scalarProps = ["sideIndex", "style", "weight", "color"] as const;

  constructor(ctx: HeadlessContext, path: string, range: HeadlessRange, private readonly index: string) {
    super(ctx, path, range);
  }

  protected override resolve(): RangeTarget | null {
    if (!(BORDER_INDEXES as readonly string[]).includes(this.index)) throw new OfficeError("InvalidArgument", `borders.getItem: "${this.index}" is not a BorderIndex.`);
    return super.resolve();
  }

  get sideIndex(): string { return this.read("sideIndex"); }
  get style(): string | null { return this.read("style"); }
  set style(value: string) {
    this.write("style", value, (t) => {
      if (!(BORDER_STYLES as readonly string[]).includes(value)) throw new OfficeError("InvalidArgument", `border.style: "${value}" is not a BorderLineStyle.`);
      this.edit(t, (current) => ({ ...current, line: value as BorderLine }));
    });
  }
  get weight(): string | null { return this.read("weight"); }
  set weight(value: string) {
    this.write("weight", value, (t) => {
      if (!(BORDER_WEIGHTS as readonly string[]).includes(value)) throw new OfficeError("InvalidArgument", `border.weight: "${value}" is not a BorderWeight.`);
      this.edit(t, (current) => ({ ...current, weight: value as BorderWeight, line: current.line === "None" ? "Continuous" : current.line }));
    });
  }
  get color(): string | null { return this.read("color"); }
  set color(value: string) {
    this.write("color", value, (t) => {
      const rgb = parseColor(value, "border.color");
      this.edit(t, (current) => ({ ...current, color: rgb }));
    });
  }

  private edit(target: RangeTarget, change: (current: { line: BorderLine; weight: BorderWeight; color: string | null }) => { line: BorderLine; weight: BorderWeight; color: string | null }): void {
    const { side, cells } = sidesOf(this.index as BorderIndex, target.box);
    const { top, left } = target.box;
    this.restyle(target, (cell) => {
      const r = Number(cell.row);
      const c = Number(cell.col);
      if (!cells(r, c) || r < top || c < left) return;
      const key = side === "diagonal" ? "diagonal" : side;
      const existing = (cell.style.border?.[key] ?? {}) as Partial<ExcelJS.Border>;
      const { style, weight } = fromExcelJsBorder(existing.style);
      const next = change({ line: style, weight, color: existing.color?.argb ? existing.color.argb.slice(-6) : null });
      const excelStyle = toExcelJsBorder(next.line, next.weight);
      const border: Partial<ExcelJS.Border> = { style: excelStyle, ...(next.color ? { color: argb(next.color) } : {}) };
      const borders = { ...cell.style.border } as Partial<ExcelJS.Borders>;
      if (side === "diagonal") {
        const diagonal = { ...(borders.diagonal ?? {}), ...border } as ExcelJS.BorderDiagonal;
        if (this.index === "DiagonalDown") diagonal.down = excelStyle !== undefined;
        else diagonal.up = excelStyle !== undefined;
        borders.diagonal = diagonal;
      } else if (excelStyle === undefined) {
        delete borders[side];
      } else {
        borders[side] = border as ExcelJS.Border;
      }
      patchStyle(cell, { border: borders as ExcelJS.Borders });
    });
  }

  protected readProperty(name: string, { sheet, box }: RangeTarget): unknown {
    if (name === "sideIndex") return this.index;
    const { side, cells } = sidesOf(this.index as BorderIndex, box);
    if (boxRows(box) === 1 && this.index === "InsideHorizontal") return name === "style" ? "None" : null;
    if (boxColumns(box) === 1 && this.index === "InsideVertical") return name === "style" ? "None" : null;
    const values = new Set<string>();
    for (let r = box.top; r <= Math.min(box.bottom, box.top + 10_000); r++) {
      for (let c = box.left; c <= Math.min(box.right, box.left + 1000); c++) {
        if (!cells(r, c)) continue;
        const border = sheet.findRow(r)?.findCell(c)?.style?.border?.[side === "diagonal" ? "diagonal" : side] as Partial<ExcelJS.Border> | undefined;
        const parsed = fromExcelJsBorder(border?.style);
        values.add(name === "style" ? parsed.style : name === "weight" ? parsed.weight : colorToApi(border?.color, "#000000"));
      }
    }
    return values.size === 1 ? [...values][0] : null;
  }
}
