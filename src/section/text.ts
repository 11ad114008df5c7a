// The report section as plain text, the clipboard's second format: for a paste without formatting
// (Word's "Keep Text Only", a mail). One line per table row, cells separated by tabs, so that Word's
// "Convert Text to Table" or a paste into Excel gives the columns back; an arrow is also its word.
import type { ReportSection, SectionCell } from "./model";

function cellText(cell: SectionCell): string {
  if (cell.arrow) return `${cell.arrow.glyph} ${cell.arrow.word}`;
  return cell.text.replace(/\s*\n\s*/g, " ");
}

/** Each row as wide as the table: a cell covered by a merge is an empty field. */
function rowText(cells: SectionCell[], columns: number): string {
  const fields = Array<string>(columns).fill("");
  for (const cell of cells) fields[cell.column] = cellText(cell);
  return fields.join("\t").replace(/\t+$/, "");
}

export function sectionText(section: ReportSection): string {
  const columns = section.columnWidths.length;
  return [
    section.title.text,
    section.subtitle.text,
    "",
    ...section.rows.map((cells) => rowText(cells, columns)),
    "",
    section.legend.text,
    ...section.paragraphs.flatMap((paragraph) => ["", paragraph]),
  ].join("\n");
}
