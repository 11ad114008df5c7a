// The package-editing save (src/headless/package/) on files made for the purpose: what kind of file the
// bytes are, a save without changes, a changed cell on a sheet of the user's (only that sheet and the
// shared parts change, styles only by appending), a refused change, and the comparison the CLI tests use.
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { createHeadlessHost, extensionFits, loadWorkbook, packageKind, PackageSaveError, saveWorkbook } from "../../src/headless";
import { asMacroWorkbook } from "../fixtures/foreignParts";
import { changedParts, missingElements, partText } from "../fixtures/packageCompare";

async function userFile(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Budget");
  sheet.getCell("A1").value = "Område";
  sheet.getCell("B2").value = 1200;
  sheet.getCell("B2").numFmt = "#,##0";
  workbook.addWorksheet("Anteckningar").getCell("A1").value = "orörd";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The package with the workbook's Override dropped and the type given as the Default for .xml, as some writers do. */
function declaredByDefault(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const types = strFromU8(parts["[Content_Types].xml"]);
  const main = /<Override PartName="\/xl\/workbook.xml" ContentType="([^"]+)"\/>/.exec(types);
  if (!main) throw new Error("the workbook's Override is missing");
  parts["[Content_Types].xml"] = strToU8(types.replace(main[0], "").replace(/<Default Extension="xml" ContentType="[^"]+"\/>/, `<Default Extension="xml" ContentType="${main[1]}"/>`));
  return zipSync(parts);
}

/** `count` list validations, each over a whole column (1 048 576 cells), as real files hold them. */
const WHOLE_COLUMN_VALIDATIONS = (count: number) =>
  `<dataValidations count="${count}">${Array.from({ length: count }, (_, i) => `<dataValidation type="list" allowBlank="1" sqref="E1:E1048576 G${i + 1}"><formula1>"Ja,Nej"</formula1></dataValidation>`).join("")}</dataValidations>`;

function withWholeColumnValidations(bytes: Uint8Array, count: number): Uint8Array {
  const parts = unzipSync(bytes);
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  parts["xl/worksheets/sheet1.xml"] = strToU8(sheet.replace(/(<\/sheetData>|<sheetData\/>)/, `$1${WHOLE_COLUMN_VALIDATIONS(count)}`));
  return zipSync(parts);
}

describe("packageKind", () => {
  it.each([
    ["an .xlsx", async () => userFile(), { kind: "workbook", macros: false, template: false }],
    ["an .xlsm", async () => asMacroWorkbook(await userFile()).bytes, { kind: "workbook", macros: true, template: false }],
    ["a workbook declared by its extension's Default", async () => declaredByDefault(await userFile()), { kind: "workbook", macros: false, template: false }],
    ["an OLE compound file", async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]), { kind: "compound" }],
    ["text", async () => new TextEncoder().encode("Område;KB\nStab;100"), { kind: "notWorkbook" }],
  ] as const)("tells %s", async (_, bytes, kind) => {
    expect(packageKind(await bytes())).toEqual(kind);
  });
});

describe("extensionFits", () => {
  it.each([
    ["rapport.xlsx", false, true],
    ["rapport.XLSX", true, false],
    ["rapport.xlsm", true, true],
    ["rapport.xlsm", false, false],
    ["mall.xltm", true, true],
    ["rapport", true, true],
  ] as const)("%s with macros %s: %s", (name, macros, fits) => {
    expect(extensionFits(name, macros)).toBe(fits);
  });
});

