// The task pane (design §5): Prognos (update and result), Inställningar (setup), Historik. It talks to
// the workbook only through the Excel adapter, with the `run` it is given (Excel.run in Office, the
// headless host's run in the preview), and listens to the ribbon command through paneState.
// What the economist chose or typed (report date, baseline, draft text, unsaved settings) lives here,
// above the tabs, so that switching tabs or reloading the workbook's state never resets it.
import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { subscribePane, type PaneView } from "../../commands/paneState";
import { serializeConfig } from "../../engine/config";
import type { NarrativePosition, PrognosConfig, Problem } from "../../engine/types";
import {
  deleteHistoryPeriod,
  detectSourceFromSelection,
  getSelectionAddress,
  importBaseline,
  insertNarrative,
  markHistoryOutcome,
  readSetup,
  saveConfig,
  selectCell,
  updateForecast,
} from "../excel";
import type { RunExcel, SetupState, UpdateResult } from "../../excel/types";
import type { Lang } from "../../i18n/index";
import { initialReportDate, previousPeriod, setupDraft, todayIso, withDetected, type SetupDraft } from "../model";
import { TextProvider, useText } from "../text";
import { HistoryTab, SetupTab, preloadSetupTab } from "./lazyViews";
import { NARROW, VISUALLY_HIDDEN } from "../layout";
import { PaneTabs } from "./PaneTabs";
import { ProblemBars, ProblemList } from "./ProblemList";
import { UpdateTab, type UpdateRequest } from "./UpdateTab";
import type { FirstRunStep } from "./SetupTab";

const useStyles = makeStyles({
  // The page's background is on a box inside the provider, not on the provider: Fluent copies the provider's
  // classes onto its portals' mount node (absolute, over the whole pane), which then hid the pane under an
  // open popover.
  page: {
    minHeight: "100vh",
    ":focus": { outlineStyle: "none" },
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Fluent's inputs, selects and text boxes keep their natural width (an <input>'s 20 characters) inside a
    // Field's grid; in a pane as narrow as 160 CSS px that pushed the pane sideways. They may shrink to it.
    "& .fui-Field > *, & .fui-Input, & .fui-Select, & .fui-Textarea": { minWidth: 0, maxWidth: "100%" },
    "& .fui-Input__input, & .fui-Select__select, & .fui-Textarea__textarea": { minWidth: 0 },
    // Where a drop-down's text still does not fit, it ends in "…" (where the browser draws it) rather than mid-word.
    "& .fui-Select__select": { textOverflow: "ellipsis" },
    // A message may hold a long cell reference ("Rapport!A1:G12"): it breaks rather than widen the pane.
    // Fluent's one-line bar does not wrap its text and pads the bar on the left only (its actions bring their
    // own): "Rapporten är skriven till Rapport!A1:G12." ran into the bar's right border at 320 px. The text
    // wraps, with the same padding on both sides; a word longer than the line is hyphenated where the
    // browser knows the language (<html lang>), else broken ("verksamhetsområden" at 200 %).
    "& .fui-MessageBarBody": { minWidth: 0, overflowWrap: "break-word", hyphens: "auto", whiteSpace: "normal" },
    "& .fui-MessageBar": { paddingRight: tokens.spacingHorizontalM },
    // Fluent greys the label of a radio option not chosen and of a checkbox not ticked (colorNeutralForeground3):
    // it reads as disabled. Enabled ones are in the text colour; the selectors outweigh Fluent's own.
    "& .fui-Radio__input:enabled:not(:checked) ~ .fui-Radio__label": { color: tokens.colorNeutralForeground1 },
    "& .fui-Checkbox:has(> .fui-Checkbox__input:enabled)": { color: tokens.colorNeutralForeground1 },
    // Narrow: a message's icon column and padding would leave its text a word per line.
    [NARROW]: { "& .fui-MessageBar__icon": { display: "none" }, "& .fui-MessageBar": { paddingLeft: "8px", paddingRight: "8px" } },
  },
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", maxWidth: "560px", boxSizing: "border-box", [NARROW]: { padding: "8px" } },
  // Excel's pane title already says "Prognos": the heading is for screen readers only, not a second title.
  title: { ...VISUALLY_HIDDEN, margin: 0 },
});

export interface PaneProps {
  run: RunExcel;
  lang: Lang;
  theme: Theme;
  /** "YYYY-MM-DD", the day the default report date is counted from; default: the clock. */
  today?: string;
}

/** The setup form's state: the draft and the stored configuration it was made from. */
interface SetupForm {
  draft: SetupDraft;
  /** serializeConfig of the stored configuration the draft started from: a new one resets the draft. */
  revision: string;
}

const panelId = (view: PaneView) => `pane-${view}`;

function revisionOf(setup: SetupState): string {
  return setup.config ? serializeConfig(setup.config) : "";
}

