// `npm run preview`: the pane against the headless host holding the example workbook, in a plain
// browser. Query parameters: lang=en, theme=dark, today=YYYY-MM-DD (default 2024-12-02, the day the
// example's November report is made, so the report date defaults to 30 November 2024).
import { createRoot } from "react-dom/client";
import { createHeadlessHost, loadWorkbook, type HeadlessHost } from "../headless/index";
import { t, type Lang } from "../i18n/index";
import { themeFor } from "../taskpane/theme";
import { installTestHooks } from "./hooks";
import { PreviewApp } from "./PreviewApp";

const EXAMPLE_URL = "example.xlsx";
const EXAMPLE_TODAY = "2024-12-02";

async function openExample(): Promise<HeadlessHost> {
  const response = await fetch(EXAMPLE_URL);
  if (!response.ok) throw new Error(`${EXAMPLE_URL}: HTTP ${response.status}`);
  return createHeadlessHost(await loadWorkbook(await response.arrayBuffer()));
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const lang: Lang = params.get("lang") === "en" ? "en" : "sv";
  const today = /^\d{4}-\d{2}-\d{2}$/.test(params.get("today") ?? "") ? (params.get("today") as string) : EXAMPLE_TODAY;
  document.documentElement.lang = lang === "sv" ? "sv-SE" : "en-US";
  document.title = t("ui.preview.title", {}, lang);
  const container = document.getElementById("root") as HTMLElement;
  try {
    const host = await openExample();
    installTestHooks(host);
    createRoot(container).render(
      <PreviewApp host={host} lang={lang} theme={themeFor(params.get("theme") === "dark")} today={today} fileName="ekonomisk-rapport.xlsx" />,
    );
  } catch (error) {
    container.textContent = t("ui.preview.loadFailed", { message: error instanceof Error ? error.message : String(error) }, lang);
  }
}

void start();
