// The ribbon's "Uppdatera prognos" against the headless host: with settings it updates without opening
// the pane; without settings, or when the update fails, it opens the pane at setup or at the errors.
import { postToPane, subscribePane, type PaneRequest } from "../../src/commands/paneState";
import { ribbonUpdate } from "../../src/commands/ribbonUpdate";
import { createHeadlessHost } from "../../src/headless";
import { buildSeedWorkbook, SEED_CONFIG } from "../fixtures/seedWorkbook";

const TODAY = "2024-12-02";

function listen(): { requests: PaneRequest[]; stop(): void } {
  const requests: PaneRequest[] = [];
  const stop = subscribePane((request) => requests.push(request));
  return { requests, stop };
}

test("with stored settings it updates in three syncs and leaves the pane closed", async () => {
  const host = createHeadlessHost(await buildSeedWorkbook({ baseline: true, config: SEED_CONFIG }));
  const openPane = jest.fn().mockResolvedValue(undefined);
  const pane = listen();
  expect(await ribbonUpdate(host.run, openPane, TODAY)).toBe("updated");
  pane.stop();
  expect(openPane).not.toHaveBeenCalled();
  expect(host.stats.syncs).toBeLessThanOrEqual(3);
  expect(host.workbook.getWorksheet("Rapport")).toBeDefined();
  expect(pane.requests).toHaveLength(1);
  expect(pane.requests[0].view).toBe("update");
  expect(pane.requests[0].result?.ok).toBe(true);
});

test("without settings it opens the pane at setup and writes nothing", async () => {
  const host = createHeadlessHost(await buildSeedWorkbook({ baseline: true }));
  const openPane = jest.fn().mockResolvedValue(undefined);
  const pane = listen();
  expect(await ribbonUpdate(host.run, openPane, TODAY)).toBe("needsSetup");
  pane.stop();
  expect(openPane).toHaveBeenCalledTimes(1);
  expect(pane.requests.map((request) => request.view)).toEqual(["setup"]);
  expect(host.workbook.getWorksheet("Rapport")).toBeUndefined();
});

test("a failing update opens the pane at the errors, which name the cell", async () => {
  const workbook = await buildSeedWorkbook({ baseline: true, config: SEED_CONFIG });
  workbook.getWorksheet("Controller")!.getCell("C7").value = "4 21O";
  const host = createHeadlessHost(workbook);
  const openPane = jest.fn().mockResolvedValue(undefined);
  const pane = listen();
  expect(await ribbonUpdate(host.run, openPane, TODAY)).toBe("failed");
  pane.stop();
  expect(openPane).toHaveBeenCalledTimes(1);
  const result = pane.requests[0].result;
  expect(result?.ok).toBe(false);
  expect(result?.errors.map((problem) => problem.cell)).toContain("Controller!C7");
  expect(host.workbook.getWorksheet("Rapport")).toBeUndefined();
});

test("an exception from Excel becomes an error shown in the pane, not a rejected command", async () => {
  const run = jest.fn().mockRejectedValue(Object.assign(new Error("busy"), { code: "GeneralException" }));
  const openPane = jest.fn().mockResolvedValue(undefined);
  const pane = listen();
  expect(await ribbonUpdate(run, openPane)).toBe("failed");
  pane.stop();
  // The settings could not even be read: the pane shows the problem (with a way to try again), no result.
  expect(pane.requests[0]).toMatchObject({ view: "update", result: null });
  expect(pane.requests[0].problems[0]).toMatchObject({ code: "excelFailed", params: { code: "GeneralException", message: "busy" } });
  expect(openPane).toHaveBeenCalledTimes(1);
});

test("a request posted before the pane exists is delivered when it subscribes, once", () => {
  const request: PaneRequest = { view: "setup", result: null, problems: [] };
  postToPane(request);
  const first = listen();
  const second = listen();
  first.stop();
  second.stop();
  expect(first.requests).toEqual([request]);
  expect(second.requests).toEqual([]);
});
