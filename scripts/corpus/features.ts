// What a workbook holds, read from its XML parts (not from anyone's claim about the file): the features
// issue 16 lists as lost by the old save, each a test on the parts where Excel keeps it.
import { strFromU8, unzipSync } from "fflate";

export type Parts = Map<string, Uint8Array>;

export function readParts(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/")));
}

export function partText(parts: Parts, name: string): string {
  const bytes = parts.get(name);
  return bytes ? strFromU8(bytes) : "";
}

const texts = (parts: Parts, pattern: RegExp): string[] => [...parts.keys()].filter((name) => pattern.test(name)).map((name) => partText(parts, name));
const sheets = (parts: Parts) => texts(parts, /^xl\/worksheets\/[^/]+\.xml$/i);
const anyMatch = (list: string[], pattern: RegExp) => list.some((text) => pattern.test(text));

// An element of any prefix (`<x:row`, `<row`): the regex source of its opening tag.
const tag = (name: string) => `<(?:[A-Za-z0-9_]+:)?${name}\\b`;
const has = (name: string, rest = "") => new RegExp(`${tag(name)}${rest}`);

interface Detector {
  feature: string;
  test: (parts: Parts) => boolean;
}

const workbookXml = (parts: Parts) => partText(parts, "xl/workbook.xml");
const stylesXml = (parts: Parts) => partText(parts, "xl/styles.xml");

/** The first `<font>` of styles.xml is the default cell style's; Excel's own default is Calibri 11. */
function defaultFontIsNotCalibri11(parts: Parts): boolean {
  const fonts = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(stylesXml(parts))?.[1];
  const first = fonts ? /<(?:\w+:)?font\b[\s\S]*?(?:\/>(?=\s*<(?:\w+:)?font\b)|<\/(?:\w+:)?font>)/.exec(fonts)?.[0] : undefined;
  if (!first) return false;
  const name = /<(?:\w+:)?name\s+val="([^"]*)"/.exec(first)?.[1];
  const size = /<(?:\w+:)?sz\s+val="([^"]*)"/.exec(first)?.[1];
  return (name !== undefined && name !== "Calibri") || (size !== undefined && Number(size) !== 11);
}

/** A named cell style other than the built-in "Normal" (builtinId 0). */
function namedCellStyles(parts: Parts): boolean {
  const styles = [...stylesXml(parts).matchAll(/<(?:\w+:)?cellStyle\b([^>]*)>/g)].map((m) => m[1]);
  return styles.some((attributes) => !/builtinId="0"/.test(attributes));
}

function richText(parts: Parts): boolean {
  const strings = [partText(parts, "xl/sharedStrings.xml"), ...sheets(parts)];
  return strings.some((text) => /<(?:\w+:)?(?:si|is)>\s*<(?:\w+:)?r>/.test(text) || /<(?:\w+:)?r>\s*<(?:\w+:)?rPr>/.test(text));
}

/** Rich text whose runs say explicitly "not bold / not italic / not struck" (val="0" or "false"), shared or inline. */
function richTextExplicitOff(parts: Parts): boolean {
  const run = /<(?:\w+:)?rPr>(?:(?!<\/(?:\w+:)?rPr>)[\s\S])*<(?:\w+:)?(?:b|i|strike)\s+val="(?:0|false)"/;
  return anyMatch([partText(parts, "xl/sharedStrings.xml"), ...sheets(parts)], run);
}

