// `prognos update --docx` as a user runs it (the built command, on a copy of the example workbook, whose
// history holds October): the Word document next to the updated workbook; with --dry-run the workbook is
// byte for byte unchanged and the document is still written; in English with --lang en; never over the
// workbook; nothing when the data has errors.
import { copyFile, readFile, stat } from "node:fs/promises";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { EXAMPLE_FILE } from "../../scripts/make-example";
import { ensureCliBuilt, openWorkbook, prognos, tempFolder, writeSeedWorkbook } from "./prognos";

jest.setTimeout(180_000);

let dir: string;
let cleanup: () => Promise<void>;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  await ensureCliBuilt();
});
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  await copyFile(path.join(__dirname, "../..", EXAMPLE_FILE), at("rapport.xlsx"));
});
afterEach(async () => {
  await cleanup();
});

async function documentXml(file: string): Promise<string> {
  return strFromU8(unzipSync(new Uint8Array(await readFile(file)))["word/document.xml"]);
}

const exists = (file: string) => stat(file).then(() => true, () => false);
const arrowColours = (xml: string) => [...xml.matchAll(/w:color w:val="([0-9A-F]{6})"\/>(?:(?!<\/w:r>).)*?<w:t[^>]*>[▲▼►]</gs)].map((match) => match[1]);

describe("prognos update --docx", () => {
  it("updates the workbook and writes the report section as a Word document, with the draft text", async () => {
    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--docx", at("nämnd.docx")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Rapporten är skriven till Rapport!A1:G12 i ${at("rapport.xlsx")}.`);
    expect(run.stdout).toContain(`Word-dokumentet är skrivet till ${at("nämnd.docx")}.`);
    expect((await openWorkbook(at("rapport.xlsx"))).getWorksheet("Rapport")).toBeDefined();

    const xml = await documentXml(at("nämnd.docx"));
    for (const text of ["Budgetavvikelse per verksamhetsområde", "Prognos per den 30 november 2024, tkr", "Budgetavvikelse helår", "% av KB", "Nämndens ram", "1\u00a0645\u00a0081", "Pilar bredvid tabellen", "nollresultat"]) {
      expect(xml).toContain(text);
    }
    expect(arrowColours(xml)).toEqual(["00B050", "C00000", "FFC000", "00B050", "FFC000"]);
  });

  it("with --dry-run leaves the workbook byte for byte unchanged and still writes the document", async () => {
    const before = await readFile(at("rapport.xlsx"));
    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--dry-run", "--docx", at("nämnd.docx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Provkörning (--dry-run): arbetsboken är orörd; bara Word-dokumentet är skrivet.");
    expect(Buffer.compare(await readFile(at("rapport.xlsx")), before)).toBe(0);
    expect(arrowColours(await documentXml(at("nämnd.docx")))).toHaveLength(5);
  });

  it("writes English with --lang en, also beside --json", async () => {
    const run = await prognos(["update", at("rapport.xlsx"), "--date", "2024-11-30", "--dry-run", "--json", "--lang", "en", "--docx", at("committee.docx")]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ reportDate: "2024-11-30" });
    const xml = await documentXml(at("committee.docx"));
    expect(xml).toContain("Budget deviation per business area");
    expect(xml).toContain("1,645,081");
    expect(xml).not.toContain("Pilar bredvid");
  });

  it("refuses to write the document over the workbook or --out (exit 2), and touches nothing", async () => {
    const before = await readFile(at("rapport.xlsx"));
    const over = await prognos(["update", at("rapport.xlsx"), "--docx", at("rapport.xlsx")]);
    expect(over).toMatchObject({ code: 2, stdout: "" });
    expect(over.stderr).toContain("--docx");
    const overOut = await prognos(["update", at("rapport.xlsx"), "--out", at("ny.xlsx"), "--docx", at("ny.xlsx")]);
    expect(overOut.code).toBe(2);
    expect(Buffer.compare(await readFile(at("rapport.xlsx")), before)).toBe(0);
    expect(await exists(at("ny.xlsx"))).toBe(false);
  });

  it("writes no document when the workbook's data has errors (exit 1)", async () => {
    await writeSeedWorkbook(at("fel.xlsx"), (values) => {
      values[4][2] = "4 21O";
    });
    const run = await prognos(["update", at("fel.xlsx"), "--date", "2024-11-30", "--docx", at("fel.docx")]);
    expect(run.code).toBe(1);
    expect(await exists(at("fel.docx"))).toBe(false);
  });

  it("is documented in prognos update --help, in Swedish and in English", async () => {
    expect((await prognos(["update", "--help"])).stdout).toMatch(/--docx <fil\.docx>\s+skriv också rapportavsnittet som Word-dokument/);
    expect((await prognos(["update", "--help", "--lang", "en"])).stdout).toMatch(/--docx <file\.docx>\s+also write the report section as a Word document/);
  });
});
