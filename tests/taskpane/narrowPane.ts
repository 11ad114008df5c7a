// jsdom has no matchMedia; the pane's useNarrow reads it (layout.ts, NARROW_QUERY).
import { NARROW_QUERY } from "../../src/taskpane/layout";

/** Installs a matchMedia that answers the pane's narrow query as told. */
export function paneIsNarrow(narrow: boolean): void {
  window.matchMedia = ((query: string) => ({
    matches: narrow && query === NARROW_QUERY,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}
