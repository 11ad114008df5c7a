// What the pane's build puts in place of texts.ts (webpack.config.js): no texts until loadTexts.ts has
// loaded the display language's.
import type { Catalogue } from "./index";

export const texts: Catalogue = {};
