// The save that edits the file instead of rebuilding it. ExcelJS still writes the whole workbook, but only
// to take from it what the run changed: the cells, rows, columns, merges, conditional formats and tables
// that differ from the file as read, the sheets the run added and Prognos' defined names, plus the charts
// the host keeps. Every other part of the file is written back byte for byte.
import ExcelJS from "exceljs";
import { readValue } from "../cells";
import { parseBox, splitSheet } from "../address";
import type { ChartState } from "../state";
import { fixLoadedTables, syncTableHeaders } from "../tables";
import { chartAnchorXml, chartPartXml, canWriteChart, EMPTY_DRAWING, type CellReader } from "./chartXml";
import { diffSheet, isUnchanged, type SheetChanges } from "./diff";
import { anchorChart, chartsInPackage, drawingOfSheet } from "./fileCharts";
import { originalOf } from "./origin";
import { readableCopy } from "./readable";
import { ContentTypes, CONTENT_TYPE, PartCache, REL, Relationships, relsName, sheetEntries, workbookPartName, type SheetEntry } from "./parts";
import { patchSheet, WORKSHEET_ORDER } from "./sheetPatch";
import { StyleMerger } from "./styles";
import { Renumber, sharedStringItems, WrittenSheet } from "./written";
import { childElements, childrenNamed, createLike, firstChild, insertInOrder, NS, relationshipPrefix, XmlPart, type Element } from "./xml";
import { OpcPackage } from "./zip";

/** What the save cannot write faithfully: the save refuses and names them. */
export class PackageSaveError extends Error {
  constructor(readonly problems: string[]) {
    super(`the workbook cannot be saved without losing what was changed: ${problems.join("; ")}`);
    this.name = "PackageSaveError";
  }
}

const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences",
  "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
  "fileRecoveryPr", "webPublishObjects", "extLst",
];

type ChartsBySheet = ReadonlyMap<ExcelJS.Worksheet, readonly ChartState[]>;

async function readModel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readableCopy(bytes) as unknown as ExcelJS.Buffer);
  fixLoadedTables(workbook);
  syncTableHeaders(workbook);
  return workbook;
}

