// Which Office JavaScript API members a set of source files uses, and the requirement set each needs,
// read from @types/office-js: the TypeScript checker resolves every property access, call (with its
// overload), destructured property and enum value written as a string to its declaration, whose doc
// comment carries "[Api set: ExcelApi 1.7]" or "**Requirement set**: {@link … | SharedRuntime 1.1}".
// A member without a tag takes its class's; none at all means no requirement set.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface Requirement {
  set: string;
  /** "1.7"; "Preview" sorts above every number. */
  version: string;
}

export interface MemberUse {
  /** "Excel.ChartSeriesCollection.add", "Excel.ChartType.barStacked" (an enum value written as "BarStacked"). */
  member: string;
  requirement: Requirement | null;
  /** "src/excel/write.ts:97" */
  where: string;
  /** Inside the true branch of a condition that checks isSetSupported(set, version ≥ the requirement). */
  guarded: boolean;
}

const ROOT = join(__dirname, "..", "..");
const OFFICE_TYPES = join("node_modules", "@types", "office-js", "index.d.ts");

const OTHER_APPLICATIONS = /^(Mailbox|Word|PowerPoint|OneNote|Visio|Project)/;

export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (v === "Preview" ? [Infinity] : v.split(".").map(Number));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function isOfficeDeclaration(node: ts.Node): boolean {
  return node.getSourceFile().fileName.endsWith(OFFICE_TYPES.replace(/\\/g, "/"));
}

/** The doc comment right above a declaration. */
function docOf(node: ts.Node): string {
  const text = node.getSourceFile().text;
  return text.slice(node.getFullStart(), node.getStart()).split("/**").pop() ?? "";
}

interface UseShape {
  write: boolean;
  /** Parameters the call passes (names from the chosen overload). */
  passed: Set<string>;
}

/**
 * The requirement a tag states for this use. Most tags name one version; a few name several with a
 * condition ("1.1 for reading visibility; 1.2 for setting it", "1.15 for adding `alwaysInsert` parameter"):
 * the highest version whose condition holds is taken, and an unconditional later version always holds.
 */
export function requirementOfTag(doc: string, use: UseShape): Requirement | null | undefined {
  const tags = [
    ...[...doc.matchAll(/\*\*Requirement set\*\*:\s*(?:\{@link [^|}]*\|\s*([^}]+)\}|\[([^\]]+)\])/g)].map((m) => (m[1] ?? m[2]).trim()),
    ...[...doc.matchAll(/\[Api set:\s*([^\]]+)\]/g)].map((m) => m[1].trim()),
  ];
  if (tags.length === 0) return undefined;
  // Another application's sets (Outlook's Mailbox on Office.AddinCommands.Event.completed) describe that application only.
  const text = tags.find((tag) => !OTHER_APPLICATIONS.test(tag));
  if (text === undefined || /^Not in a set/i.test(text)) return null;
  const first = /^([A-Za-z]+)\s*(\d+(?:\.\d+)?)?/.exec(text);
  if (!first) return null;
  const set = first[1];
  const clauses = text.split(/;|,\s*(?=(?:[A-Za-z]+\s+)?(?:\d|Preview))|\s\/\s/).map((clause) => clause.trim());
  let best: string | null = null;
  let fallback: string | null = null;
  for (const clause of clauses) {
    const match = /^(?:[A-Za-z]+\s+)?(\d+(?:\.\d+)?|Preview)\b(.*)$/.exec(clause);
    if (!match) continue;
    const [, version, condition] = match;
    fallback ??= version;
    const parameter = /`(\w+)`/.exec(condition)?.[1] ?? /\bfor (password|options)\b/.exec(condition)?.[1];
    const holds = /\bset(ting)?\b/.test(condition) ? use.write : /\b(get|getting|reading)\b/.test(condition) ? !use.write : parameter ? use.passed.has(parameter) : true;
    if (holds && (best === null || compareVersions(version, best) > 0)) best = version;
  }
  const version = best ?? fallback ?? first[2];
  return version ? { set, version } : { set, version: "1.1" };
}

/** The tag of a declaration, else of the class, interface or enum around it. */
function requirementOf(declaration: ts.Node, use: UseShape): Requirement | null {
  for (let node: ts.Node | undefined = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    if (ts.isModuleBlock(node) || ts.isModuleDeclaration(node)) return null;
    const found = requirementOfTag(docOf(node), use);
    if (found !== undefined) return found;
  }
  return null;
}

function qualifiedName(declaration: ts.Node, name: string): string {
  const path: string[] = [name];
  for (let node = declaration.parent; node && !ts.isSourceFile(node); node = node.parent) {
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node) || ts.isModuleDeclaration(node)) && node.name) path.unshift(node.name.getText());
  }
  return path.join(".");
}

function isWrite(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

/** isSetSupported("ExcelApi", "1.9") calls in a condition. */
function guardsIn(condition: ts.Node): Requirement[] {
  const found: Requirement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && /isSetSupported$/.test(node.expression.getText()) && node.arguments.length >= 1 && ts.isStringLiteral(node.arguments[0])) {
      const version = node.arguments[1] && ts.isStringLiteral(node.arguments[1]) ? node.arguments[1].text : "1.1";
      found.push({ set: node.arguments[0].text, version });
    }
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return found;
}

