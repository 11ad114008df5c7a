// The written styles, appended to the file's own: a cell Prognos wrote gets a new cell format (and new fonts,
// fills, borders, number formats) after the file's, so that no index the file uses moves. Index 0 of each
// list is the workbook's default, which a cell without a format of its own takes, as in Excel.
import { XMLSerializer } from "@xmldom/xmldom";
import { adopt, childElements, childrenNamed, createLike, firstChild, insertInOrder, type Element, type XmlPart } from "./xml";

const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
/** The first number format id a workbook may define; lower ones are Excel's built-in formats. */
const FIRST_CUSTOM_FORMAT = 164;
/** Fills 0 and 1 are fixed by the format (none, gray125); the other lists' defaults are their index 0. */
const FIXED = { fonts: 1, fills: 2, borders: 1 } as const;

type ListName = "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";

export class StyleMerger {
  private readonly cellFormats = new Map<number, number>();
  private readonly dxfs = new Map<number, number>();
  private readonly appended = new Map<string, number>();
  private readonly formatCodes = new Map<string, number>();
  private nextFormatId: number;
  changed = false;

  constructor(private readonly original: XmlPart, private readonly written: XmlPart) {
    let highest = FIRST_CUSTOM_FORMAT - 1;
    for (const format of childrenNamed(this.list("numFmts", original) ?? original.root, "numFmt")) {
      const id = Number(format.getAttribute("numFmtId"));
      highest = Math.max(highest, id);
      this.formatCodes.set(format.getAttribute("formatCode") ?? "", id);
    }
    this.nextFormatId = highest + 1;
  }

  private list(name: string, part: XmlPart): Element | null {
    return firstChild(part.root, name);
  }

  private ensureList(name: string): Element {
    const existing = this.list(name, this.original);
    if (existing) return existing;
    const created = createLike(this.original.root, name);
    insertInOrder(this.original.root, created, STYLESHEET_ORDER);
    return created;
  }

  private append(name: ListName | "numFmts", element: Element): number {
    const list = this.ensureList(name);
    const index = childElements(list).length;
    list.appendChild(adopt(list, element));
    if (list.hasAttribute("count") || name !== "numFmts") list.setAttribute("count", String(index + 1));
    this.changed = true;
    return index;
  }

  /** The file's index for a written font, fill or border: the default stays the default. */
  private component(name: "fonts" | "fills" | "borders", writtenIndex: number): number {
    if (writtenIndex < FIXED[name]) return writtenIndex;
    const element = childElements(this.list(name, this.written) ?? this.written.root)[writtenIndex];
    if (!element) throw new Error(`styles: ${name}[${writtenIndex}] missing`);
    const key = `${name}:${new XMLSerializer().serializeToString(element)}`;
    let index = this.appended.get(key);
    if (index === undefined) this.appended.set(key, (index = this.append(name, element)));
    return index;
  }

  private numberFormat(writtenId: number): number {
    if (writtenId < FIRST_CUSTOM_FORMAT) return writtenId;
    const format = childrenNamed(this.list("numFmts", this.written) ?? this.written.root, "numFmt").find((f) => Number(f.getAttribute("numFmtId")) === writtenId);
    const code = format?.getAttribute("formatCode");
    if (!format || code === null || code === undefined) throw new Error(`styles: number format ${writtenId} missing`);
    let id = this.formatCodes.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      const copy = adopt(this.original.root, format);
      copy.setAttribute("numFmtId", String(id));
      this.append("numFmts", copy);
      this.formatCodes.set(code, id);
    }
    return id;
  }

  /** The file's cell format index for the written cell format `writtenIndex` (the `s` of a cell). */
  cellFormat(writtenIndex: number): number {
    if (writtenIndex === 0) return 0;
    const known = this.cellFormats.get(writtenIndex);
    if (known !== undefined) return known;
    const xf = childElements(this.list("cellXfs", this.written) ?? this.written.root)[writtenIndex];
    if (!xf) throw new Error(`styles: cellXfs[${writtenIndex}] missing`);
    const copy = adopt(this.original.root, xf);
    const map: Array<[string, (n: number) => number]> = [
      ["numFmtId", (n) => this.numberFormat(n)],
      ["fontId", (n) => this.component("fonts", n)],
      ["fillId", (n) => this.component("fills", n)],
      ["borderId", (n) => this.component("borders", n)],
    ];
    for (const [attribute, mapped] of map) if (copy.hasAttribute(attribute)) copy.setAttribute(attribute, String(mapped(Number(copy.getAttribute(attribute)))));
    // The file's Normal style: a written format is based on it as every cell format of the file is.
    copy.setAttribute("xfId", "0");
    const index = this.append("cellXfs", copy);
    this.cellFormats.set(writtenIndex, index);
    return index;
  }

  /** The file's index for the written differential format of a conditional format (`dxfId`). */
  dxf(writtenId: number): number {
    const known = this.dxfs.get(writtenId);
    if (known !== undefined) return known;
    const dxf = childElements(this.list("dxfs", this.written) ?? this.written.root)[writtenId];
    if (!dxf) throw new Error(`styles: dxfs[${writtenId}] missing`);
    const index = this.append("dxfs", dxf);
    this.dxfs.set(writtenId, index);
    return index;
  }
}
