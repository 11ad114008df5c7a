/** The performance mark the shim sets when office.js's Excel client is ready: the bench reads it, to tell the
 * part of the pane's "ready" that waits on office.js's 1.4 MB client from the pane's own. */
export const EXCEL_CLIENT_READY_MARK = "preview:excel-client-ready";
