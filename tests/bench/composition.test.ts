import { SourceMapGenerator } from "source-map";
import { partOf, partsOf } from "../../bench/composition";

describe("partOf", () => {
  it.each([
    ["webpack://prognos/./node_modules/react-dom/cjs/react-dom.production.min.js", "react-dom"],
    ["webpack://prognos/./node_modules/@fluentui/react-button/lib/Button.js", "Fluent's components"],
    ["webpack://prognos/./node_modules/@fluentui/react-theme/lib/index.js", "Fluent's themes and tokens"],
    ["webpack://prognos/./node_modules/@fluentui/react-tabster/lib/focus/constants.js", "Fluent's runtime"],
    ["webpack://prognos/./node_modules/@emotion/hash/dist/hash.esm.js", "@emotion/hash"],
    ["webpack://prognos/./src/engine/compute.ts", "Prognos: src/engine"],
    ["webpack://prognos/webpack/runtime/startup prefetch", "webpack's runtime"],
    ["webpack://prognos/.", "webpack's module glue"],
  ])("%s → %s", (source, part) => {
    expect(partOf(source)).toBe(part);
  });
});

describe("partsOf", () => {
  it("counts each stretch of minified code for the source of the mapping that starts it", () => {
    // Line 1: 3 unmapped characters, 10 of react-dom, 5 of the engine; line 2: 4 of the engine.
    const code = `!0;${"r".repeat(10)}${"e".repeat(5)}\n${"e".repeat(4)}`;
    const map = new SourceMapGenerator({ file: "bundle.js" });
    const at = (line: number, column: number, source: string) => map.addMapping({ generated: { line, column }, original: { line: 1, column: 0 }, source });
    at(1, 3, "webpack://prognos/./node_modules/react-dom/index.js");
    at(1, 13, "webpack://prognos/./src/engine/compute.ts");
    at(2, 0, "webpack://prognos/./src/engine/rows.ts");
    expect(partsOf(code, JSON.parse(map.toString()))).toEqual([
      { name: "react-dom", bytes: 10 },
      { name: "Prognos: src/engine", bytes: 9 },
      { name: "unmapped", bytes: 3 },
    ]);
  });
});
