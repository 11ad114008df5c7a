// The adapter's main scenarios run twice — on the headless host's own proxies, and through office.js's own
// client to the workbook server — and must agree: the same results, the same workbook, the same syncs.
// office.js is the reference: where the two disagree, the headless host is wrong (docs/excel-fidelity.md,
// "office.js client and the headless host").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import {
  deleteHistoryPeriod,
  detectSourceFromSelection,
  importBaseline,
  insertNarrative,
  readSetup,
  saveConfig,
  selectCell,
  updateForecast,
  type UpdateOptions,
} from "../../src/excel";
import { draftNarrative } from "../../src/engine/narrative";
import { CATALOGUE } from "../fixtures/bad-inputs/catalogue";
import { CATALOGUE_RUN, entryBytes } from "../fixtures/bad-inputs/run";
import { makeConsistent } from "../fixtures/bad-inputs/builders";
import { buildSeedWorkbookRaw, SEED_CONFIG } from "../fixtures/seedWorkbook";
import { benchWorkbookBytes } from "../../bench/workbook";
import { headlessSide, officeJsSide, picture, type Side, type WorkbookPicture } from "./sides";

jest.setTimeout(60_000);

const EXAMPLE = readFileSync(join(__dirname, "../../examples/ekonomisk-rapport-2024-11.xlsx"));
const RUN: UpdateOptions = { today: "2024-12-05", now: "2024-12-05T10:00:00.000Z" };

interface Outcome {
  result: unknown;
  requests: number;
  syncCalls: number;
  workbook: WorkbookPicture;
}

async function outcome(side: Side, scenario: (side: Side) => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await scenario(side);
    const requests = side.requests();
    return { result, requests, syncCalls: side.syncCalls(), workbook: await picture(side) };
  } finally {
    await side.close();
  }
}

/** Runs the scenario on both sides from the same bytes and expects the office.js side to match the headless one. */
async function agree(bytes: Uint8Array, scenario: (side: Side) => Promise<unknown>, prepare?: (workbook: ExcelJS.Workbook) => void): Promise<Outcome> {
  const headless = await outcome(await headlessSide(bytes, prepare), scenario);
  const officeJs = await outcome(await officeJsSide(bytes, prepare), scenario);
  expect(officeJs.result).toEqual(headless.result);
  expect({ requests: officeJs.requests, syncCalls: officeJs.syncCalls }).toEqual({ requests: headless.requests, syncCalls: headless.syncCalls });
  expect(officeJs.workbook).toEqual(headless.workbook);
  return headless;
}

async function seedBytes(config = true): Promise<Uint8Array> {
  const raw = buildSeedWorkbookRaw({ baseline: true, config: config ? SEED_CONFIG : null });
  makeConsistent(raw);
  return new Uint8Array((await raw.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("first use of the example workbook", () => {
  it("reads the setup, detects the source from the selection, stores the settings and reads them back", async () => {
    const done = await agree(EXAMPLE, async (side) => {
      const before = await readSetup(side.run);
      side.host.select("Controller!A3:F9");
      const detected = await detectSourceFromSelection(side.run);
      const saved = detected.source ? await saveConfig(side.run, { ...SEED_CONFIG, sources: [detected.source] }) : null;
      return { before, detected, saved, after: await readSetup(side.run) };
    });
    expect((done.result as { saved: { ok: boolean } }).saved.ok).toBe(true);
  });

  it("auto-detects the source when nothing is configured, and updates", async () => {
    const done = await agree(EXAMPLE, (side) => updateForecast(side.run, { today: "2024-12-02", now: RUN.now }));
    expect(done.result).toMatchObject({ ok: true, outputAddress: "Rapport!A1:G12" });
  });
});

describe("update", () => {
  it("with the stored configuration: the report, the arrows, the chart and the history in three syncs", async () => {
    const done = await agree(await seedBytes(), (side) => updateForecast(side.run, RUN));
    expect(done.result).toMatchObject({ ok: true });
    expect(done.requests).toBe(3);
  });

  it("with the configuration given: two syncs", async () => {
    const done = await agree(await seedBytes(), (side) => updateForecast(side.run, { ...RUN, config: SEED_CONFIG }));
    expect(done.requests).toBe(2);
  });

  it("re-run after a correction, then the draft text inserted and a warning's cell selected", async () => {
    const done = await agree(await seedBytes(), async (side) => {
      const first = await updateForecast(side.run, RUN);
      await side.run(async (context) => {
        context.workbook.worksheets.getItem("Controller").getRange("D6").values = [[-1879631]];
        await context.sync();
      });
      // The corrected figure no longer adds up to the source's total row (a check): the go-ahead given.
      const again = await updateForecast(side.run, { ...RUN, checks: "write" });
      const inserted = await insertNarrative(side.run, again.report ? draftNarrative(again.report, { previousYearGrant: null }) : []);
      const selected = await selectCell(side.run, "Controller!E5");
      return { first, again, inserted, selected };
    });
    expect(done.result).toMatchObject({ first: { ok: true }, again: { ok: true }, inserted: { ok: true }, selected: true });
  });
});

describe("a large source", () => {
  it("5 000 rows read in chunks, with the stored configuration", async () => {
    const done = await agree(await benchWorkbookBytes(5000, { storedConfig: true }), (side) => updateForecast(side.run, RUN));
    expect(done.result).toMatchObject({ ok: true });
    expect(done.requests).toBe(3);
  });
});

describe("baseline", () => {
  it("a stored period deleted, imported again from a selection, and a second import refused", async () => {
    await agree(EXAMPLE, async (side) => {
      const deleted = await deleteHistoryPeriod(side.run, "2024-10");
      const imported = await importBaseline(side.run, { range: "Oktober!A4:D9", period: "2024-10", now: RUN.now });
      const again = await importBaseline(side.run, { range: "Oktober!A4:D9", period: "2024-10", now: RUN.now });
      return { deleted, imported, again, setup: await readSetup(side.run) };
    });
  });
});

describe.each([
  ["refusals", "refused", false],
  ["interpretations", "interpreted", true],
] as const)("the bad-input catalogue's %s", (_name, kind, ok) => {
  // With the go-ahead for check warnings, so that both sides write what they computed (the asking itself is
  // the same code on both; tests/reliability/catalogue.test.ts covers it).
  const entries = CATALOGUE.filter((entry) => entry.expected.kind === kind);
  it.each(entries.map((entry) => [entry.id, entry] as const))("%s", async (_id, entry) => {
    const done = await agree(await entryBytes(entry), (side) => updateForecast(side.run, { ...CATALOGUE_RUN, checks: "write", ...entry.update }), entry.inExcel);
    expect(done.result).toMatchObject({ ok });
  });
});

describe("fault injection: each sync of the update fails in turn, then the update runs again", () => {
  it.each([1, 2, 3])("sync %i", async (n) => {
    await agree(await seedBytes(), async (side) => {
      side.failSync(n);
      const failed = await updateForecast(side.run, RUN);
      const repaired = await updateForecast(side.run, RUN);
      return { failed, repaired };
    });
  });
});
