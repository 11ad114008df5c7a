// The requirement-set test: every Office member src/excel, src/commands and src/taskpane use, with the
// [Api set: …] tag @types/office-js gives it, must be within the manifest's requirement sets (ExcelApi 1.7,
// SharedRuntime 1.1) unless an isSetSupported guard protects the use. docs/excel-fidelity.md lists them.
import { readFileSync, writeFileSync } from "node:fs";
import { beyondManifest, manifestSets, officeMembersUsed, readManifest, repositoryFile, requirementOfTag, sourceFiles, type MemberUse } from "./apiSets";
import { apiSetsSection, END, START, withApiSets } from "./apiSetsDoc";

jest.setTimeout(120_000);

const SETS = manifestSets(readManifest());
const fixture = (name: string) => repositoryFile(`tests/requirements/fixtures/${name}.ts`);
const brief = (uses: MemberUse[]) => uses.map((use) => `${use.member} ${use.requirement?.set} ${use.requirement?.version} ${use.where}`).sort();

let used: MemberUse[];
let fixtures: Record<string, MemberUse[]>;

beforeAll(() => {
  // One program for everything: the checker is the slow part.
  const files = sourceFiles(["src/excel", "src/commands", "src/taskpane"]);
  const names = ["excelApi19", "excelApi19Guarded", "enumAndOverload"];
  const all = officeMembersUsed([...files, ...names.map(fixture)]);
  const inFixture = (name: string) => (use: MemberUse) => use.where.startsWith(`tests/requirements/fixtures/${name}.ts:`);
  used = all.filter((use) => use.where.startsWith("src/"));
  fixtures = Object.fromEntries(names.map((name) => [name, all.filter(inFixture(name))]));
});

it("reads the manifest's requirement sets", () => {
  expect(SETS).toEqual({ SharedRuntime: "1.1", ExcelApi: "1.7" });
});

it("finds the members the adapter, the ribbon and the pane use, with their sets", () => {
  const requirement = (member: string) => new Set(used.filter((use) => use.member === member).map((use) => use.requirement && `${use.requirement.set} ${use.requirement.version}`));
  expect(requirement("Excel.WorkbookProtection.protected")).toEqual(new Set(["ExcelApi 1.7"]));
  expect(requirement("Excel.ChartSeriesCollection.add")).toEqual(new Set(["ExcelApi 1.7"]));
  expect(requirement("Excel.TableRowCollection.add")).toEqual(new Set(["ExcelApi 1.4"])); // several rows, no alwaysInsert
  expect(requirement("Excel.Worksheet.visibility")).toEqual(new Set(["ExcelApi 1.1", "ExcelApi 1.2"])); // read; set
  expect(requirement("Excel.IconSet.threeArrows")).toEqual(new Set(["ExcelApi 1.2"])); // written as "ThreeArrows"
  expect(requirement("Excel.ChartType.barStacked")).toEqual(new Set(["ExcelApi 1.1"]));
  expect(requirement("Office.Addin.showAsTaskpane")).toEqual(new Set(["SharedRuntime 1.1"]));
  expect(requirement("Office.Actions.associate")).toEqual(new Set([null]));
  expect(used.length).toBeGreaterThan(100);
});

it("finds no member beyond ExcelApi 1.7 and SharedRuntime 1.1 without an isSetSupported guard", () => {
  expect(brief(beyondManifest(used, SETS))).toEqual([]);
});

describe("fails where it should", () => {
  it("an ExcelApi 1.9 member used without a guard (Workbook.getSelectedRanges)", () => {
    expect(brief(beyondManifest(fixtures.excelApi19, SETS))).toEqual([
      "Excel.RangeAreas.address ExcelApi 1.9 tests/requirements/fixtures/excelApi19.ts:6",
      "Excel.RangeAreas.load ExcelApi 1.9 tests/requirements/fixtures/excelApi19.ts:4",
      "Excel.Workbook.getSelectedRanges ExcelApi 1.9 tests/requirements/fixtures/excelApi19.ts:4",
    ]);
  });

  it("but not when the use sits under isSetSupported(\"ExcelApi\", \"1.9\")", () => {
    expect(fixtures.excelApi19Guarded.filter((use) => use.requirement?.version === "1.9").every((use) => use.guarded)).toBe(true);
    expect(fixtures.excelApi19Guarded.some((use) => use.member === "Excel.Workbook.getSelectedRanges")).toBe(true);
    expect(brief(beyondManifest(fixtures.excelApi19Guarded, SETS))).toEqual([]);
  });

  it("an enum value newer than its enum, an overload's newer parameter and a setter newer than its getter", () => {
    expect(brief(beyondManifest(fixtures.enumAndOverload, SETS))).toEqual([
      "Excel.ChartType.waterfall ExcelApi 1.9 tests/requirements/fixtures/enumAndOverload.ts:6",
      "Excel.TableRowCollection.add ExcelApi 1.15 tests/requirements/fixtures/enumAndOverload.ts:7",
    ]);
    const visibility = fixtures.enumAndOverload.filter((use) => use.member === "Excel.Worksheet.visibility").map((use) => use.requirement?.version);
    expect(visibility).toEqual(["1.2", "1.1"]);
  });
});

describe("requirementOfTag", () => {
  const read = { write: false, passed: new Set<string>() };
  it.each([
    ["[Api set: ExcelApi 1.7]", read, { set: "ExcelApi", version: "1.7" }],
    ["**Requirement set**: {@link https://x | SharedRuntime 1.1}", read, { set: "SharedRuntime", version: "1.1" }],
    ["[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]", read, { set: "ExcelApi", version: "1.1" }],
    ["[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]", { write: true, passed: new Set<string>() }, { set: "ExcelApi", version: "1.2" }],
    ["[Api set: ExcelApi 1.1 for adding a single row; 1.4 allows adding of multiple rows; 1.15 for adding `alwaysInsert` parameter.]", { write: false, passed: new Set(["index", "values"]) }, { set: "ExcelApi", version: "1.4" }],
    ["[Api set: ExcelApi 1.1 for adding a single row; 1.4 allows adding of multiple rows; 1.15 for adding `alwaysInsert` parameter.]", { write: false, passed: new Set(["index", "values", "alwaysInsert"]) }, { set: "ExcelApi", version: "1.15" }],
    ["[Api set: ExcelApi 1.2 for options; 1.7 for password]", { write: false, passed: new Set(["options"]) }, { set: "ExcelApi", version: "1.2" }],
    ["[Api set: ExcelApi 1.8. The name of this value was 'Others' in ExcelApi 1.7]", read, { set: "ExcelApi", version: "1.8" }],
    ["The following outlines support information for Outlook. [Api set: Mailbox 1.3]", read, null],
    ["no tag here", read, undefined],
  ])("%s", (tag, use, expected) => {
    expect(requirementOfTag(tag, use)).toEqual(expected);
  });
});

it("docs/excel-fidelity.md lists the members and their sets as found here", () => {
  const path = repositoryFile("docs/excel-fidelity.md");
  if (process.env.UPDATE_FIDELITY_DOC === "1") writeFileSync(path, withApiSets(readFileSync(path, "utf8"), used));
  const doc = readFileSync(path, "utf8");
  expect(doc.slice(doc.indexOf(START), doc.indexOf(END) + END.length)).toBe(apiSetsSection(used));
});
