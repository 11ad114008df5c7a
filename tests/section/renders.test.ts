// Looking at the section as the committee's Word document gets it: LibreOffice Writer renders the clipboard
// HTML (with the import a paste uses), the same HTML saved by Writer as .docx, and the .docx of
// `prognos update --docx`; the arrows' green, red and yellow pixels are counted, and a report without a
// baseline (no arrows) shows none. The pages stay in test-results/word/ as PNG, to be looked at.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { sectionDocx } from "../../src/cli/docx";
import { draftNarrative } from "../../src/engine/narrative";
import type { Report } from "../../src/engine/types";
import { sectionHtml } from "../../src/section/html";
import { buildSection } from "../../src/section/model";
import { type Colours, renderColours, renderPages, renderTest } from "../fixtures/render";
import { seedReport } from "./seedReport";

const RESULTS = join(__dirname, "../../test-results/word");

function section(report: Report) {
  return buildSection(report, { lang: "sv", paragraphs: draftNarrative(report, { previousYearGrant: null, lang: "sv" }) });
}

/** Renders one file in a folder of its own: counted as PPM, kept as PNG. */
function render(name: string, file: string, via?: "docx"): Colours {
  const dir = join(RESULTS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const colours = renderColours(file, dir, { via, dpi: 100 });
  renderPages(file, dir, { via, dpi: 100, format: "png" });
  return colours;
}

// Five arrows: ▲ twice (green), ▼ once (red), ► twice (yellow); text and rules are black, never counted.
// At 100 dpi one arrow is some 30 to 60 pixels (test-results/word/pixels.json has the counts).
function expectArrows(colours: Colours) {
  expect(colours.red).toBeGreaterThan(25);
  // Two green and two yellow arrows to one red: the counts follow the arrows, not the page.
  expect(colours.green).toBeGreaterThan(1.4 * colours.red);
  expect(colours.yellow).toBeGreaterThan(1.4 * colours.red);
}

renderTest(
  "LibreOffice renders the clipboard HTML and the .docx with green, red and yellow arrows, and none without a baseline",
  async () => {
    mkdirSync(RESULTS, { recursive: true });
    const withArrows = section(seedReport());
    const html = join(RESULTS, "section.html");
    writeFileSync(html, sectionHtml(withArrows));
    const docx = join(RESULTS, "section.docx");
    writeFileSync(docx, await sectionDocx(withArrows));

    const counts = {
      html: render("html", html),
      htmlSavedAsDocx: render("html-as-docx", html, "docx"),
      docx: render("docx", docx),
    };
    for (const colours of Object.values(counts)) expectArrows(colours);
    // Writer keeps each arrow's colour when it saves the pasted HTML for Word.
    const saved = strFromU8(unzipSync(new Uint8Array(readFileSync(join(RESULTS, "html-as-docx", "section.docx"))))["word/document.xml"]);
    const colours = [...saved.matchAll(/<w:color w:val="([0-9A-F]{6})"\/>(?:(?!<\/w:r>).)*?<w:t>([▲▼►])<\/w:t>/gs)].map(([, colour, glyph]) => `${glyph}${colour}`);
    expect(colours).toEqual(["▲00B050", "▼C00000", "►FFC000", "▲00B050", "►FFC000"]);

    const plain = section(seedReport({ baseline: false }));
    writeFileSync(join(RESULTS, "no-baseline.html"), sectionHtml(plain));
    writeFileSync(join(RESULTS, "no-baseline.docx"), await sectionDocx(plain));
    const none = { html: render("no-baseline-html", join(RESULTS, "no-baseline.html")), docx: render("no-baseline-docx", join(RESULTS, "no-baseline.docx")) };
    for (const colours of Object.values(none)) expect(colours.green + colours.red + colours.yellow).toBeLessThan(5);

    writeFileSync(join(RESULTS, "pixels.json"), `${JSON.stringify({ ...counts, noBaseline: none }, null, 2)}\n`);
  },
  180_000,
);
