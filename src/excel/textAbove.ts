// The draft text above the table, as the seed has it (README "Decisions"). Its rows lie at the top of the
// report region, one blank row above the table's title, so the table starts that many rows below the
// configured anchor. The rows stay reserved while the region has them: a re-run puts the table exactly where
// it was, keeps a text the economist changed, and clears a draft nobody touched without moving the table up.
// Only inserting a text with a different number of paragraphs moves the table (an update, so the table
// never lands on a cell that is not Prognos'). Pure: update.ts places and writes.
import type { CellRef } from "../engine/address";
import { onSheet, sameSheet, type Box } from "./grid";

/** Paragraph rows above the table at most; later paragraphs share the last row (kept, never dropped). */
export const MAX_TEXT_ABOVE_ROWS = 20;

/** The paragraphs as rows: one each, the ones beyond MAX_TEXT_ABOVE_ROWS joined into the last row. */
export function rowsAbove(paragraphs: string[]): string[] {
  if (paragraphs.length <= MAX_TEXT_ABOVE_ROWS) return paragraphs;
  return [...paragraphs.slice(0, MAX_TEXT_ABOVE_ROWS - 1), paragraphs.slice(MAX_TEXT_ABOVE_ROWS - 1).join("\n\n")];
}

/** The previous text's rows when they lie above the previous table at the top of the region; else null. */
export function previousTextAbove(region: Box | null, text: Box | null): Box | null {
  if (!region || !text || !sameSheet(region, text)) return null;
  return text.top === region.top && text.left === region.left && text.bottom < region.bottom ? text : null;
}

export interface AbovePlacement {
  /** The rows of the text above (written now, or reserved from before); null: the table starts at the anchor. */
  block: Box | null;
  /** Where the table's title goes. */
  tableAnchor: CellRef;
}

/**
 * Where the table goes under the configured anchor. `paragraphs`: a text inserted above now (its rows);
 * otherwise the rows of a text above from before, when that region started at this same anchor.
 */
export function placeAbove(sheet: string, anchor: CellRef, columns: number, previousRegion: Box | null, previousAbove: Box | null, paragraphs: string[] | null): AbovePlacement {
  const atAnchor = previousRegion !== null && onSheet(previousRegion, sheet) && previousRegion.top === anchor.row && previousRegion.left === anchor.column;
  const rows = paragraphs !== null ? rowsAbove(paragraphs).length : atAnchor && previousAbove ? Math.min(previousAbove.bottom - previousAbove.top + 1, MAX_TEXT_ABOVE_ROWS) : 0;
  if (rows === 0) return { block: null, tableAnchor: anchor };
  return {
    block: { sheet, top: anchor.row, left: anchor.column, bottom: anchor.row + rows - 1, right: anchor.column + columns - 1 },
    tableAnchor: { row: anchor.row + rows + 1, column: anchor.column },
  };
}
