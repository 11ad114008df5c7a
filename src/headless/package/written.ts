// Elements of the package ExcelJS wrote, made fit for the file's package: cell formats renumbered into the
// file's styles, shared strings written inline (the file's shared string table stays as it was).
import type { StyleMerger } from "./styles";
import { adopt, childElements, childrenNamed, firstChild, type Element, type XmlPart } from "./xml";

export class WrittenSheet {
  readonly cells = new Map<string, Element>();
  readonly rows = new Map<number, Element>();

  constructor(readonly part: XmlPart) {
    const data = firstChild(part.root, "sheetData");
    for (const row of data ? childrenNamed(data, "row") : []) {
      this.rows.set(Number(row.getAttribute("r")), row);
      for (const cell of childrenNamed(row, "c")) this.cells.set(cell.getAttribute("r") ?? "", cell);
    }
  }

  /** The written col element that covers column `column`, if any. */
  column(column: number): Element | null {
    const cols = firstChild(this.part.root, "cols");
    return (cols ? childrenNamed(cols, "col") : []).find((col) => Number(col.getAttribute("min")) <= column && column <= Number(col.getAttribute("max"))) ?? null;
  }

  formats(ref: string): Element[] {
    return childrenNamed(this.part.root, "conditionalFormatting").filter((format) => normalRef(format.getAttribute("sqref") ?? "") === normalRef(ref));
  }
}

export function normalRef(ref: string): string {
  return ref.trim().split(/\s+/).sort().join(" ");
}

export class Renumber {
  constructor(private readonly styles: StyleMerger, private readonly sharedStrings: Element[]) {}

  /** An element's `s` (cell, row) or `style` (col) attribute in the file's numbering. */
  private style(element: Element, attribute: string): void {
    if (element.hasAttribute(attribute)) element.setAttribute(attribute, String(this.styles.cellFormat(Number(element.getAttribute(attribute)))));
  }

  cell(into: Element, written: Element): Element {
    const cell = adopt(into, written);
    this.style(cell, "s");
    if (cell.getAttribute("t") === "s") {
      const value = firstChild(cell, "v");
      const shared = this.sharedStrings[Number(value?.textContent ?? -1)];
      if (!value || !shared) throw new Error(`shared string ${value?.textContent} missing`);
      const inline = cell.ownerDocument!.createElementNS(cell.namespaceURI, cell.prefix ? `${cell.prefix}:is` : "is");
      for (const child of childElements(shared)) inline.appendChild(adopt(cell, child));
      cell.replaceChild(inline, value);
      cell.setAttribute("t", "inlineStr");
    }
    return cell;
  }

  row(into: Element, written: Element): Element {
    const row = adopt(into, written);
    this.style(row, "s");
    return row;
  }

  column(into: Element, written: Element): Element {
    const col = adopt(into, written);
    this.style(col, "style");
    return col;
  }

  /** A conditional format with its rules' differential formats in the file's numbering. */
  format(into: Element, written: Element): Element {
    const format = adopt(into, written);
    for (const rule of childrenNamed(format, "cfRule")) {
      if (rule.hasAttribute("dxfId")) rule.setAttribute("dxfId", String(this.styles.dxf(Number(rule.getAttribute("dxfId")))));
    }
    return format;
  }

  /** A whole written sheet: every cell, row and column, and its conditional formats. */
  sheet(part: XmlPart): void {
    const root = part.root;
    const data = firstChild(root, "sheetData");
    for (const row of data ? childrenNamed(data, "row") : []) {
      data!.replaceChild(this.rowWithCells(row), row);
    }
    const cols = firstChild(root, "cols");
    for (const col of cols ? childrenNamed(cols, "col") : []) cols!.replaceChild(this.column(cols!, col), col);
    for (const format of childrenNamed(root, "conditionalFormatting")) root.replaceChild(this.format(root, format), format);
  }

  private rowWithCells(row: Element): Element {
    const copy = row.cloneNode(false) as Element;
    this.style(copy, "s");
    for (const cell of childrenNamed(row, "c")) copy.appendChild(this.cell(copy, cell));
    return copy;
  }
}

/** The `<si>` items of a shared string table, by index. */
export function sharedStringItems(part: XmlPart | null): Element[] {
  return part ? childrenNamed(part.root, "si") : [];
}
