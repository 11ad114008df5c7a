// The host's answers to what Excel's docs leave open (HostBehaviour): each option changes what it says
// it changes, so that the adapter's tests under every answer (tests/excel/hostVariants.ts) mean something.
import { BEHAVIOUR_CHOICES, DEFAULT_BEHAVIOUR, MAX_CELLS_PER_GET, type HeadlessHost, type HostBehaviour } from "../../src/headless";
import { officeError, sampleHost } from "./helpers";

function hostWith(behaviour: Partial<HostBehaviour>): HeadlessHost {
  return sampleHost({ behaviour });
}

it("offers at least two answers to every question, the default among them", () => {
  for (const [question, choices] of Object.entries(BEHAVIOUR_CHOICES)) {
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices).toContain(DEFAULT_BEHAVIOUR[question as keyof HostBehaviour]);
  }
});

describe("nullNavigation", () => {
  const navigate = (host: HeadlessHost) =>
    host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Saknas");
      const cell = sheet.getRange("A1").load("values");
      const charts = sheet.charts.load("items/name");
      await context.sync();
      // A null collection's items read undefined, as office.js's client gives them (docs/excel-fidelity.md).
      return [sheet.isNullObject, cell.isNullObject, charts.isNullObject, charts.items];
    });

  it("nullObject: what is navigated from a null object is null too", async () => {
    expect(await navigate(hostWith({ nullNavigation: "nullObject" }))).toEqual([true, true, true, undefined]);
  });

  it("itemNotFound: the sync fails", async () => {
    expect((await officeError(() => navigate(hostWith({ nullNavigation: "itemNotFound" })))).code).toBe("ItemNotFound");
  });
});

describe("formulaInTextCell", () => {
  const write = async (host: HeadlessHost) => {
    await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Other").getRange("A1");
      cell.numberFormat = [["@"]];
      cell.values = [["=Ekonomi"]];
      context.workbook.worksheets.getItem("Other").getRange("A2").values = [["'=Ekonomi"]];
      await context.sync();
    });
    const sheet = host.workbook.getWorksheet("Other")!;
    return [sheet.getCell("A1").formula ?? sheet.getCell("A1").value, sheet.getCell("A2").value];
  };

  it("text: the Text cell keeps the string", async () => {
    expect(await write(hostWith({ formulaInTextCell: "text" }))).toEqual(["=Ekonomi", "=Ekonomi"]);
  });

  it("formula: it becomes a formula; an apostrophe in a General cell keeps text either way", async () => {
    expect(await write(hostWith({ formulaInTextCell: "formula" }))).toEqual(["Ekonomi", "=Ekonomi"]);
  });
});

describe("addedRowFormat", () => {
  const add = async (host: HeadlessHost) => {
    host.workbook.getWorksheet("Data")!.getCell("A3").numFmt = "@";
    host.workbook.getWorksheet("Data")!.getCell("A5").value = "under";
    await host.run(async (context) => {
      const table = context.workbook.tables.add("Data!A1:B3", true);
      table.rows.add(undefined, [["", 1]]);
      await context.sync();
    });
    const sheet = host.workbook.getWorksheet("Data")!;
    return [sheet.getCell("A4").numFmt ?? null, sheet.getCell("A6").value, sheet.getCell("A5").value];
  };

  it("rowAbove: the new row takes the row above's format; the rows below move down", async () => {
    expect(await add(hostWith({ addedRowFormat: "rowAbove" }))).toEqual(["@", "under", null]);
  });

  it("general: the new row has no format", async () => {
    expect(await add(hostWith({ addedRowFormat: "general" }))).toEqual([null, "under", null]);
  });

  it("rows.add refuses null, which its type does not take", async () => {
    const host = sampleHost();
    const error = await officeError(() =>
      host.run(async (context) => {
        context.workbook.tables.add("Data!A1:B3", true).rows.add(undefined, [[null as unknown as string, 1]]);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("a name whose sheet was deleted", () => {
  const broken = async (host: HeadlessHost) => {
    await host.run(async (context) => {
      context.workbook.names.add("Mitt", context.workbook.worksheets.getItem("Other").getRange("A1:B2"));
      context.workbook.worksheets.getItem("Other").delete();
      await context.sync();
    });
    return host.run(async (context) => {
      const name = context.workbook.names.getItem("Mitt").load("type,value,formula");
      const range = name.getRangeOrNullObject();
      await context.sync();
      return [name.type, name.value, name.formula, range.isNullObject];
    });
  };

  it("stays as #REF!, its type Error, its range a null object (the defaults)", async () => {
    expect(await broken(sampleHost())).toEqual(["Error", "#REF!", "=#REF!$A$1:$B$2", true]);
  });

  it("brokenNameType Range: reports type Range", async () => {
    expect((await broken(hostWith({ brokenNameType: "Range" })))[0]).toBe("Range");
  });

  it("brokenNameRange invalidReference: getRangeOrNullObject fails the sync", async () => {
    expect((await officeError(() => broken(hostWith({ brokenNameRange: "invalidReference" })))).code).toBe("InvalidReference");
  });

  it("cannot be added again while it exists", async () => {
    const host = sampleHost();
    await broken(host);
    const error = await officeError(() =>
      host.run(async (context) => {
        context.workbook.names.add("Mitt", context.workbook.worksheets.getItem("Data").getRange("A1"));
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });
});

describe("pointFill", () => {
  const fill = async (host: HeadlessHost) => {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const series = sheet.charts.add("BarClustered", sheet.getRange("B2:B3"), "Columns").series.getItemAt(0);
      series.points.getItemAt(1).format.fill.setSolidColor("#C00000");
      await context.sync();
    });
    return host.charts("Data")[0].series[0].pointFills;
  };

  it.each([
    ["point", [null, "#C00000"]],
    ["wholeSeries", ["#C00000", "#C00000"]],
    ["ignored", [null, null]],
  ] as const)("%s", async (pointFill, expected) => {
    expect(await fill(hostWith({ pointFill }))).toEqual(expected);
  });
});

describe("overCellLimit", () => {
  const read = (host: HeadlessHost) =>
    host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:E1000001").load("values");
      const small = context.workbook.worksheets.getItem("Data").getRange("A1:E1000000").load("address");
      await context.sync();
      return [range.values, small.address];
    });

  it(`error: a get of more than ${MAX_CELLS_PER_GET} cells fails`, async () => {
    expect((await officeError(() => read(hostWith({ overCellLimit: "error" })))).code).toBe("GeneralException");
  });

  it("null: it reads null", async () => {
    expect(await read(hostWith({ overCellLimit: "null" }))).toEqual([null, "Data!A1:E1000000"]);
  });
});

describe("workbook structure protection", () => {
  it("is read from workbook.protection and stops adding, deleting and renaming sheets; cell writes go on", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    const isProtected = await host.run(async (context) => {
      const protection = context.workbook.protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    expect(isProtected).toBe(true);
    for (const change of [
      (context: Excel.RequestContext) => context.workbook.worksheets.add("Ny"),
      (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Other").delete(),
      (context: Excel.RequestContext) => (context.workbook.worksheets.getItem("Other").name = "Annat"),
    ]) {
      const error = await officeError(() =>
        host.run(async (context) => {
          change(context);
          await context.sync();
        }),
      );
      expect(error.code).toBe("AccessDenied");
    }
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [["ok"]];
      await context.sync();
    });
    expect(host.workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Data", "Other"]);
  });
});
