// The host fails where Excel fails: every error code it promises, provoked and asserted.
import ExcelJS from "exceljs";
import { createHeadlessHost } from "../../src/headless";
import { officeError, sampleHost } from "./helpers";

describe("load and sync", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded, also after a sync", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("Data!A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }));
    });
  });

  test("load accepts strings, arrays, select objects, option objects and nothing", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1").load("values, address");
      const b = sheet.getRange("B2").load(["values", "numberFormat"]);
      const c = sheet.getRange("A2").load({ select: "text, rowIndex" });
      const d = sheet.getRange("A3").load({ values: true, format: { font: { bold: true } } } as never);
      const e = sheet.getRange("A1:B1").load();
      const f = sheet.getRange("A1").load("format/font/name");
      await context.sync();
      expect([a.values, a.address]).toEqual([[["Område"]], "Data!A1"]);
      expect([b.values, b.numberFormat]).toEqual([[[1645081]], [["General"]]]);
      expect([c.text, c.rowIndex]).toEqual([[["Kultur"]], 1]);
      expect([d.values, d.format.font.bold]).toEqual([[["Fritid"]], false]);
      expect([e.values, e.columnCount, e.rowCount]).toEqual([[["Område", "Belopp"]], 2, 1]);
      expect(f.format.font.name).toBe("Calibri");
      expect(() => f.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("an unknown property in load fails the sync with InvalidArgument", async () => {
    const host = sampleHost();
    const error = await officeError(() =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").load("valuez");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("writes reach the workbook only at sync, in queue order", async () => {
    const host = sampleHost();
    const cell = () => host.workbook.getWorksheet("Data")!.getCell("C1").value;
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C1");
      range.values = [[1]];
      range.values = [[2]];
      expect(cell()).toBeNull();
      // office.js keeps a value set on the proxy readable before the sync.
      expect(range.values).toEqual([[2]]);
      await context.sync();
      expect(cell()).toBe(2);
    });
  });

  test("run syncs what is still queued when the batch returns, and counts it", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["kvar"]];
    });
    expect(host.workbook.getWorksheet("Data")!.getCell("C1").value).toBe("kvar");
    expect(host.stats.syncs).toBe(1);
    expect(host.stats.requests).toBe(1);
  });

  test("a proxy used after its run has finished throws InvalidObjectPath", async () => {
    const host = sampleHost();
    let leaked: Excel.Range | null = null;
    await host.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Data").getRange("A1");
      await context.sync();
    });
    expect(() => (leaked!.values = [[1]])).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  test("set(), toJSON(), track() and untrack() behave like Office's", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("D1:E1");
      range.set({ values: [[1, 2]], format: { font: { bold: true }, fill: { color: "#FF0000" } } } as never);
      expect(range.track()).toBe(range);
      expect(range.untrack()).toBe(range);
      range.load("values, address");
      range.format.font.load("bold");
      await context.sync();
      // A value set on the proxy stays readable, as in office.js; so fill.color is in the JSON too.
      expect(range.toJSON()).toEqual({ values: [[1, 2]], address: "Data!D1:E1", format: { font: { bold: true }, fill: { color: "#FF0000" } } });
    });
    const cell = host.workbook.getWorksheet("Data")!.getCell("E1");
    expect(cell.font.bold).toBe(true);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFF0000");
  });

  test("ClientResult.value throws ValueNotLoaded before the sync", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(2);
    });
  });
});

