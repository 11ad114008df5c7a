// The pane's one breakpoint: below it the pane is as narrow as a 320 px pane at 200 % zoom (160 CSS px),
// and rows that sit side by side at 320 px go one under the other. Griffel's build evaluates this file
// for the styles that use it: plain constants only (a typed function here broke the build).
export const NARROW_QUERY = "(max-width: 259px)";
export const NARROW = `@media ${NARROW_QUERY}`;
