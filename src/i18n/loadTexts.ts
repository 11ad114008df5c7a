// The pane's texts, in the display language only: each language is its own chunk, built from texts.ts by
// scripts/catalogueLanguage.js, which leaves out the other language's texts (issue 20).
import { addTexts, type Lang } from "./index";

export async function loadTexts(lang: Lang): Promise<void> {
  const { texts } = lang === "sv" ? await import(/* webpackChunkName: "texts-sv" */ "./texts?lang=sv") : await import(/* webpackChunkName: "texts-en" */ "./texts?lang=en");
  addTexts(texts);
}