describe("null objects", () => {
  test("isNullObject is known only after the sync", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Saknas");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      // office.js's client gives undefined here (tests/conformance/semantics.test.ts checks it against office.js).
      expect(missing.name).toBeUndefined();
      expect(present.isNullObject).toBe(false);
    });
  });

  test("writing through a null object fails the sync with ItemNotFound", async () => {
    const host = sampleHost();
    const error = await officeError(() =>
      host.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Saknas");
        missing.getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("errors like Excel's", () => {
  test("getItem of an unknown sheet fails the sync with ItemNotFound, and debugInfo names the statement", async () => {
    const host = sampleHost();
    const error = await officeError(() =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Saknas");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo.statement).toContain('getItem("Saknas")');
  });

  test("a values array of the wrong shape fails with InvalidArgument and writes nothing of it", async () => {
    const host = sampleHost();
    const error = await officeError(() =>
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("C1:D2");
        range.values = [[1, 2], [3]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("Range.values");
    expect(error.debugInfo.statement).toContain('getRange("C1:D2").values');
    expect(host.workbook.getWorksheet("Data")!.getCell("C1").value).toBeNull();
  });

  test("a numberFormat array of the wrong shape fails with InvalidArgument", async () => {
    const host = sampleHost();
    const error = await officeError(() =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B1").numberFormat = [["0"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("a failing operation stops the sync: earlier ones stay applied (Excel is not transactional), later ones do not run", async () => {
    const host = sampleHost();
    const sheet = host.workbook.getWorksheet("Data")!;
    await officeError(() =>
      host.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        data.getRange("C1").values = [["före"]];
        data.getRange("C2:C3").values = [["bara en"]];
        data.getRange("C4").values = [["efter"]];
        await context.sync();
      }),
    );
    expect(sheet.getCell("C1").value).toBe("före");
    expect(sheet.getCell("C4").value).toBeNull();
  });

  test("writes to a protected sheet fail with AccessDenied; unlocked cells stay writable", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("D1").format.protection.locked = false;
      data.protection.protect();
      data.protection.load("protected");
      await context.sync();
      expect(data.protection.protected).toBe(true);
      data.getRange("D1").values = [["olåst"]];
      await context.sync();
    });
    expect(host.workbook.getWorksheet("Data")!.getCell("D1").value).toBe("olåst");
    for (const write of [
      (r: Excel.Range) => (r.values = [["x", "y"], ["z", "w"]]),
      (r: Excel.Range) => (r.format.font.bold = true),
      (r: Excel.Range) => r.merge(),
      (r: Excel.Range) => r.conditionalFormats.add("IconSet"),
    ]) {
      const error = await officeError(() =>
        host.run(async (context) => {
          write(context.workbook.worksheets.getItem("Data").getRange("A1:B2"));
          await context.sync();
        }),
      );
      expect(error.code).toBe("AccessDenied");
    }
    expect(host.workbook.getWorksheet("Data")!.getCell("A1").value).toBe("Område");
  });

  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing of that sync", async () => {
    const host = sampleHost();
    const rows = 150_000;
    const big = Array.from({ length: rows }, (_, i) => [`Rad nummer ${i} med lite text`, i * 1.5]);
    const error = await officeError(() =>
      host.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        data.getRange("D1").values = [["först"]];
        data.getRange(`A10:B${9 + rows}`).values = big;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(host.workbook.getWorksheet("Data")!.getCell("D1").value).toBeNull();
    expect(host.workbook.getWorksheet("Data")!.getCell("A10").value).toBeNull();

    // The same rows in chunks under the limit go through.
    host.resetStats();
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      for (let start = 0; start < rows; start += 50_000) {
        data.getRange(`A${10 + start}:B${9 + start + 50_000}`).values = big.slice(start, start + 50_000);
        await context.sync();
      }
    });
    expect(host.stats.syncs).toBe(3);
    expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.workbook.getWorksheet("Data")!.getCell(`B${9 + rows}`).value).toBe((rows - 1) * 1.5);
  });

  test("the payload limit is configurable and counts the JSON of the queued operations", async () => {
    const host = sampleHost({ maxRequestBytes: 1000 });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A10").values = Array.from({ length: 10 }, () => ["x"]);
      await context.sync();
    });
    expect(host.stats.maxRequestBytes).toBeGreaterThan(50);
    const error = await officeError(() =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:A100").values = Array.from({ length: 100 }, () => ["xxxxxxxxxx"]);
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("failSync(n): the n-th sync from now throws GeneralException before applying anything", async () => {
    const host = sampleHost();
    host.failSync(2);
    const sheet = host.workbook.getWorksheet("Data")!;
    const error = await officeError(() =>
      host.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        data.getRange("E1").values = [["ett"]];
        await context.sync();
        data.getRange("E2").values = [["två"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("GeneralException");
    expect(sheet.getCell("E1").value).toBe("ett");
    expect(sheet.getCell("E2").value).toBeNull();
    // Disarmed after firing.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("E2").values = [["två"]];
    });
    expect(sheet.getCell("E2").value).toBe("två");
    expect(() => host.failSync(0)).toThrow(RangeError);
  });

  test("a name whose sheet was deleted gives InvalidReference from getRange and a null object from getRangeOrNullObject", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      context.workbook.names.add("Utdata", context.workbook.worksheets.getItem("Other").getRange("A1:C3"));
      await context.sync();
      context.workbook.worksheets.getItem("Other").delete();
      await context.sync();
      const range = context.workbook.names.getItemOrNullObject("Utdata").getRangeOrNullObject();
      await context.sync();
      expect(range.isNullObject).toBe(true);
    });
    const error = await officeError(() =>
      host.run(async (context) => {
        context.workbook.names.add("Trasig", "=Data!$A$1");
        await context.sync();
        context.workbook.worksheets.getItem("Data").name = "Data2";
        await context.sync();
        const name = context.workbook.names.getItem("Trasig");
        name.load("value");
        await context.sync();
        expect(name.value).toBe("Data2!$A$1");
        context.workbook.worksheets.add("Tom");
        await context.sync();
        context.workbook.worksheets.getItem("Data2").delete();
        context.workbook.names.getItem("Trasig").getRange().load("address");
        await context.sync();
      }),
    );
    expect(["InvalidReference", "ItemNotFound"]).toContain(error.code);
  });

  test("duplicate sheet and name fail with ItemAlreadyExists; bad names with InvalidArgument", async () => {
    const host = sampleHost();
    for (const [action, code] of [
      [(c: Excel.RequestContext) => c.workbook.worksheets.add("data"), "ItemAlreadyExists"],
      [(c: Excel.RequestContext) => c.workbook.worksheets.add("Bad[name]"), "InvalidArgument"],
      [(c: Excel.RequestContext) => c.workbook.names.add("A1", "=Data!$A$1"), "InvalidArgument"],
      [(c: Excel.RequestContext) => c.workbook.worksheets.getItem("Data").getRange("A0"), "InvalidArgument"],
    ] as const) {
      const error = await officeError(() =>
        host.run(async (context) => {
          action(context);
          await context.sync();
        }),
      );
      expect(error.code).toBe(code);
    }
  });

  test("a workbook keeps one visible sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ensam");
    const host = createHeadlessHost(workbook);
    for (const act of [(s: Excel.Worksheet) => (s.visibility = "Hidden" as Excel.SheetVisibility), (s: Excel.Worksheet) => s.delete()]) {
      const error = await officeError(() =>
        host.run(async (context) => {
          act(context.workbook.worksheets.getItem("Ensam"));
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidOperation");
    }
  });
});
