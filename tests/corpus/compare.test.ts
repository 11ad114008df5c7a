// The corpus harness's own checks (scripts/corpus/): the part comparison must catch every kind of loss
// issue 16 names, and the input sheet it adds must leave the public file's parts as they were.
import { strToU8 } from "fflate";
import { comparePackages, compareUsersSheet, isFaithful, problemsOf } from "../../scripts/corpus/compare";
import { detectFeatures, readParts, type Parts } from "../../scripts/corpus/features";
import { injectInput } from "../../scripts/corpus/inject";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WS = `${R}/worksheet`;

function workbookXml(sheets: string, extra = "", prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  return `<?xml version="1.0"?><${p}workbook xmlns${prefix ? `:${prefix}` : ""}="${MAIN}" xmlns:r="${R}"><${p}workbookProtection lockStructure="1"/><${p}sheets>${sheets}</${p}sheets>${extra}<${p}calcPr calcMode="manual"/></${p}workbook>`;
}

function basePackage(prefix = ""): Parts {
  const p = prefix ? `${prefix}:` : "";
  return new Map(Object.entries({
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": workbookXml(`<${p}sheet name="Data" sheetId="1" r:id="rId1"/>`, "", prefix),
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${WS}" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><cellXfs count="1"><xf numFmtId="0" fontId="0"/></cellXfs></styleSheet>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1" hidden="1"><c r="A1" t="e"><v>#NAME?</v></c></row></sheetData><dataValidations count="1"><dataValidation type="list" sqref="B1"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>`,
    "xl/vbaProject.bin": "binary",
  }).map(([name, text]) => [name, strToU8(text)]));
}

function edited(parts: Parts, changes: Record<string, string | null>): Parts {
  const copy = new Map(parts);
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) copy.delete(name);
    else copy.set(name, strToU8(text));
  }
  return copy;
}

/** The output of a faithful run: a sheet Rapport with its own rels and a chart, added to the shared parts. */
function withReport(parts: Parts): Parts {
  return edited(parts, {
    "xl/workbook.xml": workbookXml(`<sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Rapport" sheetId="2" r:id="rId9"/>`, `<definedNames><definedName name="PrognosRapport">Rapport!$A$1:$G$9</definedName></definedNames>`),
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${WS}" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId9" Type="${WS}" Target="worksheets/sheet2.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="3" fontId="1"/></cellXfs></styleSheet>`,
    "xl/worksheets/sheet2.xml": `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData/><drawing r:id="rId1"/></worksheet>`,
    "xl/worksheets/_rels/sheet2.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    "xl/drawings/drawing1.xml": `<?xml version="1.0"?><wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`,
    "xl/drawings/_rels/drawing1.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    "xl/charts/chart1.xml": `<?xml version="1.0"?><chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`,
  });
}

