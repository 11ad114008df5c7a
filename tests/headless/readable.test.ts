// What ExcelJS is given to read (src/headless/package/readable.ts): the file without the validations it
// would expand cell by cell, and the file itself when there are none.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readableCopy, sqrefCells, VALIDATION_CELL_LIMIT, withoutHugeValidations } from "../../src/headless/package/readable";

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
