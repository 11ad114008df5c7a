// The three figures an economist reads first: the period's result, the full-year forecast and the
// change since the baseline, each with its word (överskott/underskott, förbättrad/försämrad).
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Report } from "../../engine/types";
import { dateText, amountText, signedAmountText } from "../format";
import { useText } from "../text";
import { TrendMark } from "./TrendMark";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: "8px", margin: 0 },
  item: {
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    minWidth: 0,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  word: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function resultWord(kronor: number, report: Report): string {
  const shown = amountText(kronor, report.outputUnit, "sv");
  if (/^[0,\s\u00a0]+$/.test(shown)) return "ui.result.balanced";
  return kronor > 0 ? "ui.result.surplus" : "ui.result.deficit";
}

export function Summary({ report }: { report: Report }) {
  const styles = useStyles();
  const { lang, t } = useText();
  const unit = report.outputUnit;
  const total = report.total;
  return (
    <dl className={styles.list} data-testid="summary">
      {total.periodDeviation !== null ? (
        <div className={styles.item}>
          <dt className={styles.label}>{t("ui.result.period", { period: report.periodLabel })}</dt>
          <dd className={styles.value}>{`${amountText(total.periodDeviation, unit, lang)} ${unit}`}</dd>
          <dd className={styles.word} style={{ margin: 0 }}>{t(resultWord(total.periodDeviation, report))}</dd>
        </div>
      ) : null}
      <div className={styles.item}>
        <dt className={styles.label}>{t("ui.result.fullYear")}</dt>
        <dd className={styles.value}>{`${amountText(total.deviation, unit, lang)} ${unit}`}</dd>
        <dd className={styles.word} style={{ margin: 0 }}>{t(resultWord(total.deviation, report))}</dd>
      </div>
      <div className={styles.item}>
        <dt className={styles.label}>
          {report.baseline ? t("ui.result.change", { date: dateText(report.baseline.reportDate, lang) }) : t("ui.result.noChange")}
        </dt>
        {report.baseline && total.change !== null ? (
          <>
            <dd className={styles.value}>{`${signedAmountText(total.change, unit, lang)} ${unit}`}</dd>
            <dd className={styles.word} style={{ margin: 0 }}>
              <TrendMark trend={total.trend} />
            </dd>
          </>
        ) : (
          <dd className={styles.word} style={{ margin: 0 }}>{t("ui.result.noBaseline")}</dd>
        )}
      </div>
    </dl>
  );
}
