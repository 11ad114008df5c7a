// The pane's breakpoint (layout.ts) for what CSS cannot do, such as an SVG's own coordinates.
import { useEffect, useState } from "react";
import { NARROW_QUERY } from "./layout";

const narrowList = (): MediaQueryList | null =>
  typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(NARROW_QUERY) : null;

/** Whether the pane is narrow now; false where there is no matchMedia. */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => narrowList()?.matches ?? false);
  useEffect(() => {
    const list = narrowList();
    if (!list) return;
    const changed = () => setNarrow(list.matches);
    changed();
    list.addEventListener("change", changed);
    return () => list.removeEventListener("change", changed);
  }, []);
  return narrow;
}
