// Worksheets, names, tables, charts and conditional formats through the host.
import ExcelJS from "exceljs";
import { loadWorkbook, saveWorkbook } from "../../src/headless";
import { officeError, sampleHost } from "./helpers";

async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await saveWorkbook(workbook)) as unknown as ExcelJS.Buffer);
  return copy;
}

describe("worksheets", () => {
  test("add, items, position, rename, visibility, active sheet and delete", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Prognosinställningar");
      added.visibility = "Hidden" as Excel.SheetVisibility;
      const report = sheets.add("Rapport");
      report.position = 0;
      report.activate();
      sheets.load("items/name, items/visibility, items/position");
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ["Rapport", "Visible", 0],
        ["Data", "Visible", 1],
        ["Other", "Visible", 2],
        ["Prognosinställningar", "Hidden", 3],
      ]);
      expect(active.name).toBe("Rapport");
      expect(() => sheets.items[0].id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.getItem("Other").name = "Övrigt";
      sheets.getItem("Data").delete();
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Rapport", "Övrigt", "Prognosinställningar"]);
    });
    const saved = await reopen(host.workbook);
    expect(saved.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["Rapport", "visible"],
      ["Övrigt", "visible"],
      ["Prognosinställningar", "hidden"],
    ]);
  });

  test("a hidden sheet cannot be activated", async () => {
    const host = sampleHost();
    const error = await officeError(() =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Other");
        sheet.visibility = "Hidden" as Excel.SheetVisibility;
        sheet.activate();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
  });
});

