// Range reads and writes with Excel's semantics.
import type ExcelJS from "exceljs";
import { UNCALCULATED } from "../../src/headless";
import { officeError, sampleHost } from "./helpers";

const NBSP = "\u00a0";

describe("values, text, valueTypes, formulas", () => {
  test("reads give '' for empty, numbers, strings, booleans, error strings and formulas' cached results", async () => {
    const host = sampleHost();
    const sheet = host.workbook.getWorksheet("Data")!;
    sheet.getCell("C1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    sheet.getCell("C2").value = { formula: "B2*2", result: 3290162 } as ExcelJS.CellFormulaValue;
    sheet.getCell("C3").value = true;
    sheet.getCell("D2").value = { formula: "B2+1" } as ExcelJS.CellFormulaValue;
    sheet.getCell("B2").numFmt = "#,##0";
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2:E3").load("values, text, valueTypes, formulas");
      const errors = context.workbook.worksheets.getItem("Data").getRange("C1").load("values, valueTypes");
      await context.sync();
      expect(range.values).toEqual([
        ["Kultur", 1645081, 3290162, UNCALCULATED, ""],
        ["Fritid", -67000.5, true, "", ""],
      ]);
      expect(range.text).toEqual([
        ["Kultur", `1${NBSP}645${NBSP}081`, "3290162", UNCALCULATED, ""],
        ["Fritid", "-67000,5", "SANT", "", ""],
      ]);
      expect(range.valueTypes).toEqual([
        ["String", "Double", "Double", "Error", "Empty"],
        ["String", "Double", "Boolean", "Empty", "Empty"],
      ]);
      expect(range.formulas).toEqual([
        ["Kultur", 1645081, "=B2*2", "=B2+1", ""],
        ["Fritid", -67000.5, true, "", ""],
      ]);
      expect([errors.values, errors.valueTypes]).toEqual([[["#REF!"]], [["Error"]]]);
    });
  });

  test("written text is taken in like typed input unless the cell is formatted as Text", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Other");
      const text = sheet.getRange("B1:B8");
      text.numberFormat = [["@"], ["@"], ["@"], ["@"], ["@"], ["@"], ["@"], ["@"]];
      const input = [["=SUM(A1:A2)"], ["-Kultur"], ["'=inte formel"], ["123"], ["2024-11"], ["2024-11-30"], ["12%"], ["TRUE"]];
      sheet.getRange("A1:A8").values = input;
      text.values = input;
      const general = sheet.getRange("A1:A8").load("values, formulas, numberFormat, valueTypes");
      text.load("values");
      await context.sync();
      expect(general.formulas.map((r) => r[0])).toEqual(["=SUM(A1:A2)", "=-Kultur", "=inte formel", 123, 45597, 45626, 0.12, true]);
      expect(general.values[2][0]).toBe("=inte formel");
      expect(general.valueTypes[0][0]).toBe("Error");
      expect(general.numberFormat.map((r) => r[0])).toEqual(["General", "General", "General", "General", "mmm-yy", "yyyy-mm-dd", "0%", "General"]);
      expect(text.values.map((r) => r[0])).toEqual(input.map((r) => r[0]));
    });
  });

  test("null leaves a cell unchanged, '' clears it, a single value fills the range", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2:B3");
      range.values = [[null, ""], ["Ny", null]] as never;
      const filled = context.workbook.worksheets.getItem("Other").getRange("A1:B2");
      filled.values = 7 as never;
      range.load("values");
      filled.load("values");
      await context.sync();
      expect(range.values).toEqual([["Kultur", ""], ["Ny", -67000.5]]);
      expect(filled.values).toEqual([[7, 7], [7, 7]]);
    });
  });

  test("non-scalar and non-finite values fail with InvalidArgument", async () => {
    for (const bad of [[[{}]], [[NaN]], [[new Date()]]]) {
      const host = sampleHost();
      const error = await officeError(() =>
        host.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("C1").values = bad as never;
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });
});

