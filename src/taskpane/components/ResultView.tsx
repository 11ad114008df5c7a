// What an update gave: errors (nothing written) with their cells, or the summary, the table,
// the warnings to check and the drafted text.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { previousYearGrantKronor } from "../../engine/config";
import { isCheck } from "../../engine/problems";
import type { Problem } from "../../engine/types";
import type { UpdateResult } from "../../excel/types";
import { dateText } from "../format";
import { useText } from "../text";
import { DevelopmentView, Narrative } from "./lazyViews";
import type { NarrativeProps } from "./Narrative";
import { ProblemBars, ProblemList } from "./ProblemList";
import { ReportTable } from "./ReportTable";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", ":focus": { outlineStyle: "none" } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/** The result's region, focused after an update. */
export const RESULT_REGION_ID = "prognos-result";

/** What the economist may allow for a second try of the same update. */
export interface GoAhead {
  replaceEdited?: boolean;
  /** Write the report although its `check` warnings say it may be wrong. */
  checks?: "write";
}

export interface ResultViewProps {
  result: UpdateResult;
  onSelectCell(cell: string): Promise<boolean>;
  onInsertNarrative: NarrativeProps["onInsert"];
  narrativePosition: NarrativeProps["position"];
  onNarrativePosition: NarrativeProps["onPositionChange"];
  /** The draft text as edited in the pane (null: not edited yet, the engine's draft is shown). */
  narrative: string | null;
  onNarrativeChange(text: string): void;
  onUpdateAgain(goAhead: GoAhead): void;
}

export function ResultView({ result, onSelectCell, onInsertNarrative, narrativePosition, onNarrativePosition, narrative, onNarrativeChange, onUpdateAgain }: ResultViewProps) {
  const styles = useStyles();
  const { lang, t } = useText();
  const problems = (list: Problem[], testId: string) => <ProblemList problems={list} onSelectCell={onSelectCell} testId={testId} />;
  const bars = (list: Problem[], testId: string) => <ProblemBars problems={list} onSelectCell={onSelectCell} testId={testId} />;
  // The same warnings whether the update went through or not, grouped by severity; they select their cells either way.
  const warnings = result.warnings.length > 0 ? bars(result.warnings, "warning-list") : null;

  if (result.stoppedForChecks && result.report) {
    const checks = result.warnings.filter(isCheck);
    const others = result.warnings.filter((warning) => !isCheck(warning));
    return (
      <section id={RESULT_REGION_ID} tabIndex={-1} className={styles.root} aria-labelledby="checks-heading" data-testid="result-checks">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle id="checks-heading">{t("ui.checks.heading", { count: checks.length })}</MessageBarTitle>
            <br />
            {t("ui.checks.hint")}
            {problems(checks, "check-list")}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => onUpdateAgain({ checks: "write" })} data-testid="write-anyway">{t("ui.checks.writeAnyway")}</Button>
          </MessageBarActions>
        </MessageBar>
        <Summary report={result.report} />
        <ReportTable report={result.report} />
        {others.length > 0 ? bars(others, "warning-list") : null}
      </section>
    );
  }

  if (!result.ok) {
    // Cells changed after the last update are the only errors the economist may wave through, for this run.
    const onlyEdits = result.errors.length > 0 && result.errors.every((error) => error.code === "cellsEdited");
    return (
      <section id={RESULT_REGION_ID} tabIndex={-1} className={styles.root} aria-labelledby="errors-heading" data-testid="result-errors">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle id="errors-heading">{t("ui.errors.heading")}</MessageBarTitle>
            <br />
            {t(onlyEdits ? "ui.errors.editedHint" : "ui.errors.hint")}
            {problems(result.errors, "error-list")}
          </MessageBarBody>
          {onlyEdits ? (
            <MessageBarActions>
              <Button onClick={() => onUpdateAgain({ replaceEdited: true })} data-testid="replace-edited">{t("ui.errors.replaceEdited")}</Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
        {warnings}
      </section>
    );
  }

  const report = result.report;
  if (!report) return null;
  return (
    <section id={RESULT_REGION_ID} tabIndex={-1} className={styles.root} aria-labelledby="result-heading" data-testid="result">
      <h2 id="result-heading" className={styles.heading}>
        {t("ui.result.heading", { date: dateText(report.reportDate, lang) })}
      </h2>
      {result.outputAddress ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("ui.result.written", { address: result.outputAddress })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Summary report={report} />
      <ReportTable report={report} />
      {warnings}
      {result.development && result.development.periods.length >= 2 ? <DevelopmentView development={result.development} accuracy={result.accuracy ?? null} /> : null}
      <Narrative
        report={report}
        development={result.development ?? null}
        accuracy={result.accuracy ?? null}
        previousYearGrant={result.config ? previousYearGrantKronor(result.config) : null}
        text={narrative}
        onTextChange={onNarrativeChange}
        onInsert={onInsertNarrative}
        position={narrativePosition}
        onPositionChange={onNarrativePosition}
        renderProblems={(list) => bars(list, "insert-errors")}
      />
    </section>
  );
}
