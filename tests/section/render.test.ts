// The section as clipboard HTML and plain text: the table's spans, alignment, rules and coloured arrows
// in inline styles (Chromium's clipboard drops <style>), hostile area names as text, tab-separated text.
import { escapeHtml, sectionHtml } from "../../src/section/html";
import { buildSection } from "../../src/section/model";
import { sectionText } from "../../src/section/text";
import { reportOf } from "../engine/narrativeReport";
import { seedReport } from "./seedReport";

interface Cell {
  attributes: string;
  style: string;
  content: string;
}

/** The <td>s of each <tr>: enough of a parser for HTML this module writes itself. */
function tableOf(html: string): Cell[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<td([^>]*?) style="([^"]*)">(.*?)<\/td>/g)].map(([, attributes, style, content]) => ({ attributes: attributes.replace(/ width="\d+"/, ""), style, content })),
  );
}

const paragraphs = ["För hela 2024 prognostiseras ett nollresultat.", "Helårsprognosen är oförändrad."];

describe("sectionHtml", () => {
  const html = sectionHtml(buildSection(seedReport(), { lang: "sv", paragraphs }));
  const rows = tableOf(html);

  it("is one HTML document in UTF-8 with inline styles only", () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">/);
    expect(html).not.toMatch(/<style|class=/);
    expect(html).toContain('<p style="margin-top:0pt;margin-bottom:2pt;margin-left:0;margin-right:0;font-family:Calibri, Arial, sans-serif;font-size:13pt;font-weight:bold">Budgetavvikelse per verksamhetsområde</p>');
    expect(html).toMatch(/<p style="[^"]*font-size:11pt;font-style:italic">Prognos per den 30 november 2024, tkr<\/p>/);
  });

  it("has the two header rows with their spans and the rule under them", () => {
    expect(rows).toHaveLength(7);
    expect(rows[0].map((cell) => [cell.attributes, cell.content])).toEqual([
      [' rowspan="2"', "Verksamhetsområde"],
      [' rowspan="2"', "Budgetavvikelse jan–nov"],
      [' rowspan="2"', "Kommunbidrag helår"],
      [' rowspan="2"', "Prognos nettokostnad helår"],
      [' colspan="2"', "Budgetavvikelse helår"],
      ["", ""],
    ]);
    expect(rows[1].map((cell) => cell.content)).toEqual(["Tkr", "% av KB", ""]);
    expect(rows[0].slice(0, 4).every((cell) => cell.style.includes("border-bottom:1pt solid #000000") && cell.style.includes("font-weight:bold"))).toBe(true);
    expect(rows[0][4].style).toContain("text-align:center");
    expect(rows[0][4].style).not.toContain("border-bottom");
  });

  it("gives the body's cells their widths, in points and as the pixels of the width attribute", () => {
    const widths = buildSection(seedReport(), { lang: "sv", paragraphs: [] }).columnWidths;
    const cells = [...html.matchAll(/<td width="(\d+)" style="[^"]*?width:(\d+)pt/g)].map(([, pixels, points]) => [Number(pixels), Number(points)]);
    expect(cells).toHaveLength(5 * 7);
    expect(cells.slice(0, 7).map(([, points]) => points)).toEqual(widths);
    for (const [pixels, points] of cells) expect(Math.abs(pixels - (points * 4) / 3)).toBeLessThanOrEqual(0.5);
  });

  it("right-aligns the figures, bolds the total under its rule, and colours one arrow per row", () => {
    expect(rows[2][2]).toMatchObject({ content: "1\u00a0645\u00a0081" });
    expect(rows[2][2].style).toContain("text-align:right");
    expect(rows[2][0].style).not.toContain("text-align");
    expect(rows[6].slice(0, 6).every((cell) => cell.style.includes("font-weight:bold") && cell.style.includes("border-top:1pt solid #000000"))).toBe(true);
    const arrows = rows.slice(2).map((row) => row[6].content);
    expect(arrows).toEqual([
      '<span style="font-family:Arial;color:#00B050" title="Förbättrad">▲</span>',
      '<span style="font-family:Arial;color:#C00000" title="Försämrad">▼</span>',
      '<span style="font-family:Arial;color:#FFC000" title="Oförändrad">►</span>',
      '<span style="font-family:Arial;color:#00B050" title="Förbättrad">▲</span>',
      '<span style="font-family:Arial;color:#FFC000" title="Oförändrad">►</span>',
    ]);
  });

  it("ends with the legend and the draft paragraphs, or without the draft", () => {
    const after = html.slice(html.indexOf("</table>"));
    expect(after).toMatch(/font-style:italic[^>]*>Pilar bredvid tabellen visar/);
    expect(after.indexOf(paragraphs[0])).toBeGreaterThan(after.indexOf("Pilar bredvid"));
    expect(after.indexOf(paragraphs[1])).toBeGreaterThan(after.indexOf(paragraphs[0]));
    const without = sectionHtml(buildSection(seedReport(), { lang: "sv", paragraphs: [] }));
    expect(without).not.toContain(paragraphs[0]);
    expect(without).toContain("Pilar bredvid");
  });

  it("writes hostile area names as text", () => {
    const report = reportOf([{ area: '<img src=x onerror="alert(1)">&amp;', grant: 100, forecastNetCost: 90 }]);
    const hostile = sectionHtml(buildSection(report, { lang: "sv", paragraphs: ["<script>alert(2)</script>"] }));
    expect(hostile).not.toMatch(/<img|<script/);
    expect(hostile).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;amp;");
    expect(escapeHtml(`a<b>&"'`)).toBe("a&#60;b&#62;&#38;&#34;&#39;");
  });
});

describe("sectionText", () => {
  it("is the title, the table as tab-separated rows with each arrow's word, the legend and the draft", () => {
    const text = sectionText(buildSection(seedReport(), { lang: "sv", paragraphs }));
    const lines = text.split("\n");
    expect(lines.slice(0, 3)).toEqual(["Budgetavvikelse per verksamhetsområde", "Prognos per den 30 november 2024, tkr", ""]);
    expect(lines[3].split("\t")).toEqual(["Verksamhetsområde", "Budgetavvikelse jan–nov", "Kommunbidrag helår", "Prognos nettokostnad helår", "Budgetavvikelse helår"]);
    expect(lines[4].split("\t")).toEqual(["", "", "", "", "Tkr", "% av KB"]);
    expect(lines[5].split("\t")).toEqual(["Arbetsmarknad och ekonomiskt bistånd", "56\u00a0758", "1\u00a0645\u00a0081", "-1\u00a0593\u00a0981", "51\u00a0100", "3,1%", "▲ Förbättrad"]);
    expect(lines[9].split("\t")).toEqual(["Nämndens ram", "31\u00a0462", "4\u00a0209\u00a0890", "-4\u00a0209\u00a0890", "0", "0,0%", "► Oförändrad"]);
    expect(lines[10]).toBe("");
    expect(lines[11]).toMatch(/^Pilar bredvid tabellen/);
    expect(lines.slice(12)).toEqual(["", paragraphs[0], "", paragraphs[1]]);
  });
});
