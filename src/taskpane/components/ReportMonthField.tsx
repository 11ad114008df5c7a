// The report month (issue 19): the economist reports a month, "Rapportmånad: november 2024", and the report
// date is that month's last day. Another day of the month stays possible behind "Annan dag". The month grid
// (a Fluent Popover) loads as a chunk of its own when the picker first opens, so the first load stays small.
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarEditRegular } from "@fluentui/react-icons/svg/calendar-edit";
import { useState } from "react";
import { periodLabel } from "../../engine/period";
import { dateText, shortDateText } from "../format";
import { dayChoices, isMonthEnd, monthEnd, monthOf, type Month } from "../month";
import { useText } from "../text";
import { useNarrow } from "../useNarrow";
import { MonthField } from "./MonthField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "4px" },
  // A subtle button with an icon, in the link colour: it reads as something to press, not as a hint. It may
  // wrap at 200 % zoom, so its height follows its text.
  otherDay: {
    alignSelf: "flex-start",
    minWidth: 0,
    maxWidth: "100%",
    height: "auto",
    paddingLeft: tokens.spacingHorizontalXS,
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorBrandForegroundLink,
    "& .fui-Button__icon": { color: tokens.colorBrandForegroundLink },
    ":hover": { color: tokens.colorBrandForegroundLinkHover, "& .fui-Button__icon": { color: tokens.colorBrandForegroundLinkHover } },
  },
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
  // A native drop-down cannot wrap: at 200 % zoom the days are short dates ("30 nov 2024"), the hint says the rest.
  const narrow = useNarrow();
  const month = monthOf(reportDate) as Month;
  // Shown when the economist asked for it, or when the date already is another day (a pinned configuration).
  const [otherDay, setOtherDay] = useState(!isMonthEnd(reportDate));
  const dayShown = otherDay || !isMonthEnd(reportDate);
  const hint = isMonthEnd(reportDate)
    ? t("ui.update.reportMonthHint", { period: periodLabel(reportDate, lang), year: month.year, date: dateText(reportDate, lang) })
    : t("ui.update.reportDayHint", { period: periodLabel(reportDate, lang), year: month.year, date: dateText(reportDate, lang) });

  return (
    <div className={styles.root}>
      <MonthField
        label={t("ui.update.reportMonth")}
        hint={hint}
        month={month}
        latest={latest}
        onMonth={(chosen) => onReportDate(monthEnd(chosen))}
        testId="report-month"
        data={{ "data-date": reportDate }}
      />
      {dayShown ? (
        <Field label={t("ui.update.reportDay")}>
          <Select value={reportDate} onChange={(_, data) => onReportDate(data.value)} data-testid="report-day">
            {dayChoices(month, lang).map((choice) => (
              <option key={choice.day} value={choice.date}>
                {narrow ? shortDateText(choice.date, lang) : choice.date === monthEnd(month) ? t("ui.update.lastDay", { date: choice.text }) : choice.text}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Button appearance="subtle" size="small" icon={<CalendarEditRegular />} className={styles.otherDay} onClick={() => setOtherDay(true)} data-testid="other-day">
          {t("ui.update.otherDay")}
        </Button>
      )}
    </div>
  );
}
