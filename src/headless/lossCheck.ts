// What a save through ExcelJS would drop from an opened .xlsx (see README "Things ExcelJS cannot keep").
// The CLI asks before it updates a file in place: a committee's workbook with a chart, a pivot table or
// macros must not lose them silently. Browser-safe: jszip is ExcelJS's own dependency.
import JSZip from "jszip";

/** Parts ExcelJS 4.4 reads and writes back (a whitelist: any other part is reported as lost). */
const KEPT: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(core|app)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/tables\/table\d+\.xml$/,
  // Notes (the pre-2019 "comments"): ExcelJS keeps their text and writes its own VML for them.
  /^xl\/comments\d*\.xml$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  // Pictures: ExcelJS keeps images anchored in a drawing (drawings holding anything else are checked below).
  /^xl\/media\/[^/]+$/,
  /^xl\/drawings\/drawing\d+\.xml$/,
  /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/,
];

/** Parts Excel rebuilds by itself: losing them loses nothing a user made. */
const REBUILT: readonly RegExp[] = [/^xl\/calcChain\.xml$/, /^docProps\/thumbnail\.\w+$/];

// A drawing ExcelJS can write holds pictures only; a graphic frame is a chart, SmartArt or slicer,
// sp/cxnSp/grpSp are shapes, text boxes, connectors and groups.
const NOT_A_PICTURE = /<(?:\w+:)?(graphicFrame|sp|cxnSp|grpSp)[\s>]/;
const DRAWING = /^xl\/drawings\/drawing\d+\.xml$/;
const SPARKLINES = /<(?:\w+:)?sparklineGroups[\s>]/;
const DEFINED_NAME = /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g;
// 'Sheet'!$A$1 or Sheet!$A$1:$B$2 — the only kind of name ExcelJS keeps.
const RANGE_REFERENCE = /^(?:'(?:[^']|'')+'|[^'!:\s]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

function decodeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes);
  return match ? decodeXml(match[1]) : null;
}

/**
 * Defined names a save through ExcelJS does not keep as they were: names that are not a cell range
 * (constants, formulas) are dropped; sheet-scoped names lose their scope and become workbook names.
 */
function lostNames(workbookXml: string): string[] {
  const lost: string[] = [];
  for (const [, attributes, body] of workbookXml.matchAll(DEFINED_NAME)) {
    const name = attribute(attributes, "name") ?? "";
    // Print areas and titles live on in the sheet's page setup; the filter database is rebuilt from the autofilter.
    if (name.startsWith("_xlnm.")) continue;
    const scoped = attribute(attributes, "localSheetId") !== null;
    if (scoped || !RANGE_REFERENCE.test(decodeXml(body).trim())) lost.push(`xl/workbook.xml#definedName:${name}`);
  }
  return lost;
}

/**
 * The parts of an .xlsx (and, after "#", the things inside a kept part) that saving it through ExcelJS
 * would drop: charts, shapes, pivot tables and caches, VBA, slicers, timelines, threaded comments, external
 * links, custom XML, sparklines, sheet-scoped or formula names … Sorted; empty when nothing would be lost.
 */
export async function partsLostOnSave(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const lost: string[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const part = file.name;
    if (REBUILT.some((pattern) => pattern.test(part))) continue;
    if (!KEPT.some((pattern) => pattern.test(part))) {
      lost.push(part);
      continue;
    }
    if (DRAWING.test(part) && NOT_A_PICTURE.test(await file.async("string"))) {
      lost.push(part, part.replace(/^xl\/drawings\/(drawing\d+\.xml)$/, "xl/drawings/_rels/$1.rels"));
    } else if (/^xl\/worksheets\/sheet\d+\.xml$/.test(part) && SPARKLINES.test(await file.async("string"))) {
      lost.push(`${part}#sparklines`);
    } else if (part === "xl/workbook.xml") {
      lost.push(...lostNames(await file.async("string")));
    }
  }
  // A drawing's rels are listed with it only when they exist.
  return [...new Set(lost)].filter((part) => !part.includes("/_rels/") || part in zip.files).sort();
}

export type LostKind =
  | "chart"
  | "shape"
  | "pivotTable"
  | "vba"
  | "slicer"
  | "timeline"
  | "threadedComment"
  | "externalLink"
  | "customXml"
  | "sparklines"
  | "definedName"
  | "other";

/** What a lost part is, for a message ("diagram", "pivottabell", …). */
export function lostKind(part: string): LostKind {
  if (part.endsWith("#sparklines")) return "sparklines";
  if (part.includes("#definedName:")) return "definedName";
  if (/^xl\/(charts|chartsheets)\//.test(part)) return "chart";
  if (/^xl\/drawings\//.test(part)) return "shape";
  if (/^xl\/(pivotTables|pivotCache)\//.test(part)) return "pivotTable";
  if (/^xl\/vbaProject\.bin$|^xl\/vbaProjectSignature/.test(part)) return "vba";
  if (/^xl\/(slicers|slicerCaches)\//.test(part)) return "slicer";
  if (/^xl\/(timelines|timelineCaches)\//.test(part)) return "timeline";
  if (/^xl\/(threadedComments|persons)\//.test(part)) return "threadedComment";
  if (/^xl\/externalLinks\//.test(part)) return "externalLink";
  if (/^customXml\//.test(part)) return "customXml";
  return "other";
}
