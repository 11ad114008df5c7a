// The year's line chart in the pane: hand-written SVG (a chart library would outweigh the pane for one
// chart). One line per area, the total "Nämndens ram" thicker, a zero line, the months below. The chart is
// one image to a screen reader, named by what it shows; the figures are in the table beside it.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Development } from "../../engine/development";
import { monthAbbreviation } from "../../engine/period";
import { chartGeometry, unitAmountText, type ChartBox } from "../development";
import { useNarrow } from "../useNarrow";
import { useText } from "../text";

// Fluent's palette colours meant for strokes on both themes; the total takes the text colour.
const LINE_COLORS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteGrapeBorderActive,
  tokens.colorPaletteCranberryBorderActive,
];

const BOX: ChartBox = { width: 320, height: 190, left: 52, right: 10, top: 10, bottom: 22 };
// At 200 % zoom the chart is drawn 144 CSS px wide: in the wide box's coordinates its 10 px axis text
// shrank to 4–5 px. A box about as wide as the chart keeps the text near its size.
const NARROW_BOX: ChartBox = { width: 160, height: 140, left: 48, right: 6, top: 8, bottom: 20 };

const useStyles = makeStyles({
  figure: { margin: 0 },
  svg: { width: "100%", height: "auto", display: "block", overflow: "visible" },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: "10px", fontVariantNumeric: "tabular-nums" },
  legend: { display: "flex", flexWrap: "wrap", gap: "2px 12px", listStyleType: "none", margin: "4px 0 0", padding: 0, fontSize: tokens.fontSizeBase200 },
  key: { display: "inline-flex", alignItems: "center", gap: "4px" },
});

export function colorOf(index: number, total: boolean): string {
  return total ? tokens.colorNeutralForeground1 : LINE_COLORS[index % LINE_COLORS.length];
}

export function DevelopmentChart({ development, totalLabel }: { development: Development; totalLabel: string }) {
  const styles = useStyles();
  const { lang, t } = useText();
  const box = useNarrow() ? NARROW_BOX : BOX;
  const geometry = chartGeometry(development, box, totalLabel);
  const months = development.periods.map((period) => monthAbbreviation(period.period, lang));
  const label = t("ui.development.chart", { from: months[0] ?? "", to: months[months.length - 1] ?? "", unit: development.unit });
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={label} data-testid="development-chart">
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={box.left} x2={box.width - box.right} y1={tick.y} y2={tick.y} stroke={tokens.colorNeutralStroke2} strokeWidth={tick.value === 0 ? 1.5 : 0.5} />
            <text className={styles.axis} x={box.left - 4} y={tick.y + 3} textAnchor="end">{unitAmountText(tick.value, development.unit, lang)}</text>
          </g>
        ))}
        {geometry.xs.map((x, index) => (
          <text key={development.periods[index].period} className={styles.axis} x={x} y={box.height - 6} textAnchor="middle">{months[index]}</text>
        ))}
        {geometry.lines.map((line, index) => {
          const color = colorOf(index, line.total);
          return (
            <g key={`${index}-${line.label}`} data-line={line.label} stroke={color} fill={color}>
              {line.segments.map((segment) => (
                <polyline key={segment[0].index} points={segment.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(" ")} fill="none" strokeWidth={line.total ? 2.5 : 1.5} strokeLinejoin="round" />
              ))}
              {line.segments.flat().map((point) => (
                <circle key={point.index} cx={point.x} cy={point.y} r={line.total ? 2.5 : 2} stroke="none" data-value={point.value}>
                  <title>{`${line.label}, ${months[point.index]}: ${unitAmountText(point.value, development.unit, lang)} ${development.unit}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {geometry.lines.map((line, index) => (
          <li key={`${index}-${line.label}`} className={styles.key}>
            <svg width="16" height="8" aria-hidden="true" focusable="false">
              <line x1="0" x2="16" y1="4" y2="4" stroke={colorOf(index, line.total)} strokeWidth={line.total ? 3 : 2} />
            </svg>
            {line.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
