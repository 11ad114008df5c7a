// docs/reliability.md holds the catalogue's table as generated from the catalogue: a stale doc fails here.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalogueSection, END, START, withCatalogue } from "./catalogueDoc";

const DOC = join(__dirname, "../../docs/reliability.md");

it("docs/reliability.md shows the current catalogue", () => {
  const doc = readFileSync(DOC, "utf8");
  if (process.env.UPDATE_RELIABILITY_DOC === "1") writeFileSync(DOC, withCatalogue(doc));
  const current = readFileSync(DOC, "utf8");
  expect(current.slice(current.indexOf(START), current.indexOf(END) + END.length)).toBe(catalogueSection());
});

it("the table escapes the hostile labels instead of rendering them", () => {
  const section = catalogueSection();
  expect(section).not.toMatch(/<img|<script/);
  expect(section).toContain("&lt;script&gt;");
  expect(section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| #") && !line.startsWith("| ---")).every((line) => line.split(" | ").length === 6)).toBe(true);
});
