// The catalogue as a Markdown table for docs/reliability.md (between the markers below). The doc test
// fails when the file is stale; UPDATE_RELIABILITY_DOC=1 npx jest tests/reliability/doc.test.ts rewrites it.
import { CATALOGUE } from "../fixtures/bad-inputs/catalogue";
import type { BadInput, ProblemRef } from "../fixtures/bad-inputs/types";

export const START = "<!-- catalogue:start (generated from tests/fixtures/bad-inputs/catalogue.ts; do not edit) -->";
export const END = "<!-- catalogue:end -->";

/** Text safe in a Markdown table cell: no markup from the hostile labels, no column breaks. */
function cell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "&#124;")
    .replace(/`/g, "&#96;")
    .replace(/[\u0000-\u001f\u200b]/g, (character) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

function problems(list: ProblemRef[]): string {
  return list.map((problem) => `${problem.cell ? `${problem.code} @ ${problem.cell}` : problem.code}${problem.severity ? ` (${problem.severity})` : ""}`).join(", ");
}

function outcome(entry: BadInput): string {
  const expected = entry.expected;
  if (expected.kind === "refused") return `**refused**, file unchanged: ${problems(expected.errors)}`;
  const warnings = expected.warnings.length > 0 ? ` Warnings: ${problems(expected.warnings)}.` : "";
  const asks = expected.warnings.some((warning) => warning.severity === "check");
  return `${asks ? "**asks first** (nothing written until the go-ahead), then " : ""}**interpreted**: ${expected.reading}${warnings}`;
}

export function catalogueSection(): string {
  const refused = CATALOGUE.filter((entry) => entry.expected.kind === "refused").length;
  const asking = CATALOGUE.filter((entry) => entry.expected.kind === "interpreted" && entry.expected.warnings.some((warning) => warning.severity === "check")).length;
  const open = CATALOGUE.filter((entry) => entry.openBug).length;
  const lines = [
    START,
    "",
    `${CATALOGUE.length} cases: ${refused} refused with the cells named (the saved .xlsx byte-for-byte unchanged), ` +
      `${CATALOGUE.length - refused} interpreted (numbers, arrows and warnings checked; labels written as text), ` +
      `${asking} of them only after the economist's go-ahead: their \`check\` warnings say the report may be wrong, so the add-in ` +
      "first writes nothing (file byte-for-byte unchanged) and `prognos --strict` refuses. Every warning shows its severity, check or info. " +
      (open === 0
        ? "Every case does what the table says."
        : `${open} do not yet do what the table says: their tests fail, and the last column says what happens instead.`),
    "",
    "| # | id | category | what the economist did | expected outcome | open bug |",
    "| --- | --- | --- | --- | --- | --- |",
    ...CATALOGUE.map((entry, index) =>
      [index + 1, `\`${entry.id}\``, entry.category, cell(entry.did), cell(outcome(entry)), entry.openBug ? cell(entry.openBug) : ""]
        .join(" | ")
        .replace(/^/, "| ")
        .replace(/$/, " |"),
    ),
    "",
    END,
  ];
  return lines.join("\n");
}

/** The doc with its generated section replaced. */
export function withCatalogue(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error("docs/reliability.md lacks the catalogue markers");
  return doc.slice(0, start) + catalogueSection() + doc.slice(end + END.length);
}