describe("navigation", () => {
  test("address, counts, indexes and derived ranges", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Data").getRange("B2:D5");
      const props = "address, rowCount, columnCount, rowIndex, columnIndex";
      const all = [
        base.load(props),
        base.getCell(1, 2).load(props),
        base.getResizedRange(2, -1).load(props),
        base.getOffsetRange(-1, 1).load(props),
        base.getRow(3).load(props),
        base.getColumn(0).load(props),
        base.getBoundingRect("F9").load(props),
        base.getEntireColumn().load("address"),
      ];
      await context.sync();
      expect(all.map((r) => r.address)).toEqual(["Data!B2:D5", "Data!D3", "Data!B2:C7", "Data!C1:E4", "Data!B5:D5", "Data!B2:B5", "Data!B2:F9", "Data!B:D"]);
      expect([base.rowCount, base.columnCount, base.rowIndex, base.columnIndex]).toEqual([4, 3, 1, 1]);
    });
  });

  test("ranges that would leave the sheet fail with InvalidArgument", async () => {
    for (const make of [
      (r: Excel.Range) => r.getOffsetRange(-5, 0),
      (r: Excel.Range) => r.getResizedRange(-3, 0),
      (r: Excel.Range) => r.getRow(9),
      (r: Excel.Range) => r.getCell(-1, 0),
    ]) {
      const host = sampleHost();
      const error = await officeError(() =>
        host.run(async (context) => {
          make(context.workbook.worksheets.getItem("Data").getRange("A2:B3"));
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  test("sheet names needing quotes are quoted in addresses", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Min rapport");
      const range = sheet.getRange("a1:b2").load("address");
      await context.sync();
      expect(range.address).toBe("'Min rapport'!A1:B2");
    });
  });

  test("used range: values only or with formats; an empty sheet gives A1 or a null object", async () => {
    const host = sampleHost();
    host.workbook.getWorksheet("Data")!.getCell("F8").font = { bold: true };
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const values = data.getUsedRange(true).load("address");
      const formats = data.getUsedRange().load("address");
      const empty = context.workbook.worksheets.getItem("Other").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(values.address).toBe("Data!A1:B3");
      expect(formats.address).toBe("Data!A1:F8");
      expect(empty.isNullObject).toBe(true);
    });
  });
});

describe("merge, clear, select", () => {
  test("merge keeps the top-left value, covered cells read ''; writing into them fails", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2:B3");
      range.merge();
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["Kultur", ""], ["", ""]]);
      context.workbook.worksheets.getItem("Data").getRange("B3").values = [["x"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range.unmerge();
      await context.sync();
    });
    expect(host.workbook.getWorksheet("Data")!.getCell("B3").isMerged).toBe(false);
  });

  test("merge(true) merges each row", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("A1:C2").merge(true);
    });
    const merges = (host.workbook.getWorksheet("Other")!.model as { merges: string[] }).merges;
    expect(merges.sort()).toEqual(["A1:C1", "A2:C2"]);
  });

  test("clear('Contents') keeps formats, clear() removes both and unmerges", async () => {
    const host = sampleHost();
    const sheet = host.workbook.getWorksheet("Data")!;
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      range.format.font.bold = true;
      range.getRow(0).merge();
      await context.sync();
      range.getRow(1).clear("Contents");
      await context.sync();
      expect(sheet.getCell("A2").value).toBeNull();
      expect(sheet.getCell("A2").font.bold).toBe(true);
      range.clear();
    });
    expect(sheet.getCell("A1").value).toBeNull();
    expect(sheet.getCell("A1").font?.bold).toBeUndefined();
    expect(sheet.getCell("B1").isMerged).toBe(false);
  });

  test("select() sets the selection that getSelectedRange() returns; tests may set it too", async () => {
    const host = sampleHost();
    host.select("Data!A2:B3");
    await host.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address, values");
      await context.sync();
      expect(selected.address).toBe("Data!A2:B3");
      expect(selected.values[0]).toEqual(["Kultur", 1645081]);
      context.workbook.worksheets.getItem("Other").getRange("C3").select();
      const after = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(after.address).toBe("Other!C3");
      expect(active.name).toBe("Other");
    });
  });
});

