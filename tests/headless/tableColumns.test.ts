// Table.columns (count, add at the end) on the headless host, and what it refuses rather than guess.
import type ExcelJS from "exceljs";
import { loadWorkbook, saveWorkbook } from "../../src/headless";
import { officeError, sampleHost } from "./helpers";

describe("table columns", () => {
  test("add(undefined, undefined, name) appends an empty named column that the saved table keeps", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true);
      table.name = "Belopp";
      table.columns.add(undefined, undefined, "Utfall");
      const columns = table.columns.load("count");
      const range = table.getRange().load("address,values");
      await context.sync();
      expect(columns.count).toBe(3);
      expect(range.address).toBe("Data!A1:C3");
      expect(range.values).toEqual([["Område", "Belopp", "Utfall"], ["Kultur", 1645081, ""], ["Fritid", -67000.5, ""]]);
    });
    const saved = await loadWorkbook(await saveWorkbook(host.workbook));
    const table = saved.getWorksheet("Data")?.getTable("Belopp") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe("A1:C3");
    expect(table.table.columns.map((column) => column.name)).toEqual(["Område", "Belopp", "Utfall"]);
  });

  test("refuses what it does not model: another index, values, cells right of the table, a repeated name", async () => {
    const host = sampleHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true).name = "Belopp";
      await context.sync();
    });
    const attempt = (add: (columns: Excel.TableColumnCollection) => void) => officeError(() => host.run(async (context) => {
      add(context.workbook.tables.getItem("Belopp").columns);
      await context.sync();
    }));
    expect((await attempt((columns) => columns.add(0, undefined, "Först"))).code).toBe("NotImplemented");
    expect((await attempt((columns) => columns.add(undefined, [["Utfall"], ["Ja"], [""]], "Utfall"))).code).toBe("NotImplemented");
    expect((await attempt((columns) => columns.add(undefined, undefined, "belopp"))).code).toBe("InvalidArgument");
    (host.workbook.getWorksheet("Data") as ExcelJS.Worksheet).getCell("C2").value = "intill";
    expect((await attempt((columns) => columns.add(undefined, undefined, "Utfall"))).code).toBe("NotImplemented");
  });
});
