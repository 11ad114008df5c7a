// A table's columns (Excel.TableColumnCollection, ExcelApi 1.1; add's name 1.4): the count, and add at the
// end of the table. Limits: a column is added only at the end (another index is NotImplemented), and only
// where the cells right of the table are empty (Excel would shift them right; that is not modelled), and
// add's values are not taken (the reference does not say whether they include the header row): give none
// and write the cells by address.
import { boxColumns } from "./address";
import { OfficeError } from "./errors";
import { HeadlessObject } from "./object";
import { assertWritable } from "./styles";
import { readText } from "./cells";
import { model, setTableBox, tableBox, type HeadlessTable, type TableTarget } from "./tables";

export class HeadlessTableColumnCollection extends HeadlessObject<TableTarget> {
  readonly typeName = "TableColumnCollection";
  protected readonly scalarProps = ["count"] as const;

  constructor(ctx: HeadlessObject["ctx"], path: string, private readonly table: HeadlessTable) {
    super(ctx, path);
  }

  protected resolve(): TableTarget | null {
    return this.table.navigationTarget();
  }

  get count(): number { return this.read("count"); }

  protected readProperty(name: string, { table }: TableTarget): unknown {
    return name === "count" ? boxColumns(tableBox(table)) : undefined;
  }

  /** add(null, undefined, name): a new last column named `name` (default ColumnN), its body cells empty. */
  add(index?: number | null, values?: unknown, name?: string): void {
    this.queue("add", [index ?? null, values ?? null, name ?? null], ({ sheet, table }) => {
      const box = tableBox(table);
      const count = boxColumns(box);
      if (index !== null && index !== undefined && index !== -1 && index !== count) throw new OfficeError("NotImplemented", `columns.add(${index}): the headless host adds columns at the end only.`);
      if (values !== null && values !== undefined) throw new OfficeError("NotImplemented", "columns.add with values: the headless host takes none; write the cells by address.");
      const column = box.right + 1;
      for (let row = box.top; row <= box.bottom; row++) {
        if (readText(sheet.findCell(row, column)) !== "") throw new OfficeError("NotImplemented", `columns.add: ${sheet.name} has cells right of the table; shifting them is not modelled.`);
      }
      assertWritable(sheet, [], "structure");
      const m = model(table);
      const header = name ?? `Column${count + 1}`;
      if (m.columns.some((existing) => existing.name.toLowerCase() === header.toLowerCase())) throw new OfficeError("InvalidArgument", `columns.add: the table already has a column '${header}'.`);
      if (m.headerRow !== false) sheet.getCell(box.top, column).value = header;
      m.columns.push({ name: header, filterButton: true });
      setTableBox(table, { ...box, right: column });
    });
  }
}
