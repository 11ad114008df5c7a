// The headless host's Office semantics (src/headless/README.md) checked against office.js's own client:
// small batches, each run on both sides; the same value or the same error code must come out. Where the
// host is deliberately stricter than office.js (code that passes it cannot fail in Excel), the case says so.
import ExcelJS from "exceljs";
import type { RunExcel } from "../../src/excel";
import { headlessSide, officeJsSide, type Side } from "./sides";

type Outcome = { value: unknown } | { error: string };

async function outcomeOf(run: RunExcel, probe: (run: RunExcel) => Promise<unknown>): Promise<Outcome> {
  try {
    return { value: await probe(run) };
  } catch (error) {
    return { error: String((error as { code?: unknown }).code ?? (error instanceof Error ? error.message : error)) };
  }
}

let bytes: Uint8Array;
beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Data");
  data.getCell("A1").value = 1645081;
  data.getCell("B1").value = "Individ och familj";
  bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
});

async function both(probe: (run: RunExcel) => Promise<unknown>): Promise<{ headless: Outcome; officeJs: Outcome }> {
  const sides: Side[] = [await headlessSide(bytes), await officeJsSide(bytes)];
  try {
    const [headless, officeJs] = [await outcomeOf(sides[0].run, probe), await outcomeOf(sides[1].run, probe)];
    return { headless, officeJs };
  } finally {
    await Promise.all(sides.map((side) => side.close()));
  }
}

const PROBES: Array<[string, (run: RunExcel) => Promise<unknown>]> = [
  ["a property read before it is loaded throws PropertyNotLoaded", (run) => run(async (context) => context.workbook.worksheets.getItem("Data").getRange("A1").values)],
  [
    "a property read after load and sync",
    (run) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values, address");
        await context.sync();
        return [range.values, range.address];
      }),
  ],
  [
    "a value set on a proxy is readable at once",
    (run) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("C1");
        range.values = [["satt"]];
        return range.values;
      }),
  ],
  [
    "isNullObject without a load, after the sync",
    (run) =>
      run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Saknas");
        const found = context.workbook.worksheets.getItemOrNullObject("Data");
        await context.sync();
        return [missing.isNullObject, found.isNullObject];
      }),
  ],
  [
    "isNullObject before the sync throws PropertyNotLoaded",
    (run) => run(async (context) => context.workbook.worksheets.getItemOrNullObject("Saknas").isNullObject),
  ],
  [
    "a loaded property of a null object",
    (run) =>
      run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Saknas").load("name");
        const range = missing.getRange("A1").load("values");
        await context.sync();
        return { name: missing.name, values: range.values, rangeIsNull: range.isNullObject };
      }),
  ],
  [
    "the items of a null object's collection",
    (run) =>
      run(async (context) => {
        const charts = context.workbook.worksheets.getItemOrNullObject("Saknas").charts.load("items/name");
        await context.sync();
        return { items: charts.items, isNull: charts.isNullObject };
      }),
  ],
  [
    "writing through a null object fails the sync with ItemNotFound",
    (run) =>
      run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("Saknas").getRange("A1").values = [[1]];
        await context.sync();
      }),
  ],
  [
    "a values array of the wrong shape fails the sync with InvalidArgument",
    (run) =>
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[1]];
        await context.sync();
      }),
  ],
  [
    "a missing worksheet fails the sync with ItemNotFound",
    (run) =>
      run(async (context) => {
        context.workbook.worksheets.getItem("Saknas").load("name");
        await context.sync();
      }),
  ],
  [
    "a ClientResult before the sync throws ValueNotLoaded, after it holds the count",
    async (run) => {
      const before = await run(async (context) => context.workbook.worksheets.getCount().value).catch((error: { code?: string }) => error.code);
      const after = await run(async (context) => {
        const count = context.workbook.worksheets.getCount();
        await context.sync();
        return count.value;
      });
      return { before, after };
    },
  ],
  [
    "collection items with a nested navigation property",
    (run) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
        await context.sync();
        return sheets.items.map((sheet) => [sheet.name, sheet.visibility, sheet.protection.protected]);
      }),
  ],
  [
    "items before a load throw PropertyNotLoaded",
    (run) => run(async (context) => context.workbook.worksheets.items.length),
  ],
  [
    "toJSON of a loaded range",
    (run) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1").load("values,numberFormat");
        await context.sync();
        return range.toJSON();
      }),
  ],
  [
    "set() of nested format properties, read back",
    (run) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1");
        range.set({ format: { font: { bold: true }, horizontalAlignment: "Center" } });
        const format = range.format.load("horizontalAlignment");
        const font = range.format.font.load("bold");
        await context.sync();
        return [format.horizontalAlignment, font.bold];
      }),
  ],
  [
    "a failing statement keeps the earlier ones of its sync applied",
    async (run) => {
      const failed = await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("D1").values = [["före"]];
        sheet.getRange("E1:F1").values = [[1]];
        sheet.getRange("G1").values = [["efter"]];
        await context.sync();
      }).catch((error: { code?: string }) => error.code);
      const after = await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("D1:G1").load("values");
        await context.sync();
        return range.values;
      });
      return { failed, after };
    },
  ],
  [
    "a range used after its run has ended throws InvalidObjectPath",
    async (run) => {
      let kept: Excel.Range | null = null;
      await run(async (context) => {
        kept = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
        await context.sync();
      });
      (kept as unknown as Excel.Range).values = [[2]];
    },
  ],
  [
    "sync passes its value through",
    (run) => run(async (context) => context.sync("genom")),
  ],
  [
    "a range kept from an earlier sync of the run is written in a later one",
    (run) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("H1").load("address");
        await context.sync();
        range.values = [["senare"]];
        await context.sync();
        range.load("values");
        await context.sync();
        return [range.address, range.values];
      }),
  ],
];

