// A host chart as DrawingML: the chart part and its anchor in the sheet's drawing. Bar, column and line
// charts, the kinds Prognos draws; the caches hold the values at save time, so a reader that does not
// recalculate (a viewer, LibreOffice before its first recalculation) shows the same chart as Excel.
import { boxAddress, boxColumns, boxRows, parseBox, quoteSheetName, splitSheet } from "../address";
import type { ChartSeriesState, ChartState } from "../state";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const EMU_PER_POINT = 12700;
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

export const EMPTY_DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"></xdr:wsDr>`;

interface Family {
  element: "barChart" | "lineChart";
  barDir?: "bar" | "col";
  grouping: "clustered" | "stacked" | "percentStacked" | "standard";
  markers?: boolean;
}

const FAMILIES: Record<string, Family> = {
  ColumnClustered: { element: "barChart", barDir: "col", grouping: "clustered" },
  ColumnStacked: { element: "barChart", barDir: "col", grouping: "stacked" },
  ColumnStacked100: { element: "barChart", barDir: "col", grouping: "percentStacked" },
  BarClustered: { element: "barChart", barDir: "bar", grouping: "clustered" },
  BarStacked: { element: "barChart", barDir: "bar", grouping: "stacked" },
  BarStacked100: { element: "barChart", barDir: "bar", grouping: "percentStacked" },
  Line: { element: "lineChart", grouping: "standard", markers: false },
  LineMarkers: { element: "lineChart", grouping: "standard", markers: true },
  LineStacked: { element: "lineChart", grouping: "stacked", markers: false },
};

export function canWriteChart(type: string): boolean {
  return type in FAMILIES;
}

export type CellReader = (reference: string) => Array<string | number | boolean>;

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** "Rapport!H3:H6" as a chart formula, "'Rapport'!$H$3:$H$6" (always quoted, as Excel writes them). */
export function absoluteReference(reference: string): string {
  const { sheet, local } = splitSheet(reference);
  return `'${(sheet ?? "").replace(/'/g, "''")}'!${boxAddress(parseBox(local), true)}`;
}

function color(hex: string | null): string {
  return hex ? `<a:solidFill><a:srgbClr val="${hex.replace(/^#/, "").toUpperCase()}"/></a:solidFill>` : "";
}

function strCache(values: Array<string | number | boolean>): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escape(String(v))}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: Array<string | number | boolean>): string {
  const points = values.flatMap((v, i) => (typeof v === "number" ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : [])).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/** The categories of a series: set by setXAxisValues, else the source's first column (or row) when it holds text. */
function categoriesOf(chart: ChartState, series: ChartSeriesState, read: CellReader): string | null {
  if (series.categories) return series.categories;
  const { sheet, local } = splitSheet(chart.source);
  const box = parseBox(local);
  const byColumns = chart.seriesBy === "Columns" || (chart.seriesBy === "Auto" && boxRows(box) >= boxColumns(box));
  const candidate = byColumns
    ? { ...box, right: box.left, top: box.top + (boxRows(box) > 1 ? 1 : 0) }
    : { ...box, bottom: box.top, left: box.left + (boxColumns(box) > 1 ? 1 : 0) };
  const address = `${quoteSheetName(sheet ?? "")}!${boxAddress(candidate)}`;
  const values = read(address);
  const isCategories = values.some((v) => typeof v === "string" && v !== "") && (byColumns ? boxColumns(box) > 1 : boxRows(box) > 1);
  return isCategories ? address : null;
}

function seriesXml(chart: ChartState, family: Family, series: ChartSeriesState, index: number, read: CellReader): string {
  const fill = color(series.color);
  const shape = family.element === "lineChart" ? (fill ? `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>` : "") : fill ? `<c:spPr>${fill}</c:spPr>` : "";
  const marker = family.element === "lineChart" ? (family.markers ? `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>` : `<c:marker><c:symbol val="none"/></c:marker>`) : "";
  const invert = family.element === "barChart" ? `<c:invertIfNegative val="0"/>` : "";
  const points =
    family.element === "barChart"
      ? series.pointColors.map((hex, i) => (hex ? `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${color(hex)}</c:spPr></c:dPt>` : "")).join("")
      : "";
  const categories = categoriesOf(chart, series, read);
  const cat = categories ? `<c:cat><c:strRef><c:f>${escape(absoluteReference(categories))}</c:f>${strCache(read(categories))}</c:strRef></c:cat>` : "";
  const val = series.values ? `<c:val><c:numRef><c:f>${escape(absoluteReference(series.values))}</c:f>${numCache(read(series.values))}</c:numRef></c:val>` : "";
  const smooth = family.element === "lineChart" ? `<c:smooth val="0"/>` : "";
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escape(series.name)}</c:v></c:tx>${shape}${invert}${marker}${points}${cat}${val}${smooth}</c:ser>`;
}

/** The chart part (xl/charts/chartN.xml) of a host chart. */
export function chartPartXml(chart: ChartState, read: CellReader): string {
  const family = FAMILIES[chart.type];
  if (!family) throw new Error(`chart type ${chart.type} cannot be written`);
  const horizontal = family.barDir === "bar";
  const title = chart.title
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" sz="1200" b="1"/><a:t>${escape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    : `<c:autoTitleDeleted val="1"/>`;
  const series = chart.series.map((s, i) => seriesXml(chart, family, s, i, read)).join("");
  const head = family.element === "barChart" ? `<c:barDir val="${family.barDir}"/><c:grouping val="${family.grouping}"/>` : `<c:grouping val="${family.grouping}"/>`;
  const tail = family.element === "barChart" ? `<c:gapWidth val="60"/>${family.grouping === "clustered" ? "" : `<c:overlap val="100"/>`}` : `<c:marker val="1"/>`;
  const categoryAxis = `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${chart.categoryAxisReversed ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis = `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${chart.categoryAxisReversed ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  const legend = chart.legendVisible ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>` +
    `<c:${family.element}>${head}<c:varyColors val="0"/>${series}${tail}<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:${family.element}>` +
    `${categoryAxis}${valueAxis}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function marker(tag: "from" | "to", column: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The anchor of a chart in the drawing: over the cells of setPosition, or at its left/top/width/height. */
export function chartAnchorXml(chart: ChartState, relationshipId: string, shapeId: number): string {
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escape(chart.name)}"${chart.title ? ` descr="${escape(chart.title)}"` : ""}/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${relationshipId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>`;
  if (chart.position) {
    const start = parseBox(chart.position.start);
    const end = parseBox(chart.position.end ?? chart.position.start);
    return `<xdr:twoCellAnchor editAs="oneCell">${marker("from", start.left - 1, start.top - 1)}${marker("to", end.right, end.bottom)}${frame}</xdr:twoCellAnchor>`;
  }
  const emu = (points: number) => Math.round(points * EMU_PER_POINT);
  return `<xdr:absoluteAnchor><xdr:pos x="${emu(chart.left)}" y="${emu(chart.top)}"/><xdr:ext cx="${emu(chart.width)}" cy="${emu(chart.height)}"/>${frame}</xdr:absoluteAnchor>`;
}
