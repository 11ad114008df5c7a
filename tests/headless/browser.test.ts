// The preview runs the host in the browser: the core must bundle for the web (no Node APIs)
// and work there with ExcelJS's browser build. Bundled with webpack, run in Chromium.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { chromium } from "playwright-core";
import ExcelJS from "exceljs";
import { saveWorkbook } from "../../src/headless";

const SRC = join(__dirname, "../../src/headless");

test("the core imports no Node modules (only node.ts may)", () => {
  const offenders = readdirSync(SRC)
    .filter((file) => file.endsWith(".ts") && file !== "node.ts")
    .filter((file) => /from\s+["'](node:|fs|path|os|child_process|buffer)["/']/.test(readFileSync(join(SRC, file), "utf8")) || /\bBuffer\./.test(readFileSync(join(SRC, file), "utf8")));
  expect(offenders).toEqual([]);
});

function bundle(outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack({
      mode: "development",
      target: "web",
      context: join(__dirname, "../.."),
      entry: "./src/headless/index.ts",
      output: { path: outDir, filename: "headless.js", library: { name: "Headless", type: "window" } },
      resolve: { extensions: [".ts", ".js"] },
      module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }] },
      devtool: false,
    }).run((error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(join(outDir, "headless.js"));
    });
  });
}

// Skipped only on a developer machine without Chromium; CI installs it, so there the test must run.
const haveChromium = existsSync("/usr/bin/chromium");

(haveChromium || process.env.CI ? test : test.skip)(
  "bundled for the web, the host opens, updates and saves a workbook inside Chromium",
  async () => {
    const script = await bundle(join(tmpdir(), `headless-bundle-${process.pid}`));
    const source = new ExcelJS.Workbook();
    source.addWorksheet("Data").getCell("A1").value = 1645081;
    const base64 = Buffer.from(await saveWorkbook(source)).toString("base64");

    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      const page = await browser.newPage();
      await page.setContent("<html><body></body></html>");
      await page.addScriptTag({ content: readFileSync(script, "utf8") });
      const result = await page.evaluate(async (data) => {
        type Api = {
          loadWorkbook(bytes: Uint8Array): Promise<unknown>;
          saveWorkbook(workbook: unknown): Promise<Uint8Array>;
          createHeadlessHost(workbook: unknown): { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>; stats: { syncs: number } };
        };
        const api = (window as unknown as { Headless: Api }).Headless;
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const workbook = await api.loadWorkbook(bytes);
        const host = api.createHeadlessHost(workbook);
        const text = await host.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
          range.values = [[1645081, 0.031]];
          range.numberFormat = [["#,##0", "0.0%"]];
          range.load("text");
          await context.sync();
          return range.text;
        });
        const saved = await api.saveWorkbook(workbook);
        const reopened = await api.loadWorkbook(saved);
        const again = await api.createHeadlessHost(reopened).run(async (context) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("B1").load("values");
          await context.sync();
          return range.values;
        });
        return { text, again, bytes: saved.length, syncs: host.stats.syncs };
      }, base64);
      expect(result.text).toEqual([["1\u00a0645\u00a0081", "3,1%"]]);
      expect(result.again).toEqual([[0.031]]);
      expect(result.bytes).toBeGreaterThan(1000);
      expect(result.syncs).toBe(1);
    } finally {
      await browser.close();
    }
  },
  120_000,
);
