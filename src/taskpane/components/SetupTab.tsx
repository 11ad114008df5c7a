// Setup (design §5): sources from the current selection with their detected mapping, signs and unit;
// the report's sheet, anchor and unit; the tolerance; last year's grant; and a baseline import.
// On the first run (issue 19) the same sections come one at a time, in three steps: the source, the mapping
// with the report's settings, the baseline; each step has one primary button.
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons/svg/arrow-left";
import { ArrowRightRegular } from "@fluentui/react-icons/svg/arrow-right";
import { CheckmarkCircleRegular } from "@fluentui/react-icons/svg/checkmark-circle";
import { useEffect, useRef, useState } from "react";
import { problem } from "../../engine/problems";
import { problemFromException } from "../../excel/problems";
import type { Problem, PrognosConfig } from "../../engine/types";
import type { DetectedSelection } from "../../excel/index";
import type { ImportBaselineResult } from "../../excel/types";
import { monthLabel, type Month } from "../month";
import { configFromDraft, previousGrantReading, sourceDraft, type SetupDraft, type SourceDraft } from "../model";
import { NARROW } from "../layout";
import { useText } from "../text";
import { useNarrow } from "../useNarrow";
import { MonthField } from "./MonthField";
import { areasFound, SourceEditor } from "./SourceEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "16px" },
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300 },
  fetched: { margin: 0, display: "flex", gap: "6px", alignItems: "flex-start", overflowWrap: "anywhere" },
  fetchedIcon: { flexShrink: 0, marginTop: "2px", width: "16px", height: "16px", color: tokens.colorPaletteGreenForeground1 },
  // Side by side from 320 px; one under the other when narrow, where each box showed "Rappo" of Rapport.
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: "8px", [NARROW]: { gridTemplateColumns: "minmax(0, 1fr)" } },
  fill: { minWidth: 0, "& input": { minWidth: 0 } },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap" },
  stepTitle: { margin: 0, fontSize: tokens.fontSizeBase400, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  steps: { display: "flex", flexWrap: "wrap", columnGap: "12px", rowGap: "4px", margin: 0, padding: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200 },
  step: { display: "flex", alignItems: "center", gap: "4px", color: tokens.colorNeutralForeground3 },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  // The step's number in a ring, filled for the current step.
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "18px",
    height: "18px",
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid currentColor`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: 1,
  },
  currentNumber: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
});

/** The first run's steps: 1 the source, 2 the mapping and the report's settings, 3 the baseline. */
export type FirstRunStep = 1 | 2 | 3;
const STEP_NAMES = { 1: "ui.firstRun.source", 2: "ui.firstRun.mapping", 3: "ui.firstRun.baseline" } as const;

export interface FirstRun {
  step: FirstRunStep;
  onStep(step: FirstRunStep): void;
  /** After the baseline step, imported (with the message that says so, for the report to show) or skipped: on to the report. */
  onDone(imported?: string): void;
}

export interface SetupTabProps {
  /** The form as the economist left it; held by the pane (App.tsx), so a reload or a tab switch keeps it. */
  draft: SetupDraft;
  onDraft(change: (draft: SetupDraft) => SetupDraft): void;
  defaultBaselinePeriod: string;
  onDetect(): Promise<DetectedSelection>;
  onSave(config: PrognosConfig): Promise<{ ok: boolean; errors: Problem[] }>;
  onImportBaseline(period: string, replace: boolean): Promise<ImportBaselineResult>;
  renderProblems(problems: Problem[], testId: string): React.ReactNode;
  /** Problems met before setup could be shown (e.g. an unreadable stored configuration). */
  problems: Problem[];
  /** This year's total grant (kronor) from the last update or the latest stored period, for the grant's reading. */
  currentGrant: number | null;
  /** The first run: only this step's sections, with its buttons; absent, the whole form. */
  firstRun?: FirstRun;
}

/** The form's fields that hold a stored setting, by the setting's path in the configuration. */
type FormField = "tolerance" | "previousYearGrant" | "outputSheet" | "anchor";
const FIELD_OF_SETTING: Record<string, FormField | undefined> = {
  tolerance: "tolerance",
  previousYearGrant: "previousYearGrant",
  "output.sheet": "outputSheet",
  "output.anchor": "anchor",
};

// "Saved" is said on the update tab, where the pane goes after saving (App.tsx).
type Status = { kind: "imported"; rows: number; month: string } | null;

export function SetupTab(props: SetupTabProps) {
  const { draft, defaultBaselinePeriod, onDetect, onSave, onImportBaseline, renderProblems, firstRun } = props;
  const step = firstRun?.step;
  const shows = (section: FirstRunStep) => step === undefined || step === section;
  const styles = useStyles();
  const { lang, t } = useText();
  // At 200 % zoom the unit drop-down shows the unit words alone: a native drop-down cannot wrap "mnkr, en decimal".
  const narrow = useNarrow();
  // A live reading of last year's grant, as the update will read it: "= 4 056 mnkr, +3,8 % mot i år".
  const grantReading = previousGrantReading(draft.previousYearGrant, draft.outputUnit, props.currentGrant, lang);
  const setDraft = (next: SetupDraft | ((current: SetupDraft) => SetupDraft)) => props.onDraft(typeof next === "function" ? next : () => next);
  const [problems, setProblems] = useState<Problem[]>(props.problems);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FormField, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [period, setPeriod] = useState(defaultBaselinePeriod);
  const [replace, setReplace] = useState(false);

  useEffect(() => setProblems(props.problems), [props.problems]);
  useEffect(() => setPeriod(defaultBaselinePeriod), [defaultBaselinePeriod]);
  // A new step takes the keyboard focus to its heading (the button that led there is gone); not the first.
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    stepHeading.current?.focus();
  }, [step]);

  const busyWhile = async (work: () => Promise<void>) => {
    setBusy(true);
    setStatus(null);
    try {
      await work();
    } catch (error) {
      // The adapter returns its failures as values; anything else still ends in a message, never a spinner.
      setProblems([problemFromException(error)]);
    } finally {
      setBusy(false);
    }
  };

  const detect = (add: boolean) =>
    busyWhile(async () => {
      const found = await onDetect();
      setProblems([...found.errors, ...found.warnings]);
      if (!found.source) return;
      const source = { ...sourceDraft(found.source, found.detected), ...(found.rows ? { rows: found.rows } : {}) };
      setDraft((current) => ({ ...current, sources: add ? [...current.sources.filter((s) => s.range !== source.range), source] : [source] }));
      if (step === 1) firstRun?.onStep(2);
    });

  const save = () =>
    busyWhile(async () => {
      if (draft.sources.length === 0) {
        setProblems([problem("noSources", "error")]);
        return;
      }
      const built = configFromDraft(draft);
      setFieldErrors(Object.fromEntries(built.problems.map((problem) => [problem.field, t("ui.setup.notANumber", { text: problem.text })])));
      if (!built.config) return;
      const result = await onSave(built.config);
      // A setting's problem goes under its field, in the field's words; the rest above the form.
      const underFields = result.errors.flatMap((problem) => {
        const field = FIELD_OF_SETTING[String(problem.params.path ?? "")];
        return field ? [[field, t(`ui.setup.fieldProblem.${field}`, { value: String(problem.params.value ?? ""), unit: draft.outputUnit })] as const] : [];
      });
      setFieldErrors(Object.fromEntries(underFields));
      setProblems(result.errors.filter((problem) => !FIELD_OF_SETTING[String(problem.params.path ?? "")]));
    });

  const importBaseline = () =>
    busyWhile(async () => {
      const result = await onImportBaseline(period, replace);
      setProblems([...result.errors, ...result.warnings]);
      if (!result.ok) return;
      // The message names the month, not the period key.
      const imported = { kind: "imported", rows: result.rows.length, month: monthLabel(monthFromPeriod(period), lang) } as const;
      setStatus(imported);
      // The first run leaves setup here: the report says it, beside "saved", or the message would be gone unseen.
      if (step === 3) firstRun?.onDone(t("ui.setup.imported", { rows: imported.rows, month: imported.month }));
    });

  const setSource = (index: number, source: SourceDraft) =>
    setDraft((current) => ({ ...current, sources: current.sources.map((s, i) => (i === index ? source : s)) }));

  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite">
        {status?.kind === "imported" ? (
          <MessageBar intent="success">
            <MessageBarBody>{t("ui.setup.imported", { rows: status.rows, month: status.month })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {problems.length > 0 ? renderProblems(problems, "setup-problems") : null}
      {step !== undefined ? (
        <div className={styles.section} data-testid="first-run-step" data-step={step}>
          <h2 ref={stepHeading} tabIndex={-1} className={styles.stepTitle}>
            {t("ui.firstRun.step", { number: step, name: t(STEP_NAMES[step]) })}
          </h2>
          <ol className={styles.steps} aria-label={t("ui.firstRun.steps")}>
            {([1, 2, 3] as const).map((each) => (
              <li key={each} className={mergeClasses(styles.step, each === step && styles.current)} aria-current={each === step ? "step" : undefined}>
                <span className={mergeClasses(styles.number, each === step && styles.currentNumber)} aria-hidden="true">{each}</span>
                {t(STEP_NAMES[each])}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {step !== 3 ? (
        <section className={styles.section} aria-labelledby="sources-heading">
          <h2 id="sources-heading" className={styles.heading}>{t("ui.setup.sources")}</h2>
          {/* Step 2 comes with its source fetched in step 1: only a further one may be added there. */}
          {step === 2 ? null : <p className={styles.hint}>{t("ui.setup.sourcesHint")}</p>}
          {/* Step 1 again (Tillbaka): what was fetched, and going on with it is the primary button; fetching
              another selection instead stays possible. */}
          {step === 1
            ? draft.sources.map((source) => (
                <p key={source.range} className={styles.fetched} data-testid="fetched-source">
                  <CheckmarkCircleRegular className={styles.fetchedIcon} aria-hidden="true" />
                  <span>
                    {source.rows
                      ? t("ui.firstRun.fetched", { range: source.range, found: areasFound(source.rows, t) })
                      : t("ui.firstRun.fetchedRange", { range: source.range })}
                  </span>
                </p>
              ))
            : null}
          <div className={styles.buttons}>
            {step === 1 && draft.sources.length > 0 ? (
              <Button appearance="primary" icon={<ArrowRightRegular />} iconPosition="after" onClick={() => firstRun?.onStep(2)} disabled={busy}>
                {t("ui.firstRun.continue")}
              </Button>
            ) : null}
            {step === 2 ? null : (
              <Button appearance={draft.sources.length === 0 ? "primary" : "secondary"} onClick={() => void detect(false)} disabled={busy}>
                {t("ui.setup.fromSelection")}
              </Button>
            )}
            {draft.sources.length > 0 && step !== 1 ? (
              <Button onClick={() => void detect(true)} disabled={busy}>{t("ui.setup.addFromSelection")}</Button>
            ) : null}
          </div>
          {draft.sources.length === 0 ? <p className={styles.hint}>{t("ui.setup.noSources")}</p> : null}
          {step === 1 ? null : draft.sources.map((source, index) => (
            <SourceEditor
              key={`${source.range}-${index}`}
              source={source}
              index={index}
              onChange={(changed) => setSource(index, changed)}
              onRemove={() => setDraft((current) => ({ ...current, sources: current.sources.filter((_, i) => i !== index) }))}
            />
          ))}
        </section>
      ) : null}

      {shows(2) ? (
        <section className={styles.section} aria-labelledby="output-heading">
          <h2 id="output-heading" className={styles.heading}>{t("ui.setup.output")}</h2>
          <div className={styles.pair}>
            <Field
              className={styles.fill}
              label={t("ui.setup.outputSheet")}
              validationMessage={fieldErrors.outputSheet}
              validationState={fieldErrors.outputSheet ? "error" : "none"}
            >
              <Input className={styles.fill} value={draft.outputSheet} onChange={(_, data) => setDraft({ ...draft, outputSheet: data.value })} />
            </Field>
            <Field
              className={styles.fill}
              label={t("ui.setup.anchor")}
              validationMessage={fieldErrors.anchor}
              validationState={fieldErrors.anchor ? "error" : "none"}
            >
              <Input className={styles.fill} value={draft.anchor} onChange={(_, data) => setDraft({ ...draft, anchor: data.value })} />
            </Field>
          </div>
          <Field label={t("ui.setup.outputUnit")}>
            <Select value={draft.outputUnit} onChange={(_, data) => setDraft({ ...draft, outputUnit: data.value === "mnkr" ? "mnkr" : "tkr" })}>
              <option value="tkr">{narrow ? "tkr" : t("ui.setup.unit.tkr")}</option>
              <option value="mnkr">{narrow ? "mnkr" : t("ui.setup.unit.mnkr")}</option>
            </Select>
          </Field>
          <Checkbox checked={draft.chart} onChange={(_, data) => setDraft({ ...draft, chart: data.checked === true })} label={t("ui.setup.chart")} />
          <Field
            label={t("ui.setup.tolerance", { unit: draft.outputUnit })}
            hint={t("ui.setup.toleranceHint")}
            validationMessage={fieldErrors.tolerance}
            validationState={fieldErrors.tolerance ? "error" : "none"}
          >
            <Input value={draft.tolerance} inputMode="decimal" onChange={(_, data) => setDraft({ ...draft, tolerance: data.value })} />
          </Field>
          <Field
            label={t("ui.setup.previousGrant", { unit: draft.outputUnit })}
            hint={grantReading && !grantReading.unusual ? `${grantReading.text}. ${t("ui.setup.previousGrantHint")}` : t("ui.setup.previousGrantHint")}
            validationMessage={fieldErrors.previousYearGrant ?? (grantReading?.unusual ? t("ui.setup.previousGrantUnusual", { reading: grantReading.text, unit: draft.outputUnit }) : undefined)}
            validationState={fieldErrors.previousYearGrant ? "error" : grantReading?.unusual ? "warning" : "none"}
          >
            <Input value={draft.previousYearGrant} inputMode="decimal" onChange={(_, data) => setDraft({ ...draft, previousYearGrant: data.value })} />
          </Field>
          {/* disabledFocusable while busy: the keyboard focus stays on the button instead of falling to the page. */}
          {/* One primary button per view: fetching while there is no source, saving once there is one. */}
          <div className={styles.buttons}>
            <Button appearance={draft.sources.length > 0 ? "primary" : "secondary"} onClick={() => void save()} disabledFocusable={busy}>
              {t(step === 2 ? "ui.firstRun.saveAndContinue" : "ui.setup.save")}
            </Button>
            {step === 2 ? <BackButton onClick={() => firstRun?.onStep(1)} disabled={busy} /> : null}
          </div>
        </section>
      ) : null}

      {shows(3) ? (
        <section className={styles.section} aria-labelledby="baseline-heading">
          <h2 id="baseline-heading" className={styles.heading}>{t("ui.setup.baseline")}</h2>
          <p className={styles.hint}>{t("ui.setup.baselineHint")}</p>
          {/* The month picker of the report month; months after the one before the report month cannot be chosen. */}
          <MonthField
            label={t("ui.setup.baselinePeriod")}
            month={monthFromPeriod(period)}
            latest={monthFromPeriod(defaultBaselinePeriod)}
            onMonth={(chosen) => setPeriod(periodOfMonth(chosen))}
            testId="baseline-month"
            data={{ "data-period": period }}
          />
          <Checkbox checked={replace} onChange={(_, data) => setReplace(data.checked === true)} label={t("ui.setup.replace")} />
          <div className={styles.buttons}>
            <Button appearance={step === 3 ? "primary" : "secondary"} onClick={() => void importBaseline()} disabled={busy}>
              {t("ui.setup.import")}
            </Button>
            {step === 3 ? (
              <>
                <Button onClick={() => firstRun?.onDone()} disabled={busy}>{t("ui.firstRun.skip")}</Button>
                <BackButton onClick={() => firstRun?.onStep(2)} disabled={busy} />
              </>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}

function BackButton({ onClick, disabled }: { onClick(): void; disabled: boolean }) {
  const { t } = useText();
  return (
    <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onClick} disabled={disabled}>
      {t("ui.firstRun.back")}
    </Button>
  );
}

/** "2024-10" as a month; the pane only ever holds valid period keys here (previousPeriod, the picker). */
function monthFromPeriod(period: string): Month {
  const [year, month] = period.split("-").map(Number);
  return { year, month };
}

function periodOfMonth({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}