describe("savePackage", () => {
  it("writes back every part byte for byte when nothing changed", async () => {
    const file = await userFile();
    expect(changedParts(file, await saveWorkbook(await loadWorkbook(file)))).toEqual([]);
  });

  it("sees no change after an earlier save of the same workbook (ExcelJS stamps the models it writes)", async () => {
    const file = await userFile();
    const workbook = await loadWorkbook(file);
    await saveWorkbook(workbook);
    expect(changedParts(file, await saveWorkbook(workbook))).toEqual([]);
  });

  it("changes only the edited sheet and appends a style, keeping every original style where it was", async () => {
    const file = await userFile();
    const workbook = await loadWorkbook(file);
    const cell = workbook.getWorksheet("Budget")!.getCell("C2");
    cell.value = -300;
    cell.numFmt = "#,##0.0";
    cell.font = { bold: true };
    const saved = await saveWorkbook(workbook);
    expect(changedParts(file, saved).sort()).toEqual(["xl/styles.xml", "xl/worksheets/sheet1.xml"]);
    expect(missingElements(partText(file, "xl/styles.xml"), partText(saved, "xl/styles.xml"))).toEqual([]);
    const reread = await loadWorkbook(saved);
    const written = reread.getWorksheet("Budget")!.getCell("C2");
    expect(written.value).toBe(-300);
    expect(written.numFmt).toBe("#,##0.0");
    expect(written.font?.bold).toBe(true);
    expect(reread.getWorksheet("Budget")!.getCell("B2").numFmt).toBe("#,##0");
  });

  it("keeps the user's conditional formats and row attributes when only priorities and a height move", async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("Budget");
    sheet.getCell("A1").value = "Grain";
    sheet.getRow(2).height = 33;
    sheet.getRow(2).font = { italic: true };
    sheet.getCell("A2").value = 5;
    sheet.addConditionalFormatting({ ref: "A1:A9", rules: [{ type: "containsText", operator: "containsText", text: "Grain", priority: 1, style: { font: { bold: true } } } as ExcelJS.ConditionalFormattingRule] });
    const file = new Uint8Array(await source.xlsx.writeBuffer());
    const workbook = await loadWorkbook(file);
    const budget = workbook.getWorksheet("Budget")!;
    // What the host does when the run adds a rule: Excel moves the sheet's other rules down one.
    const model = budget as unknown as { conditionalFormattings: Array<{ rules: Array<{ priority: number }> }> };
    model.conditionalFormattings.forEach((format) => format.rules.forEach((rule) => (rule.priority += 1)));
    budget.getRow(2).height = 18;
    const saved = await saveWorkbook(workbook);
    const before = partText(file, "xl/worksheets/sheet1.xml");
    const after = partText(saved, "xl/worksheets/sheet1.xml");
    expect(cfRules(after)).toEqual(cfRules(before));
    const row2 = (xml: string) => /<row r="2"[^>]*>/.exec(xml)?.[0] ?? "";
    expect(row2(after)).toMatch(/ht="18"/);
    expect(/ s="(\d+)"/.exec(row2(after))?.[1]).toBe(/ s="(\d+)"/.exec(row2(before))?.[1]);
  });

  it("keeps the style of a row without cells when the run writes the row's first cell (ExcelJS's model has no such row)", async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("Budget");
    sheet.getCell("A1").value = "Område";
    sheet.getCell("A1").font = { italic: true };
    const parts = unzipSync(new Uint8Array(await source.xlsx.writeBuffer()));
    const xml = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    const style = /<c r="A1" s="(\d+)"/.exec(xml)![1];
    // As Excel writes a row formatted as a whole that holds no cell.
    const styledRow = `<row r="2" s="${style}" customFormat="1"/>`;
    parts["xl/worksheets/sheet1.xml"] = strToU8(xml.replace("</sheetData>", `${styledRow}</sheetData>`));
    const file = zipSync(parts);
    const host = createHeadlessHost(await loadWorkbook(file));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Budget").getRange("D2").values = [[5]];
      await context.sync();
    });
    const after = partText(await saveWorkbook(host.workbook), "xl/worksheets/sheet1.xml");
    expect(/<row r="2"[^>]*>/.exec(after)?.[0]).toBe(styledRow.replace("/>", ">"));
  });

  it("sees no change after the host read a sheet's used range with its formats (the read creates no rows or cells)", async () => {
    const file = await userFile();
    const host = createHeadlessHost(await loadWorkbook(file));
    await host.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Budget").getUsedRangeOrNullObject(false).load("address");
      await context.sync();
      expect(used.address).toBe("Budget!A1:B2");
    });
    expect(changedParts(file, await saveWorkbook(host.workbook))).toEqual([]);
  });

  it("reads a sheet with validations over whole columns without expanding them, and keeps them byte for byte", async () => {
    const file = withWholeColumnValidations(await userFile(), 300);
    const workbook = await loadWorkbook(file);
    workbook.getWorksheet("Budget")!.getCell("C3").value = 7;
    const saved = await saveWorkbook(workbook);
    expect(changedParts(file, saved).filter((name) => name !== "xl/styles.xml")).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(partText(saved, "xl/worksheets/sheet1.xml")).toContain(WHOLE_COLUMN_VALIDATIONS(300));
    expect(missingElements(partText(file, "xl/worksheets/sheet1.xml"), partText(saved, "xl/worksheets/sheet1.xml"))).toEqual([]);
  });

  it("refuses, naming the sheet, when the run changed what it cannot patch", async () => {
    const workbook = await loadWorkbook(await userFile());
    // ExcelJS's typings leave out the sheet's validations, which it reads and writes.
    const sheet = workbook.getWorksheet("Anteckningar") as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };
    sheet.dataValidations.add("A2", { type: "list", allowBlank: true, formulae: ['"Ja,Nej"'] });
    await expect(saveWorkbook(workbook)).rejects.toThrow(PackageSaveError);
    await expect(saveWorkbook(workbook)).rejects.toThrow(/Anteckningar/);
  });
});

/** Every `<cfRule …>` start tag of a sheet's XML, in order. */
const cfRules = (xml: string) => xml.match(/<cfRule [^>]*>/g) ?? [];
// Text as the parser reads it: the save serialises the sheet anew, and `&quot;` in text comes out as `"`.
const formatElements = (xml: string) => (xml.match(/<conditionalFormatting [^>]*>[\s\S]*?<\/conditionalFormatting>/g) ?? []).map((element) => element.replace(/&quot;/g, '"'));

