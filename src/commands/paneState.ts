// The one piece of state the ribbon command and the task pane share. Both bundles load in the same
// page (shared runtime; webpack's dependOn keeps one copy of this module), so a plain module works:
// the command posts what the pane should show, the pane subscribes when it mounts.
// No React and no adapter code here: the commands bundle must stay small and load fast.
import type { Problem } from "../engine/types";
import type { UpdateResult } from "../excel/types";

export type PaneView = "update" | "setup" | "history";

export interface PaneRequest {
  view: PaneView;
  /** The update the ribbon ran (shown as the pane's result), or null. */
  result: UpdateResult | null;
  /** Problems met before any update could run (e.g. an unreadable stored configuration). */
  problems: Problem[];
}

type Listener = (request: PaneRequest) => void;

let pending: PaneRequest | null = null;
const listeners = new Set<Listener>();

/** Shows `request` in the pane now, or as soon as the pane mounts. */
export function postToPane(request: PaneRequest): void {
  if (listeners.size === 0) {
    pending = request;
    return;
  }
  pending = null;
  for (const listener of listeners) listener(request);
}

/** The pane's subscription; a request posted before the pane existed is delivered at once. */
export function subscribePane(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) {
    const request = pending;
    pending = null;
    listener(request);
  }
  return () => {
    listeners.delete(listener);
  };
}