function Pane({ run, today }: Omit<PaneProps, "lang" | "theme">) {
  const styles = useStyles();
  const { t } = useText();
  const day = today ?? todayIso();
  const [setup, setSetup] = useState<SetupState | null>(null);
  const [loadFailure, setLoadFailure] = useState<Problem[] | null>(null);
  const [view, setView] = useState<PaneView>("update");
  const [result, setResult] = useState<UpdateResult | null>(null);
  const [setupProblems, setSetupProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState<Problem[]>([]);
  // Chosen or typed by the economist: kept across tabs and reloads.
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const [chosenBaseline, setChosenBaseline] = useState("");
  const [narrative, setNarrative] = useState<{ result: UpdateResult; text: string } | null>(null);
  const [chosenPosition, setChosenPosition] = useState<NarrativePosition | null>(null);
  const [form, setForm] = useState<SetupForm | null>(null);
  const [saved, setSaved] = useState(false);
  // The first run's baseline import, said on the report beside "saved" (setup, where it happened, is left).
  const [imported, setImported] = useState<string | null>(null);
  const [focusUpdate, setFocusUpdate] = useState(false);
  // The first run's step once it has begun; it outlives the save of step 2 (the configuration exists then).
  const [firstRunStep, setFirstRunStep] = useState<FirstRunStep | null>(null);
  const live = useRef(true);

  const reload = useCallback(async () => {
    const state = await readSetup(run);
    if (!live.current) return state;
    if (!state.ok) {
      setLoadFailure(state.errors);
      return state;
    }
    setLoadFailure(null);
    setSetup(state);
    // A draft survives reloads of the same stored configuration; a new stored configuration starts a new one.
    setForm((current) => (current && current.revision === revisionOf(state) ? current : { draft: setupDraft(state.config), revision: revisionOf(state) }));
    return state;
  }, [run]);

  useEffect(() => {
    live.current = true;
    preloadSetupTab();
    void reload().then((state) => {
      if (!live.current || !state.ok) return;
      setSetupProblems(state.errors);
      if (!state.config) setView("setup");
    });
    const unsubscribe = subscribePane((request) => {
      setView(request.view);
      if (request.result) setResult(request.result);
      if (request.view === "setup") setSetupProblems(request.problems);
      else setNotice(request.problems);
      void reload();
    });
    return () => {
      live.current = false;
      unsubscribe();
    };
  }, [reload]);

  const onSelectCell = useCallback((cell: string) => selectCell(run, cell), [run]);
  const renderProblems = useCallback(
    (problems: Problem[], testId: string) => <ProblemBars problems={problems} onSelectCell={onSelectCell} testId={testId} />,
    [onSelectCell],
  );
  const config = setup?.config ?? null;
  const reportDate = chosenDate ?? initialReportDate(config, day);
  const detected = result?.report?.detected;
  const draft = useMemo(() => (form ? withDetected(form.draft, detected ?? []) : null), [form, detected]);
  // A workbook without a configuration is set up in three steps (issue 19), from the first.
  const firstRun: FirstRunStep | null = firstRunStep ?? (setup?.ok && !setup.config ? 1 : null);

  if (!setup || !draft) {
    return (
      <main className={styles.root} aria-labelledby="pane-title">
        <h1 id="pane-title" className={styles.title}>{t("ui.title")}</h1>
        {loadFailure ? (
          <MessageBar intent="error" layout="multiline" data-testid="load-failed">
            <MessageBarBody>
              <MessageBarTitle>{t("ui.loadFailed")}</MessageBarTitle>
              <ProblemList problems={loadFailure} onSelectCell={onSelectCell} testId="load-problems" />
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void reload()}>{t("ui.retry")}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <Spinner size="small" label={t("ui.loading")} />
        )}
      </main>
    );
  }

  const narrativePosition: NarrativePosition = chosenPosition ?? config?.output.narrative ?? "above";
  // The choice is remembered in the configuration (when there is one), without resetting setup's unsaved form.
  const chooseNarrativePosition = async (position: NarrativePosition) => {
    setChosenPosition(position);
    if (!config) return;
    const next: PrognosConfig = { ...config, output: { ...config.output, narrative: position } };
    const stored = await saveConfig(run, next);
    if (!stored.ok) return;
    setForm((current) => (current && current.revision === revisionOf(setup) ? { ...current, revision: serializeConfig(next) } : current));
    await reload();
  };
  // Above the table the text is written by an update like the one shown (its date and baseline).
  const insertText = async (paragraphs: string[], options: { replaceEdited?: boolean; position: NarrativePosition }) => {
    const report = result?.report;
    const inserted = await insertNarrative(run, paragraphs, {
      ...options,
      update: {
        today: day,
        ...(config ? { config } : {}),
        ...(report ? { reportDate: report.reportDate } : {}),
        ...(report?.baseline ? { baselinePeriod: report.baseline.period } : {}),
      },
    });
    if (options.position === "above") await reload();
    return inserted;
  };

  // Setup done: on to the report, with the message and the keyboard focus (on the update button).
  const toReport = (importedMessage?: string) => {
    setFirstRunStep(null);
    setSaved(true);
    setImported(importedMessage ?? null);
    setFocusUpdate(true);
    setView("update");
  };

  const update = async (options: UpdateRequest) => {
    setSaved(false);
    setImported(null);
    setNotice([]);
    const updated = await updateForecast(run, {
      reportDate: options.reportDate,
      today: day,
      ...(config ? { config } : {}),
      ...(options.baselinePeriod ? { baselinePeriod: options.baselinePeriod } : {}),
      ...(options.replaceEdited ? { replaceEdited: true } : {}),
      ...(options.checks ? { checks: options.checks } : {}),
      onProgress: options.onProgress,
    });
    setResult(updated);
    await reload();
  };

  return (
    <main className={styles.root} aria-labelledby="pane-title">
      <h1 id="pane-title" className={styles.title}>{t("ui.title")}</h1>
      <PaneTabs<PaneView>
        tabs={[
          { value: "update", label: t("ui.tab.update") },
          { value: "setup", label: t("ui.tab.setup") },
          { value: "history", label: t("ui.tab.history") },
        ]}
        selected={view}
        onSelect={setView}
        label={t("ui.tabs.label")}
        panelId={panelId}
      />
      {view === "update" ? (
        <div role="tabpanel" id={panelId("update")} aria-labelledby={`${panelId("update")}-tab`}>
          <UpdateTab
            reportDate={reportDate}
            onReportDate={setChosenDate}
            today={day}
            chosenBaseline={chosenBaseline}
            onBaseline={setChosenBaseline}
            history={setup.history}
            hasConfig={config !== null}
            result={result}
            notice={notice}
            saved={saved}
            imported={imported}
            focusButton={focusUpdate}
            onFocused={() => setFocusUpdate(false)}
            renderProblems={renderProblems}
            narrative={narrative && narrative.result === result ? narrative.text : null}
            onNarrativeChange={(text) => result && setNarrative({ result, text })}
            onGoToSetup={() => setView("setup")}
            onSelectCell={onSelectCell}
            onUpdate={update}
            onInsertNarrative={insertText}
            narrativePosition={narrativePosition}
            onNarrativePosition={(position) => void chooseNarrativePosition(position)}
          />
        </div>
      ) : view === "setup" ? (
        <div role="tabpanel" id={panelId("setup")} aria-labelledby={`${panelId("setup")}-tab`}>
          <SetupTab
            draft={draft}
            onDraft={(next) => setForm((current) => (current ? { ...current, draft: next(current.draft) } : current))}
            defaultBaselinePeriod={previousPeriod(reportDate)}
            problems={setupProblems}
            currentGrant={result?.report?.total.grant ?? setup.history[0]?.grant ?? null}
            renderProblems={renderProblems}
            onDetect={() => detectSourceFromSelection(run)}
            onSave={async (next) => {
              // The form does not show every output setting (the text's position, the development sheet): kept as stored.
              const stored = await saveConfig(run, config ? { ...next, output: { ...config.output, ...next.output } } : next);
              if (stored.ok) {
                await reload();
                // The first run goes on to its baseline step; otherwise on to the report.
                if (firstRun !== null) setFirstRunStep(3);
                else toReport();
              }
              return stored;
            }}
            {...(firstRun !== null ? { firstRun: { step: firstRun, onStep: setFirstRunStep, onDone: toReport } } : {})}
            onImportBaseline={async (period, replace) => {
              const selection = await getSelectionAddress(run);
              if (!selection.address) return { ok: false, rows: [], errors: selection.errors, warnings: [] };
              const imported = await importBaseline(run, { range: selection.address, period, replace });
              await reload();
              return imported;
            }}
          />
        </div>
      ) : (
        <div role="tabpanel" id={panelId("history")} aria-labelledby={`${panelId("history")}-tab`}>
          <HistoryTab
            history={setup.history}
            renderProblems={renderProblems}
            onDelete={async (period) => {
              const removed = await deleteHistoryPeriod(run, period);
              await reload();
              return removed;
            }}
            onMarkOutcome={async (period, marked) => {
              const result = await markHistoryOutcome(run, period, marked);
              await reload();
              return result;
            }}
          />
        </div>
      )}
    </main>
  );
}

export function App({ run, lang, theme, today }: PaneProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} lang={lang === "sv" ? "sv-SE" : "en-US"}>
      {/* Focusable (not tabbable) so that a click on text or a blank part of the pane keeps the focus in the
          pane instead of dropping it on the body: once a popover or dialog has opened, Tabster keeps focus
          guards at the page's ends that are tabbable aria-hidden elements while the body has the focus. */}
      <div className={styles.page} tabIndex={-1} data-testid="pane-page">
        <TextProvider lang={lang}>
          <Pane run={run} {...(today ? { today } : {})} />
        </TextProvider>
      </div>
    </FluentProvider>
  );
}
