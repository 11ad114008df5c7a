// The report month (issue 19): the economist reports a month, "Rapportmånad: november 2024", and the report
// date is that month's last day. Another day of the month stays possible behind "Annan dag". The month grid
// (a Fluent Popover) loads as a chunk of its own when the picker first opens, so the first load stays small.
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarMonthRegular } from "@fluentui/react-icons/svg/calendar-month";
import { ChevronDownRegular } from "@fluentui/react-icons/svg/chevron-down";
import { Suspense, lazy, useRef, useState } from "react";
import { periodLabel } from "../../engine/period";
import { dateText } from "../format";
import { dayChoices, isMonthEnd, monthEnd, monthLabel, monthOf, type Month } from "../month";
import { NARROW } from "../layout";
import { useText } from "../text";

const MonthGrid = lazy(() => import(/* webpackChunkName: "monthGrid", webpackPrefetch: true */ "./MonthGrid"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "4px" },
  trigger: { justifyContent: "flex-start", maxWidth: "100%", minWidth: 0, fontWeight: tokens.fontWeightRegular },
  // Narrow: the month wraps rather than end in "novemb…".
  value: { flexGrow: 1, textAlign: "left", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", [NARROW]: { whiteSpace: "normal" } },
  chevron: { flexShrink: 0, marginLeft: "8px" },
  otherDay: { alignSelf: "flex-start", paddingLeft: 0, paddingRight: 0, minWidth: 0, height: "auto", textAlign: "left" },
});

export interface ReportMonthFieldProps {
  /** "YYYY-MM-DD", a valid date. */
  reportDate: string;
  onReportDate(date: string): void;
  /** The latest month a report can be for (the current one). */
  latest: Month;
}

export function ReportMonthField({ reportDate, onReportDate, latest }: ReportMonthFieldProps) {
  const styles = useStyles();
  const { lang, t } = useText();
  const month = monthOf(reportDate) as Month;
  const [open, setOpen] = useState(false);
  // Shown when the economist asked for it, or when the date already is another day (a pinned configuration).
  const [otherDay, setOtherDay] = useState(!isMonthEnd(reportDate));
  const trigger = useRef<HTMLButtonElement>(null);
  const dayShown = otherDay || !isMonthEnd(reportDate);
  const hint = isMonthEnd(reportDate)
    ? t("ui.update.reportMonthHint", { period: periodLabel(reportDate, lang), year: month.year, date: dateText(reportDate, lang) })
    : t("ui.update.reportDayHint", { period: periodLabel(reportDate, lang), year: month.year, date: dateText(reportDate, lang) });

  const close = (restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) trigger.current?.focus();
  };

  return (
    <div className={styles.root}>
      <Field label={t("ui.update.reportMonth")} hint={hint}>
        {(control) => (
          <Button
            id={control.id}
            ref={trigger}
            className={styles.trigger}
            appearance="outline"
            icon={<CalendarMonthRegular />}
            // The field's label and the month both: "Rapportmånad november 2024".
            aria-labelledby={`${control["aria-labelledby"] ?? ""} ${control.id}-value`.trim()}
            aria-describedby={control["aria-describedby"]}
            aria-haspopup="dialog"
            aria-expanded={open}
            onClick={() => setOpen((was) => !was)}
            data-testid="report-month"
            data-date={reportDate}
          >
            <span id={`${control.id}-value`} className={styles.value}>{monthLabel(month, lang)}</span>
            <ChevronDownRegular className={styles.chevron} aria-hidden="true" />
          </Button>
        )}
      </Field>
      {open ? (
        <Suspense fallback={null}>
          <MonthGrid
            target={trigger.current}
            chosen={month}
            latest={latest}
            onChoose={(chosen) => {
              onReportDate(monthEnd(chosen));
              close(true);
            }}
            onClose={close}
          />
        </Suspense>
      ) : null}
      {dayShown ? (
        <Field label={t("ui.update.reportDay")}>
          <Select value={reportDate} onChange={(_, data) => onReportDate(data.value)} data-testid="report-day">
            {dayChoices(month, lang).map((choice) => (
              <option key={choice.day} value={choice.date}>
                {choice.date === monthEnd(month) ? t("ui.update.lastDay", { date: choice.text }) : choice.text}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Button appearance="transparent" size="small" className={styles.otherDay} onClick={() => setOtherDay(true)} data-testid="other-day">
          {t("ui.update.otherDay")}
        </Button>
      )}
    </div>
  );
}
