// The report section as HTML for the clipboard: what Word and LibreOffice Writer make a table of on
// paste. Inline styles only: Chromium's async clipboard drops <style> elements when it writes HTML,
// and Word's HTML import reads a cell's own style attribute (README "Decisions", the arrows).
import type { CellFormat } from "../excel/layout";
import { ARROW_FONT, CELL_PADDING, type ReportSection, type SectionCell, type SectionText } from "./model";

const BODY_FONT = "Calibri, Arial, sans-serif";
const RULE = "1pt solid #000000";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function style(declarations: Array<string | false | undefined>): string {
  return declarations.filter(Boolean).join(";");
}

function formatCss(format: CellFormat, defaultSize: number): Array<string | false> {
  return [
    `font-size:${format.size ?? defaultSize}pt`,
    format.bold === true && "font-weight:bold",
    format.italic === true && "font-style:italic",
    format.horizontal !== undefined && `text-align:${format.horizontal.toLowerCase()}`,
    format.vertical !== undefined && `vertical-align:${format.vertical === "Center" ? "middle" : format.vertical.toLowerCase()}`,
  ];
}

/** Space above and below in points; the sides spelled out, as Writer's import reads "margin: 6pt 0" as an indent. */
function paragraph({ text, format }: SectionText, [above, below] = [0, 6]): string {
  const margins = [`margin-top:${above}pt`, `margin-bottom:${below}pt`, "margin-left:0", "margin-right:0"];
  return `<p style="${style([...margins, `font-family:${BODY_FONT}`, ...formatCss(format, 11)])}">${escapeHtml(text)}</p>`;
}

function cellHtml(cell: SectionCell, width: number | null): string {
  const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ""}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ""}`;
  // The font on every cell: Writer's HTML import does not pass the table's font on to its cells.
  const css = style([
    `font-family:${BODY_FONT}`,
    `padding:1pt ${CELL_PADDING / 2}pt`,
    width !== null && `width:${width}pt`,
    cell.ruleAbove && `border-top:${RULE}`,
    cell.ruleBelow && `border-bottom:${RULE}`,
    ...formatCss(cell.format, 10),
    cell.arrow !== null && "text-align:center",
  ]);
  const content = cell.arrow
    ? `<span style="font-family:${ARROW_FONT};color:${cell.arrow.color}" title="${escapeHtml(cell.arrow.word)}">${cell.arrow.glyph}</span>`
    : escapeHtml(cell.text).replace(/\n/g, "<br>");
  // The width also as an attribute (in CSS pixels), which Writer's and Word's imports both read.
  const widthAttribute = width !== null ? ` width="${Math.round((width * 4) / 3)}"` : "";
  return `<td${spans}${widthAttribute} style="${css}">${content}</td>`;
}

export function sectionHtml(section: ReportSection): string {
  const rows = section.rows.map((cells, index) => {
    // Widths on the body's cells, which are never merged; the header's merged cells follow them.
    const widthOf = (cell: SectionCell) => (index >= section.headerRows ? section.columnWidths[cell.column] : null);
    return `<tr>${cells.map((cell) => cellHtml(cell, widthOf(cell))).join("")}</tr>`;
  });
  // No width on the table itself: with one, Writer's import stops wrapping the merged header.
  const table = `<table style="${style(["border-collapse:collapse", "margin-top:6pt", "margin-bottom:6pt"])}">${rows.join("")}</table>`;
  return [
    `<!DOCTYPE html><html lang="${section.lang}"><head><meta charset="utf-8"><title>${escapeHtml(section.title.text)}</title></head><body>`,
    paragraph(section.title, [0, 2]),
    paragraph(section.subtitle),
    table,
    paragraph(section.legend, [6, 6]),
    ...section.paragraphs.map((text) => paragraph({ text, format: {} })),
    "</body></html>",
  ].join("\n");
}
