// Never lose the economist's work (issue 14, case 1): a cell changed after Prognos wrote it is never
// overwritten or cleared silently. Against the headless host: the draft text edited in the sheet is kept
// (left in place, or moved below a table that grew), a changed table cell stops the update and is named
// with nothing written (until the economist allows replacing it), a note typed into an empty cell of the
// report region survives or stops the update, and all of it within the sync budget.
import type ExcelJS from "exceljs";
import type { PrognosConfig } from "../../src/engine/types";
import { insertNarrative, updateForecast, type UpdateOptions } from "../../src/excel";
import { createHeadlessHost, saveWorkbook, type HeadlessHost } from "../../src/headless";
import { formatProblem } from "../../src/i18n";
import { buildSeedWorkbook, SEED_CONFIG } from "../fixtures/seedWorkbook";
import { freezeClock, sameBytes } from "../reliability/clock";

freezeClock();

const RUN: UpdateOptions = { today: "2024-12-05", now: "2024-12-05T10:00:00.000Z" };
const DRAFT = ["Första stycket om perioden.", "Andra stycket om helåret."];

async function updatedHost(): Promise<HeadlessHost> {
  const host = createHeadlessHost(await buildSeedWorkbook({ baseline: true, config: SEED_CONFIG }));
  const first = await updateForecast(host.run, RUN);
  expect(first.errors).toEqual([]);
  return host;
}

/** What the economist does in Excel: types into a cell. */
async function type(host: HeadlessHost, address: string, value: string | number): Promise<void> {
  const [sheet, cell] = address.split("!");
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
    await context.sync();
  });
}

function rapport(host: HeadlessHost): ExcelJS.Worksheet {
  return host.workbook.getWorksheet("Rapport") as ExcelJS.Worksheet;
}

/** Two more areas below the seed's table, so the next report is two rows longer. */
function withTwoMoreAreas(host: HeadlessHost): PrognosConfig {
  const sheet = host.workbook.getWorksheet("Controller") as ExcelJS.Worksheet;
  const rows: Array<[number, string, number, number, number]> = [
    [10, "Ny enhet A", 100, 1000, -900],
    [11, "Ny enhet B", -50, 500, -550],
  ];
  for (const [row, ...values] of rows) values.forEach((value, column) => (sheet.getCell(row, column + 1).value = value));
  return { ...SEED_CONFIG, sources: [{ range: "Controller!A3:F11" }] };
}

describe("the draft text, edited in the sheet", () => {
  it("is still there after the next update, where it was, and after the one after", async () => {
    const host = await updatedHost();
    expect((await insertNarrative(host.run, DRAFT)).address).toBe("Rapport!A14:G15");
    await type(host, "Rapport!A14", "Perioden: vår egen formulering.");
    for (let run = 0; run < 2; run++) {
      const again = await updateForecast(host.run, RUN);
      expect(again.errors).toEqual([]);
      expect(rapport(host).getCell("A14").value).toBe("Perioden: vår egen formulering.");
      expect(rapport(host).getCell("A15").value).toBe("Andra stycket om helåret.");
    }
  });

  it("moves below the new table when the table grows into it", async () => {
    const host = await updatedHost();
    await insertNarrative(host.run, DRAFT);
    await type(host, "Rapport!A15", "Helåret: ändrat av ekonomen.");
    const grown = await updateForecast(host.run, { ...RUN, config: withTwoMoreAreas(host) });
    expect(grown.errors).toEqual([]);
    expect(grown.outputAddress).toBe("Rapport!A1:G14");
    const sheet = rapport(host);
    expect(sheet.getCell("A12").value).toBe("Nämndens ram");
    expect([sheet.getCell("A16").value, sheet.getCell("A17").value]).toEqual(["Första stycket om perioden.", "Helåret: ändrat av ekonomen."]);
    // Nothing of the text is left inside the new table.
    expect(sheet.getCell("A14").value).toMatch(/^Pilar bredvid tabellen/);
    // Moved, it is still the economist's text: the update after keeps it again.
    expect((await updateForecast(host.run, { ...RUN, config: withTwoMoreAreas(host) })).errors).toEqual([]);
    expect(sheet.getCell("A17").value).toBe("Helåret: ändrat av ekonomen.");
  });

  it("is replaced by the pane's next insert only when the economist allows it", async () => {
    const host = await updatedHost();
    await insertNarrative(host.run, DRAFT);
    await type(host, "Rapport!A14", "Egen text.");
    const refused = await insertNarrative(host.run, ["Nytt utkast."]);
    expect(refused.ok).toBe(false);
    expect(refused.errors.map((problem) => formatProblem(problem))).toEqual([
      "Rapport!A14: cellen har ändrats efter förra uppdateringen, och den nya tabellen behöver den; flytta det som skrivits dit, eller välj att ersätta ändringarna. Inget har ändrats.",
    ]);
    expect(rapport(host).getCell("A14").value).toBe("Egen text.");
    expect((await insertNarrative(host.run, ["Nytt utkast."], { replaceEdited: true })).ok).toBe(true);
    expect(rapport(host).getCell("A14").value).toBe("Nytt utkast.");
  });

  it("is cleared by the next update when nobody changed it, as before", async () => {
    const host = await updatedHost();
    await insertNarrative(host.run, DRAFT);
    expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
    expect(rapport(host).getCell("A14").value).toBeNull();
  });
});

