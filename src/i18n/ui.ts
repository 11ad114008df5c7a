import type { Catalogue } from "./index";

export const uiMessages: Catalogue = {};
