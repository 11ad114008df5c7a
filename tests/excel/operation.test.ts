// Every exported adapter function returns its errors as values and never throws (issue 14, case 4): a host
// that fails — Excel busy, no Excel at all, a bug — gives a problem in the result, so no caller hangs.
import { problem } from "../../src/engine/problems";
import {
  deleteHistoryPeriod,
  detectSourceFromSelection,
  getSelectionAddress,
  importBaseline,
  insertNarrative,
  readSetup,
  saveConfig,
  selectCell,
  updateForecast,
} from "../../src/excel";
import { NOT_IN_EXCEL } from "../../src/excel/problems";
import type { RunExcel } from "../../src/excel/types";
import { SEED_CONFIG } from "../fixtures/seedWorkbook";

const busy: RunExcel = () => Promise.reject(Object.assign(new Error("busy"), { code: "GeneralException" }));
const failing = { code: "excelFailed", severity: "error", params: { code: "GeneralException", message: "busy" } };

it.each<[string, (run: RunExcel) => Promise<unknown>, object]>([
  ["readSetup", (run) => readSetup(run), { ok: false, config: null, errors: [failing], history: [] }],
  ["saveConfig", (run) => saveConfig(run, SEED_CONFIG), { ok: false, errors: [failing] }],
  ["importBaseline", (run) => importBaseline(run, { range: "Oktober!A4:D9", period: "2024-10" }), { ok: false, rows: [], errors: [failing], warnings: [] }],
  ["deleteHistoryPeriod", (run) => deleteHistoryPeriod(run, "2024-10"), { ok: false, removed: 0, errors: [failing] }],
  ["getSelectionAddress", (run) => getSelectionAddress(run), { ok: false, address: null, errors: [failing] }],
  ["detectSourceFromSelection", (run) => detectSourceFromSelection(run), { source: null, detected: null, errors: [failing], warnings: [] }],
  ["insertNarrative", (run) => insertNarrative(run, ["Text."]), { ok: false, address: null, errors: [failing] }],
  ["updateForecast", (run) => updateForecast(run, { config: SEED_CONFIG }), { ok: false, report: null, errors: [failing], warnings: [] }],
])("%s resolves with the failure as a problem", async (_name, call, expected) => {
  await expect(call(busy)).resolves.toMatchObject(expected);
});

it("selectCell resolves false: the pane then says the cell cannot be shown", async () => {
  await expect(selectCell(busy, "Controller!C7")).resolves.toBe(false);
});

it("a host that throws synchronously is caught too", async () => {
  const throwing: RunExcel = () => {
    throw new TypeError("context is undefined");
  };
  expect((await readSetup(throwing)).errors).toEqual([problem("excelFailed", "error", undefined, { code: "Error", message: "context is undefined" })]);
});

it("outside Excel the problem says so, with what to do", async () => {
  const outside: RunExcel = () => Promise.reject(Object.assign(new Error("no Excel"), { code: NOT_IN_EXCEL }));
  const setup = await readSetup(outside);
  expect(setup.errors.map((error) => error.code)).toEqual(["notInExcel"]);
});

it("a failed operation does not block the next one on the same host", async () => {
  let calls = 0;
  const flaky: RunExcel = (batch) => (calls++ === 0 ? Promise.reject(new Error("once")) : busy(batch));
  expect((await saveConfig(flaky, SEED_CONFIG)).ok).toBe(false);
  expect((await deleteHistoryPeriod(flaky, "2024-10")).errors[0].code).toBe("excelFailed");
  expect(calls).toBe(2);
});
