// What ExcelJS is given to read (src/headless/package/readable.ts): the file without the validations it
// would expand cell by cell and the table filter criteria it throws on, and the file itself when there are none.
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readableCopy, sqrefCells, VALIDATION_CELL_LIMIT, withDefaultNamespace, withoutFilterColumns, withoutHugeValidations } from "../../src/headless/package/readable";

describe("sqrefCells", () => {
  it.each([
    ["A1", 1],
    ["A1:B2", 4],
    ["$A$1:$B$2", 4],
    ["B2:A1", 4],
    ["A1:A1048576", 1_048_576],
    ["A:A", 1_048_576],
    ["A:C", 3 * 1_048_576],
    ["1:2", 2 * 16_384],
    ["A1 C3:C4  E5", 4],
    ["", 0],
    ["nonsense!", Number.POSITIVE_INFINITY],
  ])("%j → %d cells", (sqref, cells) => {
    expect(sqrefCells(sqref)).toBe(cells);
  });
});

describe("withoutHugeValidations", () => {
  const small = `<dataValidation type="list" sqref="B2:B10"><formula1>"a,b"</formula1></dataValidation>`;
  const huge = `<dataValidation type="whole" sqref="C1:C1048576"><formula1>0</formula1></dataValidation>`;
  const prefixed = `<x:dataValidation sqref="D:D"/>`;

  it("removes only the validations over the limit, with or without a prefix, and keeps the rest as written", () => {
    const xml = `<worksheet><sheetData/><dataValidations count="3">${small}${huge}${prefixed}</dataValidations></worksheet>`;
    expect(withoutHugeValidations(xml)).toBe(`<worksheet><sheetData/><dataValidations count="3">${small}</dataValidations></worksheet>`);
  });

  it("gives null when nothing is over the limit (the part is then read as it is)", () => {
    expect(withoutHugeValidations(`<worksheet><dataValidations count="1">${small}</dataValidations></worksheet>`)).toBeNull();
    expect(withoutHugeValidations("<worksheet><sheetData/></worksheet>")).toBeNull();
  });

  it("keeps a validation of exactly the limit", () => {
    const edge = `<dataValidation sqref="A1:A${VALIDATION_CELL_LIMIT}"/>`;
    expect(withoutHugeValidations(`<worksheet>${edge}</worksheet>`)).toBeNull();
  });
});

describe("readableCopy", () => {
  const zip = (sheet: string) => zipSync({ "xl/worksheets/sheet1.xml": strToU8(sheet), "xl/workbook.xml": strToU8("<workbook/>") });

  it("is the same bytes when no sheet has a huge validation", () => {
    const bytes = zip("<worksheet><sheetData/></worksheet>");
    expect(readableCopy(bytes)).toBe(bytes);
  });

  it("is a copy without the huge validation, every other part as it was", () => {
    const copy = unzipSync(readableCopy(zip(`<worksheet><dataValidations count="1"><dataValidation sqref="A:A"/></dataValidations></worksheet>`)));
    expect(strFromU8(copy["xl/worksheets/sheet1.xml"])).toBe(`<worksheet><dataValidations count="1"></dataValidations></worksheet>`);
    expect(strFromU8(copy["xl/workbook.xml"])).toBe("<workbook/>");
  });

  it("gives bytes that are no zip back as they are, for the reader to refuse", () => {
    const text = strToU8("not a workbook");
    expect(readableCopy(text)).toBe(text);
  });
});

describe("withoutFilterColumns", () => {
  it("removes a table's filter criteria, with or without a prefix, and keeps its autoFilter", () => {
    const xml = `<table><autoFilter ref="A1:B9"><filterColumn colId="0"><iconFilter iconSet="3TrafficLights1" iconId="1"/></filterColumn><x:filterColumn colId="1"/></autoFilter><tableColumns count="2"/></table>`;
    expect(withoutFilterColumns(xml)).toBe(`<table><autoFilter ref="A1:B9"></autoFilter><tableColumns count="2"/></table>`);
  });

  it("gives null for a table without criteria", () => {
    expect(withoutFilterColumns(`<table><autoFilter ref="A1:B9"/></table>`)).toBeNull();
  });
});

describe("a table with an icon filter, as Excel writes it", () => {
  async function workbookWithIconFilter(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addTable({ name: "Areas", ref: "A1", columns: [{ name: "Område", filterButton: true }, { name: "Belopp", filterButton: true }], rows: [["Individ och familj", -67000], ["Stab", 60900]] });
    const parts = unzipSync(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    const table = Object.keys(parts).find((name) => /^xl\/tables\/[^/]+\.xml$/.test(name)) as string;
    const xml = strFromU8(parts[table]).replace(/<filterColumn colId="1"[^>]*\/>/, `<filterColumn colId="1"><iconFilter iconSet="3TrafficLights1" iconId="1"/></filterColumn>`);
    expect(xml).toContain("iconFilter");
    return zipSync({ ...parts, [table]: strToU8(xml) });
  }

  it("makes ExcelJS throw, and its readable copy is read with the table's cells", async () => {
    const bytes = await workbookWithIconFilter();
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)).rejects.toThrow(/iconFilter/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readableCopy(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("Data")?.getCell("B2").value).toBe(-67000);
  });
});

describe("withDefaultNamespace", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  it("makes the root's prefix the default namespace, keeping the declaration and other prefixes", () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="rel" xmlns:x="${MAIN}"><x:sheets><x:sheet name="A" r:id="rId1" /></x:sheets><x:definedNames /></x:workbook>`;
    expect(withDefaultNamespace(xml)).toBe(`\uFEFF<?xml version="1.0" encoding="utf-8"?><workbook xmlns:r="rel" xmlns="${MAIN}" xmlns:x="${MAIN}"><sheets><sheet name="A" r:id="rId1" /></sheets><definedNames /></workbook>`);
  });

  it.each([
    ["an unprefixed root", `<workbook xmlns="${MAIN}"><sheets/></workbook>`],
    ["a root with a default namespace beside its prefix", `<x:workbook xmlns="other" xmlns:x="${MAIN}"/>`],
    ["a prefix the root does not declare", `<x:workbook><x:sheets/></x:workbook>`],
    ["docProps/core.xml, which ExcelJS reads with its prefixes", `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"><cp:keywords/></cp:coreProperties>`],
  ])("leaves %s alone", (_, xml) => {
    expect(withDefaultNamespace(xml)).toBeNull();
  });
});

describe("readableCopy of prefixed parts", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text)]);

  it("reads a prefixed part after a byte-order mark with the default namespace, and leaves an unprefixed one", () => {
    const workbook = `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="${MAIN}"><x:sheets/></x:workbook>`;
    const strings = `<sst xmlns="${MAIN}"><si><t>Individ och familj</t></si></sst>`;
    const copy = unzipSync(readableCopy(zipSync({ "xl/workbook.xml": bom(workbook), "xl/sharedStrings.xml": strToU8(strings) })));
    expect(strFromU8(copy["xl/workbook.xml"])).toContain(`<workbook xmlns="${MAIN}" xmlns:x="${MAIN}"><sheets/></workbook>`);
    expect(strFromU8(copy["xl/sharedStrings.xml"])).toBe(strings);
  });

  it("is the same bytes when no part has a prefixed root", () => {
    const bytes = zipSync({ "xl/workbook.xml": bom(`<workbook xmlns="${MAIN}"/>`), "xl/sharedStrings.xml": strToU8(`<sst xmlns="${MAIN}"/>`) });
    expect(readableCopy(bytes)).toBe(bytes);
  });
});
