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

/**
 * Paragraphs in the seed's order: grant, period result, full-year forecast, change since the baseline (and the
 * year's sentence). A figure a `check` warning doubts is never stated without saying so: the paragraph ends
 * with a bracketed note for the economist (the grant's growth is left out altogether, see the phrasebooks).
 */
export function draftNarrative(report: Report, options: NarrativeOptions): string[] {
  const lang = options.lang ?? "sv";
  const book = PHRASEBOOKS[lang];
  const facts = collectFacts(report, options.previousYearGrant);
  const doubts = doubtsOf(report);
  const noted = (paragraph: string | null, reasons: Doubt[]) => {
    if (paragraph === null || reasons.length === 0) return paragraph;
    const why = reasons.map((reason) => DOUBTS[reason][lang](doubts.params)).join("; ");
    return `${paragraph} [${CHECK_NOTE[lang]}: ${why}${why.endsWith("?") ? "" : "."}]`;
  };
  return [
    book.grantParagraph(facts),
    noted(book.periodParagraph(facts), doubts.period),
    noted(book.fullYearParagraph(facts), doubts.fullYear),
    noted(withYearSentences(book.changeParagraph(facts), report, options, lang), doubts.change),
  ].filter((paragraph): paragraph is string => paragraph !== null);
}

type Doubt = "periodMismatch" | "totalMismatch" | "missingArea" | "scaleSlip" | "signFlipped" | "sameAsBaseline";

const CHECK_NOTE: Record<Lang, string> = { sv: "Kontrollera", en: "Check" };

const DOUBTS: Record<Doubt, Record<Lang, (params: { found: string }) => string>> = {
  periodMismatch: { sv: (p) => `källan anger ${p.found}, en annan period än rapportens`, en: (p) => `the source says ${p.found}, another period than the report's` },
  totalMismatch: { sv: () => "källans summarad stämmer inte med raderna", en: () => "the source's total row does not match its rows" },
  missingArea: { sv: () => "ett verksamhetsområde i föregående prognos saknas nu", en: () => "a business area of the previous forecast is missing now" },
  scaleSlip: { sv: () => "beloppen är omkring 1 000 gånger fel mot föregående prognos (enheten?)", en: () => "the amounts are about 1,000 times off the previous forecast (the unit?)" },
  signFlipped: { sv: () => "ett belopp har bytt tecken sedan föregående prognos", en: () => "an amount has changed sign since the previous forecast" },
  sameAsBaseline: { sv: () => "alla belopp är desamma som i föregående prognos – är källan uppdaterad?", en: () => "every figure equals the previous forecast – is the source up to date?" },
};

/** Which paragraphs the report's check warnings doubt, and why. */
function doubtsOf(report: Report): { period: Doubt[]; fullYear: Doubt[]; change: Doubt[]; params: { found: string } } {
  const codes = new Set<string>(report.warnings.filter((warning) => warning.severity === "check").map((warning) => warning.code));
  const present = (list: Doubt[]): Doubt[] => list.filter((code) => codes.has(code));
  const period = report.warnings.find((warning) => warning.code === "periodMismatch");
  return {
    period: present(["periodMismatch"]),
    fullYear: present(["totalMismatch", "missingArea", "scaleSlip", "signFlipped"]),
    change: present(["sameAsBaseline", "scaleSlip", "signFlipped"]),
    params: { found: String(period?.params.found ?? "") },
  };
}
