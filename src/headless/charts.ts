// Charts, kept in the host's memory only: ExcelJS cannot write charts, so a chart added here
// is NOT in the saved .xlsx. Tests and the preview read them with `host.charts(sheetName)`.
// The series are worked out from the source range as Excel does for a simple table: text in the
// first column means categories, text in the first row means series names.
import type ExcelJS from "exceljs";
import { boxColumns, boxRows, cellAddress, parseBox, qualifiedAddress, splitSheet } from "./address";
import { readValue } from "./cells";
import type { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { HeadlessChartSeriesCollection } from "./chartSeries";
import { HeadlessCollection, HeadlessObject, HeadlessResult, quote } from "./object";
import type { HeadlessRange } from "./range";
import type { ChartSeriesState, ChartState } from "./state";
import { internals } from "./internals";
import type { HeadlessWorksheet } from "./worksheet";

const CHART_TYPES = new Set([
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100", "Line",
  "LineMarkers", "LineStacked", "Pie", "Doughnut", "Area", "AreaStacked", "XYScatter", "Waterfall",
]);

export interface ChartTarget {
  sheet: ExcelJS.Worksheet;
  chart: ChartState;
}

function chartsOf(ctx: HeadlessContext, sheet: ExcelJS.Worksheet): ChartState[] {
  let charts = ctx.host.charts.get(sheet);
  if (!charts) ctx.host.charts.set(sheet, (charts = []));
  return charts;
}

function seriesFor(sheet: ExcelJS.Worksheet, source: string, seriesBy: string): ChartSeriesState[] {
  const box = parseBox(source.split("!").pop() ?? source);
  const isText = (r: number, c: number) => typeof readValue(sheet.findCell(r, c)) === "string" && readValue(sheet.findCell(r, c)) !== "";
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && boxRows(box) >= boxColumns(box));
  const categories = byColumns
    ? Array.from({ length: boxRows(box) - 1 }, (_, i) => isText(box.top + 1 + i, box.left)).some(Boolean) || boxColumns(box) > 1 && isText(box.top + 1, box.left)
    : Array.from({ length: boxColumns(box) - 1 }, (_, i) => isText(box.top, box.left + 1 + i)).some(Boolean);
  const headers = byColumns ? isText(box.top, box.right) : isText(box.bottom, box.left);
  const count = (byColumns ? boxColumns(box) : boxRows(box)) - (categories ? 1 : 0);
  const points = (byColumns ? boxRows(box) : boxColumns(box)) - (headers ? 1 : 0);
  const sheetName = source.includes("!") ? splitSheet(source).sheet ?? sheet.name : sheet.name;
  return Array.from({ length: Math.max(count, 0) }, (_, i) => {
    const index = i + (categories ? 1 : 0);
    const nameCell = byColumns ? sheet.findCell(box.top, box.left + index) : sheet.findCell(box.top + index, box.left);
    const first = headers ? 1 : 0;
    const values = byColumns
      ? { top: box.top + first, bottom: box.bottom, left: box.left + index, right: box.left + index }
      : { top: box.top + index, bottom: box.top + index, left: box.left + first, right: box.right };
    return {
      name: headers ? String(readValue(nameCell)) : `Series${i + 1}`,
      color: null,
      pointColors: Array(Math.max(points, 0)).fill(null),
      categories: null,
      values: points > 0 ? qualifiedAddress(sheetName, values) : null,
    };
  });
}

export class HeadlessChartCollection extends HeadlessCollection<HeadlessChart, ChartTarget, ExcelJS.Worksheet> {
  readonly typeName = "ChartCollection";

  constructor(ctx: HeadlessContext, path: string, private readonly worksheet: HeadlessWorksheet) {
    super(ctx, path);
  }

  protected resolve(): ExcelJS.Worksheet | null {
    return this.worksheet.navigationTarget();
  }

  protected currentTargets(sheet: ExcelJS.Worksheet): ChartTarget[] {
    return chartsOf(this.ctx, sheet).map((chart) => ({ sheet, chart }));
  }

  protected itemFor(target: ChartTarget): HeadlessChart {
    return new HeadlessChart(this.ctx, `${this.path}.getItem(${quote(target.chart.name)})`, () => target);
  }

