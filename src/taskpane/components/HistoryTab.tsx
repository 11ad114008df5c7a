// The stored forecasts (Prognoshistorik), one line per period, each deletable after a confirmation, and
// one of each year markable as its outcome (OutcomeToggle).
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Problem } from "../../engine/types";
import type { HistoryPeriod } from "../../excel/types";
import { dateText, timestampText } from "../format";
import { monthLabel, monthOf, type Month } from "../month";
import { COMPACT, NARROW, VISUALLY_HIDDEN } from "../layout";
import { useText } from "../text";
import { OutcomeToggle } from "./OutcomeToggle";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, [COMPACT]: { display: "block", "& tbody": { display: "block" } } },
  // Compact (a 320 px pane, and narrower): the column headings stacked above the rows named nothing; each value carries its name instead
  // (cellLabel), and the headings stay for screen readers only.
  headRow: { [COMPACT]: VISUALLY_HIDDEN },
  cellLabel: { display: "none", [COMPACT]: { display: "inline", color: tokens.colorNeutralForeground2 } },
  // Compact: the date on a line of its own, the count and the saved time under it, the delete button beside them.
  // The explicit roles keep it a table for screen readers once its rows are grids.
  row: {
    [COMPACT]: {
      display: "grid",
      gridTemplateColumns: "minmax(0, 1fr) auto",
      alignItems: "center",
      columnGap: "6px",
      padding: "4px 0",
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      "& > *": { borderBottom: "none", padding: "1px 0", textAlign: "left" },
      "& > :first-child": { gridColumn: "1 / -1" },
      "& > :nth-child(2), & > :nth-child(3)": { gridColumn: "1" },
      "& > :nth-child(4)": { gridColumn: "2", gridRow: "2 / 4" },
    },
  },
  head: { textAlign: "left", padding: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, fontWeight: tokens.fontWeightSemibold },
  cell: { padding: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "middle" },
  number: { textAlign: "right" },
  // The outcome mark and the delete button share a cell, one above the other: a fifth column did not fit 320 px.
  actions: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: "4px" },
  empty: { color: tokens.colorNeutralForeground3 },
  // Narrow (200 % zoom, 160 CSS px): Fluent's 24 px padding and 20 px title left the title a word per line.
  surface: { [NARROW]: { padding: "12px" } },
  // Body size, semibold: at 16 px "Ta bort prognosen per 31 oktober 2024?" still took four lines of 134 px.
  dialogTitle: { [NARROW]: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 } },
  hidden: VISUALLY_HIDDEN,
});

export interface HistoryTabProps {
  history: HistoryPeriod[];
  onDelete(period: string): Promise<{ ok: boolean; errors: Problem[] }>;
  onMarkOutcome(period: string, marked: boolean): Promise<{ ok: boolean; errors: Problem[] }>;
  renderProblems(problems: Problem[], testId: string): React.ReactNode;
}