function namesOf(workbook: ExcelJS.Workbook): Map<string, string> {
  const model = (workbook.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model;
  return new Map(model.filter((n) => !n.name.startsWith("_xlnm.")).map((n) => [n.name, n.ranges.join(",")]));
}

function cellReader(workbook: ExcelJS.Workbook): CellReader {
  return (reference) => {
    const { sheet: name, local } = splitSheet(reference);
    const sheet = name ? workbook.getWorksheet(name) : undefined;
    if (!sheet) return [];
    const box = parseBox(local);
    const values: Array<string | number | boolean> = [];
    for (let row = box.top; row <= box.bottom; row++) for (let column = box.left; column <= box.right; column++) values.push(readValue(sheet.findCell(row, column)));
    return values;
  };
}

class PackageEditor {
  readonly cache: PartCache;
  readonly types: ContentTypes;
  readonly workbookPart: string;
  readonly workbookXml: XmlPart;
  private readonly written: PartCache;
  private readonly writtenSheets: Map<string, SheetEntry>;
  readonly styles: StyleMerger;
  readonly renumber: Renumber;
  formulaTouched = false;

  constructor(original: OpcPackage, written: OpcPackage) {
    this.cache = new PartCache(original);
    this.written = new PartCache(written);
    this.types = new ContentTypes(this.cache);
    this.workbookPart = workbookPartName(this.cache);
    this.workbookXml = this.cache.get(this.workbookPart)!;
    this.writtenSheets = new Map(sheetEntries(this.written, "xl/workbook.xml").map((entry) => [entry.name, entry]));
    const stylesPart = this.ensureStyles();
    this.styles = new StyleMerger(this.cache.get(stylesPart)!, this.written.get("xl/styles.xml")!);
    this.renumber = new Renumber(this.styles, sharedStringItems(this.written.get("xl/sharedStrings.xml")));
    this.stylesPart = stylesPart;
  }

  private readonly stylesPart: string;

  /** The file's styles part; a package without one gets ExcelJS's (rare: Excel always writes it). */
  private ensureStyles(): string {
    const rels = Relationships.of(this.cache, this.workbookPart);
    const existing = rels.all().find((rel) => rel.type === REL.styles)?.part;
    if (existing && this.cache.get(existing)) return existing;
    const name = "xl/styles.xml";
    this.cache.create(name, this.written.pkg.text(name)!);
    rels.add(REL.styles, name);
    this.types.override(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
    return name;
  }

  writtenSheet(name: string): WrittenSheet {
    const entry = this.writtenSheets.get(name);
    if (!entry) throw new Error(`ExcelJS wrote no sheet ${name}`);
    return new WrittenSheet(this.written.get(entry.part)!);
  }

  private writtenTable(sheetName: string, tableName: string): XmlPart {
    const entry = this.writtenSheets.get(sheetName)!;
    for (const rel of Relationships.of(this.written, entry.part).all()) {
      if (rel.type !== REL.table || !rel.part) continue;
      const table = this.written.get(rel.part);
      if (table && table.root.getAttribute("name") === tableName) return table;
    }
    throw new Error(`ExcelJS wrote no table ${tableName}`);
  }

  private tableIds(): number {
    let highest = 0;
    for (const name of this.cache.pkg.names()) {
      if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
      highest = Math.max(highest, Number(this.cache.get(name)?.root.getAttribute("id") ?? 0));
    }
    return highest;
  }

  private addTable(sheetPart: string, sheetXml: XmlPart, source: XmlPart): void {
    const name = this.cache.pkg.freeName((n) => `xl/tables/table${n}.xml`);
    const table = this.cache.create(name, source.toString());
    table.root.setAttribute("id", String(this.tableIds() + 1));
    this.cache.pkg.setText(name, table.toString());
    this.types.override(name, CONTENT_TYPE.table);
    const id = Relationships.of(this.cache, sheetPart).add(REL.table, name);
    const root = sheetXml.root;
    let parts = firstChild(root, "tableParts");
    if (!parts) insertInOrder(root, (parts = createLike(root, "tableParts")), WORKSHEET_ORDER);
    const part = createLike(parts, "tablePart");
    part.setAttributeNS(NS.rel, `${relationshipPrefix(root)}:id`, id);
    parts.appendChild(part);
    parts.setAttribute("count", String(childrenNamed(parts, "tablePart").length));
  }

  private tablePartOf(sheetPart: string, tableName: string): string | null {
    for (const rel of Relationships.of(this.cache, sheetPart).all()) {
      if (rel.type === REL.table && rel.part && this.cache.get(rel.part)?.root.getAttribute("name") === tableName) return rel.part;
    }
    return null;
  }

  patchExisting(entry: SheetEntry, changes: SheetChanges): void {
    const part = this.cache.get(entry.part)!;
    const written = this.writtenSheet(entry.name);
    this.formulaTouched ||= patchSheet(part, changes, written, this.renumber).formulaTouched;
    for (const tableName of changes.tablesChanged) {
      const tablePart = this.tablePartOf(entry.part, tableName);
      if (!tablePart) throw new PackageSaveError([`${entry.name}: table ${tableName} not found in the file`]);
      const id = this.cache.get(tablePart)!.root.getAttribute("id");
      const replaced = this.cache.create(tablePart, this.writtenTable(entry.name, tableName).toString());
      if (id) replaced.root.setAttribute("id", id);
    }
    for (const tableName of changes.tablesAdded) this.addTable(entry.part, part, this.writtenTable(entry.name, tableName));
    this.cache.touch(entry.part);
  }

  addSheet(sheet: ExcelJS.Worksheet): string {
    const source = this.writtenSheets.get(sheet.name)!;
    const part = this.cache.pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
    const xml = this.cache.create(part, this.written.pkg.text(source.part)!);
    this.renumber.sheet(xml);
    const root = xml.root;
    // ExcelJS gives every sheet its own rels; of them only tables are the run's to write.
    for (const element of childElements(root)) if (element.localName === "tableParts") root.removeChild(element);
    const rels = Relationships.of(this.written, source.part).all();
    const foreign = rels.filter((rel) => rel.type !== REL.table);
    if (foreign.length > 0) throw new PackageSaveError(foreign.map((rel) => `${sheet.name}: ${rel.type.split("/").pop()} in a new sheet`));
    for (const rel of rels) this.addTable(part, xml, this.written.get(rel.part!)!);
    this.types.override(part, CONTENT_TYPE.worksheet);
    const id = Relationships.of(this.cache, this.workbookPart).add(REL.worksheet, part);
    const sheets = firstChild(this.workbookXml.root, "sheets")!;
    const ids = childrenNamed(sheets, "sheet").map((s) => Number(s.getAttribute("sheetId") ?? 0));
    const element = createLike(sheets, "sheet");
    element.setAttribute("name", sheet.name);
    element.setAttribute("sheetId", String(Math.max(0, ...ids) + 1));
    const state = source.element.getAttribute("state");
    if (state) element.setAttribute("state", state);
    element.setAttributeNS(NS.rel, `${relationshipPrefix(this.workbookXml.root)}:id`, id);
    // At the end, so that no sheet's position (which sheet-scoped names count by) moves.
    sheets.appendChild(element);
    this.cache.touch(this.workbookPart);
    return part;
  }

  setNames(before: Map<string, string>, after: Map<string, string>): void {
    const root = this.workbookXml.root;
    let names = firstChild(root, "definedNames");
    const global = (name: string) =>
      (names ? childrenNamed(names, "definedName") : []).find((d) => !d.hasAttribute("localSheetId") && d.getAttribute("name")?.toLowerCase() === name.toLowerCase());
    let changed = false;
    for (const [name] of before) {
      if (after.has(name)) continue;
      const element = global(name);
      if (element) names!.removeChild(element);
      changed = true;
    }
    for (const [name, reference] of after) {
      if (before.get(name) === reference) continue;
      if (!names) insertInOrder(root, (names = createLike(root, "definedNames")), WORKBOOK_ORDER);
      let element = global(name);
      if (!element) {
        element = createLike(names, "definedName");
        element.setAttribute("name", name);
        names.appendChild(element);
      }
      while (element.firstChild) element.removeChild(element.firstChild);
      element.appendChild(root.ownerDocument!.createTextNode(reference));
      changed = true;
    }
    if (names && childElements(names).length === 0) root.removeChild(names);
    if (changed) this.cache.touch(this.workbookPart);
  }

  /** Removes the file's calculation chain: Excel rebuilds it, and it may name a formula the run replaced. */
  dropCalcChain(): void {
    const rels = Relationships.of(this.cache, this.workbookPart);
    for (const rel of rels.all()) {
      if (rel.type !== REL.calcChain || !rel.part) continue;
      rels.remove(rel.id);
      this.types.remove(rel.part);
      this.cache.forget(rel.part);
    }
  }

  sheetPart(name: string): string | null {
    return sheetEntries(this.cache, this.workbookPart).find((entry) => entry.name === name)?.part ?? null;
  }

  private drawingFor(sheetPart: string): { part: string; xml: XmlPart } {
    const existing = drawingOfSheet(this.cache, sheetPart);
    if (existing) return { part: existing, xml: this.cache.get(existing)! };
    const part = this.cache.pkg.freeName((n) => `xl/drawings/drawing${n}.xml`);
    const xml = this.cache.create(part, EMPTY_DRAWING);
    this.types.override(part, CONTENT_TYPE.drawing);
    const id = Relationships.of(this.cache, sheetPart).add(REL.drawing, part);
    const sheet = this.cache.get(sheetPart)!;
    const element = createLike(sheet.root, "drawing");
    element.setAttributeNS(NS.rel, `${relationshipPrefix(sheet.root)}:id`, id);
    insertInOrder(sheet.root, element, WORKSHEET_ORDER);
    this.cache.touch(sheetPart);
    return { part, xml };
  }

  removeFileChart(drawingPart: string, name: string): void {
    const drawing = this.cache.get(drawingPart)!;
    const rels = Relationships.of(this.cache, drawingPart);
    for (const anchor of childElements(drawing.root)) {
      const chart = anchorChart(anchor);
      if (!chart || chart.name !== name) continue;
      const rel = rels.byId(chart.relationshipId);
      drawing.root.removeChild(anchor);
      if (rel?.part) {
        rels.remove(rel.id);
        this.types.remove(rel.part);
        // The chart's own style and colour parts go with it, and so do their content types.
        for (const inner of Relationships.of(this.cache, rel.part).all()) {
          if (!inner.part?.startsWith("xl/charts/")) continue;
          this.types.remove(inner.part);
          this.cache.forget(inner.part);
        }
        this.cache.forget(relsName(rel.part));
        this.cache.forget(rel.part);
      }
      this.cache.touch(drawingPart);
      return;
    }
  }

  addChart(sheetPart: string, chart: ChartState, read: CellReader): void {
    const { part: drawingPart, xml: drawing } = this.drawingFor(sheetPart);
    const chartPart = this.cache.pkg.freeName((n) => `xl/charts/chart${n}.xml`);
    this.cache.create(chartPart, chartPartXml(chart, read));
    this.types.override(chartPart, CONTENT_TYPE.chart);
    const id = Relationships.of(this.cache, drawingPart).add(REL.chart, chartPart);
    const anchor = new XmlPart(`<root xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${chartAnchorXml(chart, id, this.nextShapeId(drawing))}</root>`);
    drawing.root.appendChild(drawing.doc.importNode(childElements(anchor.root)[0], true));
    this.cache.touch(drawingPart);
  }

  private nextShapeId(drawing: XmlPart): number {
    let highest = 1;
    const visit = (element: Element) => {
      for (const child of childElements(element)) {
        if (child.localName === "cNvPr") highest = Math.max(highest, Number(child.getAttribute("id") ?? 0));
        visit(child);
      }
    };
    visit(drawing.root);
    return highest + 1;
  }

  finish(): Uint8Array {
    if (this.styles.changed) this.cache.touch(this.stylesPart);
    this.cache.flush();
    return this.cache.pkg.toBytes();
  }
}

/** Charts of the run's host that the save writes: those the run added (charts read from the file stay as they were). */
function newCharts(charts: ChartsBySheet | undefined, sheet: ExcelJS.Worksheet): ChartState[] {
  return [...(charts?.get(sheet) ?? [])].filter((chart) => !chart.file);
}

function checkCharts(charts: ChartsBySheet | undefined): string[] {
  const problems: string[] = [];
  for (const [sheet, list] of charts ?? []) {
    for (const chart of list) {
      if (!chart.file && !canWriteChart(chart.type)) problems.push(`${sheet.name}: a ${chart.type} chart cannot be written`);
      if (chart.file && chart.file.print !== JSON.stringify({ ...chart, file: undefined })) problems.push(`${sheet.name}: the chart ${chart.file.name} of the file was changed`);
    }
  }
  return problems;
}

/** Saves the workbook: as an edit of the file it was read from, or as ExcelJS writes it when it has no file. */
export async function savePackage(workbook: ExcelJS.Workbook, charts?: ChartsBySheet): Promise<Uint8Array> {
  const original = originalOf(workbook);
  syncTableHeaders(workbook);
  const problems = checkCharts(charts);
  const before = original ? await readModel(original) : null;
  const changes = new Map<string, SheetChanges | "new">();
  for (const sheet of workbook.worksheets) {
    const old = before?.getWorksheet(sheet.name);
    if (!before) continue;
    if (!old) changes.set(sheet.name, "new");
    else {
      const diff = diffSheet(old, sheet);
      problems.push(...diff.unsupported.map((what) => `${sheet.name}: ${what}`));
      if (!isUnchanged(diff)) changes.set(sheet.name, diff);
    }
  }
  for (const old of before?.worksheets ?? []) if (!workbook.getWorksheet(old.name)) problems.push(`${old.name}: sheet removed`);
  if (problems.length > 0) throw new PackageSaveError(problems);

  const writtenBytes = await workbook.xlsx.writeBuffer();
  const written = OpcPackage.read(writtenBytes instanceof Uint8Array ? writtenBytes : new Uint8Array(writtenBytes as ArrayBuffer));
  const editor = new PackageEditor(original ? OpcPackage.read(original) : written, written);
  for (const sheet of workbook.worksheets) {
    const change = changes.get(sheet.name);
    if (change === "new") editor.addSheet(sheet);
    else if (change) editor.patchExisting(sheetEntries(editor.cache, editor.workbookPart).find((e) => e.name === sheet.name)!, change);
  }
  if (before) editor.setNames(namesOf(before), namesOf(workbook));
  if (editor.formulaTouched) editor.dropCalcChain();

  // Charts: the file's that the run deleted go; the run's own are added.
  const kept = new Set<string>();
  for (const [sheet, list] of charts ?? []) for (const chart of list) if (chart.file) kept.add(`${sheet.name}\u0000${chart.file.name}`);
  if (original) {
    for (const chart of chartsInPackage(editor.cache)) if (!kept.has(`${chart.sheet}\u0000${chart.name}`) && isHostSheet(workbook, chart.sheet, charts)) editor.removeFileChart(chart.drawingPart, chart.name);
  }
  const read = cellReader(workbook);
  for (const sheet of workbook.worksheets) {
    const added = newCharts(charts, sheet);
    if (added.length === 0) continue;
    const part = editor.sheetPart(sheet.name)!;
    for (const chart of added) editor.addChart(part, chart, read);
  }
  return editor.finish();
}

/** Only a host that knows the sheet's charts can have deleted one; a save without a host deletes nothing. */
function isHostSheet(workbook: ExcelJS.Workbook, sheetName: string, charts: ChartsBySheet | undefined): boolean {
  const sheet = workbook.getWorksheet(sheetName);
  return charts !== undefined && sheet !== undefined && charts.has(sheet);
}
