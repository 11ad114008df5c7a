import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unexpectedInstallScripts, ALLOWED_INSTALL_SCRIPTS } = require("../../scripts/check-install-scripts.js") as {
  unexpectedInstallScripts: (lockfile: unknown) => Array<{ name: string; version: string }>;
  ALLOWED_INSTALL_SCRIPTS: Record<string, string>;
};

const script = join(__dirname, "../../scripts/check-install-scripts.js");
const lockfile = JSON.parse(readFileSync(join(__dirname, "../../package-lock.json"), "utf8")) as { packages: Record<string, Record<string, unknown>> };

function withExtraPackage(lockPath: string, entry: Record<string, unknown>): object {
  return { ...lockfile, packages: { ...lockfile.packages, [lockPath]: entry } };
}

describe("the lockfile has no install script beyond the allowlist", () => {
  it("passes on the project's own lockfile", () => {
    expect(unexpectedInstallScripts(lockfile)).toEqual([]);
    expect(execFileSync("node", [script], { cwd: join(__dirname, "../.."), encoding: "utf8" })).toContain("no install scripts beyond the allowlist");
  });

  it("every allowlist entry gives its reason", () => {
    for (const reason of Object.values(ALLOWED_INSTALL_SCRIPTS)) expect(reason.length).toBeGreaterThan(40);
  });

  it("fails on a lockfile with a native module such as keytar, also when nested", () => {
    const keytar = { version: "7.9.0", hasInstallScript: true, dev: true, peer: true };
    expect(unexpectedInstallScripts(withExtraPackage("node_modules/keytar", keytar))).toEqual([{ name: "keytar", version: "7.9.0", lockPath: "node_modules/keytar" }]);
    const nested = withExtraPackage("node_modules/@azure/msal-node-extensions/node_modules/@scope/native", { version: "1.0.0", hasInstallScript: true });
    expect(unexpectedInstallScripts(nested).map((item) => item.name)).toEqual(["@scope/native"]);
  });

  it("a package without an install script, or an allowed one, passes", () => {
    expect(unexpectedInstallScripts(withExtraPackage("node_modules/plain", { version: "1.0.0" }))).toEqual([]);
    expect(unexpectedInstallScripts(withExtraPackage("node_modules/vite/node_modules/esbuild", { version: "0.1.0", hasInstallScript: true }))).toEqual([]);
  });

  it("the command exits 1 and names the package on such a lockfile", () => {
    const dir = mkdtempSync(join(tmpdir(), "lockfile-"));
    const path = join(dir, "package-lock.json");
    writeFileSync(path, JSON.stringify(withExtraPackage("node_modules/keytar", { version: "7.9.0", hasInstallScript: true })));
    const result = spawnSync("node", [script, path], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("keytar@7.9.0");
  });
});
