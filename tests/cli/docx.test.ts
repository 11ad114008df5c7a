// The Word document of `prognos update --docx`, read back from its package: the table's merges, alignment
// and rules, the coloured arrows in Arial, the legend and the draft text, in the document's language.
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { sectionDocx } from "../../src/cli/docx";
import { buildSection } from "../../src/section/model";
import { seedReport } from "../section/seedReport";

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: false, isArray: (name) => ["w:tr", "w:tc", "w:p", "w:r"].includes(name) });

async function packageOf(lang: "sv" | "en", paragraphs: string[] = []) {
  const bytes = await sectionDocx(buildSection(seedReport(), { lang, paragraphs }));
  const files = unzipSync(bytes);
  const xml = (name: string) => strFromU8(files[name]);
  return { bytes, names: Object.keys(files), document: xml("word/document.xml"), styles: xml("word/styles.xml") };
}

function textOf(node: unknown): string {
  if (node === null || typeof node !== "object") return "";
  const record = node as Node;
  const own = record["w:t"];
  const text = typeof own === "string" ? own : own && typeof own === "object" ? String((own as Node)["#text"] ?? "") : "";
  return text + Object.entries(record).filter(([key]) => key !== "w:t").map(([, value]) => (Array.isArray(value) ? value.map(textOf).join("") : textOf(value))).join("");
}

describe("sectionDocx", () => {
  it("is a Word package: the title, the table, the legend and the draft text in that order", async () => {
    const { bytes, names, document } = await packageOf("sv", ["Första stycket.", "Andra stycket."]);
    expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
    expect(names).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]));
    const order = ["Budgetavvikelse per verksamhetsområde", "Prognos per den 30 november 2024, tkr", "<w:tbl>", "Nämndens ram", "Pilar bredvid tabellen", "Första stycket.", "Andra stycket."];
    const positions = order.map((text) => document.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("merges the headers like the sheet, right-aligns the figures and rules the header and the total", async () => {
    const { document } = await packageOf("sv");
    const body = (parser.parse(document) as Node)["w:document"] as Node;
    const table = ((body["w:body"] as Node)["w:tbl"]) as Node;
    const rows = table["w:tr"] as Node[];
    expect(rows).toHaveLength(7);
    const cells = (row: Node) => row["w:tc"] as Node[];
    const props = (cell: Node) => (cell["w:tcPr"] ?? {}) as Node;
    // Row 1: four headers merged down over two rows, "Budgetavvikelse helår" across two columns, the arrow column.
    expect(cells(rows[0]).map(textOf)).toEqual(["Verksamhetsområde", "Budgetavvikelse jan–nov", "Kommunbidrag helår", "Prognos nettokostnad helår", "Budgetavvikelse helår", ""]);
    expect(cells(rows[0]).slice(0, 4).every((cell) => (props(cell)["w:vMerge"] as Node)?.["@w:val"] === "restart")).toBe(true);
    expect((props(cells(rows[0])[4])["w:gridSpan"] as Node)["@w:val"]).toBe("2");
    // Row 2: the continued merges, then "Tkr" and "% av KB".
    expect(cells(rows[1]).map(textOf)).toEqual(["", "", "", "", "Tkr", "% av KB", ""]);
    expect(cells(rows[1]).slice(0, 4).every((cell) => props(cell)["w:vMerge"] !== undefined)).toBe(true);
    // A figure is right-aligned; the header and the total carry a single rule.
    const figure = cells(rows[2])[2];
    expect(textOf(figure)).toBe("1\u00a0645\u00a0081");
    expect(document).toMatch(/<w:jc w:val="right"\/>(?:(?!<w:tc>).)*1\u00a0645\u00a0081/s);
    const borders = (cell: Node) => props(cell)["w:tcBorders"] as Node;
    expect((borders(cells(rows[1])[4])["w:bottom"] as Node)["@w:val"]).toBe("single");
    expect((borders(cells(rows[6])[0])["w:top"] as Node)["@w:val"]).toBe("single");
    expect((borders(cells(rows[3])[0])["w:top"] as Node)["@w:val"]).toBe("none");
    const bold = (cell: Node) => JSON.stringify(cell).includes('"w:b"');
    expect(cells(rows[6]).slice(0, 6).every(bold)).toBe(true);
    expect(rows.slice(2, 6).some((row) => cells(row).some(bold))).toBe(false);
  });

  it("writes one arrow per row as a coloured Arial character", async () => {
    const { document } = await packageOf("sv");
    const arrows = [...document.matchAll(/<w:r><w:rPr>(.*?)<\/w:rPr><w:t[^>]*>([▲▼►])<\/w:t><\/w:r>/g)].map(([, props, glyph]) => [glyph, /w:color w:val="([0-9A-F]{6})"/.exec(props)?.[1], /w:ascii="([^"]+)"/.exec(props)?.[1]]);
    expect(arrows).toEqual([
      ["▲", "00B050", "Arial"],
      ["▼", "C00000", "Arial"],
      ["►", "FFC000", "Arial"],
      ["▲", "00B050", "Arial"],
      ["►", "FFC000", "Arial"],
    ]);
  });

  it("is in the language asked for: Swedish text marked sv-SE, English marked en-GB", async () => {
    const sv = await packageOf("sv");
    expect(sv.styles).toContain('w:lang w:val="sv-SE"');
    const en = await packageOf("en");
    expect(en.styles).toContain('w:lang w:val="en-GB"');
    expect(en.document).toContain("Budget deviation per business area");
    expect(en.document).toContain("1,645,081");
    expect(en.document).not.toContain("Budgetavvikelse");
  });
});
