// The result table as the pane shows it, narrow enough for a 320 px pane: area; full-year deviation
// with its % of grant beneath; the trend as an arrow with its word and the change beneath.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang, Report, ReportRow } from "../../engine/types";
import { amountText, percentText, signedAmountText } from "../format";
import { shortMonthName } from "../month";
import { useText } from "../text";
import { TrendMark } from "./TrendMark";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, paddingBottom: "4px" },
  head: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    padding: "4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  headLeft: { textAlign: "left" },
  cell: { padding: "6px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
  area: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "break-word" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  trend: { textAlign: "left", whiteSpace: "nowrap" },
  sub: { display: "block", color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  subHead: { fontWeight: tokens.fontWeightRegular },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}` },
});

function Row({ row, report, total }: { row: ReportRow; report: Report; total?: boolean }) {
  const styles = useStyles();
  const { lang, t } = useText();
  const cell = (extra: string) => mergeClasses(styles.cell, extra, total && styles.total);
  return (
    <tr data-area={total ? t("ui.table.total") : row.area} data-trend={row.trend}>
      <th scope="row" className={cell(styles.area)}>{total ? t("ui.table.total") : row.area}</th>
      <td className={cell(styles.number)}>
        {amountText(row.deviation, report.outputUnit, lang)}
        <span className={styles.sub}>{percentText(row.pctOfGrant, lang)}</span>
      </td>
      {report.baseline ? (
        <td className={cell(styles.trend)}>
          <TrendMark trend={row.trend} />
          {row.change !== null ? <span className={styles.sub}>{signedAmountText(row.change, report.outputUnit, lang)}</span> : null}
        </td>
      ) : null}
    </tr>
  );
}

export function ReportTable({ report }: { report: Report }) {
  const styles = useStyles();
  const { t, lang } = useText();
  return (
    <table className={styles.table} data-testid="result-table">
      <caption className={styles.caption}>{t("ui.table.caption", { unit: report.outputUnit })}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.head, styles.headLeft)}>{t("ui.table.area")}</th>
          <th scope="col" className={styles.head}>
            {t("ui.table.deviation")}
            <span className={mergeClasses(styles.sub, styles.subHead)}>{t("ui.table.pct")}</span>
          </th>
          {report.baseline ? (
            <th scope="col" className={mergeClasses(styles.head, styles.headLeft)}>
              {t("ui.table.trend")}
              <span className={mergeClasses(styles.sub, styles.subHead)}>
                {t("ui.table.changeSince", { date: shortDate(report.baseline.reportDate, lang) })}
              </span>
            </th>
          ) : null}
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

/** "2024-10-31" → "31 okt" (sv) or "31 Oct" (en): short enough for a column header, never "31/10". */
function shortDate(reportDate: string, lang: Lang): string {
  const [, month, day] = reportDate.split("-").map(Number);
  return `${day}\u00a0${shortMonthName(month, lang)}`;
}
