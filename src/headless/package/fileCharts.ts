// Charts the file already has, by sheet: the host lists them (so that an update finds its own chart of an
// earlier run and replaces it instead of adding a second), and the save removes those the run deleted.
import type ExcelJS from "exceljs";
import type { ChartState } from "../state";
import { PartCache, REL, Relationships, sheetEntries, workbookPartName } from "./parts";
import { childElements, firstChild, NS, type Element } from "./xml";
import { OpcPackage } from "./zip";

export interface FileChart {
  name: string;
  sheet: string;
  drawingPart: string;
  /** The chart part the anchor's graphic frame names. */
  chartPart: string | null;
}

/** The graphic frame's chart relationship id and its name, for an anchor of a drawing that holds a chart. */
export function anchorChart(anchor: Element): { name: string; relationshipId: string } | null {
  const frame = childElements(anchor).find((child) => child.localName === "graphicFrame");
  if (!frame) return null;
  const properties = firstChild(firstChild(frame, "nvGraphicFramePr") ?? frame, "cNvPr");
  const graphic = firstChild(frame, "graphic");
  const data = graphic ? firstChild(graphic, "graphicData") : null;
  const chart = data ? childElements(data).find((child) => child.localName === "chart") : undefined;
  const relationshipId = chart?.getAttributeNS(NS.rel, "id");
  return properties && relationshipId ? { name: properties.getAttribute("name") ?? "", relationshipId } : null;
}

export function drawingOfSheet(cache: PartCache, sheetPart: string): string | null {
  const sheet = cache.get(sheetPart);
  const drawing = sheet ? firstChild(sheet.root, "drawing") : null;
  const id = drawing?.getAttributeNS(NS.rel, "id");
  return id ? (Relationships.of(cache, sheetPart).byId(id)?.part ?? null) : null;
}

export function chartsInPackage(cache: PartCache): FileChart[] {
  const found: FileChart[] = [];
  for (const sheet of sheetEntries(cache, workbookPartName(cache))) {
    const drawingPart = drawingOfSheet(cache, sheet.part);
    const drawing = drawingPart ? cache.get(drawingPart) : null;
    if (!drawingPart || !drawing) continue;
    const rels = Relationships.of(cache, drawingPart);
    for (const anchor of childElements(drawing.root)) {
      const chart = anchorChart(anchor);
      if (!chart) continue;
      const rel = rels.byId(chart.relationshipId);
      found.push({ name: chart.name, sheet: sheet.name, drawingPart, chartPart: rel?.type === REL.chart ? rel.part : null });
    }
  }
  return found;
}

/** The charts of a file's bytes; none when the package cannot be read (ExcelJS has read it, so rarely). */
export function chartsInFile(bytes: Uint8Array): FileChart[] {
  try {
    return chartsInPackage(new PartCache(OpcPackage.read(bytes)));
  } catch {
    return [];
  }
}

/**
 * The host's state for the charts of the file the workbook was read from: name only (type "Unknown", no
 * series); the save keeps such a chart as the file had it, or removes it when the run deleted it.
 */
export function fileChartStates(workbook: ExcelJS.Workbook, bytes: Uint8Array | undefined, firstId: number): Map<ExcelJS.Worksheet, ChartState[]> {
  const states = new Map<ExcelJS.Worksheet, ChartState[]>();
  let id = firstId;
  for (const chart of bytes ? chartsInFile(bytes) : []) {
    const sheet = workbook.getWorksheet(chart.sheet);
    if (!sheet) continue;
    const state: ChartState = {
      id: id++, name: chart.name, type: "Unknown", source: "", seriesBy: "Auto", title: null, legendVisible: true, categoryAxisReversed: false,
      series: [], position: null, left: 0, top: 0, width: 0, height: 0,
    };
    state.file = { name: chart.name, print: JSON.stringify(state) };
    states.set(sheet, [...(states.get(sheet) ?? []), state]);
  }
  return states;
}
