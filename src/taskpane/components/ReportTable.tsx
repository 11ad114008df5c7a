// The result table as the pane shows it: area, full-year deviation, % of grant, and the trend as an
// arrow with its word and the change since the baseline.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Report, ReportRow } from "../../engine/types";
import { amountText, percentText, signedAmountText } from "../format";
import { useText } from "../text";
import { TrendMark } from "./TrendMark";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, paddingBottom: "4px" },
  head: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    padding: "4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  headArea: { textAlign: "left" },
  cell: { padding: "5px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
  area: { textAlign: "left", overflowWrap: "anywhere", hyphens: "auto" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  trend: { textAlign: "left" },
  change: { display: "block", color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}` },
});

function Row({ row, report, total }: { row: ReportRow; report: Report; total?: boolean }) {
  const styles = useStyles();
  const { lang, t } = useText();
  const cell = (extra: string) => [styles.cell, extra, total ? styles.total : ""].join(" ");
  return (
    <tr data-area={row.area} data-trend={row.trend}>
      <th scope="row" className={cell(styles.area)} style={{ fontWeight: total ? undefined : "normal" }}>
        {total ? t("ui.table.total") : row.area}
      </th>
      <td className={cell(styles.number)}>{amountText(row.deviation, report.outputUnit, lang)}</td>
      <td className={cell(styles.number)}>{percentText(row.pctOfGrant, lang)}</td>
      {report.baseline ? (
        <td className={cell(styles.trend)}>
          <TrendMark trend={row.trend} />
          {row.change !== null ? <span className={styles.change}>{signedAmountText(row.change, report.outputUnit, lang)}</span> : null}
        </td>
      ) : null}
    </tr>
  );
}

export function ReportTable({ report }: { report: Report }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <table className={styles.table} data-testid="result-table">
      <caption className={styles.caption}>{t("ui.table.caption", { unit: report.outputUnit })}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${styles.head} ${styles.headArea}`}>{t("ui.table.area")}</th>
          <th scope="col" className={styles.head}>{t("ui.table.deviation")}</th>
          <th scope="col" className={styles.head}>{t("ui.table.pct")}</th>
          {report.baseline ? <th scope="col" className={`${styles.head} ${styles.headArea}`}>{t("ui.table.trend")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {report.rows.map((row) => (
          <Row key={row.key} row={row} report={report} />
        ))}
        <Row row={report.total} report={report} total />
      </tbody>
    </table>
  );
}
