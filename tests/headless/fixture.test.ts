// A file written by another producer (LibreOffice) opens in the host, and what the host does
// not touch — formulas with their results, styles, widths, a hidden sheet, a name — survives.
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHeadlessHost } from "../../src/headless";
import { openXlsxFile, saveXlsxFile } from "../../src/headless/node";

const FIXTURE = join(__dirname, "../fixtures/headless/libreoffice-controller.xlsx");

test("open a LibreOffice-written file, update it, save it: untouched content is kept", async () => {
  const dir = join(tmpdir(), `headless-fixture-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "controller.xlsx");
  copyFileSync(FIXTURE, path);

  const host = createHeadlessHost(await openXlsxFile(path));
  await host.run(async (context) => {
    const controller = context.workbook.worksheets.getItem("Controller");
    const source = controller.getRange("A1:D4").load("values, text, formulas");
    const name = context.workbook.names.getItem("Källa").getRange().load("address");
    context.workbook.worksheets.load("items/name, items/visibility");
    await context.sync();
    expect(source.values).toEqual([
      ["Verksamhetsområde", "KB", "Prognos", "Avvikelse"],
      ["Kultur", 48200, -47100, 1100],
      ["Fritid", 30500, -31900, -1400],
      ["Summa", 78700, "", ""],
    ]);
    expect(source.text[1][1]).toBe("48\u00a0200");
    expect(source.formulas[3][1]).toBe("=SUM(B2:B3)");
    expect(name.address).toBe("Controller!A1:D3");
    expect(context.workbook.worksheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ["Controller", "Visible"],
      ["Dold", "Hidden"],
    ]);
    const report = context.workbook.worksheets.add("Rapport");
    report.getRange("A1:B1").values = [["Kultur", 1100]];
  });
  await saveXlsxFile(host, path);

  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.readFile(path);
  const controller = reopened.getWorksheet("Controller")!;
  expect(controller.getCell("D2").value).toEqual({ formula: "B2+C2", result: 1100 });
  expect(controller.getCell("B4").value).toEqual({ formula: "SUM(B2:B3)", result: 78700 });
  expect(controller.getCell("A1").font).toMatchObject({ bold: true, color: { argb: "FF1F4E79" } });
  expect((controller.getCell("A1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFDDEBF7");
  expect(controller.getCell("B3").numFmt).toBe("#,##0");
  expect(controller.getCell("A4").border.top?.style).toBe("thin");
  expect(controller.getColumn(1).width).toBeGreaterThan(20);
  expect(reopened.getWorksheet("Dold")!.state).toBe("hidden");
  expect(reopened.getWorksheet("Dold")!.getCell("A1").value).toBe("hemlig");
  expect(reopened.definedNames.getRanges("Källa").ranges).toEqual(["Controller!$A$1:$D$3"]);
  expect(reopened.getWorksheet("Rapport")!.getCell("B1").value).toBe(1100);
});
