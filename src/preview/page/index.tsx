// `npm run preview`, the page at /: the production taskpane.html, to which the workbook server added the
// shim (client/shim.ts) and this script, which lays out the toolbar and sheet view beside the pane.
// Query parameters: lang=en, theme=dark (the pane gets them from the shim, as from Office), today=YYYY-MM-DD.
import { createRoot } from "react-dom/client";
import { t, type Lang } from "../../i18n/index";
import { PreviewApp } from "./PreviewApp";
import { installStyles } from "./styles";

function start(): void {
  const params = new URLSearchParams(window.location.search);
  const lang: Lang = params.get("lang") === "en" ? "en" : "sv";
  document.title = t("ui.preview.title", {}, lang);
  const pane = document.getElementById("root");
  if (!pane) throw new Error("taskpane.html has no #root for the pane.");
  installStyles();
  const container = document.createElement("div");
  document.body.appendChild(container);
  // A prefix of its own: the pane's React makes ids too, and both live in this document.
  createRoot(container, { identifierPrefix: "preview-" }).render(<PreviewApp lang={lang} dark={params.get("theme") === "dark"} pane={pane} />);
}

start();
