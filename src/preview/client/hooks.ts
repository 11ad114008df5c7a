// What the Playwright tests may do to the workbook that a user would do in Excel: type into a cell and
// read cells back. Installed on window.prognosPreview; the pane never uses it. Every call goes through
// office.js's client to the workbook server, like the pane's own.
import type { RunExcel } from "../../excel/types";

export interface PreviewHooks {
  /** Types `value` into a cell ("Controller!C7"), as a user would. */
  setCell(address: string, value: string | number): Promise<void>;
  /** The values of a range ("Rapport!A1:G12"); [] when the sheet does not exist. */
  values(address: string): Promise<unknown[][]>;
  /** The workbook's sheets, hidden ones included, in order. */
  sheetNames(): Promise<string[]>;
}

function split(address: string): [string, string] {
  const at = address.lastIndexOf("!");
  return [address.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'"), address.slice(at + 1)];
}

export function testHooks(run: RunExcel): PreviewHooks {
  return {
    async setCell(address, value) {
      const [sheet, cell] = split(address);
      await run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
        await context.sync();
      });
    },
    async values(address) {
      const [sheet, cells] = split(address);
      return run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject(sheet).getRange(cells).load("values");
        await context.sync();
        return range.isNullObject ? [] : (range.values as unknown[][]);
      });
    },
    sheetNames: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
  };
}
