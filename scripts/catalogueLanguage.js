// webpack loader: one language of the pane's texts (issue 20). For `src/i18n/texts.ts?lang=sv` it leaves
// out every English text (and the reverse): in each `{ sv: …, en: … }` pair the other language's value
// becomes 0, which t() reads as "no text". Sibling catalogue files imported from such a file get the same
// query, so that they are stripped too; type-only imports are left alone (the compiler drops them).
const ts = require("typescript");

const LANGS = ["sv", "en"];

function propertyName(property) {
  const name = property.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/** The source with only `keep`'s texts; pure, exported for tests. */
function keepLanguage(source, keep, fileName = "catalogue.ts") {
  if (!LANGS.includes(keep)) throw new Error(`catalogueLanguage: unknown language ${keep}`);
  const drop = LANGS.find((lang) => lang !== keep);
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      const specifier = node.moduleSpecifier.text;
      if (specifier.startsWith("./") && !specifier.includes("?")) {
        if (specifier === "./index") throw new Error(`${fileName}: a catalogue imports ./index for its values; it would be a second copy of t()`);
        edits.push({ start: node.moduleSpecifier.getStart(file), end: node.moduleSpecifier.getEnd(), text: JSON.stringify(`${specifier}?lang=${keep}`) });
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      const pairs = node.properties.filter((property) => ts.isPropertyAssignment(property));
      const names = pairs.map(propertyName);
      if (LANGS.every((lang) => names.includes(lang))) {
        const dropped = pairs[names.indexOf(drop)];
        edits.push({ start: dropped.initializer.getStart(file), end: dropped.initializer.getEnd(), text: "0" });
        // The kept text may hold pairs of its own (none today); the dropped one is gone with its contents.
        visit(pairs[names.indexOf(keep)].initializer);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

module.exports = function catalogueLanguage(source) {
  const lang = new URLSearchParams(this.resourceQuery.slice(1)).get("lang");
  return keepLanguage(source, lang, this.resourcePath);
};
module.exports.keepLanguage = keepLanguage;
