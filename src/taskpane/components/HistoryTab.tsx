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
import { useState } from "react";
import type { Problem } from "../../engine/types";
import type { HistoryPeriod } from "../../excel/types";
import { dateText, timestampText } from "../format";
import { useText } from "../text";
import { OutcomeToggle } from "./OutcomeToggle";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: { textAlign: "left", padding: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, fontWeight: tokens.fontWeightSemibold },
  cell: { padding: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "middle" },
  number: { textAlign: "right" },
  empty: { color: tokens.colorNeutralForeground3 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
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

  const confirm = async () => {
    if (!doomed) return;
    setBusy(true);
    try {
      const result = await onDelete(doomed.period);
      setProblems(result.errors);
      setDeleted(result.ok ? doomed.period : null);
      setMarked(null);
      setDoomed(null);
    } finally {
      setBusy(false);
    }
  };

  const sorted = [...history].sort((a, b) => (a.period < b.period ? 1 : -1));
  return (
    <section className={styles.root} aria-labelledby="history-heading">
      <h2 id="history-heading" className={styles.heading}>{t("ui.history.heading")}</h2>
      <div role="status" aria-live="polite">
        {deleted ? (
          <MessageBar intent="success"><MessageBarBody>{t("ui.history.deleted", { period: deleted })}</MessageBarBody></MessageBar>
        ) : null}
        {marked ? (
          <MessageBar intent="success"><MessageBarBody>{marked}</MessageBarBody></MessageBar>
        ) : null}
      </div>
      {problems.length > 0 ? renderProblems(problems, "history-problems") : null}
      {sorted.length === 0 ? (
        <p className={styles.empty}>{t("ui.history.empty")}</p>
      ) : (
        <table className={styles.table} data-testid="history-table">
          <thead>
            <tr>
              <th scope="col" className={styles.head}>{t("ui.history.reportDate")}</th>
              <th scope="col" className={mergeClasses(styles.head, styles.number)}>{t("ui.history.areas")}</th>
              <th scope="col" className={styles.head}>{t("ui.history.savedAt")}</th>
              <th scope="col" className={styles.head}>{t("ui.history.outcome")}</th>
              <th scope="col" className={styles.head}><span className={styles.hidden}>{t("ui.history.delete")}</span></th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((entry) => (
              <tr key={entry.period} data-period={entry.period}>
                <th scope="row" className={styles.cell} style={{ fontWeight: "normal", textAlign: "left" }}>{dateText(entry.reportDate, lang)}</th>
                <td className={mergeClasses(styles.cell, styles.number)}>{entry.areas}</td>
                <td className={styles.cell}>{timestampText(entry.savedAt)}</td>
                <td className={styles.cell}>
                  <OutcomeToggle entry={entry} busy={busy} onToggle={(chosen, outcome) => void toggleOutcome(chosen, outcome)} />
                </td>
                <td className={styles.cell}>
                  <Button size="small" onClick={() => setDoomed(entry)} aria-label={t("ui.history.deleteLabel", { date: dateText(entry.reportDate, lang) })}>
                    {t("ui.history.delete")}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog open={doomed !== null} onOpenChange={(_, data) => (data.open ? undefined : setDoomed(null))} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{doomed ? t("ui.history.confirmTitle", { date: dateText(doomed.reportDate, lang) }) : ""}</DialogTitle>
            <DialogContent>{doomed ? t("ui.history.confirmText", { areas: doomed.areas, period: doomed.period }) : ""}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>{t("ui.history.delete")}</Button>
              <Button onClick={() => setDoomed(null)}>{t("ui.history.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
