// The command line changes only what Prognos owns (issue 16): on a workbook with a sheet of LibreOffice's
// holding a chart and a note, and on an .xlsm, `prognos update` and `import-baseline` keep every other part
// byte for byte, in place and with --out, and change the shared parts only by addition. Files that are
// no workbook, or that the reader cannot read, get a message that names the file and says what to do.
import type ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { compareUsersSheet } from "../../scripts/corpus/compare";
import { changedParts, missingElements, partText, partsOf, SHARED_PARTS } from "../fixtures/packageCompare";
import { asMacroWorkbook, FOREIGN_SHEET_PARTS, MACRO_WORKBOOK_TYPE, VBA_PART, withLibreOfficeSheet } from "../fixtures/foreignParts";
import { ensureCliBuilt, openWorkbook, prognos, tempFolder, writeSeedWorkbook } from "./prognos";

jest.setTimeout(180_000);

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  await ensureCliBuilt();
});
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
});
afterEach(async () => {
  await cleanup();
});

const at = (name: string) => path.join(dir, name);

async function seedBytes(options: { october?: boolean } = {}): Promise<Uint8Array> {
  await writeSeedWorkbook(at("seed.xlsx"), undefined, options);
  return readFile(at("seed.xlsx"));
}

/** Every shared part of `before` that lost or reordered an original element, with what. */
function sharedPartProblems(before: Uint8Array, after: Uint8Array): string[] {
  const old = partsOf(before);
  return SHARED_PARTS.filter((name) => old.has(name)).flatMap((name) => missingElements(partText(before, name), partText(after, name)).map((what) => `${name}: ${what}`));
}

function expectOnlySharedPartsChanged(before: Uint8Array, after: Uint8Array): void {
  expect(changedParts(before, after).filter((name) => !SHARED_PARTS.includes(name))).toEqual([]);
  expect(sharedPartProblems(before, after)).toEqual([]);
}