function isGuarded(node: ts.Node, requirement: Requirement | null): boolean {
  if (!requirement) return true;
  const covers = (condition: ts.Node) => guardsIn(condition).some((guard) => guard.set === requirement.set && compareVersions(guard.version, requirement.version) >= 0);
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child && covers(parent.expression)) return true;
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child && covers(parent.condition)) return true;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child && covers(parent.left)) return true;
  }
  return false;
}

function where(node: ts.Node): string {
  const file = node.getSourceFile();
  return `${relative(ROOT, file.fileName).replace(/\\/g, "/")}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/** The enum member a string literal stands for, when the place it is written to takes an Office enum. */
function enumMember(checker: ts.TypeChecker, literal: ts.StringLiteralLike, expected: ts.Type | undefined): ts.Symbol | undefined {
  const types = expected ? (expected.isUnion() ? expected.types : [expected]) : [];
  const member = types.find((type) => type.flags & ts.TypeFlags.EnumLiteral && type.isStringLiteral() && type.value === literal.text)?.symbol;
  return member?.declarations?.some(isOfficeDeclaration) ? member : undefined;
}

/**
 * Office declares most methods that take an enum twice: with the enum, and with its values as a string
 * union. A string argument resolves to the second; the enum member is found in the first.
 */
function enumOfOverloads(checker: ts.TypeChecker, literal: ts.StringLiteralLike): ts.Symbol | undefined {
  const call = literal.parent;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const index = call.arguments.indexOf(literal as ts.Expression);
  const declarations = checker.getSymbolAtLocation(call.expression.name)?.declarations ?? [];
  for (const declaration of declarations) {
    const parameter = ts.isFunctionLike(declaration) ? declaration.parameters[index] : undefined;
    const member = parameter?.type ? enumMember(checker, literal, checker.getTypeFromTypeNode(parameter.type)) : undefined;
    if (member) return member;
  }
  return undefined;
}

function collect(program: ts.Program, file: ts.SourceFile): MemberUse[] {
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  const record = (node: ts.Node, symbol: ts.Symbol | undefined, shape: UseShape, declaration?: ts.Declaration) => {
    const declarations = (declaration ? [declaration] : symbol?.declarations ?? []).filter(isOfficeDeclaration);
    if (!symbol || declarations.length === 0) return;
    // A reference that is not a call (Excel.run handed on as a value) needs only its least demanding overload.
    const requirements = declarations.map((d) => requirementOf(d, shape));
    const requirement = requirements.reduce<Requirement | null>((low, r) => (low === null || r === null ? null : compareVersions(r.version, low.version) < 0 ? r : low), requirements[0]);
    uses.push({ member: qualifiedName(declarations[0], symbol.getName()), requirement, where: where(node), guarded: isGuarded(node, requirement) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const symbol = checker.getSymbolAtLocation(node.name);
      const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
      const signature = call ? checker.getResolvedSignature(call) : undefined;
      const declaration = signature?.getDeclaration();
      const passed = new Set((declaration?.parameters ?? []).slice(0, call?.arguments.length ?? 0).map((p) => p.name.getText()));
      record(node, symbol, { write: isWrite(node), passed }, declaration && isOfficeDeclaration(declaration) ? declaration : undefined);
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const name = (node.propertyName ?? node.name).getText();
      const symbol = checker.getTypeAtLocation(node.parent).getProperty(name);
      record(node, symbol, { write: false, passed: new Set() });
    } else if (ts.isStringLiteralLike(node)) {
      let expected = checker.getContextualType(node);
      const parent = node.parent;
      if (!expected && ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)) {
        expected = checker.getTypeAtLocation(parent.left === node ? parent.right : parent.left);
      }
      const member = enumMember(checker, node, expected) ?? enumOfOverloads(checker, node);
      if (member) record(node, member, { write: false, passed: new Set() });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

/** Every Office member the files use, in file order. */
export function officeMembersUsed(files: string[]): MemberUse[] {
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  return files.flatMap((file) => {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the program`);
    return collect(program, source);
  });
}

/** The requirement sets the manifest asks for: { ExcelApi: "1.7", SharedRuntime: "1.1" }. */
export function manifestSets(manifestXml: string): Record<string, string> {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? "";
  const fallback = /<Sets[^>]*DefaultMinVersion="([^"]+)"/.exec(requirements)?.[1] ?? "1.1";
  const sets: Record<string, string> = {};
  for (const match of requirements.matchAll(/<Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?/g)) sets[match[1]] = match[2] ?? fallback;
  return sets;
}

/** The uses that need more than the manifest asks for and are not guarded by isSetSupported. */
export function beyondManifest(uses: MemberUse[], sets: Record<string, string>): MemberUse[] {
  return uses.filter(({ requirement, guarded }) => {
    if (!requirement || guarded) return false;
    const granted = sets[requirement.set];
    return granted === undefined || compareVersions(requirement.version, granted) > 0;
  });
}

export function readManifest(): string {
  return readFileSync(join(ROOT, "manifest.xml"), "utf8");
}

/** The .ts and .tsx files under the given folders of the repository, absolute. */
export function sourceFiles(folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
      .map((file) => join(ROOT, folder, file))
      .sort(),
  );
}

export function repositoryFile(path: string): string {
  return join(ROOT, path);
}
