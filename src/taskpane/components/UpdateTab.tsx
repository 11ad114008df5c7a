// The pane's first view: report date, baseline, "Uppdatera prognos", progress, then the result.
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Select, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { isIsoDate, periodLabel, yearOf } from "../../engine/period";
import type { HistoryPeriod, UpdateResult, UpdateStep } from "../../excel/types";
import { dateText } from "../format";
import { baselineChoices } from "../model";
import { useText } from "../text";
import { RESULT_REGION_ID, ResultView, type ResultViewProps } from "./ResultView";

const STEPS: UpdateStep[] = ["reading", "computing", "writing", "done"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  form: { display: "flex", flexDirection: "column", gap: "10px" },
  button: { alignSelf: "flex-start" },
});

export interface UpdateTabProps extends Omit<ResultViewProps, "result"> {
  initialReportDate: string;
  history: HistoryPeriod[];
  hasConfig: boolean;
  result: UpdateResult | null;
  onUpdate(options: { reportDate: string; baselinePeriod?: string; onProgress(step: UpdateStep): void }): Promise<void>;
  onGoToSetup(): void;
}

export function UpdateTab(props: UpdateTabProps) {
  const { initialReportDate, history, hasConfig, result, onUpdate, onGoToSetup } = props;
  const styles = useStyles();
  const { lang, t } = useText();
  const [reportDate, setReportDate] = useState(initialReportDate);
  const [chosenBaseline, setChosenBaseline] = useState<string>("");
  const [step, setStep] = useState<UpdateStep | null>(null);
  // Counts finished updates; the focus moves once the result they produced is rendered.
  const [finished, setFinished] = useState(0);
  const validDate = isIsoDate(reportDate);
  const choices = useMemo(() => baselineChoices(history, reportDate), [history, reportDate]);
  // The user's choice while it is still offered, else the latest earlier period, as the update itself would pick it.
  const baseline = choices.some((choice) => choice.period === chosenBaseline) ? chosenBaseline : (choices[0]?.period ?? "");

  useEffect(() => setReportDate(initialReportDate), [initialReportDate]);
  // Take the reader to what the update gave (a screen reader announces the result's heading). In an effect,
  // not a requestAnimationFrame: the frame could come before React had rendered the result.
  useEffect(() => {
    if (finished > 0) document.getElementById(RESULT_REGION_ID)?.focus();
  }, [finished]);

  const run = async () => {
    setStep("reading");
    try {
      await onUpdate({ reportDate, ...(baseline ? { baselinePeriod: baseline } : {}), onProgress: setStep });
    } finally {
      setStep(null);
      setFinished((count) => count + 1);
    }
  };

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
      <div className={styles.form}>
        <Field
          label={t("ui.update.reportDate")}
          validationState={validDate ? "none" : "error"}
          validationMessage={validDate ? undefined : t("ui.update.badDate")}
          hint={validDate ? t("ui.update.reportDateHint", { period: periodLabel(reportDate, lang), year: yearOf(reportDate) }) : undefined}
        >
          <Input type="date" value={reportDate} onChange={(_, data) => setReportDate(data.value)} data-testid="report-date" />
        </Field>
        <Field label={t("ui.update.baseline")}>
          <Select value={baseline} onChange={(_, data) => setChosenBaseline(data.value)} disabled={choices.length === 0} data-testid="baseline">
            {choices.length === 0 ? <option value="">{t("ui.update.noBaseline")}</option> : null}
            {choices.map((choice) => (
              <option key={choice.period} value={choice.period}>
                {t("ui.update.baselineOption", { date: dateText(choice.reportDate, lang) })}
              </option>
            ))}
          </Select>
        </Field>
        {/* disabledFocusable while running: the keyboard user's focus stays on the button. */}
        <Button
          className={styles.button}
          appearance="primary"
          onClick={() => void run()}
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
      {result && !running ? <ResultView {...props} result={result} /> : null}
    </div>
  );
}
