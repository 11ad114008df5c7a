// The draft of the paragraphs economists write under the table (design §2, "Narrative"):
// deterministic, pure, from the report's numbers only — a person edits it before use.
import type { Lang, Report } from "./types";
import { collectFacts, type NarrativeFacts } from "./narrative/facts";
import * as en from "./narrative/en";
import * as sv from "./narrative/sv";
import { withYearSentences, type YearNarrativeData } from "./narrative/year";

export { amountInWords, joinList } from "./narrative/words";
export { zeroLimit } from "./narrative/facts";

/** With development/accuracy data (issue 22) the change paragraph gains the year's sentence; without, the draft is as before. */
export interface NarrativeOptions extends YearNarrativeData {
  /** Kronor; when set, the draft opens with the grant and its growth since last year. */
  previousYearGrant: number | null;
  lang?: Lang;
}

type Phrasebook = {
  grantParagraph(facts: NarrativeFacts): string | null;
  periodParagraph(facts: NarrativeFacts): string | null;
  fullYearParagraph(facts: NarrativeFacts): string;
  changeParagraph(facts: NarrativeFacts): string | null;
};

const PHRASEBOOKS: Record<Lang, Phrasebook> = { sv, en };

/** Paragraphs in the seed's order: grant, period result, full-year forecast, change since the baseline (and the year's sentence). */
export function draftNarrative(report: Report, options: NarrativeOptions): string[] {
  const book = PHRASEBOOKS[options.lang ?? "sv"];
  const facts = collectFacts(report, options.previousYearGrant);
  return [book.grantParagraph(facts), book.periodParagraph(facts), book.fullYearParagraph(facts), withYearSentences(book.changeParagraph(facts), report, options, options.lang)]
    .filter((paragraph): paragraph is string => paragraph !== null);
}
