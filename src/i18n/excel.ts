import type { Catalogue } from "./index";

export const excelMessages: Catalogue = {};
