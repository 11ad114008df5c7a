// The task pane's entry: the only pane file that reads Office's globals (language, theme, Excel.run).
import { createRoot } from "react-dom/client";
import { NOT_IN_EXCEL } from "../excel/problems";
import type { RunExcel } from "../excel/types";
import { langFromLocale } from "../i18n/index";
import { App } from "./components/App";
import { isDarkBackground, themeFor } from "./theme";

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

function render(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const lang = langFromLocale(context?.displayLanguage);
  document.documentElement.lang = lang === "sv" ? "sv-SE" : "en-US";
  const dark = isDarkBackground(officeBackground(context));
  createRoot(container).render(<App run={excelRun()} lang={lang} theme={themeFor(dark)} />);
}

// Outside Office, office.js resolves onReady with host null; without office.js (tests) render at once.
if (typeof Office !== "undefined") Office.onReady(render);
else render();
