// A report written through the host survives saving: reopened with plain ExcelJS it holds
// the values, number formats, merges and the threeArrows icon set, and everything the host
// did not touch (other sheets, formulas, styles, hidden sheets, names) is still there.
// LibreOffice renders the saved file with green, yellow and red arrows.
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHeadlessHost, loadWorkbook, saveWorkbook } from "../../src/headless";
import { openXlsxFile, saveXlsxFile } from "../../src/headless/node";
import { renderColours, renderTest } from "../fixtures/render";

async function sourceFile(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const controller = workbook.addWorksheet("Controller");
  controller.addRow(["Verksamhetsområde", "KB", "Prognos"]);
  controller.addRow(["Kultur", 48200, -47100]);
  controller.addRow(["Fritid", 30500, -31900]);
  controller.getCell("D2").value = { formula: "B2+C2", result: 1100 } as ExcelJS.CellFormulaValue;
  controller.getCell("D3").value = { formula: "B3+C3", result: -1400 } as ExcelJS.CellFormulaValue;
  controller.getCell("A1").font = { bold: true, color: { argb: "FF1F4E79" } };
  controller.getCell("B2").numFmt = "#,##0";
  controller.getColumn(1).width = 24;
  const settings = workbook.addWorksheet("Prognosinställningar");
  settings.getCell("A1").value = '{"version":1}';
  settings.state = "hidden";
  workbook.definedNames.add("Controller!$A$1:$D$3", "Källa");
  return saveWorkbook(workbook);
}

const AREAS: [string, number, number, number][] = [
  ["Kultur", 1100.4, 0.0228, 1],
  ["Fritid", -1400, -0.0459, -1],
  ["Stadsdelsnämnd", 0, 0, 0],
];

async function writeReport(workbook: ExcelJS.Workbook) {
  const host = createHeadlessHost(workbook);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Rapport");
    sheet.getRange("A1:E1").values = [["Budgetavvikelse per verksamhetsområde", "", "", "", ""]];
    sheet.getRange("A1:E1").merge();
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("A2:E2").values = [["Verksamhetsområde", "Tkr", "% av KB", "Pil", ""]];
    const body = sheet.getRange("A3:D5");
    body.values = AREAS.map(([area, tkr, pct, arrow]) => [area, tkr, pct, arrow]);
    body.numberFormat = AREAS.map(() => ["@", "#,##0", "0.0%", "0"]);
    const arrows = sheet.getRange("D3:D5");
    const format = arrows.conditionalFormats.add("IconSet" as Excel.ConditionalFormatType);
    format.iconSet.style = "ThreeArrows" as Excel.IconSet;
    format.iconSet.showIconOnly = true;
    format.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      { type: "Number", operator: "GreaterThanOrEqual", formula: "-0.5" } as Excel.ConditionalIconCriterion,
      { type: "Number", operator: "GreaterThanOrEqual", formula: "0.5" } as Excel.ConditionalIconCriterion,
    ];
    sheet.getRange("A:A").format.columnWidth = 150;
    await context.sync();

    const check = sheet.getRange("A3:D5").load("text");
    const count = arrows.conditionalFormats.getCount();
    format.iconSet.load("style, showIconOnly, criteria");
    await context.sync();
    expect(check.text.map((r) => r.slice(1))).toEqual([
      ["1\u00a0100", "2,3%", "1"],
      ["-1\u00a0400", "-4,6%", "-1"],
      ["0", "0,0%", "0"],
    ]);
    expect(count.value).toBe(1);
    expect(format.iconSet.toJSON()).toEqual({
      style: "ThreeArrows",
      showIconOnly: true,
      criteria: [{}, { type: "Number", operator: "GreaterThanOrEqual", formula: "-0.5" }, { type: "Number", operator: "GreaterThanOrEqual", formula: "0.5" }],
    });
  });
  expect(host.stats.syncs).toBe(2);
  return host;
}