  add(type: string, sourceData: HeadlessRange, seriesBy: string = "Auto"): HeadlessChart {
    const chart = new HeadlessChart(this.ctx, `${this.path}.add(${quote(type)}, ${quote(sourceData.path)}, ${quote(seriesBy)})`, () => {
      const sheet = this.target();
      if (!CHART_TYPES.has(type)) throw new OfficeError("InvalidArgument", `charts.add: "${type}" is not a ChartType the host knows.`);
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw new OfficeError("InvalidArgument", `charts.add: "${seriesBy}" is not a ChartSeriesBy.`);
      const source = sourceData.target();
      if (internals(sheet).sheetProtection?.sheet) throw new OfficeError("AccessDenied", `The sheet '${sheet.name}' is protected.`);
      const host = this.ctx.host;
      const id = host.nextChartId++;
      const charts = chartsOf(this.ctx, sheet);
      const address = qualifiedAddress(source.sheet.name, source.box);
      const state: ChartState = {
        id,
        name: `Chart ${id}`,
        type,
        source: address,
        seriesBy,
        title: null,
        legendVisible: true,
        categoryAxisReversed: false,
        series: seriesFor(source.sheet, address, seriesBy),
        position: null,
        left: 0,
        top: 0,
        width: 360,
        height: 216,
      };
      charts.push(state);
      return { sheet, chart: state };
    });
    return chart.queueOwnResolve("add", [type, sourceData.path, seriesBy]);
  }

  private find(name: string): ChartTarget | null {
    const sheet = this.target();
    const chart = chartsOf(this.ctx, sheet).find((c) => c.name === name);
    return chart ? { sheet, chart } : null;
  }