describe("names", () => {
  test("add from a range or a reference, look up, get the range, list, delete", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const names = context.workbook.names;
      names.add("Prognos_Utdata", context.workbook.worksheets.getItem("Data").getRange("A1:B3"));
      names.add("Tom", "=Other!$C$5");
      const found = names.getItemOrNullObject("prognos_utdata").load("name, value, type");
      const missing = names.getItemOrNullObject("Saknas");
      const range = names.getItem("Prognos_Utdata").getRange().load("address, values");
      const other = names.getItem("Tom").getRangeOrNullObject().load("address");
      names.load("items/name");
      await context.sync();
      expect([found.isNullObject, found.name, found.value, found.type]).toEqual([false, "Prognos_Utdata", "Data!$A$1:$B$3", "Range"]);
      expect(missing.isNullObject).toBe(true);
      expect(range.address).toBe("Data!A1:B3");
      expect(range.values[1]).toEqual(["Kultur", 1645081]);
      expect(other.address).toBe("Other!C5");
      expect(names.items.map((n) => n.name)).toEqual(["Prognos_Utdata", "Tom"]);
      names.getItem("Tom").delete();
      const gone = names.getItemOrNullObject("Tom");
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    const saved = await reopen(host.workbook);
    expect(saved.definedNames.getRanges("Prognos_Utdata").ranges).toEqual(["Data!$A$1:$B$3"]);
    expect(saved.definedNames.getRanges("Tom").ranges).toEqual([]);
  });

  test("adding an existing name fails with ItemAlreadyExists", async () => {
    const host = sampleHost();
    const error = await officeError(() =>
      host.run(async (context) => {
        context.workbook.names.add("Utdata", "=Data!$A$1");
        context.workbook.names.add("UTDATA", "=Data!$A$2");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });
});

describe("tables", () => {
  test("add over a header row, fill the placeholder row, append rows, read the parts", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Prognoshistorik");
      sheet.getRange("A1:C1").values = [["Period", "Område", "Avvikelse"]];
      sheet.getRange("A:A").numberFormat = "@" as never;
      const table = sheet.tables.add("A1:C1", true);
      table.name = "Prognoshistorik";
      table.rows.add(undefined, [["2024-10", "Kultur", 900]]);
      table.rows.add(null as unknown as number, [["2024-11", "Kultur", 1100], ["2024-11", "Fritid", -1400]]);
      const found = context.workbook.tables.getItemOrNullObject("prognoshistorik");
      const missing = context.workbook.tables.getItemOrNullObject("Saknas");
      const body = found.getDataBodyRange().load("address, values");
      const header = found.getHeaderRowRange().load("values");
      const whole = found.getRange().load("address");
      const count = found.rows.getCount();
      found.load("name");
      await context.sync();
      expect([found.isNullObject, missing.isNullObject, found.name]).toEqual([false, true, "Prognoshistorik"]);
      expect(header.values).toEqual([["Period", "Område", "Avvikelse"]]);
      expect(whole.address).toBe("Prognoshistorik!A1:C4");
      expect(body.values).toEqual([["2024-10", "Kultur", 900], ["2024-11", "Kultur", 1100], ["2024-11", "Fritid", -1400]]);
      expect(count.value).toBe(3);
      found.rows.getItemAt(0).delete();
      const after = found.getDataBodyRange().load("values");
      await context.sync();
      expect(after.values.map((r) => r[0])).toEqual(["2024-11", "2024-11"]);
    });
    const saved = await reopen(host.workbook);
    const table = saved.getWorksheet("Prognoshistorik")!.getTable("Prognoshistorik") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe("A1:C3");
    expect(table.table.columns.map((c) => c.name)).toEqual(["Period", "Område", "Avvikelse"]);
  });

  test("rows.add inserts by index and pushes the cells below the table down", async () => {
    const workbook = await loadWorkbook(await saveWorkbook(sampleHost().workbook));
    const { createHeadlessHost } = await import("../../src/headless");
    const host = createHeadlessHost(workbook);
    host.workbook.getWorksheet("Data")!.getCell("A6").value = "under tabellen";
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true);
      table.rows.add(0, [["Först", 1]]);
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      expect(body.values).toEqual([["Först", 1], ["Kultur", 1645081], ["Fritid", -67000.5]]);
    });
    expect(host.workbook.getWorksheet("Data")!.getCell("A7").value).toBe("under tabellen");
  });

  test("a table cannot overlap another, and a table name must be unique", async () => {
    const host = sampleHost();
    const overlap = await officeError(() =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.tables.add("A1:B3", true);
        sheet.tables.add("B2:C4", true);
        await context.sync();
      }),
    );
    expect(overlap.code).toBe("InvalidOperation");
    const missing = await officeError(() =>
      host.run(async (context) => {
        context.workbook.tables.getItem("Saknas");
        await context.sync();
      }),
    );
    expect(missing.code).toBe("ItemNotFound");
  });
});

describe("charts (kept in memory)", () => {
  test("add with title, series colours, point colours and position; find by name; delete", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("BarClustered" as Excel.ChartType, sheet.getRange("A1:B3"), "Columns" as Excel.ChartSeriesBy);
      chart.name = "Prognosdiagram";
      chart.title.text = "Budgetavvikelse helår";
      chart.series.getItemAt(0).format.fill.setSolidColor("#00B050");
      chart.series.getItemAt(0).points.getItemAt(1).format.fill.setSolidColor("#FF0000");
      chart.setPosition("D2", "K18");
      const found = sheet.charts.getItemOrNullObject("Prognosdiagram").load("name, chartType");
      const missing = sheet.charts.getItemOrNullObject("Saknas");
      await context.sync();
      expect([found.isNullObject, found.name, found.chartType, missing.isNullObject]).toEqual([false, "Prognosdiagram", "BarClustered", true]);
    });
    expect(host.charts("Data")).toEqual([
      {
        name: "Prognosdiagram",
        type: "BarClustered",
        source: "Data!A1:B3",
        title: "Budgetavvikelse helår",
        seriesColors: ["#00B050"],
        pointColors: [[null, "#FF0000"]],
        position: { start: "D2", end: "K18" },
        legendVisible: true,
        categoryAxisReversed: false,
        seriesCategories: [null],
        series: [{ name: "Belopp", fill: "#00B050", values: "Data!B2:B3", categories: null, pointFills: [null, "#FF0000"] }],
      },
    ]);
    const error = await officeError(() =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").charts.getItem("Prognosdiagram").series.getItemAt(1).format.fill.setSolidColor("#000000");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").charts.getItem("Prognosdiagram").delete();
    });
    expect(host.charts("Data")).toEqual([]);
  });
});

