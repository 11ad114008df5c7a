// The catalogue of bad inputs (tests/fixtures/bad-inputs/catalogue.ts) through the real adapter on the
// headless host: every refusal names its cells and leaves the saved .xlsx byte-for-byte as it was; every
// interpretation writes the documented numbers, arrows and warnings, with labels as text.
import ExcelJS from "exceljs";
import { historyFromValues } from "../../src/engine/history";
import type { CellValue } from "../../src/engine/types";
import { CATALOGUE } from "../fixtures/bad-inputs/catalogue";
import { brief, runEntry, type CatalogueRun } from "../fixtures/bad-inputs/run";
import type { ProblemRef } from "../fixtures/bad-inputs/types";
import { freezeClock, sameBytes } from "./clock";
import { HOST_EXTREMES, underVariant } from "../excel/hostVariants";

jest.setTimeout(30_000);

function sorted(problems: ProblemRef[]): ProblemRef[] {
  const key = (p: ProblemRef) => `${p.code} ${p.cell ?? ""}`;
  return [...problems].sort((a, b) => key(a).localeCompare(key(b)));
}

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheetValues(sheet: ExcelJS.Worksheet): CellValue[][] {
  const values: CellValue[][] = [];
  sheet.eachRow((row) => values.push((row.values as CellValue[]).slice(1).map((value) => (value === undefined ? null : value))));
  return values;
}

freezeClock();

it("holds at least 40 entries with unique ids", () => {
  expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CATALOGUE.map((entry) => entry.id)).size).toBe(CATALOGUE.length);
});

describe.each(HOST_EXTREMES)("on a host with $name", (variant) => {
  underVariant(variant);

  describe.each(CATALOGUE.map((entry) => [entry.id, entry] as const))("%s", (_id, entry) => {
    let run: CatalogueRun;
    beforeAll(async () => {
      run = await runEntry(entry);
    });

    if (entry.expected.kind === "refused") {
      const expected = entry.expected;
      it("refuses, naming every problem with its cell", () => {
        expect(run.result.ok).toBe(false);
        expect(sorted(run.result.errors.map(brief))).toEqual(sorted(expected.errors));
      });
      it("leaves the saved workbook byte-for-byte unchanged", () => {
        expect(sameBytes(run.before, run.after)).toBe(true);
      });
      return;
    }

    const expected = entry.expected;
    const asks = expected.warnings.some((warning) => warning.severity === "check");
    it(asks ? "asks first: stops before writing for its check warnings, the file byte-for-byte unchanged" : "writes without asking: no check warning", () => {
      if (!asks) {
        expect(run.asked).toBeNull();
        return;
      }
      expect(run.asked?.result).toMatchObject({ ok: false, stoppedForChecks: true, errors: [] });
      expect(sameBytes(run.before, run.asked?.after as Uint8Array)).toBe(true);
    });

    it("goes through with the documented numbers, arrows and warnings", () => {
      expect(run.result.errors.map(brief)).toEqual([]);
      expect(run.result.ok).toBe(true);
      const report = run.result.report;
      expect(report?.rows.map((row) => [row.area, row.deviation / 1000, row.trend])).toEqual(expected.areas);
      expect(report && [report.total.area, report.total.deviation / 1000, report.total.trend]).toEqual(expected.total);
      expect(sorted(run.result.warnings.map(brief))).toEqual(sorted(expected.warnings));
    });

    it("writes each area name as text, not a formula, in the report and in the history", async () => {
      expect(sameBytes(run.before, run.after)).toBe(false);
      const saved = await reopen(run.after);
      const rapport = saved.getWorksheet("Rapport") as ExcelJS.Worksheet;
      const labels = expected.areas.map((_, index) => rapport.getCell(`A${6 + index}`));
      expect(labels.map((cell) => cell.value)).toEqual(expected.areas.map(([area]) => area));
      expect(labels.map((cell) => cell.type)).toEqual(expected.areas.map(() => ExcelJS.ValueType.String));
      const history = saved.getWorksheet("Prognoshistorik") as ExcelJS.Worksheet;
      const rows = historyFromValues(sheetValues(history), "Prognoshistorik", "A1").rows.filter((row) => row.period === run.result.report?.period);
      expect(rows.map((row) => [row.area, row.deviation / 1000])).toEqual(expected.areas.map(([area, deviation]) => [area, deviation]));
      history.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
      rapport.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    });
  });
});
