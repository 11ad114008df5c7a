// The plain HTML picture of the workbook beside the pane: a tab per visible sheet, cells as the
// formatted text Excel would show, bold, fills, merges, the arrow column as coloured arrows, the
// selection outlined, and the host's charts as simple bars. All text is rendered as text.
import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { TrendIcon } from "../taskpane/components/TrendMark";
import { useText } from "../taskpane/text";
import type { CellView, ChartView, SheetView as Sheet, WorkbookView } from "./snapshot";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  scroller: { overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: "#ffffff", color: "#000000" },
  grid: { borderCollapse: "collapse", tableLayout: "fixed", fontFamily: "Calibri, Carlito, Arial, sans-serif", fontSize: "12px" },
  corner: { backgroundColor: "#f3f3f3", border: "1px solid #d4d4d4", width: "36px" },
  colHead: { backgroundColor: "#f3f3f3", border: "1px solid #d4d4d4", fontWeight: "normal", color: "#444", textAlign: "center" },
  rowHead: { backgroundColor: "#f3f3f3", border: "1px solid #d4d4d4", fontWeight: "normal", color: "#444", textAlign: "center", padding: "0 4px" },
  cell: { border: "1px solid #e1e1e1", padding: "1px 4px", overflow: "hidden", whiteSpace: "nowrap", verticalAlign: "bottom", height: "20px" },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  // Excel lets text run on into empty cells to its right.
  spill: { overflow: "visible", position: "relative", zIndex: 1 },
  bold: { fontWeight: "bold" },
  selected: { backgroundColor: "#e6f2ea" },
  arrowCell: { textAlign: "center" },
  charts: { display: "flex", flexDirection: "column", gap: "12px" },
  chart: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "8px 12px", maxWidth: "560px", backgroundColor: "#ffffff", color: "#000000" },
  chartTitle: { margin: "0 0 6px", fontSize: "14px", textAlign: "center" },
  bar: { display: "grid", gridTemplateColumns: "170px 1fr", alignItems: "center", gap: "8px", fontSize: "12px", margin: "3px 0" },
  barTrack: { position: "relative", height: "14px" },
  axis: { position: "absolute", top: "-2px", bottom: "-2px", width: "1px", backgroundColor: "#888" },
  empty: { color: tokens.colorNeutralForeground3, padding: "8px" },
});

const ARROW_TREND = { up: "improved", side: "unchanged", down: "worsened" } as const;

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The selection's box when it lies on `sheet` ("Sheet!A3:F9" or one cell), else null. */
function selectedBox(selection: string | null, sheet: string): Box | null {
  if (!selection) return null;
  const at = selection.lastIndexOf("!");
  const sheetName = selection.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'");
  if (sheetName !== sheet) return null;
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(selection.slice(at + 1));
  if (!match) return null;
  const number = (letters: string) => [...letters.toUpperCase()].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0);
  const [left, top] = [number(match[1]), Number(match[2])];
  return { top, left, right: match[3] ? number(match[3]) : left, bottom: match[4] ? Number(match[4]) : top };
}

const SELECTION_GREEN = "#107c41";

/** Excel draws one border around the selection: each cell on its edge gets the edge's side. */
function selectionShadow(box: Box, row: number, column: number, rowSpan: number, colSpan: number): string | undefined {
  const sides = [
    row === box.top ? `inset 0 2px 0 ${SELECTION_GREEN}` : "",
    row + rowSpan - 1 === box.bottom ? `inset 0 -2px 0 ${SELECTION_GREEN}` : "",
    column === box.left ? `inset 2px 0 0 ${SELECTION_GREEN}` : "",
    column + colSpan - 1 === box.right ? `inset -2px 0 0 ${SELECTION_GREEN}` : "",
  ].filter(Boolean);
  return sides.length > 0 ? sides.join(", ") : undefined;
}

/** A left-aligned, unwrapped text whose right neighbour is empty runs on over it, as in Excel. */
function spills(line: (CellView | null)[], index: number): boolean {
  const cell = line[index];
  const next = line[index + 1];
  return Boolean(cell && cell.text && !cell.wrap && cell.align === "left" && cell.colSpan === 1 && (next === undefined || (next !== null && next.text === "" && !next.arrow)));
}

