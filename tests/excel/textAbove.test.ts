// The draft text above the table, as the seed has it (issue 19): the insert writes the text at the top of
// the report region and the table one blank row below it, selects the text, and every later update keeps the
// table where it is — the economist's changed text in place, an untouched draft cleared — with nothing of
// theirs overwritten. Against the strict headless host.
import type ExcelJS from "exceljs";
import { getSelectionAddress, insertNarrative, updateForecast, type UpdateOptions } from "../../src/excel";
import { MAX_TEXT_ABOVE_ROWS, placeAbove, previousTextAbove, rowsAbove } from "../../src/excel/textAbove";
import { createHeadlessHost, saveWorkbook, type HeadlessHost } from "../../src/headless";
import { buildSeedWorkbook, SEED_CONFIG } from "../fixtures/seedWorkbook";
import { freezeClock, sameBytes } from "../reliability/clock";

freezeClock();

const RUN: UpdateOptions = { today: "2024-12-05", now: "2024-12-05T10:00:00.000Z" };
const ABOVE = { position: "above" as const, update: RUN };
const DRAFT = ["Första stycket om perioden.", "Andra stycket om helåret."];

async function updatedHost(): Promise<HeadlessHost> {
  const host = createHeadlessHost(await buildSeedWorkbook({ baseline: true, config: SEED_CONFIG }));
  expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
  return host;
}

async function type(host: HeadlessHost, address: string, value: string | number): Promise<void> {
  const [sheet, cell] = address.split("!");
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
    await context.sync();
  });
}

function column(host: HeadlessHost, from: number, to: number): unknown[] {
  const sheet = host.workbook.getWorksheet("Rapport") as ExcelJS.Worksheet;
  return Array.from({ length: to - from + 1 }, (_, index) => sheet.getCell(`A${from + index}`).value);
}

describe("the draft text above the table", () => {
  it("goes to the top of the report, the table one blank row below, and the text is selected; three syncs", async () => {
    const host = await updatedHost();
    host.resetStats();
    const inserted = await insertNarrative(host.run, DRAFT, ABOVE);
    expect(inserted).toEqual({ ok: true, address: "Rapport!A1:G2", errors: [] });
    expect(host.stats.syncs).toBe(3);
    expect(column(host, 1, 4)).toEqual([...DRAFT, null, "Budgetavvikelse per verksamhetsområde"]);
    expect(column(host, 13, 13)).toEqual(["Nämndens ram"]);
    expect((await getSelectionAddress(host.run)).address).toBe("Rapport!A1:G2");
  });

  it("keeps the table where it is on every re-run: an untouched draft is cleared, its rows stay", async () => {
    const host = await updatedHost();
    await insertNarrative(host.run, DRAFT, ABOVE);
    for (let run = 0; run < 2; run++) {
      const again = await updateForecast(host.run, RUN);
      expect(again.errors).toEqual([]);
      expect(again.outputAddress).toBe("Rapport!A4:G15");
      expect(column(host, 1, 4)).toEqual([null, null, null, "Budgetavvikelse per verksamhetsområde"]);
    }
    // The next insert of as many paragraphs fills the same rows: the table does not move.
    expect((await insertNarrative(host.run, ["Ny period.", "Nytt helår."], ABOVE)).address).toBe("Rapport!A1:G2");
    expect(column(host, 1, 4)).toEqual(["Ny period.", "Nytt helår.", null, "Budgetavvikelse per verksamhetsområde"]);
  });

  it("keeps the economist's changed text in place, above the unmoved table, run after run", async () => {
    const host = await updatedHost();
    await insertNarrative(host.run, DRAFT, ABOVE);
    await type(host, "Rapport!A2", "Helåret: vår egen formulering.");
    for (let run = 0; run < 2; run++) {
      expect((await updateForecast(host.run, RUN)).errors).toEqual([]);
      expect(column(host, 1, 4)).toEqual(["Första stycket om perioden.", "Helåret: vår egen formulering.", null, "Budgetavvikelse per verksamhetsområde"]);
    }
    // Replacing it asks first, and then replaces only the text.
    const refused = await insertNarrative(host.run, ["Nytt."], ABOVE);
    expect(refused.errors.map((problem) => [problem.code, problem.cell])).toEqual([["cellsEdited", "Rapport!A2"]]);
    expect(column(host, 2, 2)).toEqual(["Helåret: vår egen formulering."]);
    expect((await insertNarrative(host.run, ["Nytt."], { ...ABOVE, replaceEdited: true })).ok).toBe(true);
    expect(column(host, 1, 3)).toEqual(["Nytt.", null, "Budgetavvikelse per verksamhetsområde"]);
  });

  it("allowing the text to be replaced does not allow replacing a changed table cell", async () => {
    const host = await updatedHost();
    await insertNarrative(host.run, DRAFT, ABOVE);
    await type(host, "Rapport!C9", 1_700_000);
    const refused = await insertNarrative(host.run, ["Nytt."], { ...ABOVE, replaceEdited: true });
    expect(refused.errors.map((problem) => [problem.code, problem.cell])).toEqual([["cellsEdited", "Rapport!C9"]]);
  });

  it("stops, naming the cell and writing nothing, when a longer text would move the table onto the economist's cell", async () => {
    const host = await updatedHost();
    await insertNarrative(host.run, DRAFT, ABOVE);
    await type(host, "Rapport!B16", "egen anteckning"); // right under the legend (row 15)
    const before = await saveWorkbook(host.workbook);
    const refused = await insertNarrative(host.run, [...DRAFT, "Tredje stycket."], ABOVE);
    expect(refused.errors.map((problem) => [problem.code, problem.cell])).toEqual([["cellsInTheWay", "Rapport!B16"]]);
    expect(sameBytes(before, await saveWorkbook(host.workbook))).toBe(true);
  });

  it("moves the table back to the anchor once the text goes under it instead", async () => {
    const host = await updatedHost();
    await insertNarrative(host.run, DRAFT, ABOVE);
    const below = await insertNarrative(host.run, ["Under tabellen."]);
    expect(below).toEqual({ ok: true, address: "Rapport!A17:G17", errors: [] });
    expect(column(host, 1, 2)).toEqual([null, null]);
    expect((await getSelectionAddress(host.run)).address).toBe("Rapport!A17:G17");
    const again = await updateForecast(host.run, RUN);
    expect(again.outputAddress).toBe("Rapport!A1:G12");
    expect(column(host, 1, 1)).toEqual(["Budgetavvikelse per verksamhetsområde"]);
    expect(column(host, 17, 17)).toEqual([null]);
  });
});

