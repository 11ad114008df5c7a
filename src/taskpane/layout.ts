// The pane's one breakpoint: below it the pane is as narrow as a 320 px pane at 200 % zoom (160 CSS px),
// and rows that sit side by side at 320 px go one under the other.
export const NARROW = "@media (max-width: 259px)";