describe("prognos update on a workbook with a chart and a note it does not own", () => {
  it("updates in place: the report and its chart are written, every other part is byte for byte the same", async () => {
    const before = withLibreOfficeSheet(await seedBytes());
    await writeFile(at("rapport.xlsx"), before);
    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const after = await readFile(at("rapport.xlsx"));
    expectOnlySharedPartsChanged(before, after);
    for (const part of Object.values(FOREIGN_SHEET_PARTS)) expect(partsOf(after).has(part)).toBe(true);
    // Prognos' own chart is a part of its own beside LibreOffice's.
    const charts = [...partsOf(after).keys()].filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(2);
    const workbook = await openWorkbook(at("rapport.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Controller", "Diagram", "Rapport", "Prognoshistorik"]));
  });

  it("writes a copy with --out that keeps the same, and leaves the original alone", async () => {
    const before = withLibreOfficeSheet(await seedBytes());
    await writeFile(at("rapport.xlsx"), before);
    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--out", at("kopia.xlsx")]);
    expect(run.code).toBe(0);
    expect(Buffer.compare(await readFile(at("rapport.xlsx")), Buffer.from(before))).toBe(0);
    expectOnlySharedPartsChanged(before, await readFile(at("kopia.xlsx")));
  });

  it("a second run changes only Prognos' own parts again, and replaces its chart instead of adding one", async () => {
    await writeFile(at("rapport.xlsx"), withLibreOfficeSheet(await seedBytes()));
    expect((await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30"])).code).toBe(0);
    const first = await readFile(at("rapport.xlsx"));
    expect((await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30"])).code).toBe(0);
    const second = await readFile(at("rapport.xlsx"));
    const foreign = Object.values(FOREIGN_SHEET_PARTS) as string[];
    expect(changedParts(first, second).filter((name) => foreign.includes(name))).toEqual([]);
    expect([...partsOf(second).keys()].filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(2);
  });

  it("import-baseline keeps them too", async () => {
    const before = withLibreOfficeSheet(await seedBytes({ october: true }));
    await writeFile(at("rapport.xlsx"), before);
    const run = await prognos(["import-baseline", at("rapport.xlsx"), "--range", "Oktober!A3:D8", "--period", "2024-10"]);
    expect(run.code).toBe(0);
    expectOnlySharedPartsChanged(before, await readFile(at("rapport.xlsx")));
  });
});

describe("prognos update into a sheet of the user's", () => {
  // The report beside the controllers' table, in rows the economist sized and with a conditional format of
  // theirs: the sheet may gain only the report's cells, merges, conditional formats and column widths; the
  // rows keep their heights and the economist's rule its priority, run after run.
  it("keeps every row's height and attributes, the user's conditional format, and the rest of the sheet, as they were", async () => {
    await writeSeedWorkbook(at("seed.xlsx"));
    const workbook = await openWorkbook(at("seed.xlsx"));
    const controller = workbook.getWorksheet("Controller")!;
    for (let row = 1; row <= 20; row++) controller.getRow(row).height = 16.5;
    controller.addConditionalFormatting({ ref: "B4:B9", rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0"], priority: 1, style: { font: { color: { argb: "FFC00000" } } } } as ExcelJS.ConditionalFormattingRule] });
    await writeFile(at("rapport.xlsx"), Buffer.from(await workbook.xlsx.writeBuffer()));
    const config = { version: 1, sources: [{ range: "Controller!A3:F9" }], output: { sheet: "Controller", anchor: "I1", chart: false, development: false } };
    await writeFile(at("cfg.json"), JSON.stringify(config));
    const before = await readFile(at("rapport.xlsx"));
    const run = await prognos(["update", at("rapport.xlsx"), "--config", at("cfg.json"), "--date", "2024-11-30"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const after = await readFile(at("rapport.xlsx"));
    const sheetPart = "xl/worksheets/sheet1.xml";
    expect(compareUsersSheet(partsOf(before).get(sheetPart)!, partsOf(after).get(sheetPart)!, 8)).toMatchObject({ ok: true });
    expect((await prognos(["update", at("rapport.xlsx"), "--config", at("cfg.json"), "--date", "2024-11-30"])).code).toBe(0);
    const again = await readFile(at("rapport.xlsx"));
    expect(compareUsersSheet(partsOf(before).get(sheetPart)!, partsOf(again).get(sheetPart)!, 8)).toMatchObject({ ok: true });
    const written = (await openWorkbook(at("rapport.xlsx"))).getWorksheet("Controller")!;
    expect(written.getCell("I1").value).toBe("Budgetavvikelse per verksamhetsområde");
    // The legend stands in lines of its own below the total, each within the table's width.
    const legendLines = [12, 13, 14, 15, 16].map((row) => String(written.getCell(`I${row}`).value ?? "")).filter(Boolean);
    expect(legendLines.join(" ")).toMatch(/^Det finns ingen tidigare prognos .* nästa uppdatering\.$/);
    expect(legendLines.length).toBeGreaterThan(1);
  });
});

describe("prognos update on an .xlsm", () => {
  it("stays an .xlsm with its VBA project and content type, in place and with --out", async () => {
    const { bytes, vba } = asMacroWorkbook(await seedBytes());
    await writeFile(at("rapport.xlsm"), bytes);
    expect((await prognos(["update", at("rapport.xlsm"), "--date", "2024-11-30", "--out", at("kopia.xlsm")])).code).toBe(0);
    expect((await prognos(["update", at("rapport.xlsm"), "--date", "2024-11-30"])).code).toBe(0);
    for (const file of ["rapport.xlsm", "kopia.xlsm"]) {
      const after = await readFile(at(file));
      expect(Buffer.from(partsOf(after).get(VBA_PART)!)).toEqual(Buffer.from(vba));
      expect(partText(after, "[Content_Types].xml")).toContain(MACRO_WORKBOOK_TYPE);
      expectOnlySharedPartsChanged(bytes, after);
    }
  });

  it("refuses --out with .xlsx for it, and .xlsm for a workbook without macros: exit 2, nothing written", async () => {
    const { bytes } = asMacroWorkbook(await seedBytes());
    await writeFile(at("rapport.xlsm"), bytes);
    const toXlsx = await prognos(["update", at("rapport.xlsm"), "--date", "2024-11-30", "--out", at("kopia.xlsx")]);
    expect(toXlsx).toMatchObject({ code: 2, stdout: "" });
    expect(toXlsx.stderr).toContain("kopia.xlsx: arbetsboken har makron (VBA) och måste sparas som .xlsm");
    await writeFile(at("vanlig.xlsx"), await seedBytes());
    const toXlsm = await prognos(["update", at("vanlig.xlsx"), "--out", at("kopia.xlsm"), "--lang", "en"]);
    expect(toXlsm.code).toBe(2);
    expect(toXlsm.stderr).toContain("kopia.xlsm: the workbook has no macros and must be saved as .xlsx");
    await expect(readFile(at("kopia.xlsx"))).rejects.toThrow();
    await expect(readFile(at("kopia.xlsm"))).rejects.toThrow();
  });
});

/** The package as the Open XML SDK writes it: every element of a part's default namespace with the prefix x. */
function withPrefixedElements(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, data] of Object.entries(parts)) {
    if (!/^(xl|docProps)\/.*\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    if (!/<[\w]+[^>]*\sxmlns="/.test(xml)) continue;
    parts[name] = strToU8(xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2").replace(/\sxmlns="/, ' xmlns:x="'));
  }
  return zipSync(parts);
}

describe("a workbook written with the Open XML SDK, whose elements carry a prefix", () => {
  it("is updated in place: the new sheet carries the workbook's prefix, every other part stays", async () => {
    const before = withPrefixedElements(await seedBytes());
    expect(strFromU8(unzipSync(before)["xl/workbook.xml"])).toMatch(/<x:workbook xmlns:x="[^"]*spreadsheetml\/2006\/main"/);
    await writeFile(at("sdk.xlsx"), before);
    const run = await prognos(["update", at("sdk.xlsx"), "--date", "2024-11-30"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const after = await readFile(at("sdk.xlsx"));
    expectOnlySharedPartsChanged(before, after);
    expect(partText(after, "xl/workbook.xml")).toMatch(/<x:sheet [^>]*name="Rapport"/);
    expect(partText(after, "xl/workbook.xml")).not.toMatch(/<sheet\b/);
  });
});

describe("a file the command cannot read", () => {
  const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  const wordDocument = zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    "word/document.xml": strToU8("<w:document/>"),
  });

  /** A workbook whose sheet points at a shared string that does not exist: the reader stumbles on it. */
  async function brokenWorkbook(): Promise<Uint8Array> {
    const parts = unzipSync(await seedBytes());
    parts["xl/worksheets/sheet1.xml"] = strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData></worksheet>');
    return zipSync(parts);
  }

  it.each([
    ["gammal.xls", () => compound, "är en äldre Excel-fil (.xls) eller skyddad med lösenord för att öppna"],
    ["rapport.docx", () => wordDocument, "är ingen Excel-arbetsbok"],
    ["trasig.xlsx", brokenWorkbook, "ser ut som en Excel-arbetsbok men går inte att läsa"],
  ] as const)("%s: exit 2, the file named, what to do said, no internal error text", async (name, bytes, text) => {
    const content = await bytes();
    await writeFile(at(name), content);
    const run = await prognos(["update", at(name)]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain(`${at(name)} ${text}`);
    expect(run.stderr).toMatch(/kör kommandot|Ange en arbetsbok/);
    expect(run.stderr).not.toMatch(/Cannot read|undefined|TypeError|at .*\.js/);
    expect(Buffer.compare(await readFile(at(name)), Buffer.from(content))).toBe(0);
  });
});
