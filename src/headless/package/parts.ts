// Relationships, content types and the workbook's sheet list: the package's bookkeeping, changed only by
// addition (and by removing what Prognos itself removed).
import type { OpcPackage } from "./zip";
import { childrenNamed, createLike, NS, relationshipPrefix, XmlPart, type Element } from "./xml";

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** Parsed XML parts, written back only when changed. */
export class PartCache {
  private readonly parsed = new Map<string, XmlPart>();
  private readonly dirty = new Set<string>();

  constructor(readonly pkg: OpcPackage) {}

  get(name: string): XmlPart | null {
    let part = this.parsed.get(name);
    if (!part) {
      const text = this.pkg.text(name);
      if (text === undefined) return null;
      this.parsed.set(name, (part = new XmlPart(text)));
    }
    return part;
  }

  /** A new part; written only once touched when `written` is false (an empty list that may stay empty). */
  create(name: string, text: string, written = true): XmlPart {
    const part = new XmlPart(text);
    this.parsed.set(name, part);
    if (written) {
      this.dirty.add(name);
      // In the package at once, so that the next free part name is another.
      this.pkg.setText(name, text);
    }
    return part;
  }

  touch(name: string): void {
    this.dirty.add(name);
  }

  forget(name: string): void {
    this.parsed.delete(name);
    this.dirty.delete(name);
    this.pkg.delete(name);
  }

  flush(): void {
    for (const name of this.dirty) {
      const part = this.parsed.get(name);
      if (part) this.pkg.setText(name, part.toString());
    }
    this.dirty.clear();
  }
}

export function relsName(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name: relative to the source part's folder, or absolute from the root. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The target as a part name (internal targets only). */
  part: string | null;
  element: Element;
}

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;

export class Relationships {
  private constructor(private readonly cache: PartCache, private readonly source: string, private readonly name: string, private readonly part: XmlPart) {}

  static of(cache: PartCache, source: string): Relationships {
    const name = relsName(source);
    return new Relationships(cache, source, name, cache.get(name) ?? cache.create(name, EMPTY_RELS, false));
  }

  all(): Relationship[] {
    return childrenNamed(this.part.root, "Relationship").map((element) => {
      const target = element.getAttribute("Target") ?? "";
      const external = element.getAttribute("TargetMode") === "External";
      return { id: element.getAttribute("Id") ?? "", type: element.getAttribute("Type") ?? "", target, part: external ? null : resolveTarget(this.source, target), element };
    });
  }

  byId(id: string): Relationship | null {
    return this.all().find((rel) => rel.id === id) ?? null;
  }

  add(type: string, part: string): string {
    const taken = new Set(this.all().map((rel) => rel.id));
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    const element = createLike(this.part.root, "Relationship");
    element.setAttribute("Id", `rId${n}`);
    element.setAttribute("Type", type);
    element.setAttribute("Target", relativeTarget(this.source, part));
    this.part.root.appendChild(element);
    this.cache.touch(this.name);
    return `rId${n}`;
  }

  remove(id: string): void {
    const rel = this.byId(id);
    if (!rel) return;
    this.part.root.removeChild(rel.element);
    this.cache.touch(this.name);
  }
}

export class ContentTypes {
  private readonly part: XmlPart;

  constructor(private readonly cache: PartCache) {
    const part = cache.get("[Content_Types].xml");
    if (!part) throw new Error("[Content_Types].xml missing");
    this.part = part;
  }

  override(part: string, contentType: string): void {
    const element = createLike(this.part.root, "Override");
    element.setAttribute("PartName", `/${part}`);
    element.setAttribute("ContentType", contentType);
    this.part.root.appendChild(element);
    this.cache.touch("[Content_Types].xml");
  }

  remove(part: string): void {
    for (const element of childrenNamed(this.part.root, "Override")) {
      if (element.getAttribute("PartName") === `/${part}`) this.part.root.removeChild(element);
    }
    this.cache.touch("[Content_Types].xml");
  }

  /** A Default for an extension (rels, xml) when the file has none. */
  ensureDefault(extension: string, contentType: string): void {
    if (childrenNamed(this.part.root, "Default").some((d) => d.getAttribute("Extension")?.toLowerCase() === extension)) return;
    const element = createLike(this.part.root, "Default");
    element.setAttribute("Extension", extension);
    element.setAttribute("ContentType", contentType);
    this.part.root.insertBefore(element, this.part.root.firstChild);
    this.cache.touch("[Content_Types].xml");
  }
}

export interface SheetEntry {
  name: string;
  element: Element;
  part: string;
}

/** The workbook part's name (xl/workbook.xml, or whatever the package's root relationship says). */
export function workbookPartName(cache: PartCache): string {
  const rels = cache.get("_rels/.rels");
  const main = rels ? childrenNamed(rels.root, "Relationship").find((r) => r.getAttribute("Type") === REL.officeDocument) : undefined;
  return main ? resolveTarget("", main.getAttribute("Target") ?? "xl/workbook.xml") : "xl/workbook.xml";
}

export function sheetEntries(cache: PartCache, workbookPart: string): SheetEntry[] {
  const workbook = cache.get(workbookPart);
  if (!workbook) throw new Error(`${workbookPart} missing`);
  const rels = Relationships.of(cache, workbookPart);
  const sheets = childrenNamed(workbook.root, "sheets")[0];
  return (sheets ? childrenNamed(sheets, "sheet") : []).flatMap((element) => {
    const id = element.getAttributeNS(NS.rel, "id") ?? "";
    const part = rels.byId(id)?.part;
    return part ? [{ name: element.getAttribute("name") ?? "", element, part }] : [];
  });
}

export { relationshipPrefix };
