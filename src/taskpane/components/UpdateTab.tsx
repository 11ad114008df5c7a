// The pane's first view: report date, baseline, "Uppdatera prognos", progress, then the result. The date
// and the baseline chosen are the pane's (App.tsx), so they survive a switch of tabs.
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, ProgressBar, Select, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Problem } from "../../engine/types";
import { isIsoDate } from "../../engine/period";
import type { HistoryPeriod, UpdateResult, UpdateStep } from "../../excel/types";
import { dateText, shortDateText } from "../format";
import { baselineChoices } from "../model";
import { monthOf, type Month } from "../month";
import { useText } from "../text";
import { useNarrow } from "../useNarrow";
import { ReportMonthField } from "./ReportMonthField";
import { RESULT_REGION_ID, ResultView, type ResultViewProps } from "./ResultView";

const STEPS: UpdateStep[] = ["reading", "computing", "writing", "done"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  form: { display: "flex", flexDirection: "column", gap: "10px" },
  button: { alignSelf: "flex-start" },
  messages: { display: "flex", flexDirection: "column", gap: "4px" },
});

export interface UpdateRequest {
  reportDate: string;
  baselinePeriod?: string;
  /** The economist allowed replacing cells changed after the last update (cellsEdited). */
  replaceEdited?: boolean;
  /** The economist's go-ahead for a report whose check warnings say it may be wrong. */
  checks?: "write";
  onProgress(step: UpdateStep): void;
}

export interface UpdateTabProps extends Omit<ResultViewProps, "result" | "onUpdateAgain"> {
  reportDate: string;
  onReportDate(date: string): void;
  /** "YYYY-MM-DD": the picker offers no month after this day's. */
  today: string;
  chosenBaseline: string;
  onBaseline(period: string): void;
  history: HistoryPeriod[];
  hasConfig: boolean;
  result: UpdateResult | null;
  /** Problems met before an update could run (the ribbon could not read the workbook). */
  notice: Problem[];
  /** The settings were just saved: say so here, where the economist goes on. */
  saved: boolean;
  /** With them, on the first run, a baseline was imported: the message that says so. */
  imported?: string | null;
  /** Take the keyboard focus to the update button once (after saving the settings). */
  focusButton: boolean;
  onFocused(): void;
  renderProblems(problems: Problem[], testId: string): React.ReactNode;
  onUpdate(request: UpdateRequest): Promise<void>;
  onGoToSetup(): void;
}

export function UpdateTab(props: UpdateTabProps) {
  const { reportDate, onReportDate, chosenBaseline, onBaseline, history, hasConfig, result, onUpdate, onGoToSetup } = props;
  const styles = useStyles();
  const { lang, t } = useText();
  // A native drop-down cannot wrap its text: at 200 % zoom "prognos per 31 oktober 2024" showed "prognos per 31".
  // There the option is the date alone, short; the field's label says what it is.
  const narrow = useNarrow();
  const [step, setStep] = useState<UpdateStep | null>(null);
  // Counts finished updates; the focus moves once the result they produced is rendered.
  const [finished, setFinished] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const validDate = isIsoDate(reportDate);
  const choices = useMemo(() => baselineChoices(history, reportDate), [history, reportDate]);
  // The user's choice while it is still offered, else the latest earlier period, as the update itself would pick it.
  const baseline = choices.some((choice) => choice.period === chosenBaseline) ? chosenBaseline : (choices[0]?.period ?? "");

  // Take the reader to what the update gave (a screen reader announces the result's heading). In an effect,
  // not a requestAnimationFrame: the frame could come before React had rendered the result.
  useEffect(() => {
    if (finished > 0) document.getElementById(RESULT_REGION_ID)?.focus();
  }, [finished]);
  const { focusButton, onFocused } = props;
  useEffect(() => {
    if (!focusButton) return;
    button.current?.focus();
    onFocused();
  }, [focusButton, onFocused]);

  const run = async (request: Omit<UpdateRequest, "onProgress">) => {
    setStep("reading");
    try {
      await onUpdate({ ...request, onProgress: setStep });
    } finally {
      setStep(null);
      setFinished((count) => count + 1);
    }
  };
  const choice = { reportDate, ...(baseline ? { baselinePeriod: baseline } : {}) };

  const running = step !== null;
  return (
    <div className={styles.root}>
      {!hasConfig ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("ui.update.needsSetup")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onGoToSetup}>{t("ui.update.toSetup")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div role="status" aria-live="polite">
        {props.saved ? (
          // Fluent's group takes MessageBars only (no null child): the list is built without the absent one.
          <MessageBarGroup className={styles.messages} data-testid="setup-done">
            {[
              <MessageBar key="saved" intent="success" data-testid="settings-saved">
                <MessageBarBody>{t("ui.setup.saved")}</MessageBarBody>
              </MessageBar>,
              ...(props.imported
                ? [
                    <MessageBar key="imported" intent="success" data-testid="baseline-imported">
                      <MessageBarBody>{props.imported}</MessageBarBody>
                    </MessageBar>,
                  ]
                : []),
            ]}
          </MessageBarGroup>
        ) : null}
      </div>
      {props.notice.length > 0 ? props.renderProblems(props.notice, "notice") : null}
      <div className={styles.form}>
        {validDate ? (
          <ReportMonthField reportDate={reportDate} onReportDate={onReportDate} latest={monthOf(props.today) as Month} />
        ) : null}
        <Field label={t("ui.update.baseline")}>
          <Select value={baseline} onChange={(_, data) => onBaseline(data.value)} disabled={choices.length === 0} data-testid="baseline">
            {choices.length === 0 ? <option value="">{t(narrow ? "ui.update.noBaselineShort" : "ui.update.noBaseline")}</option> : null}
            {choices.map((option) => (
              <option key={option.period} value={option.period}>
                {narrow ? shortDateText(option.reportDate, lang) : t("ui.update.baselineOption", { date: dateText(option.reportDate, lang) })}
              </option>
            ))}
          </Select>
        </Field>
        {/* disabledFocusable while running: the keyboard user's focus stays on the button. */}
        <Button
          ref={button}
          className={styles.button}
          // While the result asks "Skriv rapporten ändå", that is the view's one primary button.
          appearance={result?.stoppedForChecks && !running ? "secondary" : "primary"}
          onClick={() => void run(choice)}
          disabled={!validDate || !hasConfig}
          disabledFocusable={running}
        >
          {t("ui.update.button")}
        </Button>
      </div>
      {running ? (
        <Field validationMessage={t(`ui.progress.${step}`)} validationState="none" aria-live="polite">
          <ProgressBar
            value={(STEPS.indexOf(step as UpdateStep) + 1) / STEPS.length}
            aria-label={t("ui.progress.label")}
            aria-valuetext={t(`ui.progress.${step}`)}
            data-testid="progress"
          />
        </Field>
      ) : null}
      {result && !running ? (
        <ResultView
          {...props}
          result={result}
          // The same update again, as the result was computed, with the economist's go-ahead.
          onUpdateAgain={(goAhead) => void run({ ...resultChoice(result, choice), ...goAhead })}
        />
      ) : null}
    </div>
  );
}

/** The report date and baseline the result was computed with (the form may have changed since). */
function resultChoice(result: UpdateResult, fallback: { reportDate: string; baselinePeriod?: string }): { reportDate: string; baselinePeriod?: string } {
  const report = result.report;
  if (!report) return fallback;
  return { reportDate: report.reportDate, ...(report.baseline ? { baselinePeriod: report.baseline.period } : {}) };
}
