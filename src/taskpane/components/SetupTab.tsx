// Setup (design §5): sources from the current selection with their detected mapping, signs and unit;
// the report's sheet, anchor and unit; the tolerance; last year's grant; and a baseline import.
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { problem } from "../../engine/problems";
import { problemFromException } from "../../excel/problems";
import type { Problem, PrognosConfig } from "../../engine/types";
import type { DetectedSelection } from "../../excel/index";
import type { ImportBaselineResult } from "../../excel/types";
import { monthLabel, type Month } from "../month";
import { configFromDraft, previousGrantReading, sourceDraft, type SetupDraft, type SourceDraft } from "../model";
import { NARROW } from "../layout";
import { useText } from "../text";
import { MonthField } from "./MonthField";
import { SourceEditor } from "./SourceEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "16px" },
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // Side by side from 320 px; one under the other when narrow, where each box showed "Rappo" of Rapport.
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: "8px", [NARROW]: { gridTemplateColumns: "minmax(0, 1fr)" } },
  fill: { minWidth: 0, "& input": { minWidth: 0 } },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap" },
  action: { alignSelf: "flex-start" },
});

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
  const { draft, defaultBaselinePeriod, onDetect, onSave, onImportBaseline, renderProblems } = props;
  const styles = useStyles();
  const { lang, t } = useText();
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
      // The message names the month, not the period key.
      if (result.ok) setStatus({ kind: "imported", rows: result.rows.length, month: monthLabel(monthFromPeriod(period), lang) });
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

      <section className={styles.section} aria-labelledby="sources-heading">
        <h2 id="sources-heading" className={styles.heading}>{t("ui.setup.sources")}</h2>
        <p className={styles.hint}>{t("ui.setup.sourcesHint")}</p>
        <div className={styles.buttons}>
          <Button appearance={draft.sources.length === 0 ? "primary" : "secondary"} onClick={() => void detect(false)} disabled={busy}>
            {t("ui.setup.fromSelection")}
          </Button>
          {draft.sources.length > 0 ? (
            <Button onClick={() => void detect(true)} disabled={busy}>{t("ui.setup.addFromSelection")}</Button>
          ) : null}
        </div>
        {draft.sources.length === 0 ? <p className={styles.hint}>{t("ui.setup.noSources")}</p> : null}
        {draft.sources.map((source, index) => (
          <SourceEditor
            key={`${source.range}-${index}`}
            source={source}
            index={index}
            onChange={(changed) => setSource(index, changed)}
            onRemove={() => setDraft((current) => ({ ...current, sources: current.sources.filter((_, i) => i !== index) }))}
          />
        ))}
      </section>

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
            <option value="tkr">{t("ui.setup.unit.tkr")}</option>
            <option value="mnkr">{t("ui.setup.unit.mnkr")}</option>
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
        <Button appearance={draft.sources.length > 0 ? "primary" : "secondary"} className={styles.action} onClick={() => void save()} disabledFocusable={busy}>
          {t("ui.setup.save")}
        </Button>
      </section>

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
        <Button className={styles.action} onClick={() => void importBaseline()} disabled={busy}>
          {t("ui.setup.import")}
        </Button>
      </section>
    </div>
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
