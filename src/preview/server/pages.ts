// The pages the preview serves: the production taskpane.html with the preview's scripts added (never
// in the built file itself), and the page that holds office.js's Excel client (see client/shim.ts).
import { contentSecurityPolicy } from "../../../scripts/contentSecurityPolicy";

export const SHIM_SCRIPT = "/preview/shim.js";
export const PAGE_SCRIPT = "/preview/page.js";
export const CLIENT_PAGE = "/preview/office-client.html";
/** The host script office.js loads in Excel on the web; it holds Excel's API and the client that speaks RichApi. */
export const EXCEL_WEB_SCRIPT = "excel-web-16.00.js";

const OFFICE_JS_TAG = /<script src="?office\.js"?><\/script>/;

function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

export interface InjectOptions {
  /** The workbook endpoint office.js's Session posts to. */
  workbookUrl: string;
  /** The day the page's clock shows (YYYY-MM-DD), or null for the real one. */
  today: string | null;
  /** true: the preview page (toolbar and sheet view beside the pane); false: the pane alone. */
  withSheets: boolean;
}

/** taskpane.html as built, with the shim right after office.js (before the bundles read Excel.run) and the page script last. */
export function injectPreview(taskpaneHtml: string, options: InjectOptions): string {
  if (!OFFICE_JS_TAG.test(taskpaneHtml)) throw new Error("taskpane.html has no <script src=office.js>: the build changed, and the preview cannot add its shim.");
  const today = options.today ? ` data-today="${attribute(options.today)}"` : "";
  const shim = `<script src="${SHIM_SCRIPT}" data-workbook="${attribute(options.workbookUrl)}"${today}></script>`;
  let html = taskpaneHtml.replace(OFFICE_JS_TAG, (tag) => `${tag}${shim}`);
  if (options.withSheets) html = html.replace("</body>", `<script src="${PAGE_SCRIPT}"></script></body>`);
  return html;
}

/** A page of its own for office.js's Excel client: beside office.js's Office-2013 shell in the pane's page, its web shell would redefine Office.context and fail. */
export function clientPage(): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy())}">`,
    "<title>office.js Excel client (preview)</title>",
    `<script src="/${EXCEL_WEB_SCRIPT}"></script>`,
    "</head><body></body></html>",
  ].join("");
}
