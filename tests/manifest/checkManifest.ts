// Offline manifest check: what `office-addin-manifest validate` would reject (it needs the network)
// plus the project's own rules. Returns every problem found, so one run shows them all.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";

/** Schema limits (ShortString, LongString, resource id). */
export const LIMITS = { id: 32, shortString: 125, longString: 250 } as const;
export const REQUIRED_OVERRIDE_LOCALE = "en-US";
export const REQUIRED_SETS: Record<string, string> = { SharedRuntime: "1.1", ExcelApi: "1.7" };

export interface ManifestCheckOptions {
  /** Folder the icon URLs' paths are resolved in (the repository root: URLs end in assets/…). */
  rootDir: string;
  /** The function names the commands code registers with Office.actions.associate. */
  registeredFunctions: string[];
  /** The dev server base URL the icon URLs start with. */
  baseUrl: string;
}

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Array<Record<string, unknown>>;

/** fast-xml-parser's order-preserving output turned into a plain tree, namespace prefixes dropped. */
function toTree(ordered: Ordered): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const entry of ordered) {
    const key = Object.keys(entry).find((k) => k !== ":@");
    if (!key || key === "#text" || key.startsWith("?") || key === "#comment") continue;
    const rawAttributes = (entry[":@"] ?? {}) as Record<string, unknown>;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(rawAttributes)) attributes[name.replace(/^@_/, "")] = String(value);
    const childEntries = entry[key] as Ordered;
    const text = childEntries
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("")
      .trim();
    nodes.push({ name: key.replace(/^.*:/, ""), attributes, children: toTree(childEntries), text });
  }
  return nodes;
}

function walk(node: XmlNode, visit: (node: XmlNode, parent: XmlNode | null) => void, parent: XmlNode | null = null): void {
  visit(node, parent);
  for (const child of node.children) walk(child, visit, node);
}

