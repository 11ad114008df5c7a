// The pane's language, handed down once: components ask `useText()` for their words.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Problem } from "../engine/types";
import { formatProblem, t, type Lang, type Params } from "../i18n/index";

export interface Text {
  lang: Lang;
  t(code: string, params?: Params): string;
  problem(problem: Problem): string;
  /** The problem's text without its cell (the cell is shown as a link beside it). */
  problemText(problem: Problem): string;
}

const TextContext = createContext<Text>(makeText("sv"));

function makeText(lang: Lang): Text {
  return {
    lang,
    t: (code, params = {}) => t(code, params, lang),
    problem: (problem) => formatProblem(problem, lang),
    problemText: (problem) => t(problem.code, problem.params, lang),
  };
}

export function TextProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeText(lang), [lang]);
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

export function useText(): Text {
  return useContext(TextContext);
}
