// `npm run preview` only — never part of the production bundles: the workbook server adds this script to
// taskpane.html right after office.js. It hands the page an `Excel.run` that is office.js's own
// `Excel.run(new Excel.Session(url), batch)` against the server, plays Office's part for the language,
// theme and ribbon (officeHost.ts), and installs the tests' hooks (window.prognosPreview).
import type { RunExcel } from "../../excel/types";
import { WORKBOOK_CHANGED, type PreviewHost } from "./events";
import { EXCEL_CLIENT_READY_MARK } from "./clientMark";
import { testHooks } from "./hooks";
import { executeFunction, moveClock, provideContext, recordCommands } from "./officeHost";
import { officeJsRun, type OfficeJsClient } from "./officeJsRun";

/** The page office.js's Excel client runs in (see server/pages.ts, clientPage). */
const CLIENT_PAGE = "/preview/office-client.html";

const script = document.currentScript as HTMLScriptElement | null;
const params = new URLSearchParams(window.location.search);
const workbookUrl = new URL(script?.dataset.workbook ?? "/workbook/", window.location.href).href;
const today = params.get("today") ?? script?.dataset.today ?? null;
if (today && /^\d{4}-\d{2}-\d{2}$/.test(today)) moveClock(today);

function loadClient(): Promise<OfficeJsClient> {
  return new Promise((resolve, reject) => {
    const attach = () => {
      const frame = document.createElement("iframe");
      frame.src = CLIENT_PAGE;
      frame.hidden = true;
      frame.title = "office.js";
      frame.tabIndex = -1;
      frame.setAttribute("aria-hidden", "true");
      frame.addEventListener("load", () => {
        const client = frame.contentWindow as unknown as Partial<OfficeJsClient> | null;
        if (client?.Excel && client.OfficeExtension) resolve(client as OfficeJsClient);
        else reject(new Error(`${CLIENT_PAGE} did not load office.js's Excel client.`));
      });
      document.body.appendChild(frame);
    };
    // Not earlier: the client's 1.4 MB script would take the main thread from the pane's bundles (measured:
    // React's first render later by 250 ms at 4×, ready no sooner).
    if (document.body) attach();
    else document.addEventListener("DOMContentLoaded", attach, { once: true });
  });
}

const connected = loadClient().then((client) => {
  performance.mark(EXCEL_CLIENT_READY_MARK);
  return officeJsRun(client, workbookUrl, (input, init) => fetch(input, init), { afterRun: () => window.dispatchEvent(new Event(WORKBOOK_CHANGED)) });
});

const run = ((...args: unknown[]) => {
  const [batch] = args;
  if (args.length !== 1 || typeof batch !== "function") return Promise.reject(new Error("The preview's Excel.run takes one batch function."));
  return connected.then((officeRun) => officeRun(batch as Parameters<RunExcel>[0]));
}) as RunExcel;

const page = window as unknown as { Excel?: { run: RunExcel }; prognosPreview: unknown; prognosPreviewHost: PreviewHost };
page.Excel = { run };
page.prognosPreview = testHooks(run);
page.prognosPreviewHost = { executeFunction };

if (typeof Office !== "undefined") {
  recordCommands(Office);
  // Registered before the bundles' own onReady callbacks, so the pane reads the language and theme set here.
  void Office.onReady(() => provideContext(Office, params));
}