export function HistoryTab({ history, onDelete, onMarkOutcome, renderProblems }: HistoryTabProps) {
  const styles = useStyles();
  const { lang, t } = useText();
  const [doomed, setDoomed] = useState<HistoryPeriod | null>(null);
  // The period the dialog last asked about; the dialog is mounted from its first opening on.
  const [asked, setAsked] = useState<HistoryPeriod | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [marked, setMarked] = useState<string | null>(null);

  const toggleOutcome = async (entry: HistoryPeriod, outcome: boolean) => {
    setBusy(true);
    try {
      const result = await onMarkOutcome(entry.period, outcome);
      setProblems(result.errors);
      setDeleted(null);
      const year = entry.period.slice(0, 4);
      setMarked(result.ok ? t(outcome ? "ui.history.outcomeMarked" : "ui.history.outcomeUnmarked", { date: dateText(entry.reportDate, lang), year }) : null);
    } finally {
      setBusy(false);
    }
  };
  // The dialog is mounted at its first opening, not before: a mounted Fluent Dialog, even a closed one, has
  // Tabster keep tabbable aria-hidden focus guards at the ends of the page (axe: aria-hidden-focus). Once
  // mounted it stays, so that it closes as Fluent closes it (the page's aria-hidden lifted; unmounting it at
  // its exit left the page hidden). Those guards stay for good after the first opening, and they turn
  // tabbable whenever the focus is on the body: so when the surface is gone the focus goes back to the button
  // that opened it (Fluent cannot, that button being no DialogTrigger), or to the heading when its row is gone.
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const close = () => setDoomed(null);
  const surfaceGone = () => {
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused.isConnected) return;
    (opener.current?.isConnected ? opener.current : heading.current)?.focus();
  };

  const confirm = async () => {
    if (!doomed) return;
    setBusy(true);
    try {
      const result = await onDelete(doomed.period);
      setProblems(result.errors);
      setDeleted(result.ok ? dateText(doomed.reportDate, lang) : null);
      setMarked(null);
      close();
    } finally {
      setBusy(false);
    }
  };

  const sorted = [...history].sort((a, b) => (a.period < b.period ? 1 : -1));
  return (
    <section className={styles.root} aria-labelledby="history-heading">
      <h2 id="history-heading" ref={heading} tabIndex={-1} className={styles.heading}>{t("ui.history.heading")}</h2>
      <div role="status" aria-live="polite">
        {deleted ? (
          <MessageBar intent="success"><MessageBarBody>{t("ui.history.deleted", { date: deleted })}</MessageBarBody></MessageBar>
        ) : null}
        {marked ? (
          <MessageBar intent="success"><MessageBarBody>{marked}</MessageBarBody></MessageBar>
        ) : null}
      </div>
      {problems.length > 0 ? renderProblems(problems, "history-problems") : null}
      {sorted.length === 0 ? (
        <p className={styles.empty}>{t("ui.history.empty")}</p>
      ) : (
        <table role="table" aria-labelledby="history-heading" className={styles.table} data-testid="history-table">
          <thead role="rowgroup" className={styles.headRow}>
            <tr role="row">
              <th role="columnheader" scope="col" className={styles.head}>{t("ui.history.reportDate")}</th>
              <th role="columnheader" scope="col" className={mergeClasses(styles.head, styles.number)}>{t("ui.history.areas")}</th>
              <th role="columnheader" scope="col" className={styles.head}>{t("ui.history.savedAt")}</th>
              <th role="columnheader" scope="col" className={styles.head}><span className={styles.hidden}>{`${t("ui.history.outcome")}, ${t("ui.history.delete")}`}</span></th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {sorted.map((entry) => (
              <tr role="row" key={entry.period} data-period={entry.period} className={styles.row}>
                <th role="rowheader" scope="row" className={styles.cell} style={{ fontWeight: "normal", textAlign: "left" }}>{dateText(entry.reportDate, lang)}</th>
                <td role="cell" className={mergeClasses(styles.cell, styles.number)}>
                  <span className={styles.cellLabel} aria-hidden="true" data-testid="areas-label">{`${t("ui.history.areas")}: `}</span>
                  {entry.areas}
                </td>
                <td role="cell" className={styles.cell}>
                  <span className={styles.cellLabel} aria-hidden="true">{`${t("ui.history.savedAt")}: `}</span>
                  {timestampText(entry.savedAt, lang)}
                </td>
                <td role="cell" className={styles.cell}>
                  <div className={styles.actions}>
                    <OutcomeToggle entry={entry} busy={busy} onToggle={(chosen, outcome) => void toggleOutcome(chosen, outcome)} />
                    <Button
                      size="small"
                      onClick={(event) => {
                        opener.current = event.currentTarget;
                        setAsked(entry);
                        setDoomed(entry);
                      }}
                      aria-label={t("ui.history.deleteLabel", { date: dateText(entry.reportDate, lang) })}
                    >
                      {t("ui.history.delete")}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asked ? (
        <Dialog
          open={doomed !== null}
          onOpenChange={(_, data) => (data.open ? undefined : close())}
          modalType="alert"
        >
          <DialogSurface className={styles.surface}>
            <WhenGone then={surfaceGone} />
            <DialogBody>
              <DialogTitle className={styles.dialogTitle}>{t("ui.history.confirmTitle", { date: dateText(asked.reportDate, lang) })}</DialogTitle>
              {/* The month in words ("november 2024"), never the period key "2024-11". */}
              <DialogContent>{t("ui.history.confirmText", { areas: asked.areas, month: monthLabel(monthOf(asked.reportDate) as Month, lang) })}</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>{t("ui.history.delete")}</Button>
                <Button onClick={close}>{t("ui.history.cancel")}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </section>
  );
}

/** Calls `then` once the element it is rendered in has left the page (a dialog's surface after its exit motion). */
function WhenGone({ then }: { then(): void }) {
  const latest = useRef(then);
  latest.current = then;
  // After the unmount itself: the focus has fallen to the body by then, and Tabster has let go of the page.
  useEffect(() => () => void setTimeout(() => latest.current(), 0), []);
  return null;
}
