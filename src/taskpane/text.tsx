// The pane's language, handed down once: components ask `useText()` for their words.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Problem } from "../engine/types";
import { formatProblem, hasText, t, type Lang, type Params } from "../i18n/index";

export interface Text {
  lang: Lang;
  t(code: string, params?: Params): string;
  problem(problem: Problem): string;
  /** The problem's text without its cell (the cell is shown as a link beside it). */
  problemText(problem: Problem): string;
  /** The same as a sentence the pane shows: a capital first, a full stop last, the pane's own wording where it has one. */
  problemSentence(problem: Problem): string;
}

/** "cellen är tom" → "Cellen är tom." The catalogues' texts follow a cell in the command line's output. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return trimmed;
  const capital = trimmed.charAt(0).toLocaleUpperCase("sv-SE") + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

const TextContext = createContext<Text>(makeText("sv"));

function makeText(lang: Lang): Text {
  return {
    lang,
    t: (code, params = {}) => t(code, params, lang),
    problem: (problem) => formatProblem(problem, lang),
    problemText: (problem) => t(problem.code, problem.params, lang),
    problemSentence: (problem) => {
      // The pane words some problems for a person at the pane (which button to use, which field to change).
      const own = `ui.problem.${problem.code}`;
      return asSentence(t(hasText(own) ? own : problem.code, problem.params, lang));
    },
  };
}

export function TextProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeText(lang), [lang]);
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

export function useText(): Text {
  return useContext(TextContext);
}
