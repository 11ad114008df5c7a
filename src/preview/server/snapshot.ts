// A picture of the workbook for the preview's sheet view: text through the host (`range.text`, as
// Swedish Excel shows it), looks (bold, fill, alignment, merges, widths, the arrow column) from the
// ExcelJS model the host holds, and the host's in-memory charts. Read-only; the pane's actions go
// through the adapter.
import type ExcelJS from "exceljs";
import type { HeadlessHost } from "../../headless/index";

export type Arrow = "up" | "side" | "down";

export interface CellView {
  /** "C7" */
  address: string;
  text: string;
  bold: boolean;
  /** "#RRGGBB" background, when filled. */
  fill: string | null;
  align: "left" | "center" | "right";
  wrap: boolean;
  rowSpan: number;
  colSpan: number;
  arrow: Arrow | null;
}

export interface ChartView {
  name: string;
  title: string;
  bars: Array<{ label: string; value: number; color: string }>;
}

export interface SheetView {
  name: string;
  /** First row and column numbers (1-based) of `rows`. */
  top: number;
  left: number;
  /** Covered cells of a merge are absent (null). */
  rows: (CellView | null)[][];
  /** Pixels per column. */
  widths: number[];
  charts: ChartView[];
}

export interface WorkbookView {
  sheets: SheetView[];
  active: string;
  /** "Controller!E5" or a range; null when none was set. */
  selection: string | null;
}

const MAX_ROWS = 200;
const MAX_COLUMNS = 30;

interface IconRule {
  type: string;
  iconSet?: string;
  reverse?: boolean;
  showValue?: boolean;
  cfvo?: Array<{ type: string; value?: number | string }>;
}
interface CfEntry {
  ref: string;
  rules: IconRule[];
}

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0);
}

function parseBox(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!match) return null;
  const left = columnNumber(match[1]);
  const top = Number(match[2]);
  return { top, left, right: match[3] ? columnNumber(match[3]) : left, bottom: match[4] ? Number(match[4]) : top };
}

/** The threeArrows rule's icon for a value: thresholds are the 2nd and 3rd criteria ("num", as the adapter writes them). */
function arrowFor(value: unknown, rule: IconRule): Arrow | null {
  if (typeof value !== "number") return null;
  const [, low, high] = (rule.cfvo ?? []).map((c) => Number(c.value));
  const lower = Number.isFinite(low) ? low : -0.5;
  const upper = Number.isFinite(high) ? high : 0.5;
  const arrow: Arrow = value >= upper ? "up" : value >= lower ? "side" : "down";
  if (!rule.reverse) return arrow;
  return arrow === "up" ? "down" : arrow === "down" ? "up" : "side";
}

function arrowRules(sheet: ExcelJS.Worksheet): Array<{ box: NonNullable<ReturnType<typeof parseBox>>; rule: IconRule }> {
  const entries = (sheet as unknown as { conditionalFormattings?: CfEntry[] }).conditionalFormattings ?? [];
  return entries.flatMap((entry) =>
    entry.rules
      .filter((rule) => rule.type === "iconSet" && /Arrows/.test(rule.iconSet ?? ""))
      .flatMap((rule) => entry.ref.split(/\s+/).flatMap((ref) => {
        const box = parseBox(ref);
        return box ? [{ box, rule }] : [];
      })),
  );
}

