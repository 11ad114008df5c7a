import { registerCommands, uppdateraPrognos } from "../../src/commands/commands";
import { UPDATE_FORECAST_FUNCTION } from "../../src/commands/functionNames";
import { runCommand } from "../../src/commands/runCommand";

function fakeEvent() {
  return { completed: jest.fn(), source: { id: "Prognos.Uppdatera" } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

describe("registerCommands", () => {
  it("associates uppdateraPrognos once Office is ready", () => {
    const associate = jest.fn();
    let ready: (() => void) | undefined;
    const office = { onReady: (callback: () => void) => (ready = callback), actions: { associate } } as unknown as typeof Office;
    registerCommands(office);
    expect(associate).not.toHaveBeenCalled();
    ready?.();
    expect(associate).toHaveBeenCalledWith(UPDATE_FORECAST_FUNCTION, uppdateraPrognos);
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
