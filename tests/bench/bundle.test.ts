import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { measureBundle, scriptSources } from "../../bench/bundle";

describe("scriptSources", () => {
  it("lists the page's scripts in document order, relative to the page", () => {
    const html = `<head><script src="office.js"></script></head><body><script defer src="./commands.1a2b.js"></script><script src=taskpane.3c4d.js?v=1></script><script>inline()</script></body>`;
    expect(scriptSources(html)).toEqual(["office.js", "commands.1a2b.js", "taskpane.3c4d.js"]);
  });

  it("refuses a script from another origin, which dist/ cannot measure", () => {
    expect(() => scriptSources(`<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>`)).toThrow(/another origin/);
  });
});

describe("measureBundle", () => {
  function fakeDist(files: Record<string, string>): string {
    const dist = mkdtempSync(path.join(tmpdir(), "bench-bundle-"));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      writeFileSync(path.join(dist, file), text);
    }
    return dist;
  }
  const page = `<script src="office.js"></script><script src="commands.aa.js"></script><script src="taskpane.bb.js"></script>`;
  const office = { "office.js": "o".repeat(300), "excel-web-16.00.js": "w".repeat(500), "sv-se/office_strings.js": "s".repeat(70) };

  it("sums Prognos' own scripts as the pane and puts office.js and the commands bundle on the ribbon's path", () => {
    const commands = "var c = 1;".repeat(40);
    const pane = "function render() { return 42; }".repeat(100);
    const bundle = measureBundle(fakeDist({ "taskpane.html": page, ...office, "commands.aa.js": commands, "taskpane.bb.js": pane }));
    expect(bundle.pane.files).toEqual(["commands.aa.js", "taskpane.bb.js"]);
    expect(bundle.pane.rawBytes).toBe(commands.length + pane.length);
    expect(bundle.pane.gzipBytes).toBe(gzipSync(commands).length + gzipSync(pane).length);
    expect(bundle.pane.withinTarget).toBe(true);
    expect(bundle.ribbon.files).toEqual(["office.js", "excel-web-16.00.js", "sv-se/office_strings.js", "commands.aa.js"]);
    expect(bundle.ribbon.rawBytes).toBe(300 + 500 + 70 + commands.length);
    expect(bundle.ribbon.note).toMatch(/taskpane\.bb\.js/);
    expect(bundle.wholePage.rawBytes).toBe(bundle.ribbon.rawBytes + pane.length);
  });

  it("fails, naming the file, when the page or a script is missing", () => {
    expect(() => measureBundle(fakeDist({ ...office }))).toThrow(/taskpane\.html is missing/);
    expect(() => measureBundle(fakeDist({ "taskpane.html": page, ...office, "commands.aa.js": "x" }))).toThrow(/taskpane\.bb\.js is missing/);
  });

  it("fails when the page loads no office.js or no commands bundle", () => {
    expect(() => measureBundle(fakeDist({ "taskpane.html": `<script src="taskpane.bb.js"></script>`, "taskpane.bb.js": "x" }))).toThrow(/office\.js/);
    expect(() => measureBundle(fakeDist({ "taskpane.html": `<script src="office.js"></script><script src="taskpane.bb.js"></script>`, ...office, "taskpane.bb.js": "x" }))).toThrow(/commands/);
  });
});