function mergesOf(sheet: ExcelJS.Worksheet): Array<NonNullable<ReturnType<typeof parseBox>>> {
  const merges = (sheet.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.flatMap((ref) => {
    const box = parseBox(ref);
    return box ? [box] : [];
  });
}

function colour(argb: string | undefined): string | null {
  if (!argb || argb.length < 6) return null;
  return `#${argb.slice(-6)}`;
}

function alignOf(cell: ExcelJS.Cell, value: unknown): CellView["align"] {
  const horizontal = cell.alignment?.horizontal;
  if (horizontal === "center" || horizontal === "centerContinuous") return "center";
  if (horizontal === "right") return "right";
  if (horizontal === "left") return "left";
  return typeof value === "number" ? "right" : "left";
}

/** Excel's character width to pixels (7 px per character plus padding, as Calibri 11 at 96 dpi). */
function widthPx(chars: number | undefined): number {
  return Math.round((chars ?? 9.140625) * 7 + 5);
}

async function readSheet(host: HeadlessHost, name: string): Promise<SheetView> {
  const read = await host.run(async (context) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(false).load("address,text,values,rowIndex,columnIndex");
    await context.sync();
    if (used.isNullObject) return null;
    return { top: used.rowIndex + 1, left: used.columnIndex + 1, text: used.text, values: used.values };
  });
  const sheet = host.workbook.getWorksheet(name) as ExcelJS.Worksheet;
  const charts = await readCharts(host, name);
  if (!read) return { name, top: 1, left: 1, rows: [], widths: [], charts };
  // Start at A1 as Excel does, so the sheet's own layout (titles, gaps) shows.
  const top = 1;
  const left = 1;
  const bottom = Math.min(read.top + read.text.length - 1, MAX_ROWS);
  const right = Math.min(read.left + (read.text[0]?.length ?? 1) - 1, MAX_COLUMNS);
  const merges = mergesOf(sheet);
  const arrows = arrowRules(sheet);
  const rows: (CellView | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: (CellView | null)[] = [];
    for (let c = left; c <= right; c++) {
      const merge = merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      if (merge && (merge.top !== r || merge.left !== c)) {
        line.push(null);
        continue;
      }
      const inUsed = r >= read.top && c >= read.left && r - read.top < read.text.length && c - read.left < (read.text[0]?.length ?? 0);
      const text = inUsed ? String(read.text[r - read.top][c - read.left] ?? "") : "";
      const value = inUsed ? read.values[r - read.top][c - read.left] : "";
      const cell = sheet.getCell(r, c);
      const rule = arrows.find(({ box }) => r >= box.top && r <= box.bottom && c >= box.left && c <= box.right)?.rule;
      const fill = cell.fill && cell.fill.type === "pattern" && cell.fill.pattern === "solid" ? colour(cell.fill.fgColor?.argb) : null;
      line.push({
        address: `${columnLetters(c)}${r}`,
        text: rule && rule.showValue === false ? "" : text,
        bold: Boolean(cell.font?.bold),
        fill,
        align: alignOf(cell, value),
        wrap: Boolean(cell.alignment?.wrapText),
        rowSpan: merge ? Math.min(merge.bottom, bottom) - merge.top + 1 : 1,
        colSpan: merge ? Math.min(merge.right, right) - merge.left + 1 : 1,
        arrow: rule ? arrowFor(value, rule) : null,
      });
    }
    rows.push(line);
  }
  const widths = Array.from({ length: right - left + 1 }, (_, i) => widthPx(sheet.getColumn(left + i).width));
  return { name, top, left, rows, widths, charts };
}

async function readCharts(host: HeadlessHost, sheetName: string): Promise<ChartView[]> {
  const charts = host.charts(sheetName);
  if (charts.length === 0) return [];
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const local = (address: string) => {
      const [sheet, cells] = address.includes("!") ? address.split("!") : [sheetName, address];
      return sheets.getItem(sheet.replace(/^'|'$/g, "")).getRange(cells);
    };
    // One bar per category: the series with a number there (Prognos draws surplus and deficit as two series).
    const reads = charts.map((chart) => ({
      chart,
      series: chart.series.map((series) => ({ series, values: series.values ? local(series.values).load("values") : null })),
      labels: chart.series[0]?.categories ? local(chart.series[0].categories).load("values") : null,
    }));
    await context.sync();
    return reads.map(({ chart, series, labels }) => {
      const columns = series.map(({ series: info, values }) => ({ info, numbers: values ? (values.values as unknown[][]).flat() : [] }));
      const count = Math.max(0, ...columns.map((column) => column.numbers.length));
      const names = labels ? (labels.values as unknown[][]).flat().map(String) : Array.from({ length: count }, (_, i) => String(i + 1));
      return {
        name: chart.name,
        title: chart.title ?? chart.name,
        bars: Array.from({ length: count }, (_, i) => {
          const drawn = columns.find((column) => typeof column.numbers[i] === "number");
          return {
            label: names[i] ?? "",
            value: drawn ? (drawn.numbers[i] as number) : 0,
            color: (drawn && (drawn.info.pointFills[i] ?? drawn.info.fill)) ?? "#4472C4",
          };
        }),
      };
    });
  });
}

/** Every visible sheet (hidden ones stay hidden, as in Excel), the active sheet and the selection. */
export async function readWorkbookView(host: HeadlessHost): Promise<WorkbookView> {
  const meta = await host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    const selected = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return { names: sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name), active: active.name, selection: selected.address };
  });
  const sheets: SheetView[] = [];
  for (const name of meta.names) sheets.push(await readSheet(host, name));
  return { sheets, active: meta.active, selection: meta.selection };
}