function findAll(root: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  walk(root, (node) => {
    if (node.name === name) found.push(node);
  });
  return found;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every problem in the manifest text, as readable sentences; empty when it passes. */
export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, parseTagValue: false, trimValues: false });
  const root = toTree(parser.parse(xml) as Ordered).find((node) => node.name === "OfficeApp");
  if (!root) return ["no <OfficeApp> root element"];

  // Resources: resid → (kind, default value, overrides).
  const resources = new Map<string, { kind: string; value: string; overrides: Record<string, string> }>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const group of findAll(root, kind)) {
      for (const item of group.children) {
        const id = item.attributes.id ?? "";
        if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
        const overrides: Record<string, string> = {};
        for (const override of item.children.filter((c) => c.name === "Override")) overrides[override.attributes.Locale] = override.attributes.Value ?? "";
        resources.set(id, { kind, value: item.attributes.DefaultValue ?? "", overrides });
      }
    }
  }

  // Every resid resolves; ids within the schema's 32 characters.
  walk(root, (node) => {
    const resid = node.attributes.resid;
    if (resid !== undefined && !resources.has(resid)) problems.push(`<${node.name} resid="${resid}"> refers to no resource`);
    for (const attribute of ["id", "resid"]) {
      const value = node.attributes[attribute];
      if (value !== undefined && value.length > LIMITS.id) problems.push(`${attribute} "${value}" is longer than ${LIMITS.id} characters`);
    }
  });

  // String lengths and en-US overrides (resources and the base manifest's DisplayName/Description).
  const strings: Array<{ label: string; limit: number; value: string; overrides: Record<string, string> }> = [];
  for (const [id, resource] of resources) {
    if (resource.kind === "ShortStrings") strings.push({ label: `string "${id}"`, limit: LIMITS.shortString, ...resource });
    if (resource.kind === "LongStrings") strings.push({ label: `string "${id}"`, limit: LIMITS.longString, ...resource });
  }
  for (const [name, limit] of [["DisplayName", LIMITS.shortString], ["Description", LIMITS.longString]] as const) {
    const node = root.children.find((c) => c.name === name);
    if (!node) {
      problems.push(`<${name}> is missing`);
      continue;
    }
    const overrides: Record<string, string> = {};
    for (const override of node.children.filter((c) => c.name === "Override")) overrides[override.attributes.Locale] = override.attributes.Value ?? "";
    strings.push({ label: `<${name}>`, limit, value: node.attributes.DefaultValue ?? "", overrides });
  }
  for (const s of strings) {
    for (const [locale, text] of [["default", s.value], ...Object.entries(s.overrides)]) {
      if (text.length > s.limit) problems.push(`${s.label} (${locale}) has ${text.length} characters, more than ${s.limit}`);
      if (text.trim() === "") problems.push(`${s.label} (${locale}) is empty`);
    }
    if (!(REQUIRED_OVERRIDE_LOCALE in s.overrides)) problems.push(`${s.label} has no ${REQUIRED_OVERRIDE_LOCALE} override`);
  }

  // Every URL is https: resource URLs, DefaultValue/Value attributes and element texts that look like URLs.
  walk(root, (node) => {
    const candidates = [node.attributes.DefaultValue, node.attributes.Value, node.text].filter((v): v is string => !!v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
    for (const url of candidates) if (!url.startsWith("https://")) problems.push(`<${node.name}> URL "${url}" is not https`);
  });
  for (const [id, resource] of resources) {
    if ((resource.kind === "Images" || resource.kind === "Urls") && !resource.value.startsWith("https://")) problems.push(`resource "${id}" URL "${resource.value}" is not https`);
  }

  // Icons: each file exists and has the size it is declared at.
  const declaredIcons: Array<{ url: string; size: number; where: string }> = [];
  walk(root, (node, parent) => {
    if (node.name === "Image" && node.attributes.size && node.attributes.resid) {
      const resource = resources.get(node.attributes.resid);
      if (resource) declaredIcons.push({ url: resource.value, size: Number(node.attributes.size), where: `${parent?.name ?? ""} image "${node.attributes.resid}"` });
    }
  });
  const iconUrl = root.children.find((c) => c.name === "IconUrl")?.attributes.DefaultValue;
  const highResIconUrl = root.children.find((c) => c.name === "HighResolutionIconUrl")?.attributes.DefaultValue;
  if (iconUrl) declaredIcons.push({ url: iconUrl, size: 32, where: "<IconUrl>" });
  else problems.push("<IconUrl> is missing");
  if (highResIconUrl) declaredIcons.push({ url: highResIconUrl, size: 64, where: "<HighResolutionIconUrl>" });
  else problems.push("<HighResolutionIconUrl> is missing");
  for (const icon of declaredIcons) {
    if (!icon.url.startsWith(options.baseUrl)) {
      problems.push(`${icon.where}: "${icon.url}" is not under ${options.baseUrl}`);
      continue;
    }
    const file = join(options.rootDir, icon.url.slice(options.baseUrl.length));
    if (!existsSync(file)) {
      problems.push(`${icon.where}: file ${file} does not exist`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    if (!size) problems.push(`${icon.where}: ${file} is not a PNG`);
    else if (size.width !== icon.size || size.height !== icon.size) problems.push(`${icon.where}: ${file} is ${size.width}×${size.height}, declared ${icon.size}×${icon.size}`);
  }

  // Ribbon functions exist in the commands code.
  const executeActions = findAll(root, "Action").filter((a) => a.attributes["xsi:type"] === "ExecuteFunction");
  if (executeActions.length === 0) problems.push("no ExecuteFunction action");
  for (const action of executeActions) {
    const name = action.children.find((c) => c.name === "FunctionName")?.text ?? "";
    if (!options.registeredFunctions.includes(name)) problems.push(`ExecuteFunction "${name}" is not registered by the commands code (${options.registeredFunctions.join(", ")})`);
  }

  // Shared runtime: "none of the descendant <Action> elements should have a <TaskpaneID> child element" of a
  // <Host> whose <Runtime> is long-lived (Configure your Office Add-in to use a shared runtime).
  for (const host of findAll(root, "Host").filter((node) => findAll(node, "Runtime").some((runtime) => runtime.attributes.lifetime === "long"))) {
    for (const action of findAll(host, "Action")) {
      const id = action.children.find((child) => child.name.toLowerCase() === "taskpaneid");
      if (id) problems.push(`${action.attributes["xsi:type"] ?? "Action"} action has <TaskpaneId>${id.text}</TaskpaneId> in a host with a shared runtime`);
    }
  }

  // Requirements of the base manifest.
  const sets = new Map<string, string>();
  const requirements = root.children.find((c) => c.name === "Requirements");
  for (const setsNode of requirements ? findAll(requirements, "Sets") : []) {
    for (const set of setsNode.children.filter((c) => c.name === "Set")) sets.set(set.attributes.Name, set.attributes.MinVersion ?? setsNode.attributes.DefaultMinVersion ?? "");
  }
  for (const [name, version] of Object.entries(REQUIRED_SETS)) {
    if (sets.get(name) !== version) problems.push(`requirement set ${name} ${version} is missing (found ${sets.get(name) ?? "none"})`);
  }

  return problems;
}
