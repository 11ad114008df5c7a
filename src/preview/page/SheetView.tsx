// The plain HTML picture of the workbook beside the pane: a tab per visible sheet, cells as the
// formatted text Excel would show, bold, fills, merges, the arrow column as Excel's coloured arrows, the
// selection outlined, and the host's charts as simple bars. All text is rendered as text.
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useText } from "../../taskpane/text";
import type { Arrow, CellView, ChartView, SheetView as Sheet, WorkbookView } from "../server/snapshot";

const ARROW_TREND = { up: "improved", side: "unchanged", down: "worsened" } as const;

/** Excel's ThreeArrows icons: a green arrow up, a yellow one sideways, a red one down. */
const ARROWS: Record<Arrow, { path: string; color: string }> = {
  up: { path: "M7 1 L13 8 H9.5 V13 H4.5 V8 H1 Z", color: "#00b050" },
  side: { path: "M13 7 L6 13 V9.5 H1 V4.5 H6 V1 Z", color: "#ffc000" },
  down: { path: "M7 13 L13 6 H9.5 V1 H4.5 V6 H1 Z", color: "#c00000" },
};

function ArrowIcon({ arrow }: { arrow: Arrow }) {
  return (
    <svg className="pv-arrow" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={ARROWS[arrow].path} fill={ARROWS[arrow].color} />
    </svg>
  );
}

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
  const { t } = useText();
  const max = Math.max(1, ...chart.bars.map((bar) => Math.abs(bar.value)));
  const hasNegative = chart.bars.some((bar) => bar.value < 0);
  const zero = hasNegative ? 50 : 0;
  const scale = hasNegative ? 50 : 100;
  return (
    <figure className="pv-chart" data-testid="chart" aria-label={t("ui.preview.chart", { title: chart.title })}>
      <figcaption>{chart.title}</figcaption>
      {chart.bars.map((bar, index) => {
        const width = (Math.abs(bar.value) / max) * scale;
        const start = bar.value < 0 ? zero - width : zero;
        return (
          <div key={`${bar.label}-${index}`} className="pv-bar">
            <span>{bar.label}</span>
            <span className="pv-track">
              <span className="pv-axis" style={{ left: `${zero}%` }} />
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

function classes(...names: Array<string | false>): string | undefined {
  return names.filter(Boolean).join(" ") || undefined;
}

function Grid({ sheet, selection, label }: { sheet: Sheet; selection: string | null; label: string }) {
  const { t } = useText();
  const box = selectedBox(selection, sheet.name);
  const inBox = (row: number, column: number) => box !== null && row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
  if (sheet.rows.length === 0) return <p className="pv-empty">–</p>;
  return (
    // Focusable so that a keyboard can scroll a wide sheet.
    <div className="pv-scroller" tabIndex={0} role="region" aria-label={label}>
      <table
        className="pv-grid"
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
            <td className="pv-head" />
            {sheet.widths.map((_, i) => (
              <th key={i} scope="col" className="pv-head">{columnLetters(sheet.left + i)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((line, r) => (
            <tr key={r}>
              <th scope="row" className="pv-head">{sheet.top + r}</th>
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
                    className={classes(cell.wrap && "pv-wrap", spills(line, c) && "pv-spill", cell.bold && "pv-bold", selected && "pv-selected")}
                    style={{
                      textAlign: cell.arrow ? "center" : cell.align,
                      backgroundColor: selected ? undefined : (cell.fill ?? undefined),
                      boxShadow: selected && box ? selectionShadow(box, row, column, cell.rowSpan, cell.colSpan) : undefined,
                    }}
                  >
                    {cell.arrow ? (
                      <span role="img" aria-label={t(`ui.trend.${ARROW_TREND[cell.arrow]}`)}>
                        <ArrowIcon arrow={cell.arrow} />
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

/** A tab per sheet, as a WAI-ARIA tab list: arrow keys move between the tabs, Enter or a click shows one. */
function SheetTabs({ sheets, shown, label, onShow }: { sheets: Sheet[]; shown: string | undefined; label: string; onShow(name: string): void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (at < 0 || step === 0) return;
    event.preventDefault();
    tabs[(at + step + tabs.length) % tabs.length].focus();
  };
  return (
    <div className="pv-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {sheets.map((s) => (
        <button
          key={s.name}
          type="button"
          role="tab"
          className="pv-tab"
          aria-selected={s.name === shown}
          tabIndex={s.name === shown ? 0 : -1}
          onClick={() => onShow(s.name)}
          data-sheet-tab={s.name}
        >
          {s.name}
        </button>
      ))}
    </div>
  );
}

export function SheetView({ view, label }: { view: WorkbookView; label: string }) {
  const [shown, setShown] = useState(view.active);
  // Follow Excel: an update activates the report sheet, a selected cell its sheet.
  useEffect(() => setShown(view.active), [view]);
  const sheet = view.sheets.find((s) => s.name === shown) ?? view.sheets[0];
  return (
    <section className="pv-sheets" aria-label={label}>
      <SheetTabs sheets={view.sheets} shown={sheet?.name} label={label} onShow={setShown} />
      {sheet ? <Grid sheet={sheet} selection={view.selection} label={sheet.name} /> : null}
      {sheet && sheet.charts.length > 0 ? sheet.charts.map((chart) => <Chart key={chart.name} chart={chart} />) : null}
    </section>
  );
}
