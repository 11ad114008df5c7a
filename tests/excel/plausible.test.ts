// Plausible but wrong (issue 15, cases a–f) through the adapter on the headless host: each report that may be
// wrong stops before writing with its `check` warnings (the file byte-for-byte unchanged), is written with the
// economist's go-ahead, does not ask again for the same figures, and its draft text says what to check.
import type ExcelJS from "exceljs";
import { draftNarrative } from "../../src/engine/narrative";
import { previousYearGrantKronor } from "../../src/engine/config";
import type { PrognosConfig, Problem } from "../../src/engine/types";
import { updateForecast, type UpdateOptions, type UpdateResult } from "../../src/excel";
import { createHeadlessHost, saveWorkbook, type HeadlessHost } from "../../src/headless";
import { formatProblem } from "../../src/i18n";
import { buildSeedWorkbook, OCTOBER_BASELINE, SEED_CONFIG } from "../fixtures/seedWorkbook";
import { freezeClock, sameBytes } from "../reliability/clock";

freezeClock();

const RUN: UpdateOptions = { today: "2024-12-05", now: "2024-12-05T10:00:00.000Z" };

async function seedHost(edit: (workbook: ExcelJS.Workbook) => void = () => undefined, options: { baseline?: boolean; config?: PrognosConfig } = {}): Promise<HeadlessHost> {
  const workbook = await buildSeedWorkbook({ baseline: options.baseline ?? true, config: options.config ?? SEED_CONFIG });
  edit(workbook);
  return createHeadlessHost(workbook);
}

const checks = (result: UpdateResult) => result.warnings.filter((warning) => warning.severity === "check").map((warning) => [warning.code, warning.cell ?? null]);

/** The add-in's run: stops for the checks with nothing written; then the go-ahead writes; then no question. */
async function asksThenWrites(host: HeadlessHost, options: UpdateOptions = {}): Promise<{ asked: UpdateResult; written: UpdateResult }> {
  const before = await saveWorkbook(host.workbook);
  const asked = await updateForecast(host.run, { ...RUN, ...options });
  expect(asked).toMatchObject({ ok: false, stoppedForChecks: true, errors: [], outputAddress: null });
  expect(sameBytes(before, await saveWorkbook(host.workbook))).toBe(true);
  const written = await updateForecast(host.run, { ...RUN, ...options, checks: "write" });
  expect(written.errors).toEqual([]);
  expect(written.ok).toBe(true);
  // The same figures again: the go-ahead is remembered, nothing is asked.
  const again = await updateForecast(host.run, { ...RUN, ...options });
  expect(again).toMatchObject({ ok: true, stoppedForChecks: false });
  return { asked, written };
}

function narrativeOf(result: UpdateResult): string {
  return draftNarrative(result.report!, { previousYearGrant: result.config ? previousYearGrantKronor(result.config) : null }).join("\n\n");
}

it("(a) one source row emptied by mistake: the total row and the missing area ask first", async () => {
  const host = await seedHost((workbook) => {
    const sheet = workbook.getWorksheet("Controller")!;
    for (const column of "ABCDEF") sheet.getCell(`${column}6`).value = null;
  });
  const { asked, written } = await asksThenWrites(host);
  expect(checks(asked)).toEqual(expect.arrayContaining([["totalMismatch", "Controller!C9"], ["missingArea", null]]));
  const mismatch = asked.warnings.find((warning) => warning.code === "totalMismatch" && warning.cell === "Controller!C9") as Problem;
  expect(formatProblem(mismatch)).toContain("Rapporten summerar raderna");
  expect(written.report?.rows).toHaveLength(3);
  expect(narrativeOf(written)).toContain("[Kontrollera: källans summarad stämmer inte med raderna; ett verksamhetsområde i föregående prognos saknas nu.]");
});

it("(b) the range A2:F6 selected by mistake: two areas no longer pass silently", async () => {
  const host = await seedHost(() => undefined, { config: { ...SEED_CONFIG, sources: [{ range: "Controller!A2:F6" }] } });
  const { asked } = await asksThenWrites(host);
  expect(checks(asked)).toEqual([
    ["missingArea", null],
    ["missingArea", null],
  ]);
  expect(asked.report?.rows.map((row) => row.area)).toEqual(["Arbetsmarknad och ekonomiskt bistånd", "Individ och familj"]);
});

it("(c) the report dated 31 December over November's figures: the headers and the title say November", async () => {
  const host = await seedHost((workbook) => {
    workbook.getWorksheet("Controller")!.getCell("A1").value = "Arbetsmarknads- och socialnämnden – sammanställning per den 30 november 2024";
  });
  const { asked, written } = await asksThenWrites(host, { reportDate: "2024-12-31" });
  expect(checks(asked)).toEqual([
    ["periodMismatch", "Controller!A1"],
    ["periodMismatch", "Controller!B3"],
  ]);
  expect(asked.warnings.filter((warning) => warning.code === "periodMismatch").map((warning) => formatProblem(warning))).toEqual([
    'Controller!A1: källan anger 30 november 2024 ("Arbetsmarknads- och socialnämnden – sammanställning per den 30 november 2024"), men rapporten gäller jan–dec 2024; stämmer rapportdatumet, och är källan uppdaterad?',
    'Controller!B3: källan anger jan-nov ("Budgetavvikelse jan-nov"), men rapporten gäller jan–dec 2024; stämmer rapportdatumet, och är källan uppdaterad?',
  ]);
  expect(narrativeOf(written)).toMatch(/^För perioden januari–december .* \[Kontrollera: källan anger 30 november 2024, en annan period än rapportens\.\]$/m);
});

