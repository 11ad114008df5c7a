// The pane's one breakpoint: below it the pane is as narrow as a 320 px pane at 200 % zoom (160 CSS px),
// and rows that sit side by side at 320 px go one under the other. Griffel's build evaluates this file
// for the styles that use it: plain constants only (a typed function here broke the build).
export const NARROW_QUERY = "(max-width: 259px)";
export const NARROW = `@media ${NARROW_QUERY}`;
// A second one, for the history's table alone: at body size (14 px) its four columns of text did not fit a
// 320 px pane (the screens e2e saw it scroll sideways), so up to a 340 px pane its rows stack as when narrow.
export const COMPACT_QUERY = "(max-width: 339px)";
export const COMPACT = `@media ${COMPACT_QUERY}`;

/** Read by screen readers, not shown (the usual clip pattern); for a heading or label the eye does not need. */
// Object.freeze keeps the literal types without TypeScript syntax, which Griffel's build evaluation cannot read.
export const VISUALLY_HIDDEN = Object.freeze({ position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" });
