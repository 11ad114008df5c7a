// `npm run preview [-- --workbook file.xlsx] [--port 3100] [--today YYYY-MM-DD]`: the production build
// (dist/) with the preview's scripts (dist-preview/), over a workbook held in memory. The file given is
// read once and never written; "Ladda ner .xlsx" saves the workbook as it is now.
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { startWorkbookServer } from "./workbookServer";

const ROOT = resolve(__dirname, "../../..");
const EXAMPLE = resolve(ROOT, "examples/ekonomisk-rapport-2024-11.xlsx");
/** The day the example's November report is made: the pane then proposes 30 November 2024. */
const EXAMPLE_TODAY = "2024-12-02";

const USAGE = "usage: npm run preview -- [--workbook file.xlsx] [--port 3100] [--today YYYY-MM-DD]";

function parse(argv: string[]): { workbook: string; port: number; today: string | null } {
  let workbook = EXAMPLE;
  let port = Number(process.env.PREVIEW_PORT ?? 3100);
  let today: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--workbook") workbook = resolve(value());
    else if (flag === "--port") port = Number(value());
    else if (flag === "--today") today = value();
    else throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
  }
  if (!existsSync(workbook)) throw new Error(`${workbook}: no such file\n${USAGE}`);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: ${port} is not a port\n${USAGE}`);
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today: ${today} is not YYYY-MM-DD\n${USAGE}`);
  return { workbook, port, today: today ?? (workbook === EXAMPLE ? EXAMPLE_TODAY : null) };
}

async function main(): Promise<void> {
  const { workbook, port, today } = parse(process.argv.slice(2));
  const dist = resolve(ROOT, "dist");
  const previewAssets = resolve(ROOT, "dist-preview");
  for (const needed of [resolve(dist, "taskpane.html"), resolve(previewAssets, "shim.js")]) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run \`webpack --mode production --env preview\` (npm run preview does).`);
  }
  const server = await startWorkbookServer({ workbook, port, dist, previewAssets, today, fileName: basename(workbook) });
  console.log(`Prognos preview of ${workbook}${today ? ` (as on ${today})` : ""}:`);
  console.log(`  ${server.url}               the pane beside the sheets`);
  console.log(`  ${server.url}taskpane.html  the pane alone`);
  console.log("Ctrl+C to stop.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