/** A sheet "Budget" with two conditional formats of the user's, at priorities 1 and 2, over A1:A9 and C1:C9. */
async function fileWithFormats(): Promise<Uint8Array> {
  const source = new ExcelJS.Workbook();
  const sheet = source.addWorksheet("Budget");
  for (let row = 1; row <= 9; row++) sheet.getCell(`A${row}`).value = row;
  sheet.addConditionalFormatting({ ref: "A1:A9", rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["5"], priority: 1, style: { font: { bold: true } } } as ExcelJS.ConditionalFormattingRule] });
  sheet.addConditionalFormatting({ ref: "C1:C9", rules: [{ type: "containsText", operator: "containsText", text: "x", priority: 2, style: { font: { italic: true } } } as ExcelJS.ConditionalFormattingRule] });
  return new Uint8Array(await source.xlsx.writeBuffer());
}

/** The report's icon set, added as update.ts adds it, on `address` of Budget; `clear` first clears its formats as a re-run does. */
async function addIconSet(host: ReturnType<typeof createHeadlessHost>, address: string, clear = false): Promise<void> {
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Budget").getRange(address);
    if (clear) range.conditionalFormats.clearAll();
    range.conditionalFormats.add("IconSet").iconSet.style = "ThreeArrows";
    await context.sync();
  });
}

describe("savePackage and the user's conditional formats (issue 16)", () => {
  it("keeps every rule of the file byte for byte and gives the run's rules priorities after them, newest first as Excel orders them", async () => {
    const file = await fileWithFormats();
    const host = createHeadlessHost(await loadWorkbook(file));
    await addIconSet(host, "E1:E9");
    await addIconSet(host, "F1:F9");
    const before = partText(file, "xl/worksheets/sheet1.xml");
    const after = partText(await saveWorkbook(host.workbook), "xl/worksheets/sheet1.xml");
    expect(formatElements(after).slice(0, 2)).toEqual(formatElements(before));
    expect(missingElements(before, after)).toEqual([]);
    // The later add is the first in Excel's order: it keeps precedence over the earlier one, below the user's.
    const priority = (ref: string) => new RegExp(`<conditionalFormatting sqref="${ref}"><cfRule [^>]*priority="(\\d+)"`).exec(after)?.[1];
    expect([priority("F1:F9"), priority("E1:E9")]).toEqual(["3", "4"]);
  });

  it("sees no change in them after an earlier save of the same workbook (ExcelJS stamps its dxfId and ref on the rules it writes)", async () => {
    const file = await fileWithFormats();
    const workbook = await loadWorkbook(file);
    await saveWorkbook(workbook);
    expect(changedParts(file, await saveWorkbook(workbook))).toEqual([]);
  });

  it("keeps a rule of the user's whole when the run adds one over the same cells", async () => {
    const file = await fileWithFormats();
    const host = createHeadlessHost(await loadWorkbook(file));
    await addIconSet(host, "A1:A9");
    const before = partText(file, "xl/worksheets/sheet1.xml");
    const after = partText(await saveWorkbook(host.workbook), "xl/worksheets/sheet1.xml");
    expect(formatElements(after).slice(0, 2)).toEqual(formatElements(before));
    expect(formatElements(after)[2]).toMatch(/^<conditionalFormatting sqref="A1:A9"><cfRule type="iconSet" priority="3"/);
  });

  it("cuts the cells the run cleared out of a rule of the user's, and changes nothing else of it", async () => {
    const file = await fileWithFormats();
    const host = createHeadlessHost(await loadWorkbook(file));
    await addIconSet(host, "A5:A9", true);
    const before = partText(file, "xl/worksheets/sheet1.xml");
    const after = partText(await saveWorkbook(host.workbook), "xl/worksheets/sheet1.xml");
    expect(formatElements(after).slice(0, 2)).toEqual([formatElements(before)[0].replace('sqref="A1:A9"', 'sqref="A1:A4"'), formatElements(before)[1]]);
    expect(formatElements(after)[2]).toMatch(/^<conditionalFormatting sqref="A5:A9"><cfRule type="iconSet" priority="3"/);
  });
});

describe("missingElements", () => {
  const before = '<styleSheet><fonts count="2"><font><b/></font><font><i/></font></fonts><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>';
  it("accepts additions and a grown count", () => {
    expect(missingElements(before, '<styleSheet><fonts count="3"><font><b/></font><font><i/></font><font><u/></font></fonts><cellXfs count="1"><xf numFmtId="0"/></cellXfs><dxfs/></styleSheet>')).toEqual([]);
  });
  it("finds a removed, a reordered and a changed element", () => {
    expect(missingElements(before, '<styleSheet><fonts count="1"><font><b/></font></fonts><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>')).toEqual(["children of <fonts> #1"]);
    expect(missingElements(before, '<styleSheet><fonts count="2"><font><i/></font><font><b/></font></fonts><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>')).toEqual(["children of <fonts> #1"]);
    expect(missingElements(before, '<styleSheet><fonts count="2" x="1"><font><b/></font><font><i/></font></fonts></styleSheet>')).toEqual(["<fonts> #1 changed", "<cellXfs> #1"]);
  });
});