describe("format", () => {
  test("font, fill, alignment and wrap write ExcelJS styles and read back; mixed ranges read null", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      const font = range.format.font;
      font.bold = true;
      font.italic = true;
      font.size = 14;
      font.color = "#006100";
      font.name = "Arial";
      range.format.fill.color = "#C6EFCE";
      range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      range.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
      range.format.wrapText = true;
      await context.sync();
      const read = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      read.format.load("horizontalAlignment, verticalAlignment, wrapText");
      read.format.font.load();
      read.format.fill.load("color");
      const mixed = context.workbook.worksheets.getItem("Data").getRange("A1:A2");
      mixed.format.font.load("bold, size");
      mixed.format.fill.load("color");
      await context.sync();
      expect(read.format.font.toJSON()).toEqual({ bold: true, italic: true, size: 14, color: "#006100", name: "Arial", underline: "None", strikethrough: false });
      expect([read.format.fill.color, read.format.horizontalAlignment, read.format.verticalAlignment, read.format.wrapText]).toEqual(["#C6EFCE", "Center", "Top", true]);
      expect([mixed.format.font.bold, mixed.format.font.size, mixed.format.fill.color]).toEqual([null, null, null]);
      read.format.fill.clear();
      await context.sync();
    });
    const cell = host.workbook.getWorksheet("Data")!.getCell("B1");
    expect(cell.font).toMatchObject({ bold: true, size: 14, name: "Arial", color: { argb: "FF006100" } });
    expect(cell.alignment).toMatchObject({ horizontal: "center", vertical: "top", wrapText: true });
    expect(cell.fill).toBeUndefined();
  });

  test("a style change does not leak into cells that shared the style object", async () => {
    const host = sampleHost();
    const sheet = host.workbook.getWorksheet("Data")!;
    const shared = { font: { bold: false } } as Partial<ExcelJS.Style>;
    sheet.getCell("A2").style = shared;
    sheet.getCell("A3").style = shared;
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").format.font.bold = true;
    });
    expect(sheet.getCell("A2").font.bold).toBe(true);
    expect(sheet.getCell("A3").font.bold).toBe(false);
  });

  test("bad enum and colour values fail with InvalidArgument", async () => {
    for (const act of [
      (r: Excel.Range) => (r.format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment),
      (r: Excel.Range) => (r.format.font.color = "grönt"),
      (r: Excel.Range) => (r.format.borders.getItem("EdgeTop" as Excel.BorderIndex).style = "Solid" as Excel.BorderLineStyle),
      (r: Excel.Range) => (r.format.borders.getItem("Top" as Excel.BorderIndex).style = "Continuous" as Excel.BorderLineStyle),
    ]) {
      const host = sampleHost();
      const error = await officeError(() =>
        host.run(async (context) => {
          act(context.workbook.worksheets.getItem("Data").getRange("A1"));
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  test("borders: edges and insides with style, weight and colour", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      const top = range.format.borders.getItem("EdgeTop" as Excel.BorderIndex);
      top.style = "Continuous" as Excel.BorderLineStyle;
      top.weight = "Medium" as Excel.BorderWeight;
      top.color = "#000000";
      range.format.borders.getItem("EdgeBottom" as Excel.BorderIndex).style = "Double" as Excel.BorderLineStyle;
      range.format.borders.getItem("InsideHorizontal" as Excel.BorderIndex).style = "Continuous" as Excel.BorderLineStyle;
      await context.sync();
      const check = context.workbook.worksheets.getItem("Data").getRange("A1:B3").format.borders;
      const edgeTop = check.getItem("EdgeTop" as Excel.BorderIndex).load("style, weight, color");
      const edgeLeft = check.getItem("EdgeLeft" as Excel.BorderIndex).load("style");
      await context.sync();
      expect([edgeTop.style, edgeTop.weight, edgeTop.color]).toEqual(["Continuous", "Medium", "#000000"]);
      expect(edgeLeft.style).toBe("None");
    });
    const sheet = host.workbook.getWorksheet("Data")!;
    expect(sheet.getCell("B1").border.top).toMatchObject({ style: "medium", color: { argb: "FF000000" } });
    expect(sheet.getCell("A3").border.bottom?.style).toBe("double");
    expect(sheet.getCell("A1").border.bottom?.style).toBe("thin");
    expect(sheet.getCell("A2").border.bottom?.style).toBe("thin");
  });

  test("column width is in points (Excel's 8.43 characters = 48 pt), row height in points", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const before = sheet.getRange("C1").format.load("columnWidth, rowHeight");
      await context.sync();
      expect([before.columnWidth, before.rowHeight]).toEqual([48, 15]);
      sheet.getRange("C1").format.columnWidth = 120;
      sheet.getRange("C1").format.rowHeight = 30;
      const after = sheet.getRange("C1").format.load("columnWidth, rowHeight");
      await context.sync();
      expect(after.columnWidth).toBe(120);
      expect(after.rowHeight).toBe(30);
    });
    expect(host.workbook.getWorksheet("Data")!.getColumn(3).width).toBeCloseTo(160 / 7, 2);
  });

  test("autofitColumns widens a column to its longest text", async () => {
    const host = sampleHost();
    host.workbook.getWorksheet("Data")!.getCell("A4").value = "Ett mycket långt verksamhetsområde";
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B4").format.autofitColumns();
      context.workbook.worksheets.getItem("Data").getRange("A1:B4").format.autofitRows();
    });
    const sheet = host.workbook.getWorksheet("Data")!;
    expect(sheet.getColumn(1).width).toBeGreaterThan(34);
    expect(sheet.getColumn(2).width).toBeGreaterThan(9);
    expect(sheet.getColumn(2).width).toBeLessThan(sheet.getColumn(1).width!);
  });
});