describe("the same outcome on the headless host and through office.js's client", () => {
  it.each(PROBES)("%s", async (_name, probe) => {
    const { headless, officeJs } = await both(probe);
    expect(officeJs).toEqual(headless);
  });
});

/** Writes `value` into Data!A2 (which holds 7), then reads A2 back. */
function writeOne(value: unknown): (run: RunExcel) => Promise<unknown> {
  return async (run) => {
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").values = [[7]];
      await context.sync();
    });
    const written = await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").values = [[value]] as unknown as number[][];
      await context.sync();
    }).then(() => "written", (error: { code?: string }) => error.code);
    const read = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2").load("values");
      await context.sync();
      return range.values[0][0];
    });
    return { written, read };
  };
}

// Where the host refuses what office.js lets through unnoticed: the write is a bug in Excel too (the value is
// lost or becomes text), so the host stays stricter on purpose (docs/excel-fidelity.md).
describe("stricter on the headless host, on purpose", () => {
  it.each([
    ["NaN: office.js sends null, Excel keeps the old value", Number.NaN, 7],
    ["Infinity: likewise", Number.POSITIVE_INFINITY, 7],
    ["a Date: office.js sends its ISO text, not a date", new Date("2024-11-30T00:00:00Z"), "2024-11-30T00:00:00.000Z"],
  ])("%s", async (_name, value, inExcel) => {
    const { headless, officeJs } = await both(writeOne(value));
    expect(headless).toEqual({ value: { written: "InvalidArgument", read: 7 } });
    expect(officeJs).toEqual({ value: { written: "written", read: inExcel } });
  });

  it("a worksheet used after its run: office.js queues the write on a finished context and never sends it", async () => {
    const { headless, officeJs } = await both(async (run) => {
      let kept: Excel.Worksheet | null = null;
      await run(async (context) => {
        kept = context.workbook.worksheets.getItem("Data");
      });
      (kept as unknown as Excel.Worksheet).tabColor = "#FF0000";
      return "queued";
    });
    expect(headless).toEqual({ error: "InvalidObjectPath" });
    expect(officeJs).toEqual({ value: "queued" });
  });
});
