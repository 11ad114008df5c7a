// Message catalogues: Swedish by default, English when Office's display language is not Swedish.
// Each domain keeps its own catalogue file; texts.ts merges them, this module looks texts up and formats
// problems.
import type { ProblemCode } from "../engine/problems";
import type { Lang, Problem, ProblemParams } from "../engine/types";
import { texts } from "./texts";

export type { Lang };
export type Params = ProblemParams;
/** A message is a template with {name} placeholders, or a function of the parameters. */
export type Message = string | ((params: Params) => string);
/** Both texts of a message: a catalogue entry without one of them does not compile. */
export type Texts = { sv: Message; en: Message };
export type Catalogue = Record<string, Texts>;
/** Texts of problem codes: keyed by the engine's ProblemCode, so an unknown code does not compile. */
export type ProblemCatalogue = Partial<Record<ProblemCode, Texts>>;

// In the pane, empty until loadTexts.ts has added the display language's texts.
const catalogue: Catalogue = { ...texts };

/** Adds texts to those t() knows (the pane's display language, loaded at Office.onReady). */
export function addTexts(more: Catalogue): void {
  Object.assign(catalogue, more);
}

export function langFromLocale(locale: string | undefined | null): Lang {
  return !locale || locale.toLowerCase().startsWith("sv") ? "sv" : "en";
}

export function hasText(code: string): boolean {
  return code in catalogue;
}

export function t(code: string, params: Params = {}, lang: Lang = "sv"): string {
  return textIn(catalogue, code, params, lang);
}

/** The text of `code` in one catalogue (the sheet's words, which follow the report's language, not the pane's). */
export function textIn(texts: Catalogue, code: string, params: Params = {}, lang: Lang = "sv"): string {
  const entry = texts[code];
  if (!entry) return params && Object.keys(params).length ? `${code} ${JSON.stringify(params)}` : code;
  const message = entry[lang];
  if (typeof message === "function") return message(params);
  // The pane holds only its display language's texts (loadTexts.ts): another language's is missing.
  if (typeof message !== "string") return code;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** "Controller!C7: "4 21O" är inte ett tal" — the cell first, as economists read it. */
export function formatProblem(problem: Problem, lang: Lang = "sv"): string {
  const text = t(problem.code, problem.params, lang);
  return problem.cell ? `${problem.cell}: ${text}` : text;
}