it("(d) October's figures as the source, October as the baseline: every figure unchanged asks first", async () => {
  const host = await seedHost((workbook) => {
    const sheet = workbook.addWorksheet("Oktober");
    sheet.addRow(["Verksamhetsområde", "Kommunbidrag helår", "Prognos nettokostnad helår"]);
    for (const row of OCTOBER_BASELINE) sheet.addRow([row.area, row.grant / 1000, -row.forecastNetCost / 1000]);
  }, { config: { ...SEED_CONFIG, sources: [{ range: "Oktober!A1:C5" }] } });
  const { asked, written } = await asksThenWrites(host);
  expect(checks(asked)).toEqual([["sameAsBaseline", null]]);
  expect(written.report?.rows.every((row) => row.trend === "unchanged")).toBe(true);
  expect(narrativeOf(written)).toContain("[Kontrollera: alla belopp är desamma som i föregående prognos – är källan uppdaterad?]");
});

it("(e) last year's grant typed as 4056 where tkr is expected: no '103694,1 procent', and a question first", async () => {
  const host = await seedHost(() => undefined, { config: { ...SEED_CONFIG, previousYearGrant: 4056 } });
  const { asked, written } = await asksThenWrites(host);
  expect(checks(asked)).toEqual([["grantGrowthUnusual", "Prognosinställningar!A1"]]);
  expect(formatProblem(asked.warnings.find((warning) => warning.code === "grantGrowthUnusual") as Problem)).toBe(
    "Prognosinställningar!A1: föregående års kommunbidrag, 4\u00a0056 tkr, ger en förändring på 103\u00a0694,1 % till årets 4\u00a0209\u00a0890 tkr, mer än ±25 %; är beloppet angivet i tkr? Textförslaget nämner ingen ökning förrän det stämmer.",
  );
  const text = narrativeOf(written);
  expect(text).not.toMatch(/103\s?694|ökning med/);
  expect(text).toContain("För 2024 uppgår nämndens kommunbidragsram till 4 210 miljoner kronor. [Kontrollera föregående års kommunbidrag");
  // Typed right (4 056 000 tkr), the growth is stated and nothing is asked.
  const right = await seedHost(() => undefined, { config: { ...SEED_CONFIG, previousYearGrant: 4_056_000 } });
  const result = await updateForecast(right.run, RUN);
  expect(result.ok).toBe(true);
  expect(narrativeOf(result)).toContain("en ökning med 154 miljoner kronor eller 3,8 procent");
});

it("(f) detail rows whose total row says 'Summa' in the unit column, area empty: read, not refused", async () => {
  const host = await seedHost((workbook) => {
    const sheet = workbook.addWorksheet("Enheter");
    sheet.addRow(["Verksamhetsområde", "Enhet", "Kommunbidrag helår", "Prognos nettokostnad helår"]);
    sheet.addRow(["Individ och familj", "Barn och unga", 1000, -900]);
    sheet.addRow(["Individ och familj", "Vuxna", 800, -850]);
    sheet.addRow(["", "Summa", 1800, -1750]);
    sheet.addRow(["Boende", "Boende", 500, -500]);
    sheet.addRow(["", "Totalt", 2300, -2250]);
  }, { baseline: false, config: { ...SEED_CONFIG, sources: [{ range: "Enheter!A1:D6" }] } });
  const result = await updateForecast(host.run, RUN);
  expect(result.errors).toEqual([]);
  expect(result.ok).toBe(true);
  expect(result.report?.rows.map((row) => [row.area, row.deviation / 1000])).toEqual([
    ["Individ och familj", 50],
    ["Boende", 0],
  ]);
  expect(result.report?.total.deviation).toBe(50_000);
  expect(checks(result)).toEqual([]);
});

it("--strict's mode refuses whenever there is a check warning, even one let through before", async () => {
  const host = await seedHost(() => undefined, { config: { ...SEED_CONFIG, previousYearGrant: 4056 } });
  expect((await updateForecast(host.run, { ...RUN, checks: "write" })).ok).toBe(true);
  const before = await saveWorkbook(host.workbook);
  const refused = await updateForecast(host.run, { ...RUN, checks: "refuse" });
  expect(refused).toMatchObject({ ok: false, stoppedForChecks: true });
  expect(sameBytes(before, await saveWorkbook(host.workbook))).toBe(true);
});

it("a go-ahead is for those warnings with those figures: a changed figure asks again", async () => {
  const host = await seedHost(() => undefined, { config: { ...SEED_CONFIG, previousYearGrant: 4056 } });
  expect((await updateForecast(host.run, { ...RUN, checks: "write" })).ok).toBe(true);
  host.workbook.getWorksheet("Controller")!.getCell("C5").value = 1645000;
  expect((await updateForecast(host.run, RUN)).stoppedForChecks).toBe(true);
});
