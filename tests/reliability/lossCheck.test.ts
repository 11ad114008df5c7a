// partsLostOnSave against files that hold what ExcelJS cannot write: a chart and a note saved by LibreOffice
// (tests/fixtures/bad-inputs/libreoffice/), the seed with Excel-only parts added to its zip, and a file
// ExcelJS wrote itself (pictures, notes, tables, range names: nothing lost). Each verdict is checked
// against a real save through the headless host.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadWorkbook, saveWorkbook } from "../../src/headless";
import { lostKind, partsLostOnSave } from "../../src/headless/lossCheck";
import { seedWorkbookBytes, SEED_CONFIG } from "../fixtures/seedWorkbook";

const LIBREOFFICE_CHART = join(__dirname, "../fixtures/bad-inputs/libreoffice/lossy-chart-comment.xlsx");

async function zipBytes(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: "uint8array" });
}

/** The seed with the parts and names Excel writes for macros, pivots, slicers, threaded comments, links. */
async function seedWithExcelOnlyParts(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await seedWorkbookBytes({ baseline: true, config: SEED_CONFIG }));
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x/>';
  for (const part of [
    "xl/pivotTables/pivotTable1.xml",
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "xl/slicers/slicer1.xml",
    "xl/slicerCaches/slicerCache1.xml",
    "xl/threadedComments/threadedComment1.xml",
    "xl/persons/person.xml",
    "xl/externalLinks/externalLink1.xml",
    "customXml/item1.xml",
    "xl/calcChain.xml",
  ]) {
    zip.file(part, xml);
  }
  zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) as string;
  const names =
    '<definedNames><definedName name="Moms">0.25</definedName>' +
    '<definedName name="Lokal" localSheetId="0">Controller!$A$3:$F$9</definedName>' +
    '<definedName name="Underlag">Controller!$A$3:$F$9</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="0">Controller!$A$1:$F$9</definedName></definedNames>';
  zip.file("xl/workbook.xml", workbook.replace(/<definedNames>[\s\S]*?<\/definedNames>|(?=<calcPr)/, names));
  const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) as string;
  const sparklines =
    '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline>' +
    "<xm:f>Controller!C5:D5</xm:f><xm:sqref>G5</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>";
  zip.file("xl/worksheets/sheet1.xml", sheet.replace("</worksheet>", `${sparklines}</worksheet>`));
  return zipBytes(zip);
}

async function picturesNotesTable(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Controller");
  sheet.getCell("A1").value = "Verksamhetsområde";
  sheet.getCell("A1").note = "Kontrollera mot ekonomisystemet";
  const image = workbook.addImage({ buffer: readFileSync(join(__dirname, "../../assets/prognos-32.png")) as unknown as ExcelJS.Buffer, extension: "png" });
  sheet.addImage(image, "C2:D4");
  sheet.addTable({ name: "Underlag", ref: "A6", columns: [{ name: "Område" }, { name: "Belopp" }], rows: [["Individ och familj", -67000]] });
  workbook.definedNames.add("Controller!$A$6:$B$7", "Underlagsområde");
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The parts and names a real save through the headless host keeps. */
async function afterSave(bytes: Uint8Array): Promise<{ parts: Set<string>; text: (part: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(await saveWorkbook(await loadWorkbook(bytes)));
  return {
    parts: new Set(Object.keys(zip.files).filter((name) => !zip.files[name].dir)),
    text: async (part) => (await zip.file(part)?.async("string")) ?? "",
  };
}

/** Every verdict of partsLostOnSave holds for a real save: lost parts are gone, all others are still there. */
async function expectVerdictMatchesSave(bytes: Uint8Array): Promise<void> {
  const lost = await partsLostOnSave(bytes);
  const before = await JSZip.loadAsync(bytes);
  const saved = await afterSave(bytes);
  for (const entry of lost) {
    const [part, inside] = entry.split("#");
    if (inside === "sparklines") expect(await saved.text(part)).not.toMatch(/sparklineGroup/);
    else if (inside?.startsWith("definedName:")) {
      // Gone (constants, formulas), or kept without its sheet scope (ExcelJS makes sheet-scoped names global).
      const name = inside.slice("definedName:".length);
      const element = new RegExp(`<definedName name="${name}"([^>]*)>`).exec(await saved.text(part));
      expect(element?.[1] ?? "").not.toContain("localSheetId");
    }
    else if (/^xl\/drawings\/drawing\d+\.xml$/.test(part)) expect(await saved.text(part)).not.toMatch(/graphicFrame|<xdr:sp[\s>]/);
    else if (!/^xl\/drawings\/_rels\//.test(part)) expect(saved.parts.has(part)).toBe(false);
  }
  const kept = Object.keys(before.files).filter((name) => !before.files[name].dir && !lost.includes(name) && name !== "xl/calcChain.xml");
  for (const part of kept) expect([part, saved.parts.has(part)]).toEqual([part, true]);
}

describe("partsLostOnSave", () => {
  it("reports the chart (and its drawing) of a file LibreOffice saved, and keeps its note", async () => {
    const bytes = new Uint8Array(readFileSync(LIBREOFFICE_CHART));
    expect(await partsLostOnSave(bytes)).toEqual(["xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"]);
    await expectVerdictMatchesSave(bytes);
  });

  it("reports macros, pivot tables, slicers, threaded comments, external links, custom XML, sparklines and names ExcelJS drops", async () => {
    const bytes = await seedWithExcelOnlyParts();
    const lost = await partsLostOnSave(bytes);
    expect(lost).toEqual([
      "customXml/item1.xml",
      "xl/externalLinks/externalLink1.xml",
      "xl/persons/person.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/slicerCaches/slicerCache1.xml",
      "xl/slicers/slicer1.xml",
      "xl/threadedComments/threadedComment1.xml",
      "xl/vbaProject.bin",
      "xl/workbook.xml#definedName:Lokal",
      "xl/workbook.xml#definedName:Moms",
      "xl/worksheets/sheet1.xml#sparklines",
    ]);
    expect(await (await afterSave(bytes)).text("xl/workbook.xml")).not.toContain('name="Moms"');
    expect(lost.map(lostKind)).toEqual([
      "customXml",
      "externalLink",
      "threadedComment",
      "pivotTable",
      "pivotTable",
      "slicer",
      "slicer",
      "threadedComment",
      "vba",
      "definedName",
      "definedName",
      "sparklines",
    ]);
    await expectVerdictMatchesSave(bytes);
  });

  it("finds nothing lost in the seed and in a file with pictures, notes, a table and a range name", async () => {
    for (const bytes of [await seedWorkbookBytes({ baseline: true, config: SEED_CONFIG }), await picturesNotesTable()]) {
      expect(await partsLostOnSave(bytes)).toEqual([]);
      await expectVerdictMatchesSave(bytes);
    }
  });

  it("rejects bytes that are not a zip", async () => {
    await expect(partsLostOnSave(new TextEncoder().encode("not a workbook"))).rejects.toThrow();
  });
});
