// Every text of every domain in both languages. Node (the command line, the tests) uses it as it is; the
// pane's build replaces it with an empty catalogue and loads one language of it at Office.onReady
// (loadTexts.ts), so that the first load carries no texts at all (issue 20).
import type { ProblemCode } from "../engine/problems";
import { engineMessages } from "./engine";
import { excelProblemMessages, reportWords } from "./excel";
import type { Catalogue, Texts } from "./index";
import { uiMessages } from "./ui";
import { uiYearMessages } from "./uiYear";

// Every problem code has its texts: a code missing from both catalogues is a compile error here.
const problemMessages: Record<ProblemCode, Texts> = { ...engineMessages, ...excelProblemMessages };

export const texts: Catalogue = { ...problemMessages, ...reportWords, ...uiMessages, ...uiYearMessages };
