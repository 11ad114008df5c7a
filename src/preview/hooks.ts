// What the Playwright tests may do to the workbook that a user would do in Excel: type into a cell and
// read cells back. Installed on window.prognosPreview; the pane never uses it.
import type { HeadlessHost } from "../headless/index";

export interface PreviewHooks {
  /** Types `value` into a cell ("Controller!C7"), as a user would. */
  setCell(address: string, value: string | number): Promise<void>;
  /** The values of a range ("Rapport!A1:G12"); [] when the sheet does not exist. */
  values(address: string): Promise<unknown[][]>;
  sheetNames(): string[];
}

function split(address: string): [string, string] {
  const at = address.lastIndexOf("!");
  return [address.slice(0, at).replace(/^'|'$/g, ""), address.slice(at + 1)];
}

export function installTestHooks(host: HeadlessHost): void {
  const hooks: PreviewHooks = {
    async setCell(address, value) {
      const [sheet, cell] = split(address);
      await host.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
        await context.sync();
      });
    },
    async values(address) {
      const [sheet, cells] = split(address);
      return host.run(async (context) => {
        const found = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (found.isNullObject) return [];
        const range = found.getRange(cells).load("values");
        await context.sync();
        return range.values as unknown[][];
      });
    },
    sheetNames: () => host.workbook.worksheets.map((sheet) => sheet.name),
  };
  (window as unknown as { prognosPreview: PreviewHooks }).prognosPreview = hooks;
}
