// `prognos update --docx`: the report section (src/section) as a Word document, written with the
// `docx` library (README "Decisions"). The same title, table, arrows, legend and draft text the
// pane puts on the clipboard, in the language of --lang.
import {
  AlignmentType,
  BorderStyle,
  Document,
  type IBorderOptions,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { Report } from "../engine/types";
import type { CellFormat } from "../excel/layout";
import { ARROW_FONT, buildSection, CELL_PADDING, type ReportSection, type SectionCell, type SectionText } from "../section/model";
import { saveOutput, type WriteResult } from "./files";
import type { CliLang } from "./messages";

const BODY_FONT = "Calibri";
const TWIPS_PER_POINT = 20;
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const NO_LINE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };
const LANGUAGE: Record<CliLang, string> = { sv: "sv-SE", en: "en-GB" };

const ALIGN = { Left: AlignmentType.LEFT, Center: AlignmentType.CENTER, Right: AlignmentType.RIGHT } as const;
const VERTICAL = { Top: VerticalAlignTable.TOP, Center: VerticalAlignTable.CENTER, Bottom: VerticalAlignTable.BOTTOM } as const;

/** Size in half-points, as Word sizes its runs; bold and italics only when set, so Word's styles still apply. */
function runFormat(format: CellFormat, defaultSize: number) {
  return { ...(format.bold ? { bold: true } : {}), ...(format.italic ? { italics: true } : {}), size: (format.size ?? defaultSize) * 2 };
}

function textParagraph({ text, format }: SectionText, after = 120): Paragraph {
  return new Paragraph({ spacing: { after }, children: [new TextRun({ text, ...runFormat(format, 11) })] });
}

function cellContent(cell: SectionCell): Paragraph {
  const alignment = cell.arrow ? AlignmentType.CENTER : cell.format.horizontal ? ALIGN[cell.format.horizontal] : AlignmentType.LEFT;
  const runs = cell.arrow
    ? [new TextRun({ text: cell.arrow.glyph, font: ARROW_FONT, color: cell.arrow.color.slice(1), ...runFormat(cell.format, 10) })]
    : cell.text.split("\n").map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...runFormat(cell.format, 10) }));
  return new Paragraph({ alignment, children: runs });
}

function tableCell(cell: SectionCell, widths: number[]): TableCell {
  const width = widths.slice(cell.column, cell.column + cell.colSpan).reduce((sum, points) => sum + points, 0);
  return new TableCell({
    children: [cellContent(cell)],
    rowSpan: cell.rowSpan,
    columnSpan: cell.colSpan,
    width: { size: width * TWIPS_PER_POINT, type: WidthType.DXA },
    verticalAlign: cell.format.vertical ? VERTICAL[cell.format.vertical] : VerticalAlignTable.TOP,
    margins: { left: (CELL_PADDING / 2) * TWIPS_PER_POINT, right: (CELL_PADDING / 2) * TWIPS_PER_POINT, top: 20, bottom: 20 },
    borders: { top: cell.ruleAbove ? RULE : NO_LINE, bottom: cell.ruleBelow ? RULE : NO_LINE, left: NO_LINE, right: NO_LINE },
  });
}

function sectionDocument(section: ReportSection): Document {
  const widths = section.columnWidths;
  const table = new Table({
    rows: section.rows.map((cells, index) => new TableRow({ children: cells.map((cell) => tableCell(cell, widths)), tableHeader: index < section.headerRows })),
    columnWidths: widths.map((points) => points * TWIPS_PER_POINT),
    width: { size: widths.reduce((sum, points) => sum + points, 0) * TWIPS_PER_POINT, type: WidthType.DXA },
    borders: TableBorders.NONE,
  });
  return new Document({
    title: section.title.text,
    creator: "Prognos",
    styles: { default: { document: { run: { font: BODY_FONT, size: 22, language: { value: LANGUAGE[section.lang] } } } } },
    sections: [
      {
        children: [
          textParagraph(section.title, 40),
          textParagraph(section.subtitle),
          table,
          new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: section.legend.text, ...runFormat(section.legend.format, 10) })] }),
          ...section.paragraphs.map((text) => textParagraph({ text, format: {} })),
        ],
      },
    ],
  });
}

export async function sectionDocx(section: ReportSection): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(sectionDocument(section)));
}

/** The --docx step of `prognos update`: the section with the draft text, written atomically like the workbook. */
export async function writeReportDocx(report: Report, paragraphs: string[], target: string, lang: CliLang): Promise<WriteResult> {
  return saveOutput(target, await sectionDocx(buildSection(report, { lang, paragraphs })), lang);
}