test("values, number formats, merges and the threeArrows icon set survive saving; untouched parts are kept", async () => {
  const host = await writeReport(await loadWorkbook(await sourceFile()));
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load((await saveWorkbook(host.workbook)) as unknown as ExcelJS.Buffer);

  const report = reopened.getWorksheet("Rapport")!;
  expect(report.getCell("A3").value).toBe("Kultur");
  expect(report.getCell("B3").value).toBe(1100.4);
  expect(report.getCell("C4").value).toBe(-0.0459);
  expect(report.getCell("D4").value).toBe(-1);
  expect([report.getCell("A3").numFmt, report.getCell("B3").numFmt, report.getCell("C3").numFmt]).toEqual(["@", "#,##0", "0.0%"]);
  expect((report.model as { merges: string[] }).merges).toEqual(["A1:E1"]);
  expect(report.getCell("A1").font.bold).toBe(true);
  const formats = (report as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings;
  expect(formats).toHaveLength(1);
  expect(formats[0].ref).toBe("D3:D5");
  expect(formats[0].rules[0]).toMatchObject({
    type: "iconSet",
    iconSet: "3Arrows",
    showValue: false,
    cfvo: [{ type: "percent", value: 0 }, { type: "num", value: -0.5 }, { type: "num", value: 0.5 }],
  });

  const controller = reopened.getWorksheet("Controller")!;
  expect(controller.getCell("D2").value).toEqual({ formula: "B2+C2", result: 1100 });
  expect(controller.getCell("A1").font).toMatchObject({ bold: true, color: { argb: "FF1F4E79" } });
  expect(controller.getCell("B2").numFmt).toBe("#,##0");
  expect(controller.getColumn(1).width).toBe(24);
  expect(reopened.getWorksheet("Prognosinställningar")!.state).toBe("hidden");
  expect(reopened.definedNames.getRanges("Källa").ranges).toEqual(["Controller!$A$1:$D$3"]);
  expect(reopened.worksheets.map((s) => s.name)).toEqual(["Controller", "Prognosinställningar", "Rapport"]);
});

test("openXlsxFile / saveXlsxFile keep a host's changes", async () => {
  const dir = join(tmpdir(), `headless-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "source.xlsx");
  writeFileSync(path, await sourceFile());
  const host = createHeadlessHost(await openXlsxFile(path));
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Controller").getRange("E1").values = [["Ny"]];
  });
  await saveXlsxFile(host, path);
  const reopened = await openXlsxFile(path);
  expect(reopened.getWorksheet("Controller")!.getCell("E1").value).toBe("Ny");
});

renderTest(
  "LibreOffice renders the arrows: green, yellow and red pixels appear, none without the icon set",
  async () => {
    const dir = join(tmpdir(), `headless-render-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const host = await writeReport(await loadWorkbook(await sourceFile()));
    const render = (workbook: ExcelJS.Workbook, name: string) => {
      return saveWorkbook(workbook).then((bytes) => {
        writeFileSync(join(dir, `${name}.xlsx`), bytes);
        return renderColours(join(dir, `${name}.xlsx`), dir);
      });
    };
    const withArrows = await render(host.workbook, "arrows");
    expect(withArrows.green).toBeGreaterThan(10);
    expect(withArrows.yellow).toBeGreaterThan(10);
    expect(withArrows.red).toBeGreaterThan(10);

    const plain = await loadWorkbook(await saveWorkbook(host.workbook));
    (plain.getWorksheet("Rapport") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = [];
    const withoutArrows = await render(plain, "plain");
    expect(withoutArrows.green + withoutArrows.yellow + withoutArrows.red).toBeLessThan(5);
  },
  120_000,
);

test("a cell made bold keeps a named font in the saved file, as Excel keeps the cell's font", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Blad1").getCell("A1").value = "Nämndens ram";
  const host = createHeadlessHost(workbook);
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Blad1").getRange("A1").format.font.bold = true;
    await context.sync();
  });
  const reopened = await loadWorkbook(await saveWorkbook(host.workbook));
  expect(reopened.getWorksheet("Blad1")?.getCell("A1").font).toMatchObject({ bold: true, name: "Calibri", size: 11 });
});
