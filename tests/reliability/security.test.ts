// Nothing gets in: no HTML injection API anywhere in src, a Content-Security-Policy that allows only the
// pane's own origin and Office's (in every page template, first in <head>), and a manifest that asks for
// no more than the add-in uses. Labels written as text are checked by the catalogue (formula-looking
// labels); the rendered pane and its network traffic by tests/e2e/security.e2e.test.ts.
import { XMLParser } from "fast-xml-parser";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

import { contentSecurityPolicy, OFFICE_ORIGINS, parsePolicy } from "./policy";

const ROOT = join(__dirname, "../..");

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("no HTML or script from data", () => {
  // Every way text can become markup or code in a page; React's text rendering escapes everything else.
  const INJECTION = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|srcdoc/;

  it("no source file under src uses an HTML-injection or eval API", () => {
    const sources = filesUnder(join(ROOT, "src")).filter((file) => /\.(ts|tsx|js|html)$/.test(file));
    expect(sources.length).toBeGreaterThan(20);
    const offenders = sources.filter((file) => INJECTION.test(readFileSync(file, "utf8"))).map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it("the check finds what it looks for", () => {
    expect(INJECTION.test("<div dangerouslySetInnerHTML={{ __html: label }} />")).toBe(true);
    expect(INJECTION.test("cell.innerHTML = label;")).toBe(true);
    expect(INJECTION.test("<td>{label}</td>")).toBe(false);
  });
});

describe("Content-Security-Policy", () => {
  const policy = parsePolicy(contentSecurityPolicy());
  const OWN = ["'self'"];

  it("loads scripts, connects and frames only from the pane's own origin and Office's (https)", () => {
    expect(OFFICE_ORIGINS.every((origin) => origin.startsWith("https://"))).toBe(true);
    for (const directive of ["script-src", "connect-src", "frame-src"]) expect(policy.get(directive)).toEqual([...OWN, ...OFFICE_ORIGINS]);
    expect(policy.get("default-src")).toEqual(OWN);
  });

  it("allows no inline or evaluated script, no plugins, no foreign base or form target", () => {
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("data:");
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(OWN);
    expect(policy.get("form-action")).toEqual(OWN);
    // Inline styles only (Fluent UI's Griffel writes <style> at run time); images and fonts also as data: URLs.
    expect(policy.get("style-src")).toEqual([...OWN, "'unsafe-inline'"]);
    expect(policy.get("img-src")).toEqual([...OWN, "data:"]);
    expect(policy.get("font-src")).toEqual([...OWN, "data:"]);
    expect(all.filter((source) => /^(https?:|\*|http)/.test(source) && !OFFICE_ORIGINS.includes(source))).toEqual([]);
  });

  // The pane's template (webpack.config.js, PAGE_TEMPLATE); the preview serves the page built from it.
  it("src/taskpane/taskpane.html puts the policy first in <head>, before anything it would govern", () => {
    const html = readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    const head = html.slice(html.indexOf("<head>"), html.indexOf("</head>"));
    const meta = head.search(/<meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>"/);
    expect(meta).toBeGreaterThan(-1);
    const firstLoad = head.search(/<script|<link|<style/);
    expect(firstLoad === -1 || meta < firstLoad).toBe(true);
  });
});

describe("manifest permissions", () => {
  const manifest = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(ROOT, "manifest.xml"), "utf8")) as {
    OfficeApp: { Permissions: string; AppDomains?: unknown };
  };

  it("asks for ReadWriteDocument: the add-in reads the sources and writes the report, history and settings", () => {
    expect(manifest.OfficeApp.Permissions).toBe("ReadWriteDocument");
  });

  it("declares no other domain the pane may navigate to", () => {
    expect(manifest.OfficeApp.AppDomains).toBeUndefined();
  });
});
