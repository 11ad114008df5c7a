// The task pane (design §5): Prognos (update and result), Inställningar (setup), Historik. It talks to
// the workbook only through the Excel adapter, with the `run` it is given (Excel.run in Office, the
// headless host's run in the preview), and listens to the ribbon command through paneState.
import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { subscribePane, type PaneView } from "../../commands/paneState";
import type { Problem } from "../../engine/types";
import {
  deleteHistoryPeriod,
  detectSourceFromSelection,
  getSelectionAddress,
  importBaseline,
  insertNarrative,
  readSetup,
  saveConfig,
  selectCell,
  updateForecast,
} from "../../excel/index";
import type { RunExcel, SetupState, UpdateResult } from "../../excel/types";
import type { Lang } from "../../i18n/index";
import { initialReportDate, previousPeriod, setupDraft, todayIso } from "../model";
import { TextProvider, useText } from "../text";
import { HistoryTab } from "./HistoryTab";
import { ProblemList } from "./ProblemList";
import { SetupTab } from "./SetupTab";
import { UpdateTab } from "./UpdateTab";

const useStyles = makeStyles({
  provider: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", maxWidth: "560px", boxSizing: "border-box" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { marginLeft: "-8px" },
});

export interface PaneProps {
  run: RunExcel;
  lang: Lang;
  theme: Theme;
  /** "YYYY-MM-DD", the day the default report date is counted from; default: the clock. */
  today?: string;
}

function Pane({ run, today }: Omit<PaneProps, "lang" | "theme">) {
  const styles = useStyles();
  const { t } = useText();
  const day = today ?? todayIso();
  const [setup, setSetup] = useState<SetupState | null>(null);
  const [view, setView] = useState<PaneView>("update");
  const [result, setResult] = useState<UpdateResult | null>(null);
  const [setupProblems, setSetupProblems] = useState<Problem[]>([]);

  const reload = useCallback(async () => {
    const state = await readSetup(run);
    setSetup(state);
    return state;
  }, [run]);

  useEffect(() => {
    let live = true;
    void reload().then((state) => {
      if (!live) return;
      setSetupProblems(state.errors);
      if (!state.config) setView("setup");
    });
    const unsubscribe = subscribePane((request) => {
      setView(request.view);
      setResult(request.result);
      setSetupProblems(request.problems);
      void reload();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [reload]);

  const onSelectCell = useCallback((cell: string) => selectCell(run, cell), [run]);
  const renderProblems = useCallback(
    (problems: Problem[], testId: string) => <ProblemList problems={problems} onSelectCell={onSelectCell} testId={testId} />,
    [onSelectCell],
  );
  const config = setup?.config ?? null;
  const detected = result?.report?.detected;
  const draft = useMemo(() => setupDraft(config, detected ?? []), [config, detected]);
  const reportDate = initialReportDate(config, day);

  return (
    <main className={styles.root} aria-labelledby="pane-title">
      <h1 id="pane-title" className={styles.title}>{t("ui.title")}</h1>
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as PaneView)}
        aria-label={t("ui.tabs.label")}
      >
        <Tab value="update">{t("ui.tab.update")}</Tab>
        <Tab value="setup">{t("ui.tab.setup")}</Tab>
        <Tab value="history">{t("ui.tab.history")}</Tab>
      </TabList>
      {!setup ? (
        <Spinner size="small" label={t("ui.loading")} />
      ) : view === "update" ? (
        <div role="tabpanel" aria-label={t("ui.tab.update")}>
          <UpdateTab
            initialReportDate={reportDate}
            history={setup.history}
            hasConfig={config !== null}
            result={result}
            onGoToSetup={() => setView("setup")}
            onSelectCell={onSelectCell}
            onUpdate={async ({ reportDate: date, baselinePeriod, onProgress }) => {
              const updated = await updateForecast(run, {
                reportDate: date,
                today: day,
                ...(config ? { config } : {}),
                ...(baselinePeriod ? { baselinePeriod } : {}),
                onProgress,
              });
              setResult(updated);
              await reload();
            }}
            onInsertNarrative={(paragraphs) => insertNarrative(run, paragraphs)}
          />
        </div>
      ) : view === "setup" ? (
        <div role="tabpanel" aria-label={t("ui.tab.setup")}>
          <SetupTab
            initialDraft={draft}
            defaultBaselinePeriod={previousPeriod(reportDate)}
            problems={setupProblems}
            renderProblems={renderProblems}
            onDetect={() => detectSourceFromSelection(run)}
            onSave={async (next) => {
              const saved = await saveConfig(run, next);
              if (saved.ok) {
                await reload();
                setView("update");
              }
              return saved;
            }}
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
        <div role="tabpanel" aria-label={t("ui.tab.history")}>
          <HistoryTab
            history={setup.history}
            renderProblems={renderProblems}
            onDelete={async (period) => {
              const removed = await deleteHistoryPeriod(run, period);
              await reload();
              return removed;
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
    <FluentProvider theme={theme} className={styles.provider} lang={lang === "sv" ? "sv-SE" : "en-US"}>
      <TextProvider lang={lang}>
        <Pane run={run} {...(today ? { today } : {})} />
      </TextProvider>
    </FluentProvider>
  );
}
