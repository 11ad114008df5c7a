// What kind of file a workbook's bytes are, before ExcelJS reads them: an Open XML workbook (with or without
// macros), an older or encrypted Excel file, a binary workbook, or no workbook at all. The command line
// names the file and what to do for each; the save keeps the workbook's content type, so an .xlsm stays one.
import { OpcPackage } from "./zip";
import { PartCache, workbookPartName } from "./parts";
import { childrenNamed } from "./xml";

export type PackageKind =
  | { kind: "workbook"; macros: boolean; template: boolean }
  /** An OLE compound file: a .xls of Excel 97–2003, or an .xlsx encrypted with a password. */
  | { kind: "compound" }
  /** An .xlsb: its sheets are binary records, not XML. */
  | { kind: "binary" }
  | { kind: "notWorkbook" };

const COMPOUND_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const MAIN_TYPES: Record<string, { macros: boolean; template: boolean }> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": { macros: false, template: false },
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": { macros: true, template: false },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": { macros: false, template: true },
  "application/vnd.ms-excel.template.macroEnabled.main+xml": { macros: true, template: true },
};
const BINARY_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The content type [Content_Types].xml gives the workbook part, or null when the package has none. */
function workbookContentType(pkg: OpcPackage): string | null {
  const cache = new PartCache(pkg);
  const types = cache.get("[Content_Types].xml");
  if (!types) return null;
  const part = `/${workbookPartName(cache)}`;
  const override = childrenNamed(types.root, "Override").find((element) => element.getAttribute("PartName")?.toLowerCase() === part.toLowerCase());
  if (override) return override.getAttribute("ContentType");
  // Without an Override the part's extension's Default applies (some writers declare the workbook so).
  const extension = /\.([^./]+)$/.exec(part)?.[1]?.toLowerCase();
  const fallback = childrenNamed(types.root, "Default").find((element) => element.getAttribute("Extension")?.toLowerCase() === extension);
  return fallback?.getAttribute("ContentType") ?? null;
}

export function packageKind(bytes: Uint8Array): PackageKind {
  if (startsWith(bytes, COMPOUND_SIGNATURE)) return { kind: "compound" };
  let pkg: OpcPackage;
  try {
    pkg = OpcPackage.read(bytes);
  } catch {
    return { kind: "notWorkbook" };
  }
  let contentType: string | null;
  try {
    contentType = workbookContentType(pkg);
  } catch {
    return { kind: "notWorkbook" }; // [Content_Types].xml or the package's rels are not XML
  }
  if (contentType === BINARY_TYPE) return { kind: "binary" };
  const main = contentType ? MAIN_TYPES[contentType] : undefined;
  return main ? { kind: "workbook", ...main } : { kind: "notWorkbook" };
}

/** Whether a file name's extension suits the workbook: Excel refuses an .xlsx holding macros, and an .xlsm without. */
export function extensionFits(fileName: string, macros: boolean): boolean {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "xlsx" || extension === "xltx") return !macros;
  if (extension === "xlsm" || extension === "xltm") return macros;
  return true; // another name is the user's choice; the content type inside stays right
}