export const DETECTORS: Detector[] = [
  { feature: "dataValidation", test: (p) => anyMatch(sheets(p), has("dataValidation", "[\\s>]")) },
  { feature: "x14DataValidation", test: (p) => anyMatch(sheets(p), /<x14:dataValidation\b/) },
  { feature: "conditionalFormat", test: (p) => anyMatch(sheets(p), has("conditionalFormatting")) },
  { feature: "iconSet", test: (p) => anyMatch(sheets(p), has("iconSet")) },
  { feature: "x14ConditionalFormat", test: (p) => anyMatch(sheets(p), /<x14:conditionalFormatting\b/) },
  { feature: "customIconSet", test: (p) => anyMatch(sheets(p), /<x14:cfIcon\b/) },
  { feature: "conditionalFormatNumFmt", test: (p) => /<(?:\w+:)?dxf>(?:(?!<\/(?:\w+:)?dxf>)[\s\S])*<(?:\w+:)?numFmt\b/.test(stylesXml(p)) },
  { feature: "errorCell", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?c\b[^>]*\bt="e"/) },
  { feature: "dataTableFormula", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?f\b[^>]*\bt="dataTable"/) },
  { feature: "arrayFormula", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?f\b[^>]*\bt="array"/) },
  { feature: "sharedFormula", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?f\b[^>]*\bt="shared"/) },
  { feature: "richText", test: richText },
  { feature: "richTextExplicitOff", test: richTextExplicitOff },
  { feature: "sheetProtection", test: (p) => anyMatch(sheets(p), has("sheetProtection")) },
  { feature: "sheetPassword", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?sheetProtection\b[^>]*\b(?:password|hashValue)=/) },
  { feature: "workbookProtection", test: (p) => has("workbookProtection").test(workbookXml(p)) },
  { feature: "protectedRange", test: (p) => anyMatch(sheets(p), has("protectedRange")) },
  { feature: "notes", test: (p) => [...p.keys()].some((name) => /^xl\/comments[^/]*\.xml$/i.test(name)) },
  { feature: "threadedComments", test: (p) => [...p.keys()].some((name) => /^xl\/threadedComments\//i.test(name)) },
  { feature: "hyperlink", test: (p) => anyMatch(sheets(p), has("hyperlink", "[\\s/]")) },
  { feature: "internalHyperlink", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?hyperlink\b[^>]*\blocation=/) },
  { feature: "hyperlinkTooltip", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?hyperlink\b[^>]*\btooltip=/) },
  { feature: "autoFilter", test: (p) => anyMatch(sheets(p), has("autoFilter")) },
  { feature: "autoFilterCriteria", test: (p) => anyMatch([...sheets(p), ...texts(p, /^xl\/tables\/[^/]+\.xml$/i)], has("filterColumn")) },
  { feature: "scenarios", test: (p) => anyMatch(sheets(p), has("scenarios")) },
  { feature: "customViews", test: (p) => anyMatch(sheets(p), has("customSheetViews")) || has("customWorkbookViews").test(workbookXml(p)) },
  { feature: "sortState", test: (p) => anyMatch([...sheets(p), ...texts(p, /^xl\/tables\/[^/]+\.xml$/i)], has("sortState")) },
  { feature: "pageBreaks", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?(?:rowBreaks|colBreaks)\b[^>]*>\s*<(?:\w+:)?brk\b/) },
  { feature: "headerFooterPicture", test: (p) => anyMatch(sheets(p), has("legacyDrawingHF")) },
  { feature: "altText", test: (p) => anyMatch(texts(p, /^xl\/drawings\/[^/]+\.xml$/i), /<(?:\w+:)?cNvPr\b[^>]*\bdescr="[^"]+"/) },
  { feature: "table", test: (p) => [...p.keys()].some((name) => /^xl\/tables\/[^/]+\.xml$/i.test(name)) },
  { feature: "calculatedColumn", test: (p) => anyMatch(texts(p, /^xl\/tables\/[^/]+\.xml$/i), has("calculatedColumnFormula")) },
  { feature: "manualCalc", test: (p) => /<(?:\w+:)?calcPr\b[^>]*\bcalcMode="manual"/.test(workbookXml(p)) },
  { feature: "customTableStyle", test: (p) => /<(?:\w+:)?tableStyle\s/.test(stylesXml(p)) },
  { feature: "palette", test: (p) => has("indexedColors").test(stylesXml(p)) },
  { feature: "namedCellStyle", test: namedCellStyles },
  { feature: "defaultFontNotCalibri11", test: defaultFontIsNotCalibri11 },
  { feature: "hiddenRow", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?row\b[^>]*\bhidden="(?:1|true)"/) },
  { feature: "hiddenColumn", test: (p) => anyMatch(sheets(p), /<(?:\w+:)?col\b[^>]*\bhidden="(?:1|true)"/) },
  { feature: "mergedCells", test: (p) => anyMatch(sheets(p), has("mergeCell", "[\\s/]")) },
  { feature: "definedNames", test: (p) => has("definedName", "[\\s>]").test(workbookXml(p)) },
  { feature: "vba", test: (p) => [...p.keys()].some((name) => /vbaProject\.bin$/i.test(name)) },
  { feature: "chart", test: (p) => [...p.keys()].some((name) => /^xl\/charts\/chart[^/]*\.xml$/i.test(name)) },
  { feature: "image", test: (p) => [...p.keys()].some((name) => /^xl\/media\//i.test(name)) },
  { feature: "pivotTable", test: (p) => [...p.keys()].some((name) => /^xl\/pivotTables\//i.test(name)) },
  { feature: "sparklines", test: (p) => anyMatch(sheets(p), /<x14:sparklineGroup\b/) },
  { feature: "slicer", test: (p) => [...p.keys()].some((name) => /^xl\/slicers?\//i.test(name)) },
  { feature: "externalLink", test: (p) => [...p.keys()].some((name) => /^xl\/externalLinks\//i.test(name)) },
  { feature: "customXml", test: (p) => [...p.keys()].some((name) => /^customXml\//i.test(name)) },
  { feature: "chartsheet", test: (p) => [...p.keys()].some((name) => /^xl\/chartsheets\//i.test(name)) },
  { feature: "hiddenSheet", test: (p) => /<(?:\w+:)?sheet\b[^>]*\bstate="(?:hidden|veryHidden)"/.test(workbookXml(p)) },
];

/** The list: the corpus must hold each of these somewhere. */
export const REQUIRED_FEATURES = [
  "dataValidation", "x14DataValidation", "conditionalFormat", "iconSet", "x14ConditionalFormat", "customIconSet", "conditionalFormatNumFmt",
  "errorCell", "dataTableFormula", "richText", "richTextExplicitOff", "sheetPassword", "workbookProtection", "protectedRange", "notes",
  "internalHyperlink", "hyperlinkTooltip", "autoFilterCriteria", "scenarios", "customViews", "sortState", "pageBreaks",
  "headerFooterPicture", "altText", "calculatedColumn", "manualCalc", "customTableStyle", "palette", "namedCellStyle",
  "defaultFontNotCalibri11", "hiddenRow", "vba", "chart",
];

export function detectFeatures(parts: Parts): string[] {
  return DETECTORS.filter((detector) => {
    try {
      return detector.test(parts);
    } catch {
      return false;
    }
  }).map((detector) => detector.feature);
}

/** docProps/app.xml's <Application>: who wrote the file ("Microsoft Excel", "LibreOffice/…", none). */
export function applicationOf(parts: Parts): string {
  return /<(?:\w+:)?Application>([^<]*)</.exec(partText(parts, "docProps/app.xml"))?.[1].trim() ?? "";
}

export const isExcelMade = (application: string) => /^Microsoft\b.*\bExcel\b/i.test(application);
