// The task pane's entry: the only pane file that reads Office's globals (language, theme, Excel.run).
// The pane's frame is in taskpane.html, drawn before any script runs; React draws the pane in its place once
// Office is ready (issue 20).
import { createRoot } from "react-dom/client";
import { NOT_IN_EXCEL } from "../excel/problems";
import type { RunExcel } from "../excel/types";
import { langFromLocale } from "../i18n/index";
import { loadTexts } from "../i18n/loadTexts";
import { App } from "./components/App";
import { isDarkBackground, loadTheme } from "./theme";

/** Excel.run where Office gave us Excel; outside Excel every call fails, and the pane says what to do. */
function excelRun(): RunExcel {
  if (typeof Excel !== "undefined") return Excel.run as unknown as RunExcel;
  return () => Promise.reject(Object.assign(new Error("Prognos runs inside Excel"), { code: NOT_IN_EXCEL }));
}

/** Office's body colour; officeTheme is missing (or throws) in hosts without theme support. */
function officeBackground(context: Office.Context | undefined): string | undefined {
  try {
    return context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

async function renderPane(root: ReturnType<typeof createRoot>): Promise<void> {
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const lang = langFromLocale(context?.displayLanguage);
  document.documentElement.lang = lang === "sv" ? "sv-SE" : "en-US";
  // The display language's texts and, when Office is dark, the dark theme: both chunks load together.
  const [theme] = await Promise.all([loadTheme(isDarkBackground(officeBackground(context))), loadTexts(lang)]);
  root.render(<App run={excelRun()} lang={lang} theme={theme} />);
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  // Outside Office, office.js resolves onReady with host null; without office.js (tests) at once.
  if (typeof Office !== "undefined") void Office.onReady(() => renderPane(root));
  else void renderPane(root);
}