describe("a table cell changed after the update", () => {
  it("stops the next update, names the cell, and the saved file is byte-for-byte unchanged", async () => {
    const host = await updatedHost();
    await type(host, "Rapport!C6", 1_700_000);
    const before = await saveWorkbook(host.workbook);
    const refused = await updateForecast(host.run, RUN);
    expect(refused.ok).toBe(false);
    expect(refused.errors.map((problem) => [problem.code, problem.cell])).toEqual([["cellsEdited", "Rapport!C6"]]);
    expect(sameBytes(before, await saveWorkbook(host.workbook))).toBe(true);
  });

  it("is replaced when the economist allows it for this run, and the next run asks nothing", async () => {
    const host = await updatedHost();
    await type(host, "Rapport!C6", 1_700_000);
    const allowed = await updateForecast(host.run, { ...RUN, replaceEdited: true });
    expect(allowed.errors).toEqual([]);
    expect(rapport(host).getCell("C6").value).toBe(1645081);
    expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
  });

  it("names every changed cell the new table needs, with the ones it does not need left alone", async () => {
    const host = await updatedHost();
    await type(host, "Rapport!A2", "Vår egen rubrik");
    await type(host, "Rapport!F9", "se not");
    const refused = await updateForecast(host.run, RUN);
    expect(refused.errors.map((problem) => [problem.code, problem.cell, problem.params.count])).toEqual([["cellsEdited", "Rapport!A2", 2]]);
    expect(formatProblem(refused.errors[0])).toContain("2 celler (Rapport!A2, Rapport!F9) har ändrats efter förra uppdateringen");
  });
});

describe("a note typed into an empty cell of the report region", () => {
  it("stops the next update, naming the cell, when the table needs it", async () => {
    const host = await updatedHost();
    await type(host, "Rapport!A3", "Obs: preliminärt");
    const before = await saveWorkbook(host.workbook);
    const refused = await updateForecast(host.run, RUN);
    expect(refused.errors.map((problem) => [problem.code, problem.cell])).toEqual([["cellsEdited", "Rapport!A3"]]);
    expect(sameBytes(before, await saveWorkbook(host.workbook))).toBe(true);
  });

  it("survives the next update when the table no longer needs it", async () => {
    const host = await updatedHost();
    await type(host, "Rapport!A11", "Obs: preliminärt");
    // Two areas instead of four: the table ends at row 10, above the note.
    const shorter = await updateForecast(host.run, { ...RUN, checks: "write", config: { ...SEED_CONFIG, sources: [{ range: "Controller!A3:F6" }] } });
    expect(shorter.errors).toEqual([]);
    expect(shorter.outputAddress).toBe("Rapport!A1:G10");
    expect(rapport(host).getCell("A11").value).toBe("Obs: preliminärt");
    // The rest of the old region is cleared as before.
    expect(rapport(host).getCell("A12").value).toBeNull();
  });
});

describe("the memory of what Prognos wrote", () => {
  it("costs no sync: 3 with the stored configuration, 2 when the caller holds it", async () => {
    const host = await updatedHost();
    await insertNarrative(host.run, DRAFT);
    await type(host, "Rapport!A14", "Egen text.");
    host.resetStats();
    expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
    expect(host.stats.syncs).toBe(3);
    host.resetStats();
    expect((await updateForecast(host.run, { ...RUN, config: SEED_CONFIG })).errors).toEqual([]);
    expect(host.stats.syncs).toBe(2);
  });

  it("lives beside the settings on the hidden sheet, and a workbook from before it had one is updated as before", async () => {
    const host = await updatedHost();
    const settings = host.workbook.getWorksheet("Prognosinställningar") as ExcelJS.Worksheet;
    expect(JSON.parse(String(settings.getCell("A1").value)).sources).toEqual(SEED_CONFIG.sources);
    expect(JSON.parse(String(settings.getCell("A2").value))).toMatchObject({ version: 1, regions: [{ at: "Rapport!A1:G12" }] });
    // No memory (an update by an earlier version): the region is Prognos' own and is replaced.
    for (let row = 2; row <= 41; row++) settings.getCell(`A${row}`).value = null;
    await type(host, "Rapport!C6", 1_700_000);
    expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
    expect(rapport(host).getCell("C6").value).toBe(1645081);
  });
});
