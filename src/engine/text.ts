// Text normalisation for labels and headers typed by people: line breaks, hyphenation, dashes.

const SOFT_HYPHEN = /\u00ad/g;
// Characters nobody sees in Excel: zero-width spaces and joiners, word joiner, BOM, bidi marks, and the C0/C1
// control characters other than tab and line breaks (spaces, NEL included). Pasted from e-mail, web pages or old
// systems, they would make "Individ och familj" a new area that looks like the old one. They are dropped
// without a warning: the name is read as the economist sees it, and there is nothing visible to point at.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// "förvaltnings-\növergripande" is a word hyphenated at a line break; "arbetsmarknads- och" is not.
const HYPHEN_AT_BREAK = /-[ \t]*\r?\n\s*(?!(?:och|eller|samt|and|or)\b)/g;
const WHITESPACE = /[\s\u0085\u00a0\u202f\u2009]+/g; // NEL (U+0085) is a line break too

/** The area name as shown in the report: invisible characters dropped, hyphenation at line breaks joined, spaces collapsed. */
export function displayLabel(text: string): string {
  return text.replace(INVISIBLE, "").replace(SOFT_HYPHEN, "").replace(HYPHEN_AT_BREAK, "").replace(WHITESPACE, " ").trim();
}

/** The key rows are summed by: case, spacing and hyphenation do not make a new area. */
export function labelKey(text: string): string {
  return displayLabel(text).toLocaleLowerCase("sv").replace(/\s*[:.]$/, "");
}

/** A header as matched against the field patterns: lower case, dashes unified, spaces collapsed. */
export function normaliseHeader(text: string): string {
  return displayLabel(text)
    .toLocaleLowerCase("sv")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

// Labels of rows that are totals, never added: they cross-check the sum (design §2).
const TOTAL_LABEL =
  /^(summa|totalt?|totalsumma|total sum|grand total|sum|sammanlagt|nämnden totalt|nämndens ram|nämndens totala ram|ram totalt|nämnden summa)(\b|$)/;

export function isTotalLabel(text: string): boolean {
  const key = labelKey(text);
  return TOTAL_LABEL.test(key) || /^summa\s/.test(key) || /\btotalt$/.test(key);
}
