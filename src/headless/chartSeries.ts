// A chart's series, their fill colours and points (ExcelApi 1.1; series.add, setValues and
// setXAxisValues 1.7), kept in the host's memory with the chart (see charts.ts, which these grew
// past 450 lines). A point's fill follows behaviour.pointFill (office-js #570, #2941).
import { boxColumns, boxRows, qualifiedAddress } from "./address";
import type { ChartTarget, HeadlessChart } from "./charts";
import type { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { HeadlessCollection, HeadlessObject, HeadlessResult } from "./object";
import type { HeadlessRange } from "./range";
import type { ChartSeriesState, HostBehaviour } from "./state";
import { parseColor } from "./styles";

interface SeriesTarget extends ChartTarget {
  series: ChartSeriesState;
}

export class HeadlessChartSeriesCollection extends HeadlessCollection<HeadlessChartSeries, SeriesTarget, ChartTarget> {
  readonly typeName = "ChartSeriesCollection";

  constructor(ctx: HeadlessContext, path: string, private readonly chart: HeadlessChart) {
    super(ctx, path);
  }

  protected resolve(): ChartTarget | null {
    return this.chart.navigationTarget();
  }

  protected currentTargets(target: ChartTarget): SeriesTarget[] {
    return target.chart.series.map((series) => ({ ...target, series }));
  }

  protected itemFor(target: SeriesTarget, index: number): HeadlessChartSeries {
    return new HeadlessChartSeries(this.ctx, `${this.path}.getItemAt(${index})`, () => target);
  }

  getItemAt(index: number): HeadlessChartSeries {
    const series = new HeadlessChartSeries(this.ctx, `${this.path}.getItemAt(${index})`, () => {
      const target = this.target();
      const found = target.chart.series[index];
      if (!Number.isInteger(index) || !found) throw new OfficeError("InvalidArgument", `series.getItemAt(${index}): the chart has ${target.chart.series.length} series.`);
      return { ...target, series: found };
    });
    return series.queueOwnResolve("getItemAt", [index]);
  }

  getCount(): HeadlessResult<number> {
    const result = new HeadlessResult<number>();
    this.queue("getCount", undefined, ({ chart }) => result.settle(chart.series.length));
    return result;
  }

  /** A new series without values (ExcelApi 1.7), at `index` or at the end; setValues gives it its points. */
  add(name?: string, index?: number): HeadlessChartSeries {
    const series = new HeadlessChartSeries(this.ctx, `${this.path}.add(${JSON.stringify(name ?? null)}, ${index ?? "null"})`, () => {
      const target = this.target();
      const all = target.chart.series;
      const at = index === undefined || index === null ? all.length : index;
      if (!Number.isInteger(at) || at < 0 || at > all.length) throw new OfficeError("InvalidArgument", `series.add: index ${index} is outside 0–${all.length}.`);
      const added: ChartSeriesState = { name: name ?? `Series${all.length + 1}`, color: null, pointColors: [], categories: null, values: null };
      all.splice(at, 0, added);
      return { ...target, series: added };
    });
    return series.queueOwnResolve("add", [name ?? null, index ?? null]);
  }
}

export class HeadlessChartSeries extends HeadlessObject<SeriesTarget> {
  readonly typeName = "ChartSeries";
  protected readonly scalarProps = ["name"] as const;
  private formatProxy?: HeadlessChartFormat;
  private pointsProxy?: HeadlessChartPointsCollection;

  constructor(ctx: HeadlessContext, path: string, private readonly resolver: () => SeriesTarget | null) {
    super(ctx, path);
  }

  protected resolve(): SeriesTarget | null {
    return this.resolver();
  }

  /** @internal */
  queueOwnResolve(action: string, args: unknown): this {
    return this.queueResolve(action, args);
  }

  get name(): string { return this.read("name"); }
  set name(name: string) { this.write("name", name, ({ series }) => (series.name = String(name))); }

  get format(): HeadlessChartFormat {
    return (this.formatProxy ??= new HeadlessChartFormat(this.ctx, `${this.path}.format`, () => {
      const t = this.navigationTarget();
      return t === null ? null : { apply: (color) => (t.series.color = color) };
    }));
  }

  /** The series' values from a range (ExcelApi 1.7): one point per cell. */
  setValues(sourceData: HeadlessRange): void {
    this.queue("setValues", [sourceData.path], ({ series }) => {
      const source = sourceData.target();
      if (boxRows(source.box) !== 1 && boxColumns(source.box) !== 1) throw new OfficeError("InvalidArgument", "setValues: the range must be one row or one column.");
      series.values = qualifiedAddress(source.sheet.name, source.box);
      series.pointColors = Array(boxRows(source.box) * boxColumns(source.box)).fill(null);
    });
  }

  /** Category labels from a range (ExcelApi 1.7); the range must be on a worksheet of this workbook. */
  setXAxisValues(sourceData: HeadlessRange): void {
    this.queue("setXAxisValues", [sourceData.path], ({ series }) => {
      const source = sourceData.target();
      series.categories = qualifiedAddress(source.sheet.name, source.box);
    });
  }

  get points(): HeadlessChartPointsCollection {
    return (this.pointsProxy ??= new HeadlessChartPointsCollection(this.ctx, `${this.path}.points`, this));
  }

  protected readProperty(name: string, { series }: SeriesTarget): unknown {
    return name === "name" ? series.name : undefined;
  }
}

interface FillTarget {
  apply: (color: string | null) => void;
}

/** ChartSeriesFormat / ChartPointFormat: only `fill` (setSolidColor, clear) is modelled. */
export class HeadlessChartFormat extends HeadlessObject<FillTarget> {
  readonly typeName = "ChartSeriesFormat";
  protected readonly scalarProps = [] as const;
  readonly fill: { setSolidColor: (color: string) => void; clear: () => void };

  constructor(ctx: HeadlessContext, path: string, private readonly resolver: () => FillTarget | null) {
    super(ctx, path);
    this.fill = {
      setSolidColor: (color: string) =>
        this.ctx.enqueue({ path: `${path}.fill`, action: "setSolidColor", args: [color], location: "ChartFill.setSolidColor", apply: () => this.target().apply(`#${parseColor(color, "fill.setSolidColor")}`) }),
      clear: () => this.ctx.enqueue({ path: `${path}.fill`, action: "clear", location: "ChartFill.clear", apply: () => this.target().apply(null) }),
    };
  }

  protected resolve(): FillTarget | null {
    return this.resolver();
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

export class HeadlessChartPointsCollection extends HeadlessObject<SeriesTarget> {
  readonly typeName = "ChartPointsCollection";
  protected readonly scalarProps = ["count"] as const;

  constructor(ctx: HeadlessContext, path: string, private readonly series: HeadlessChartSeries) {
    super(ctx, path);
  }

  protected resolve(): SeriesTarget | null {
    return this.series.navigationTarget();
  }

  get count(): number { return this.read("count"); }

  protected readProperty(name: string, { series }: SeriesTarget): unknown {
    return name === "count" ? series.pointColors.length : undefined;
  }

  getItemAt(index: number): { format: HeadlessChartFormat } {
    const format = new HeadlessChartFormat(this.ctx, `${this.path}.getItemAt(${index}).format`, () => {
      const t = this.navigationTarget();
      if (t === null) return null;
      if (!Number.isInteger(index) || index < 0 || index >= t.series.pointColors.length) {
        throw new OfficeError("InvalidArgument", `points.getItemAt(${index}): the series has ${t.series.pointColors.length} points.`);
      }
      return { apply: (color) => fillPoint(t.series, index, color, this.ctx.host.behaviour.pointFill) };
    });
    return { format };
  }
}

function fillPoint(series: ChartSeriesState, index: number, color: string | null, behaviour: HostBehaviour["pointFill"]): void {
  if (behaviour === "ignored") return;
  if (behaviour === "wholeSeries") series.pointColors = series.pointColors.map(() => color);
  else series.pointColors[index] = color;
}
