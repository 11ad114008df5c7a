// The result table as the pane shows it, narrow enough for a 320 px pane: area; full-year deviation
// with its % of grant beneath; the trend as an arrow with its word and the change beneath. Narrower than
// 260 px (a 320 px pane at 200 % zoom) each row is a grid: the area on a line of its own, the figures under
// it. The explicit roles keep it a table for screen readers once its rows are no longer display: table-row.
import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { Report, ReportRow } from "../../engine/types";
import { amountText, dayMonthText, percentText, signedAmountText } from "../format";
import { NARROW } from "../layout";
import { useText } from "../text";
import { TrendMark } from "./TrendMark";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    // Body size, like the pane's other text (README, the pane: 14 px except a Field's hint).
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    [NARROW]: { display: "block", "& thead, & tbody": { display: "block" } },
  },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, paddingBottom: "4px", [NARROW]: { display: "block" } },
  row: {
    [NARROW]: {
      display: "grid",
      gridTemplateColumns: "auto minmax(0, 1fr)",
      columnGap: "10px",
      padding: "4px 0",
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      "& > *": { borderBottom: "none", padding: "1px 0", textAlign: "left" },
      "& > :first-child": { gridColumn: "1 / -1" },
    },
  },
  totalRow: { [NARROW]: { borderTop: `2px solid ${tokens.colorNeutralStroke1}` } },
  headRow: { [NARROW]: { borderBottom: `1px solid ${tokens.colorNeutralStroke1}` } },
  head: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    padding: "4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  headLeft: { textAlign: "left" },
  cell: { padding: "6px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
  // A compound as long as "förvaltningsövergripande" is wider than the column a 320 px pane leaves: it is
  // hyphenated where the browser can (the names are Swedish in either pane, hence lang="sv" on the cell) and
  // else broken; "anywhere", unlike "break-word", also lets the table's column be narrower than the word.
  area: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere", hyphens: "auto" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  // Narrow, the word goes under its arrow in every row: at 14 px "Oförändrad" beside its arrow ran past the table
  // at 200 %, and wrapping only where it did not fit put the word beside its arrow in some rows, under it in others.
  // (Not at 320 px: there the table would then give every word its own line to widen the names' column.)
  trend: { textAlign: "left", whiteSpace: "nowrap", [NARROW]: { minWidth: 0, "& > [data-trend]": { flexDirection: "column", alignItems: "flex-start" } } },
  sub: { display: "block", color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  subHead: { fontWeight: tokens.fontWeightRegular },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, [NARROW]: { borderTop: "none" } },
});

function Row({ row, report, total }: { row: ReportRow; report: Report; total?: boolean }) {
  const styles = useStyles();
  const { lang, t } = useText();
  const cell = (extra: string) => mergeClasses(styles.cell, extra, total && styles.total);
  return (
    <tr role="row" className={mergeClasses(styles.row, total && styles.totalRow)} data-area={total ? t("ui.table.total") : row.area} data-trend={row.trend}>
      <th role="rowheader" scope="row" className={cell(styles.area)} lang={total ? undefined : "sv"}>{total ? t("ui.table.total") : row.area}</th>
      <td role="cell" className={cell(styles.number)}>
        {amountText(row.deviation, report.outputUnit, lang)}
        <span className={styles.sub}>{percentText(row.pctOfGrant, lang)}</span>
      </td>
      {report.baseline ? (
        <td role="cell" className={cell(styles.trend)}>
          <TrendMark trend={row.trend} />
          {row.change !== null ? <span className={styles.sub}>{signedAmountText(row.change, report.outputUnit, lang)}</span> : null}
        </td>
      ) : null}
    </tr>
  );
}

export function ReportTable({ report }: { report: Report }) {
  const styles = useStyles();
  const captionId = useId("report-table-caption");
  const { t, lang } = useText();
  return (
    <table role="table" aria-labelledby={captionId} className={styles.table} data-testid="result-table">
      <caption id={captionId} className={styles.caption}>{t("ui.table.caption", { unit: report.outputUnit })}</caption>
      <thead role="rowgroup">
        <tr role="row" className={mergeClasses(styles.row, styles.headRow)}>
          <th role="columnheader" scope="col" className={mergeClasses(styles.head, styles.headLeft)}>{t("ui.table.area")}</th>
          <th role="columnheader" scope="col" className={styles.head}>
            {t("ui.table.deviation")}
            <span className={mergeClasses(styles.sub, styles.subHead)}>{t("ui.table.pct")}</span>
          </th>
          {report.baseline ? (
            <th role="columnheader" scope="col" className={mergeClasses(styles.head, styles.headLeft)}>
              {t("ui.table.trend")}
              <span className={mergeClasses(styles.sub, styles.subHead)}>
                {t("ui.table.changeSince", { date: dayMonthText(report.baseline.reportDate, lang) })}
              </span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {report.rows.map((row) => (
          <Row key={row.key} row={row} report={report} />
        ))}
        <Row row={report.total} report={report} total />
      </tbody>
    </table>
  );
}