describe("comparePackages", () => {
  const input = basePackage();

  it("accepts a run that adds Prognos' sheet, chart and styles and keeps every other byte", () => {
    const result = comparePackages(input, withReport(input));
    expect(problemsOf(result)).toEqual([]);
    expect(isFaithful(result)).toBe(true);
    expect(result.newSheets).toEqual(["Rapport"]);
    expect(result.ownedNew).toEqual(expect.arrayContaining(["xl/worksheets/sheet2.xml", "xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "xl/worksheets/_rels/sheet2.xml.rels"]));
    expect(result.sharedAdditions).toEqual(expect.arrayContaining(["xl/workbook.xml: sheet, definedNames", "xl/styles.xml: font, xf"]));
  });

  it("reports a changed byte in a part the run does not own", () => {
    const output = edited(withReport(input), { "xl/worksheets/sheet1.xml": new TextDecoder().decode(input.get("xl/worksheets/sheet1.xml")).replace("#NAME?", "NaN") });
    expect(problemsOf(comparePackages(input, output))).toEqual(["bytes changed xl/worksheets/sheet1.xml"]);
  });

  it("reports a dropped part, such as the VBA project", () => {
    expect(problemsOf(comparePackages(input, edited(withReport(input), { "xl/vbaProject.bin": null })))).toEqual(["missing xl/vbaProject.bin"]);
  });

  it("reports an element removed from a shared part: the workbook's structure lock", () => {
    const output = edited(withReport(input), { "xl/workbook.xml": workbookXml(`<sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Rapport" sheetId="2" r:id="rId9"/>`).replace(`<workbookProtection lockStructure="1"/>`, "") });
    const [loss] = comparePackages(input, output).sharedLosses;
    expect(loss.part).toBe("xl/workbook.xml");
    expect(loss.difference).toContain("workbookProtection");
  });

  it("reports a changed attribute of a shared part (manual calculation made automatic), but not a changed count", () => {
    const output = edited(withReport(input), { "xl/workbook.xml": new TextDecoder().decode(withReport(input).get("xl/workbook.xml")).replace('calcMode="manual"', 'calcMode="auto"') });
    expect(problemsOf(comparePackages(input, output))).toEqual(['xl/workbook.xml lost /workbook/calcPr: @calcMode "manual" → "auto"']);
  });

  it("reports original elements that moved: an index in styles.xml shifted by an insertion is a loss", () => {
    const output = edited(withReport(input), { "xl/styles.xml": `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts count="2"><font><b/></font><font><sz val="10"/><name val="Arial"/></font></fonts><cellXfs count="1"><xf numFmtId="0" fontId="0"/></cellXfs></styleSheet>` });
    expect(comparePackages(input, output).sharedLosses).toEqual([{ part: "xl/styles.xml", difference: expect.stringContaining("/styleSheet/fonts/font") }]);
  });

  it("reports a new part that belongs to no sheet Prognos owns", () => {
    const output = edited(withReport(input), { "xl/comments9.xml": "<comments/>" });
    expect(problemsOf(comparePackages(input, output))).toEqual(["foreign new part xl/comments9.xml"]);
  });

  it("does not count a sheet named Rapport that the file already had as Prognos'", () => {
    const withUsersReport = withReport(input);
    const output = edited(withUsersReport, { "xl/comments9.xml": "<comments/>" });
    expect(comparePackages(withUsersReport, output).foreignNew).toEqual(["xl/comments9.xml"]);
  });
});

describe("compareUsersSheet", () => {
  const sheet = (cols: string, row1: string) => strToU8(`<worksheet xmlns="${MAIN}"><dimension ref="A1:B2"/><cols>${cols}</cols><sheetData>${row1}<row r="2" hidden="1"><c r="A2"><v>1</v></c></row></sheetData></worksheet>`);
  const before = sheet(`<col min="1" max="1025" width="11.5" style="0"/>`, `<row r="1"><c r="A1"><v>2</v></c></row>`);

  it("accepts a column span split so that the report's columns (from D) get their widths, and the report's cells", () => {
    const after = sheet(`<col min="1" max="3" width="11.5" style="0"/><col min="4" max="4" width="48" customWidth="1"/><col min="5" max="1025" width="11.5" style="0"/>`, `<row r="1"><c r="A1"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Rubrik</t></is></c></row>`);
    expect(compareUsersSheet(before, after, 4)).toEqual({ ok: true, additions: ["/worksheet/sheetData/row/c"] });
  });

  it("reports a width changed left of the report, and a row of the user's given another height", () => {
    const narrower = sheet(`<col min="1" max="1" width="8"/><col min="2" max="1025" width="11.5" style="0"/>`, `<row r="1"><c r="A1"><v>2</v></c></row>`);
    expect(compareUsersSheet(before, narrower, 4).difference).toBe('/worksheet/cols: column 1 "style=0 width=11.5" → "width=8"');
    const taller = strToU8(new TextDecoder().decode(before).replace('<row r="2" hidden="1">', '<row r="2" ht="18" customHeight="1">'));
    expect(compareUsersSheet(before, taller, 4).difference).toBe('/worksheet/sheetData/row: @hidden "1" → removed');
  });
});

describe("injectInput", () => {
  it.each(["", "x"])("adds only the controllers' sheet (main namespace prefix %j), every other part as it was", (prefix) => {
    const input = basePackage(prefix);
    const injected = injectInput(input);
    if ("error" in injected) throw new Error(injected.error);
    const output = readParts(injected.bytes);
    const result = comparePackages(input, output);
    expect(result.newSheets).toEqual(["Controller"]);
    // Not Prognos' (the controllers' sheet is the user's), so it is the only "foreign" part, and nothing else moved.
    expect(result.foreignNew).toEqual([injected.part]);
    expect([...result.missing, ...result.changed, ...result.sharedLosses.map((l) => l.part)]).toEqual([]);
    expect(new TextDecoder().decode(output.get("xl/workbook.xml"))).toContain(`<${prefix ? "x:" : ""}sheet name="Controller" sheetId="2" r:id="rIdPrognosInput1"/></${prefix ? "x:" : ""}sheets>`);
    expect(new TextDecoder().decode(output.get(injected.part))).toContain("Arbetsmarknad och ekonomiskt bistånd");
  });
});

it("keeps the byte-order mark of the parts it adds to", () => {
  const input = edited(basePackage(), { "[Content_Types].xml": `\uFEFF${new TextDecoder().decode(basePackage().get("[Content_Types].xml"))}` });
  expect([...input.get("[Content_Types].xml")!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const injected = injectInput(input);
  if ("error" in injected) throw new Error(injected.error);
  expect([...readParts(injected.bytes).get("[Content_Types].xml")!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

describe("detectFeatures", () => {
  it("finds what the parts hold and nothing they do not", () => {
    const found = detectFeatures(basePackage());
    expect(found).toEqual(expect.arrayContaining(["dataValidation", "errorCell", "hiddenRow", "workbookProtection", "manualCalc", "vba", "defaultFontNotCalibri11"]));
    expect(found).not.toEqual(expect.arrayContaining(["x14DataValidation"]));
    expect(found).not.toContain("notes");
    expect(found).not.toContain("chart");
  });
});
