// The pane's door to the Excel adapter. The adapter, and the engine behind it, load as a chunk of their own
// beside the pane's (issue 20): the frame is drawn while it downloads, and every call waits for it. The
// ribbon's update loads in a chunk of its own at the first click (src/commands/commands.ts).
import type * as Adapter from "../excel/index";

// Requested as soon as the pane's bundle runs, so that it downloads while React draws the frame.
const loading: Promise<typeof Adapter> = import(/* webpackChunkName: "adapter" */ "../excel/index");

type Call<K extends keyof typeof Adapter> = (typeof Adapter)[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;

function deferredCall<K extends keyof typeof Adapter>(name: K): Call<K> {
  return (async (...args: unknown[]) => {
    const loaded = (await loading)[name] as (...parameters: unknown[]) => unknown;
    return loaded(...args);
  }) as Call<K>;
}

export const readSetup = deferredCall("readSetup");
export const saveConfig = deferredCall("saveConfig");
export const importBaseline = deferredCall("importBaseline");
export const deleteHistoryPeriod = deferredCall("deleteHistoryPeriod");
export const getSelectionAddress = deferredCall("getSelectionAddress");
export const selectCell = deferredCall("selectCell");
export const insertNarrative = deferredCall("insertNarrative");
export const detectSourceFromSelection = deferredCall("detectSourceFromSelection");
export const updateForecast = deferredCall("updateForecast");
export const markHistoryOutcome = deferredCall("markHistoryOutcome");