  getItem(name: string): HeadlessChart {
    const chart = new HeadlessChart(this.ctx, `${this.path}.getItem(${quote(name)})`, () => {
      const found = this.find(name);
      if (!found) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist: chart '${name}'.`);
      return found;
    });
    return chart.queueOwnResolve("getItem", [name]);
  }

  getItemOrNullObject(name: string): HeadlessChart {
    const chart = new HeadlessChart(this.ctx, `${this.path}.getItemOrNullObject(${quote(name)})`, () => this.find(name));
    return chart.queueOwnResolve("getItemOrNullObject", [name]);
  }

  getCount(): HeadlessResult<number> {
    const result = new HeadlessResult<number>();
    this.queue("getCount", undefined, (sheet) => result.settle(chartsOf(this.ctx, sheet).length));
    return result;
  }
}

export class HeadlessChart extends HeadlessObject<ChartTarget> {
  readonly typeName = "Chart";
  protected readonly scalarProps = ["id", "name", "chartType", "left", "top", "width", "height"] as const;
  private titleProxy?: HeadlessChartTitle;
  private seriesProxy?: HeadlessChartSeriesCollection;
  private legendProxy?: HeadlessChartFlag;
  private axesProxy?: { categoryAxis: HeadlessChartFlag };

  constructor(ctx: HeadlessContext, path: string, private readonly resolver: () => ChartTarget | null) {
    super(ctx, path);
  }

  protected resolve(): ChartTarget | null {
    return this.resolver();
  }

  protected override validate({ sheet, chart }: ChartTarget): void {
    if (!chartsOf(this.ctx, sheet).includes(chart)) throw new OfficeError("ItemNotFound", `The chart '${chart.name}' no longer exists.`);
  }

  /** @internal */
  queueOwnResolve(action: string, args: unknown): this {
    return this.queueResolve(action, args);
  }

  get id(): string { return this.read("id"); }
  get name(): string { return this.read("name"); }
  set name(name: string) {
    this.write("name", name, ({ sheet, chart }) => {
      if (typeof name !== "string" || name === "") throw new OfficeError("InvalidArgument", "chart.name must be a non-empty string.");
      if (chartsOf(this.ctx, sheet).some((c) => c !== chart && c.name === name)) throw new OfficeError("ItemAlreadyExists", `A chart named '${name}' already exists.`);
      chart.name = name;
    });
  }
  get chartType(): string { return this.read("chartType"); }
  set chartType(type: string) {
    this.write("chartType", type, ({ chart }) => {
      if (!CHART_TYPES.has(type)) throw new OfficeError("InvalidArgument", `"${type}" is not a ChartType the host knows.`);
      chart.type = type;
    });
  }
  get left(): number { return this.read("left"); }
  set left(v: number) { this.write("left", v, ({ chart }) => (chart.left = v)); }
  get top(): number { return this.read("top"); }
  set top(v: number) { this.write("top", v, ({ chart }) => (chart.top = v)); }
  get width(): number { return this.read("width"); }
  set width(v: number) { this.write("width", v, ({ chart }) => (chart.width = v)); }
  get height(): number { return this.read("height"); }
  set height(v: number) { this.write("height", v, ({ chart }) => (chart.height = v)); }

  get title(): HeadlessChartTitle {
    return (this.titleProxy ??= new HeadlessChartTitle(this.ctx, `${this.path}.title`, this));
  }
  get series(): HeadlessChartSeriesCollection {
    return (this.seriesProxy ??= new HeadlessChartSeriesCollection(this.ctx, `${this.path}.series`, this));
  }

  get legend(): HeadlessChartFlag {
    return (this.legendProxy ??= new HeadlessChartFlag(this.ctx, `${this.path}.legend`, this, "ChartLegend", "visible", "legendVisible"));
  }
  /** Only `categoryAxis.reversePlotOrder` is modelled. */
  get axes(): { categoryAxis: HeadlessChartFlag } {
    return (this.axesProxy ??= {
      categoryAxis: new HeadlessChartFlag(this.ctx, `${this.path}.axes.categoryAxis`, this, "ChartAxis", "reversePlotOrder", "categoryAxisReversed"),
    });
  }

  protected override navigation(name: string): HeadlessObject | undefined {
    if (name === "title") return this.title;
    if (name === "series") return this.series;
    if (name === "legend") return this.legend;
    return undefined;
  }

  protected readProperty(name: string, { chart }: ChartTarget): unknown {
    switch (name) {
      case "id":
        return `{chart-${chart.id}}`;
      case "name":
        return chart.name;
      case "chartType":
        return chart.type;
      case "left":
      case "top":
      case "width":
      case "height":
        return chart[name];
      default:
        return undefined;
    }
  }

  /** Places the chart over cells ("H2", "P20"); kept as given (the host has no drawing layer). */
  setPosition(startCell: HeadlessRange | string, endCell?: HeadlessRange | string): void {
    const label = (cell: HeadlessRange | string | undefined) => (cell === undefined ? null : typeof cell === "string" ? cell : cell.path);
    this.queue("setPosition", [label(startCell), label(endCell)], ({ sheet, chart }) => {
      const local = (cell: HeadlessRange | string): string => {
        if (typeof cell === "string") {
          const box = parseBox(cell.split("!").pop() ?? cell);
          return cellAddress(box.top, box.left);
        }
        const target = cell.target();
        if (target.sheet !== sheet) throw new OfficeError("InvalidArgument", "setPosition: the cell is on another worksheet.");
        return cellAddress(target.box.top, target.box.left);
      };
      chart.position = { start: local(startCell), end: endCell === undefined ? null : local(endCell) };
    });
  }

  delete(): void {
    this.queue("delete", undefined, ({ sheet, chart }) => {
      const charts = chartsOf(this.ctx, sheet);
      charts.splice(charts.indexOf(chart), 1);
    });
  }
}

/** A chart part with one boolean property kept in the chart's state (legend.visible, categoryAxis.reversePlotOrder). */
export class HeadlessChartFlag extends HeadlessObject<ChartTarget> {
  protected readonly scalarProps: readonly string[];

  constructor(
    ctx: HeadlessContext,
    path: string,
    private readonly chart: HeadlessChart,
    readonly typeName: string,
    private readonly property: string,
    private readonly field: "legendVisible" | "categoryAxisReversed",
  ) {
    super(ctx, path);
    this.scalarProps = [property];
    Object.defineProperty(this, property, {
      get: () => this.read(property),
      set: (value: boolean) =>
        this.write(property, value, ({ chart: state }) => {
          if (typeof value !== "boolean") throw new OfficeError("InvalidArgument", `${typeName}.${property} must be a boolean.`);
          state[field] = value;
        }),
    });
  }

  protected resolve(): ChartTarget | null {
    return this.chart.navigationTarget();
  }

  protected readProperty(name: string, { chart }: ChartTarget): unknown {
    return name === this.property ? chart[this.field] : undefined;
  }
}

export class HeadlessChartTitle extends HeadlessObject<ChartTarget> {
  readonly typeName = "ChartTitle";
  protected readonly scalarProps = ["text", "visible"] as const;

  constructor(ctx: HeadlessContext, path: string, private readonly chart: HeadlessChart) {
    super(ctx, path);
  }

  protected resolve(): ChartTarget | null {
    return this.chart.navigationTarget();
  }

  get text(): string { return this.read("text"); }
  set text(text: string) {
    this.write("text", text, ({ chart }) => {
      if (typeof text !== "string") throw new OfficeError("InvalidArgument", "title.text must be a string.");
      chart.title = text;
    });
  }
  get visible(): boolean { return this.read("visible"); }
  set visible(visible: boolean) {
    this.write("visible", visible, ({ chart }) => {
      if (!visible) chart.title = null;
    });
  }

  protected readProperty(name: string, { chart }: ChartTarget): unknown {
    if (name === "text") return chart.title ?? "";
    if (name === "visible") return chart.title !== null;
    return undefined;
  }
}

export { HeadlessChartFormat, HeadlessChartPointsCollection, HeadlessChartSeries, HeadlessChartSeriesCollection } from "./chartSeries";
