// What the pane's initial JavaScript is made of, by package or folder, from the bundles' source maps: each
// stretch of minified code counts for the source its mapping names (issue 20's analysis, kept by the bench).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map";

export interface Part {
  name: string;
  /** Minified characters (bytes for the ASCII that minifiers write). */
  bytes: number;
}

// First match wins: Fluent's icons, themes and runtime apart from its components, Prognos by folder.
const GROUPS: [RegExp, string][] = [
  [/node_modules\/@fluentui\/react-icons\//, "@fluentui/react-icons"],
  [/node_modules\/@fluentui\/(react-theme|tokens)\//, "Fluent's themes and tokens"],
  [/node_modules\/@fluentui\/(react-jsx-runtime|react-utilities|react-shared-contexts|react-provider|react-context-selector|react-portal|react-positioning|react-tabster|react-aria|keyboard-keys|priority-overflow)\//, "Fluent's runtime"],
  [/node_modules\/@fluentui\//, "Fluent's components"],
  [/node_modules\/(tabster|keyborg)\//, "tabster and keyborg"],
  [/node_modules\/@griffel\//, "Griffel"],
  [/node_modules\/@floating-ui\//, "@floating-ui"],
  [/node_modules\/(@[^/]+\/[^/]+|[^/]+)\//, "$1"],
  [/\/src\/(\w+)\//, "Prognos: src/$1"],
  [/^webpack\//, "webpack's runtime"],
];

export function partOf(source: string): string {
  const normal = source.replace(/\\/g, "/").replace(/^webpack:\/\/[^/]*\//, "");
  for (const [pattern, name] of GROUPS) {
    const match = pattern.exec(normal.startsWith("webpack/") ? normal : `/${normal}`);
    if (match) return name.replace(/\$(\d)/g, (_, index: string) => match[Number(index)]);
  }
  // Webpack's wrappers around concatenated modules map to "." or to nothing of a file.
  return "webpack's module glue";
}

/** The parts of one minified file with its source map, largest first; code no mapping covers is "unmapped". */
export function partsOf(code: string, map: RawSourceMap): Part[] {
  const lines = code.split("\n");
  const bytes = new Map<string, number>();
  const add = (name: string, count: number) => bytes.set(name, (bytes.get(name) ?? 0) + count);
  const mappings: { line: number; column: number; part: string }[] = [];
  new SourceMapConsumer(map).eachMapping((mapping) => {
    mappings.push({ line: mapping.generatedLine, column: mapping.generatedColumn, part: mapping.source ? partOf(mapping.source) : "unmapped" });
  });
  mappings.sort((a, b) => a.line - b.line || a.column - b.column);
  lines.forEach((text, index) => {
    const onLine = mappings.filter((mapping) => mapping.line === index + 1);
    add("unmapped", onLine.length ? onLine[0].column : text.length);
    onLine.forEach((mapping, at) => add(mapping.part, (at + 1 < onLine.length ? onLine[at + 1].column : text.length) - mapping.column));
  });
  return [...bytes].filter(([, count]) => count > 0).map(([name, count]) => ({ name, bytes: count })).sort((a, b) => b.bytes - a.bytes);
}

/** The parts of several files of dist/ together; null when one of them has no .map beside it. */
export function composition(dist: string, files: string[]): Part[] | null {
  if (!files.every((file) => existsSync(path.join(dist, `${file}.map`)))) return null;
  const total = new Map<string, number>();
  for (const file of files) {
    const mapFile = path.join(dist, `${file}.map`);
    for (const part of partsOf(readFileSync(path.join(dist, file), "utf8"), JSON.parse(readFileSync(mapFile, "utf8")) as RawSourceMap)) {
      total.set(part.name, (total.get(part.name) ?? 0) + part.bytes);
    }
  }
  return [...total].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}
