// How the forecast moved through the year, and how good it was (issue 22), under the update's result: the
// line chart, the table a month per stored period (as the sheet Prognosutveckling), and once the year has an
// outcome the accuracy table. The figures are the engine's Development and Accuracy the update returned —
// the same the CLI prints in --json. Loaded as a chunk of its own (lazyViews.tsx).
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Accuracy } from "../../engine/accuracy";
import type { Development } from "../../engine/development";
import { monthAbbreviation } from "../../engine/period";
import { dateText } from "../format";
import { signedUnitAmountText, unitAmountText } from "../development";
import { NARROW } from "../layout";
import { useText } from "../text";
import { DevelopmentChart } from "./DevelopmentChart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  subheading: { margin: "8px 0 0", fontSize: tokens.fontSizeBase300 },
  // Eleven months do not fit a 320 px pane: the table scrolls sideways, the area column stays put.
  scroll: { overflowX: "auto", maxWidth: "100%", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // Above the scrolling region, not a <caption> in it: a caption is as wide as its table, so at 200 % zoom it
  // ran out of the pane ("Budgetavvikelse helår enlig…") and scrolled away with the months.
  caption: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300 },
  head: { textAlign: "right", fontWeight: tokens.fontWeightSemibold, padding: "4px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, whiteSpace: "nowrap" },
  cell: {
    textAlign: "right",
    padding: "4px 6px",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: { paddingLeft: "4px", paddingRight: "4px" },
  },
  // After `cell`, so that a long area name wraps instead of running under the months.
  area: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    overflowWrap: "break-word",
    padding: "4px 6px 4px 0",
    minWidth: "120px",
    maxWidth: "140px",
    // Narrow (200 % zoom): a column of names alone filled the region and hid every month; a first month shows.
    // (82 px: "Arbetsmarknad" whole beside a month; a compound as long as "förvaltningsövergripande" breaks.)
    [NARROW]: { minWidth: "64px", maxWidth: "82px", paddingLeft: 0, paddingRight: "4px" },
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}` },
  note: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
});

export interface DevelopmentViewProps {
  development: Development;
  accuracy: Accuracy | null;
}

interface Line {
  label: string;
  cells: string[];
  kind?: "total" | "note";
}

function Table({ testId, caption, headers, lines }: { testId: string; caption: string; headers: string[]; lines: Line[] }) {
  const styles = useStyles();
  const { t } = useText();
  const captionId = useId();
  return (
    <>
      <p id={captionId} className={styles.caption} data-testid={`${testId}-caption`}>{caption}</p>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${caption}. ${t("ui.development.scroll")}`}>
        <table className={styles.table} data-testid={testId} aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.head, styles.area)}>{t("ui.development.area")}</th>
              {headers.map((header, index) => (
                <th key={`${index}-${header}`} scope="col" className={styles.head}>{header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const extra = line.kind === "total" ? styles.total : line.kind === "note" ? styles.note : undefined;
              return (
                <tr key={line.label} data-area={line.label}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.area, extra)}>{line.label}</th>
                  {line.cells.map((cell, index) => (
                    <td key={index} className={mergeClasses(styles.cell, extra)}>{cell}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function DevelopmentView({ development, accuracy }: DevelopmentViewProps) {
  const styles = useStyles();
  const { lang, t } = useText();
  const unit = development.unit;
  const amount = (value: number | null) => unitAmountText(value, unit, lang);
  const signed = (value: number | null) => signedUnitAmountText(value, unit, lang);
  const totalLabel = t("ui.table.total");
  const months = development.periods.map((period) => monthAbbreviation(period.period, lang));
  const lines: Line[] = [
    ...development.rows.map((row) => ({ label: row.area, cells: row.values.map(amount) })),
    { label: totalLabel, cells: development.total.values.map(amount), kind: "total" as const },
    { label: t("ui.development.change"), cells: development.total.changes.map((change) => (change === null ? "" : signed(change))), kind: "note" as const },
  ];
  return (
    <section className={styles.root} aria-labelledby="development-heading" data-testid="development">
      <h3 id="development-heading" className={styles.heading}>{t("ui.development.heading", { year: development.year })}</h3>
      <DevelopmentChart development={development} totalLabel={totalLabel} />
      <Table testId="development-table" caption={t("ui.development.caption", { unit })} headers={months} lines={lines} />
      {accuracy ? <AccuracyTable accuracy={accuracy} /> : null}
    </section>
  );
}

function AccuracyTable({ accuracy }: { accuracy: Accuracy }) {
  const styles = useStyles();
  const { lang, t } = useText();
  const unit = accuracy.unit;
  const amount = (value: number | null) => unitAmountText(value, unit, lang);
  const signed = (value: number | null) => signedUnitAmountText(value, unit, lang);
  const headers = [t("ui.accuracy.outcome"), ...accuracy.periods.map((period) => monthAbbreviation(period.period, lang))];
  const lines: Line[] = [
    ...accuracy.rows.map((row) => ({ label: row.area, cells: [amount(row.outcome), ...row.forecasts.map((forecast) => signed(forecast.error))] })),
    { label: t("ui.table.total"), cells: [amount(accuracy.total.outcome), ...accuracy.total.forecasts.map((forecast) => signed(forecast.error))], kind: "total" as const },
    { label: t("ui.accuracy.meanAbsoluteError"), cells: ["", ...accuracy.meanAbsoluteError.map((mean) => amount(mean.value))], kind: "note" as const },
  ];
  return (
    <>
      <h4 id="accuracy-heading" className={styles.subheading}>{t("ui.accuracy.heading", { date: dateText(accuracy.outcomeReportDate, lang) })}</h4>
      <Table testId="accuracy-table" caption={t("ui.accuracy.caption", { unit })} headers={headers} lines={lines} />
    </>
  );
}
