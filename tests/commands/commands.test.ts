import { registerCommands, uppdateraPrognos } from "../../src/commands/commands";
import { UPDATE_FORECAST_FUNCTION } from "../../src/commands/functionNames";
import { runCommand } from "../../src/commands/runCommand";

function fakeEvent() {
  return { completed: jest.fn(), source: { id: "Prognos.Uppdatera" } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

/** An Office whose onReady never fires, as when the first click loads the function file (office-js #5176). */
function officeNeverReady(associate: jest.Mock): typeof Office {
  return { onReady: () => new Promise(() => undefined), actions: { associate } } as unknown as typeof Office;
}

describe("registerCommands", () => {
  it("associates uppdateraPrognos at once, without waiting for Office.onReady", () => {
    const associate = jest.fn();
    registerCommands(officeNeverReady(associate));
    expect(associate).toHaveBeenCalledWith(UPDATE_FORECAST_FUNCTION, uppdateraPrognos);
  });

  it("runs when the bundle loads, at its top level, as Office's docs register commands", async () => {
    const associate = jest.fn();
    (globalThis as { Office?: unknown }).Office = officeNeverReady(associate);
    try {
      await jest.isolateModulesAsync(async () => {
        await import("../../src/commands/commands");
      });
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    expect(associate).toHaveBeenCalledTimes(1);
    expect(associate.mock.calls[0][0]).toBe(UPDATE_FORECAST_FUNCTION);
  });
});

describe("runCommand", () => {
  it("completes the event after the action", async () => {
    const event = fakeEvent();
    const order: string[] = [];
    event.completed.mockImplementation(() => order.push("completed"));
    await runCommand(event, async () => {
      order.push("action");
    });
    expect(order).toEqual(["action", "completed"]);
  });

  it("completes the event also when the action throws", async () => {
    const event = fakeEvent();
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await runCommand(event, async () => {
      throw new Error("boom");
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("uppdateraPrognos", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("completes the event even when the update cannot run (here: no Excel at all)", async () => {
    (globalThis as { Office?: unknown }).Office = { addin: { showAsTaskpane: jest.fn().mockRejectedValue(new Error("no pane")) } };
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = fakeEvent();
    await uppdateraPrognos(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
