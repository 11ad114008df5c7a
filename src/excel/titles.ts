// The title above a source range ("… per den 30 november 2024"): the two rows above an address source are
// read with it, in the same sync, so that a period written there can be checked against the report's.
import { cellAddress } from "../engine/address";
import type { CellValue } from "../engine/types";
import { localAddress } from "./grid";
import type { SourceHandle } from "./read";

const TITLE_ROWS = 2;

export type TitleHandles = Map<SourceHandle, { range: Excel.Range; top: number; left: number }>;

export function queueTitles(handles: SourceHandle[]): TitleHandles {
  const titles: TitleHandles = new Map();
  for (const handle of handles) {
    if (handle.kind !== "address" || handle.box.top === 0 || !handle.sheetProxy) continue;
    const top = Math.max(0, handle.box.top - TITLE_ROWS);
    const range = handle.sheetProxy.getRange(localAddress({ top, left: handle.box.left, bottom: handle.box.top - 1, right: handle.box.right })).load("values");
    titles.set(handle, { range, top, left: handle.box.left });
  }
  return titles;
}

/** The title's text cells; [] when there is none (or the sheet is missing, which the source reports). */
export function collectTitle(titles: TitleHandles, handle: SourceHandle, sheet: string): Array<{ cell: string; text: string }> {
  const title = titles.get(handle);
  if (!title || handle.kind !== "address" || !handle.sheetProxy || handle.sheetProxy.isNullObject) return [];
  const cells: Array<{ cell: string; text: string }> = [];
  (title.range.values as CellValue[][]).forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === "string" && value.trim() !== "") cells.push({ cell: cellAddress(sheet, { row: title.top + r, column: title.left + c }), text: value.trim() });
    }),
  );
  return cells;
}