describe("the rows above", () => {
  it("hold one paragraph each, and the ones beyond the limit in the last row, none dropped", () => {
    const many = Array.from({ length: MAX_TEXT_ABOVE_ROWS + 2 }, (_, index) => `Stycke ${index + 1}.`);
    const rows = rowsAbove(many);
    expect(rows).toHaveLength(MAX_TEXT_ABOVE_ROWS);
    expect(rows[MAX_TEXT_ABOVE_ROWS - 1]).toBe(`Stycke ${MAX_TEXT_ABOVE_ROWS}.\n\nStycke ${MAX_TEXT_ABOVE_ROWS + 1}.\n\nStycke ${MAX_TEXT_ABOVE_ROWS + 2}.`);
    expect(rows.join("\n\n")).toBe(many.join("\n\n"));
    expect(rowsAbove(["Ett."])).toEqual(["Ett."]);
  });

  it("are reserved only where the previous region started at the same anchor", () => {
    const region = { sheet: "Rapport", top: 0, left: 0, bottom: 14, right: 6 };
    const text = { sheet: "Rapport", top: 0, left: 0, bottom: 1, right: 6 };
    expect(previousTextAbove(region, text)).toEqual(text);
    expect(previousTextAbove(region, { ...text, top: 13, bottom: 14 })).toBeNull();
    const kept = placeAbove("Rapport", { row: 0, column: 0 }, 7, region, text, null);
    expect(kept.tableAnchor).toEqual({ row: 3, column: 0 });
    expect(placeAbove("Rapport", { row: 5, column: 0 }, 7, region, text, null)).toEqual({ block: null, tableAnchor: { row: 5, column: 0 } });
    expect(placeAbove("Rapport", { row: 0, column: 0 }, 7, region, text, ["Ett.", "Två.", "Tre."]).tableAnchor).toEqual({ row: 4, column: 0 });
  });
});
