// `npm run demo [-- --lang en | --json]`: builds the command when needed, copies the example
// workbook to out/demo.xlsx and runs `prognos update` on the copy, then says where the result is.
// The example is never changed; out/ is ignored by git (its own .gitignore).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { CLI_BIN, ensureCliBuilt, ROOT } from "./demo.build";
import { runMain } from "./runMain";

const EXAMPLE = path.join(ROOT, "examples", "ekonomisk-rapport-2024-11.xlsx");
const OUT_DIR = path.join(ROOT, "out");
const RESULT = path.join(OUT_DIR, "demo.xlsx");
// The example is the committee's report per 30 November 2024; the default (last month) would not fit it.
const REPORT_DATE = "2024-11-30";

async function main(): Promise<number> {
  const extra = process.argv.slice(2);
  const english = extra.join(" ").includes("--lang en") || extra.includes("--lang=en");
  if (!existsSync(EXAMPLE)) {
    process.stderr.write(`Exempelarbetsboken saknas: ${EXAMPLE}\nSkapa den med: npx tsx scripts/make-example.ts\n`);
    return 2;
  }
  await ensureCliBuilt((text) => process.stderr.write(text));
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, ".gitignore"), "*\n");
  copyFileSync(EXAMPLE, RESULT);

  const relative = path.relative(process.cwd(), RESULT) || RESULT;
  process.stderr.write(`$ npx prognos update ${relative} --date ${REPORT_DATE}${extra.length ? ` ${extra.join(" ")}` : ""}\n\n`);
  const run = spawnSync(process.execPath, [CLI_BIN, "update", RESULT, "--date", REPORT_DATE, ...extra], { stdio: "inherit" });
  const code = run.status ?? 2;
  if (code !== 0) return code;

  const lines = english
    ? [`Result: ${RESULT}`, "Open it in Excel (sheet Rapport), or look at it without Excel: npm run render -- out/demo.xlsx"]
    : [`Resultatet: ${RESULT}`, "Öppna den i Excel (bladet Rapport), eller titta utan Excel: npm run render -- out/demo.xlsx"];
  process.stderr.write(`\n${lines.join("\n")}\n`);
  return 0;
}

runMain(main);
