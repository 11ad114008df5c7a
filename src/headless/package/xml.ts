// XML parts as DOM trees (@xmldom/xmldom): what Prognos does not understand stays in the tree, in its
// order, with its namespaces; a serialised part keeps the original XML declaration.
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";

export type { Document, Element };

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

const DECLARATION = /^\s*<\?xml[^?]*\?>\s*/;

export class XmlPart {
  readonly doc: Document;
  private readonly declaration: string;

  constructor(text: string) {
    this.declaration = DECLARATION.exec(text)?.[0].trim() ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
    this.doc = new DOMParser({ onError: (level, message) => { if (level !== "warning") throw new Error(message); } }).parseFromString(text, "text/xml");
  }

  get root(): Element {
    const root = this.doc.documentElement;
    if (!root) throw new Error("XML part without a root element");
    return root;
  }

  toString(): string {
    return `${this.declaration}\n${new XMLSerializer().serializeToString(this.root)}`;
  }
}

function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === 1;
}

/** Child elements with this local name (any prefix). */
export function childrenNamed(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) if (isElement(node) && node.localName === localName) found.push(node);
  return found;
}

export function childElements(parent: Element): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) if (isElement(node)) found.push(node);
  return found;
}

export function firstChild(parent: Element, localName: string): Element | null {
  return childrenNamed(parent, localName)[0] ?? null;
}

/** A new element in the parent's namespace, spelt with the parent's prefix (some writers use `x:`). */
export function createLike(parent: Element, localName: string): Element {
  const doc = parent.ownerDocument;
  if (!doc) throw new Error("element outside a document");
  return doc.createElementNS(parent.namespaceURI, parent.prefix ? `${parent.prefix}:${localName}` : localName);
}

/**
 * Inserts `child` into `parent` where the schema's sequence puts it: before the first existing child that
 * comes later in `order`. Elements not in `order` (extensions) are passed over only when they come first.
 */
export function insertInOrder(parent: Element, child: Element, order: readonly string[]): void {
  const rank = order.indexOf(child.localName ?? "");
  const later = childElements(parent).find((existing) => {
    const existingRank = order.indexOf(existing.localName ?? "");
    return existingRank > rank || (existingRank === -1 && existing.localName === "extLst");
  });
  parent.insertBefore(child, later ?? null);
}

/** The prefix the part uses for the relationships namespace (`r` almost always), declared on the root when missing. */
export function relationshipPrefix(root: Element): string {
  for (let i = 0; i < root.attributes.length; i++) {
    const attribute = root.attributes.item(i);
    if (attribute && attribute.value === NS.rel && attribute.name.startsWith("xmlns:")) return attribute.name.slice(6);
  }
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:r", NS.rel);
  return "r";
}

/** Copies an element of another part into this part's document. */
export function adopt(into: Element, node: Element): Element {
  const doc = into.ownerDocument;
  if (!doc) throw new Error("element outside a document");
  return doc.importNode(node, true) as Element;
}
