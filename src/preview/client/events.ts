// What the shim (client/shim.ts) and the preview page (page/) share through the window.

/** Dispatched on window after every run through the preview's Excel.run, so the sheet view can redraw. */
export const WORKBOOK_CHANGED = "prognos-preview:workbook";

/** window.prognosPreviewHost: what the page's toolbar asks of the Office stand-in. */
export interface PreviewHost {
  /** Runs a ribbon function (ExecuteFunction) as Office does; resolves when it calls event.completed(). */
  executeFunction(name: string): Promise<void>;
}
