// The pane's door to the Excel adapter. The adapter, and the engine behind it, load as a chunk of their own
// after the pane's first render (issue 20): the frame and the tabs are drawn while it downloads, and every
// call waits for it. The ribbon command loads the same chunk (src/commands/commands.ts).
import type * as Adapter from "../excel/index";

const adapter = (): Promise<typeof Adapter> => import(/* webpackChunkName: "adapter" */ "../excel/index");

type Call<K extends keyof typeof Adapter> = (typeof Adapter)[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;

function deferredCall<K extends "readSetup" | "saveConfig" | "importBaseline" | "deleteHistoryPeriod" | "getSelectionAddress" | "selectCell" | "insertNarrative" | "detectSourceFromSelection" | "updateForecast">(name: K): Call<K> {
  return (async (...args: unknown[]) => {
    const loaded = (await adapter())[name] as (...parameters: unknown[]) => unknown;
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
