// The harness's own reading of an OPC package (independent of src/headless/package/, which it checks):
// relationships and the workbook's sheets, enough to tell which parts a run added and whose they are.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { strFromU8 } from "fflate";
import type { Parts } from "./features";

export function parseXml(text: string): Document {
  return new DOMParser({ onError: () => undefined }).parseFromString(text, "text/xml");
}

export function elements(parent: Element | Document, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (localName === undefined || (node as Element).localName === localName)) found.push(node as Element);
  }
  return found;
}

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") segments.pop();
    else if (piece !== "." && piece !== "") segments.push(piece);
  }
  return segments.join("/");
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part it points to, for an internal relationship. */
  part: string | null;
}

export function relsOf(parts: Parts, part: string): Rel[] {
  const bytes = parts.get(part === "" ? "_rels/.rels" : relsPartOf(part));
  if (!bytes) return [];
  const root = parseXml(strFromU8(bytes)).documentElement;
  if (!root) return [];
  return elements(root, "Relationship").map((rel) => {
    const external = rel.getAttribute("TargetMode") === "External";
    const target = rel.getAttribute("Target") ?? "";
    return { id: rel.getAttribute("Id") ?? "", type: rel.getAttribute("Type") ?? "", target, external, part: external ? null : resolve(part === "" ? "x" : part, target) };
  });
}

export function workbookPart(parts: Parts): string {
  return relsOf(parts, "").find((rel) => rel.type.endsWith("/officeDocument"))?.part ?? "xl/workbook.xml";
}

export interface SheetRef {
  name: string;
  part: string | null;
}

export function sheetsOf(parts: Parts): SheetRef[] {
  const book = workbookPart(parts);
  const bytes = parts.get(book);
  if (!bytes) return [];
  const root = parseXml(strFromU8(bytes)).documentElement;
  const sheets = root ? elements(root, "sheets")[0] : undefined;
  if (!sheets) return [];
  const rels = relsOf(parts, book);
  return elements(sheets, "sheet").map((sheet) => {
    let id = "";
    for (let i = 0; i < sheet.attributes.length; i++) {
      const attribute = sheet.attributes.item(i)!;
      if (attribute.localName === "id" && attribute.namespaceURI?.endsWith("/relationships")) id = attribute.value;
    }
    return { name: sheet.getAttribute("name") ?? "", part: rels.find((rel) => rel.id === id)?.part ?? null };
  });
}

/** Every part reachable from `start` through internal relationships, `start` and the .rels parts included. */
export function reachable(parts: Parts, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (part: string) => {
    if (seen.has(part)) return;
    seen.add(part);
    if (parts.has(relsPartOf(part))) seen.add(relsPartOf(part));
    for (const rel of relsOf(parts, part)) if (rel.part && parts.has(rel.part)) visit(rel.part);
  };
  visit(start);
  return seen;
}