describe("chart labels, legend and axis order", () => {
  test("setXAxisValues, legend.visible and categoryAxis.reversePlotOrder are applied at sync and read back", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("BarClustered" as Excel.ChartType, sheet.getRange("B2:B3"), "Columns" as Excel.ChartSeriesBy);
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A2:A3"));
      chart.legend.visible = false;
      chart.axes.categoryAxis.reversePlotOrder = true;
      expect(host.charts("Data")).toEqual([]); // nothing before the sync
      const legend = chart.legend.load("visible");
      await context.sync();
      expect(legend.visible).toBe(false);
    });
    expect(host.charts("Data")[0]).toMatchObject({ legendVisible: false, categoryAxisReversed: true, seriesCategories: ["Data!A2:A3"] });
  });

  test("a legend property read before load throws PropertyNotLoaded", async () => {
    const host = sampleHost();
    const error = await officeError(() =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        const chart = sheet.charts.add("BarClustered" as Excel.ChartType, sheet.getRange("B2:B3"), "Columns" as Excel.ChartSeriesBy);
        await context.sync();
        return chart.legend.visible;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });
});

describe("conditional formats", () => {
  test("getCount and clearAll work on the cells of the range, keeping formats outside it", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D1:D10").conditionalFormats.add("IconSet" as Excel.ConditionalFormatType);
      sheet.getRange("F1:F2").conditionalFormats.add("IconSet" as Excel.ConditionalFormatType);
      const inD = sheet.getRange("D3:D4").conditionalFormats.getCount();
      const inE = sheet.getRange("E1:E9").conditionalFormats.getCount();
      await context.sync();
      expect([inD.value, inE.value]).toEqual([1, 0]);
      sheet.getRange("D1:D5").conditionalFormats.clearAll();
      const left = sheet.getRange("D1:F10").conditionalFormats.getCount();
      await context.sync();
      expect(left.value).toBe(2);
    });
    const refs = (host.workbook.getWorksheet("Data") as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((c) => c.ref);
    expect(refs.sort()).toEqual(["D6:D10", "F1:F2"]);
  });

  test("other kinds, wrong criteria counts and 'GreaterThan' are refused", async () => {
    const cases: [(r: Excel.Range) => void, string][] = [
      [(r) => r.conditionalFormats.add("DataBar" as Excel.ConditionalFormatType), "NotImplemented"],
      [(r) => (r.conditionalFormats.add("IconSet" as Excel.ConditionalFormatType).iconSet.criteria = [{} as Excel.ConditionalIconCriterion]), "InvalidArgument"],
      [(r) => (r.conditionalFormats.add("IconSet" as Excel.ConditionalFormatType).iconSet.style = "ThreeArrowz" as Excel.IconSet), "InvalidArgument"],
      [
        (r) =>
          (r.conditionalFormats.add("IconSet" as Excel.ConditionalFormatType).iconSet.criteria = [
            {} as Excel.ConditionalIconCriterion,
            { type: "Number", operator: "GreaterThan", formula: "0" } as Excel.ConditionalIconCriterion,
            { type: "Number", operator: "GreaterThanOrEqual", formula: "1" } as Excel.ConditionalIconCriterion,
          ]),
        "NotImplemented",
      ],
    ];
    for (const [act, code] of cases) {
      const host = sampleHost();
      const error = await officeError(() =>
        host.run(async (context) => {
          act(context.workbook.worksheets.getItem("Data").getRange("D1:D3"));
          await context.sync();
        }),
      );
      expect(error.code).toBe(code);
    }
  });
});
