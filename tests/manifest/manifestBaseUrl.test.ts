import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_BASE_URL, resolveBaseUrl, rewriteManifestUrls } from "../../scripts/manifestBaseUrl";

describe("resolveBaseUrl", () => {
  it("defaults to the dev server", () => {
    expect(resolveBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(resolveBaseUrl("  ")).toBe(DEV_BASE_URL);
  });

  it("adds the trailing slash a folder needs", () => {
    expect(resolveBaseUrl("https://example.kommun.se/prognos")).toBe("https://example.kommun.se/prognos/");
  });

  it("refuses http, queries and non-URLs", () => {
    expect(() => resolveBaseUrl("http://example.kommun.se/")).toThrow(/https/);
    expect(() => resolveBaseUrl("https://example.kommun.se/?a=1")).toThrow(/query/);
    expect(() => resolveBaseUrl("example.kommun.se")).toThrow(/not a URL/);
  });
});

describe("rewriteManifestUrls", () => {
  it("moves every dev-server URL of manifest.xml under the base URL", () => {
    const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    const rewritten = rewriteManifestUrls(manifest, "https://example.kommun.se/prognos/");
    expect(rewritten).not.toContain("https://localhost:3000/");
    expect(rewritten).toContain('DefaultValue="https://example.kommun.se/prognos/taskpane.html"');
    expect(rewritten.match(/https:\/\/example\.kommun\.se\/prognos\//g)?.length).toBe(manifest.match(/https:\/\/localhost:3000\//g)?.length);
  });
});
