// The pane's development view (issue 22) without React: amounts already in the report's unit as text, and
// the line chart's geometry (scale, ticks, one polyline per area and the total). The figures come from the
// engine's Development and Accuracy, exactly as the update returns them to the CLI. Tested in tests/taskpane.
import type { Development } from "../engine/development";
import { formatAmount } from "../engine/numbers";
import type { OutputUnit } from "../engine/types";
import { OUTPUT_DECIMALS } from "../engine/units";
import type { Lang } from "../i18n/index";

/** What a cell shows when the period lacks the area (en dash). */
export const NO_VALUE = "\u2013";

function localise(text: string, lang: Lang): string {
  return lang === "sv" ? text : text.replace(/,/g, ".").replace(/\u00a0(?=\d)/g, ",");
}

/** An amount already in the output unit: "−12 000" (tkr), "−12,0" (mnkr); null → "–". */
export function unitAmountText(value: number | null, unit: OutputUnit, lang: Lang): string {
  if (value === null) return NO_VALUE;
  return localise(formatAmount(value, { decimals: OUTPUT_DECIMALS[unit], negative: "minus" }), lang);
}

/** The same with the sign always written, for changes and errors: "+2 400", "−1 500", "0". */
export function signedUnitAmountText(value: number | null, unit: OutputUnit, lang: Lang): string {
  const text = unitAmountText(value, unit, lang);
  return value === null || text.startsWith("\u2212") || /^[0,.]+$/.test(text) ? text : `+${text}`;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the value axis' labels on the left and the months below. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartLine {
  label: string;
  total: boolean;
  /** Runs of consecutive points: a period without the area breaks the line rather than bridging it. */
  segments: Array<Array<{ x: number; y: number; value: number; index: number }>>;
}

export interface ChartGeometry {
  xs: number[];
  ticks: Array<{ value: number; y: number }>;
  /** The zero line's y (0 is always within the scale: a deviation is read against it). */
  zeroY: number;
  lines: ChartLine[];
}

/** A step of 1, 2 or 5 × 10ⁿ giving at most `count` intervals over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw - 1e-9 * power);
  return step ?? 10 * power;
}

/** Ticks covering [min, max] (0 always included), at most `count` intervals. */
export function axisTicks(min: number, max: number, count = 4): number[] {
  const low = Math.min(min, 0);
  const high = Math.max(max, 0);
  const step = niceStep(high - low, count);
  const first = Math.floor(low / step + 1e-9) * step;
  const last = Math.ceil(high / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = first; value <= last + step / 2; value += step) ticks.push(Math.abs(value) < step / 1e6 ? 0 : Number(value.toPrecision(12)));
  return ticks.length >= 2 ? ticks : [first, first + step];
}

/** The chart of the year: the periods evenly spaced, one line per area in the table's order, the total last. */
export function chartGeometry(development: Development, box: ChartBox, totalLabel: string): ChartGeometry {
  const series = [...development.rows.map((row) => ({ label: row.area, values: row.values, total: false })), { label: totalLabel, values: development.total.values, total: true }];
  const present = series.flatMap((line) => line.values.filter((value): value is number => value !== null));
  const ticks = axisTicks(Math.min(0, ...present), Math.max(0, ...present));
  const low = ticks[0];
  const high = ticks[ticks.length - 1];
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const count = development.periods.length;
  const xs = development.periods.map((_, i) => box.left + (count === 1 ? plotWidth / 2 : (plotWidth * i) / (count - 1)));
  const yOf = (value: number) => box.top + plotHeight * (1 - (value - low) / (high - low || 1));
  const lines = series.map((line) => {
    const segments: ChartLine["segments"] = [];
    let run: ChartLine["segments"][number] = [];
    line.values.forEach((value, index) => {
      if (value === null) {
        if (run.length > 0) segments.push(run);
        run = [];
        return;
      }
      run.push({ x: xs[index], y: yOf(value), value, index });
    });
    if (run.length > 0) segments.push(run);
    return { label: line.label, total: line.total, segments };
  });
  return { xs, ticks: ticks.map((value) => ({ value, y: yOf(value) })), zeroY: yOf(0), lines };
}
