// The pane's one-language texts (scripts/catalogueLanguage.js, issue 20): the kept language's texts are the
// catalogue's own, every code is there, and the other language's are gone.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { keepLanguage } from "../../scripts/catalogueLanguage";
import { textIn, type Catalogue, type Lang } from "../../src/i18n/index";
import { texts as allTexts } from "../../src/i18n/texts";

const I18N = path.resolve(__dirname, "../../src/i18n");

/** Loads src/i18n/<file>.ts as the loader makes it for `lang`, with its sibling catalogues made the same way. */
function loadStripped(file: string, lang: Lang, loaded = new Map<string, Record<string, unknown>>()): Record<string, unknown> {
  const known = loaded.get(file);
  if (known) return known;
  const source = keepLanguage(readFileSync(path.join(I18N, `${file}.ts`), "utf8"), lang, `${file}.ts`);
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } });
  const exports: Record<string, unknown> = {};
  loaded.set(file, exports);
  const requireSibling = (specifier: string) => {
    const sibling = /^\.\/(\w+)\?lang=(sv|en)$/.exec(specifier);
    if (sibling) {
      expect(sibling[2]).toBe(lang);
      return loadStripped(sibling[1], lang, loaded);
    }
    if (specifier.startsWith("./")) throw new Error(`${file}.ts imports ${specifier} without the language`);
    // Helpers from outside the catalogues (number formats) are the same modules as everywhere.
    return jest.requireActual(path.resolve(I18N, specifier));
  };
  new Function("exports", "require", outputText)(exports, requireSibling);
  return exports;
}

describe.each<[Lang, Lang]>([
  ["sv", "en"],
  ["en", "sv"],
])("texts.ts with only %s", (keep, drop) => {
  const texts = loadStripped("texts", keep).texts as Catalogue;

  test("has every code of the whole catalogue, with the same text", () => {
    expect(Object.keys(texts).sort()).toEqual(Object.keys(allTexts).sort());
    for (const [code, entry] of Object.entries(allTexts)) {
      const own = entry[keep];
      if (typeof own === "string") expect(texts[code][keep]).toBe(own);
      else expect(typeof texts[code][keep]).toBe("function");
    }
  });

  test("a text with parameters reads the same", () => {
    const params = { cell: "Controller!C7", value: "4 21O", date: "31 oktober 2024", rows: 4, month: "oktober 2024" };
    for (const code of ["ui.setup.imported", "report.legend", "ui.update.reportMonthHint"]) {
      expect(textIn(texts, code, params, keep)).toBe(textIn(allTexts, code, params, keep));
    }
  });

  test(`holds no ${drop} text: t() in ${drop} gives the code`, () => {
    for (const [code, entry] of Object.entries(texts)) {
      expect(entry[drop]).toBe(0);
      expect(textIn(texts, code, {}, drop)).toBe(code);
    }
  });
});

test("only pairs of both languages lose a text; strings that look like a pair stay", () => {
  const source = [
    'import { helper } from "../engine/numbers";',
    'import type { Catalogue } from "./index";',
    'import { more } from "./ui";',
    "export const words = {",
    '  a: { sv: "en: inte en nyckel", en: (p) => `x ${p.n}` },',
    '  "b": { "sv": `sv`, "en": "en" }, // en: a comment',
    '  c: { en: "only English" },',
    "};",
  ].join("\n");
  const kept = keepLanguage(source, "sv");
  expect(kept).toContain('a: { sv: "en: inte en nyckel", en: 0 }');
  expect(kept).toContain('"b": { "sv": `sv`, "en": 0 }, // en: a comment');
  expect(kept).toContain('c: { en: "only English" }');
  expect(kept).toContain('from "./ui?lang=sv"');
  expect(kept).toContain('from "../engine/numbers"');
  expect(kept).toContain('import type { Catalogue } from "./index"');
  expect(() => keepLanguage('import { t } from "./index";', "en")).toThrow(/second copy of t\(\)/);
  expect(() => keepLanguage("", "de")).toThrow(/unknown language de/);
});