function Chart({ chart }: { chart: ChartView }) {
  const styles = useStyles();
  const { t } = useText();
  const max = Math.max(1, ...chart.bars.map((bar) => Math.abs(bar.value)));
  const hasNegative = chart.bars.some((bar) => bar.value < 0);
  const zero = hasNegative ? 50 : 0;
  const scale = hasNegative ? 50 : 100;
  return (
    <figure className={styles.chart} data-testid="chart" aria-label={t("ui.preview.chart", { title: chart.title })}>
      <figcaption className={styles.chartTitle}>{chart.title}</figcaption>
      {chart.bars.map((bar, index) => {
        const width = (Math.abs(bar.value) / max) * scale;
        const start = bar.value < 0 ? zero - width : zero;
        return (
          <div key={`${bar.label}-${index}`} className={styles.bar}>
            <span>{bar.label}</span>
            <span className={styles.barTrack}>
              <span className={styles.axis} style={{ left: `${zero}%` }} />
              <span
                data-bar-color={bar.color}
                style={{ position: "absolute", left: `${start}%`, width: `${width}%`, top: 0, bottom: 0, backgroundColor: bar.color }}
              />
            </span>
          </div>
        );
      })}
    </figure>
  );
}

function Grid({ sheet, selection, label }: { sheet: Sheet; selection: string | null; label: string }) {
  const styles = useStyles();
  const { t } = useText();
  const box = selectedBox(selection, sheet.name);
  const inBox = (row: number, column: number) => box !== null && row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
  if (sheet.rows.length === 0) return <p className={styles.empty}>–</p>;
  return (
    // Focusable so that a keyboard can scroll a wide sheet.
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={label}>
      <table
        className={styles.grid}
        style={{ width: `${36 + sheet.widths.reduce((sum, width) => sum + width, 0)}px` }}
        data-testid="sheet-grid"
        data-sheet={sheet.name}
      >
        <colgroup>
          <col style={{ width: "36px" }} />
          {sheet.widths.map((width, i) => (
            <col key={i} style={{ width: `${width}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={styles.corner} />
            {sheet.widths.map((_, i) => (
              <th key={i} scope="col" className={styles.colHead}>{columnLetters(sheet.left + i)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((line, r) => (
            <tr key={r}>
              <th scope="row" className={styles.rowHead}>{sheet.top + r}</th>
              {line.map((cell, c) => {
                if (cell === null) return null;
                const row = sheet.top + r;
                const column = sheet.left + c;
                const selected = inBox(row, column);
                return (
                  <td
                    key={cell.address}
                    data-cell={cell.address}
                    data-selected={selected ? "true" : undefined}
                    data-arrow={cell.arrow ?? undefined}
                    rowSpan={cell.rowSpan}
                    colSpan={cell.colSpan}
                    className={mergeClasses(styles.cell, cell.wrap && styles.wrap, spills(line, c) && styles.spill, cell.bold && styles.bold, cell.arrow !== null && styles.arrowCell, selected && styles.selected)}
                    style={{
                      textAlign: cell.arrow ? "center" : cell.align,
                      backgroundColor: selected ? undefined : (cell.fill ?? undefined),
                      boxShadow: selected && box ? selectionShadow(box, row, column, cell.rowSpan, cell.colSpan) : undefined,
                    }}
                  >
                    {cell.arrow ? (
                      <span role="img" aria-label={t(`ui.trend.${ARROW_TREND[cell.arrow]}`)}>
                        <TrendIcon trend={ARROW_TREND[cell.arrow]} />
                      </span>
                    ) : null}
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SheetView({ view, label }: { view: WorkbookView; label: string }) {
  const styles = useStyles();
  const [shown, setShown] = useState(view.active);
  // Follow Excel: an update activates the report sheet, a selected cell its sheet.
  useEffect(() => setShown(view.active), [view]);
  const sheet = view.sheets.find((s) => s.name === shown) ?? view.sheets[0];
  return (
    <section className={styles.root} aria-label={label}>
      <TabList selectedValue={sheet?.name} onTabSelect={(_, data) => setShown(String(data.value))} size="small" aria-label={label}>
        {view.sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-sheet-tab={s.name}>{s.name}</Tab>
        ))}
      </TabList>
      {sheet ? <Grid sheet={sheet} selection={view.selection} label={sheet.name} /> : null}
      {sheet && sheet.charts.length > 0 ? (
        <div className={styles.charts}>
          {sheet.charts.map((chart) => (
            <Chart key={chart.name} chart={chart} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
