// The three figures an economist reads first: the period's result, the full-year forecast and the
// change since the baseline, each with its word (överskott/underskott, förbättrad/försämrad).
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { periodLabel } from "../../engine/period";
import type { Report } from "../../engine/types";
import { amountText, dateText, signedAmountText } from "../format";
import { NARROW } from "../layout";
import { useText } from "../text";
import { TrendMark } from "./TrendMark";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    columnGap: "10px",
    rowGap: "6px",
    alignItems: "baseline",
    margin: 0,
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    // Narrow: each label on a line of its own, its amount and word beneath it (the word wraps under the amount if it must).
    [NARROW]: { display: "flex", flexDirection: "column", rowGap: "6px", padding: "6px 8px" },
  },
  row: { display: "contents", [NARROW]: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: "8px" } },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, [NARROW]: { flexBasis: "100%" } },
  value: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  word: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: "nowrap", [NARROW]: { whiteSpace: "normal" } },
  noBaseline: { gridColumn: "2 / 4" },
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
        <div className={styles.row}>
          <dt className={styles.label}>{t("ui.result.period", { period: periodLabel(report.reportDate, lang) })}</dt>
          <dd className={styles.value}>{`${amountText(total.periodDeviation, unit, lang)} ${unit}`}</dd>
          <dd className={styles.word}>{t(resultWord(total.periodDeviation, report))}</dd>
        </div>
      ) : null}
      <div className={styles.row}>
        <dt className={styles.label}>{t("ui.result.fullYear")}</dt>
        <dd className={styles.value}>{`${amountText(total.deviation, unit, lang)} ${unit}`}</dd>
        <dd className={styles.word}>{t(resultWord(total.deviation, report))}</dd>
      </div>
      <div className={styles.row}>
        <dt className={styles.label}>
          {report.baseline ? t("ui.result.change", { date: dateText(report.baseline.reportDate, lang) }) : t("ui.result.noChange")}
        </dt>
        {report.baseline && total.change !== null ? (
          <>
            <dd className={styles.value}>{`${signedAmountText(total.change, unit, lang)} ${unit}`}</dd>
            <dd className={styles.word}>
              <TrendMark trend={total.trend} />
            </dd>
          </>
        ) : (
          <dd className={mergeClasses(styles.word, styles.noBaseline)}>{t("ui.result.noBaseline")}</dd>
        )}
      </div>
    </dl>
  );
}
