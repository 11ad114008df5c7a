#!/usr/bin/env node
// Fails when package-lock.json holds a package with an install script that is not on the allowlist
// below. An install script may compile native code (node-gyp), which a bare machine cannot do, or
// download a binary, which CI's closed network refuses. Runs before `npm ci`, so plain Node only.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

/** Package name → why its install script is harmless here. Keep it short; every entry needs a reason. */
const ALLOWED_INSTALL_SCRIPTS = {
  esbuild:
    "postinstall only checks that the prebuilt binary from the optional package @esbuild/<platform> is " +
    "in place (tsx runs on it); it compiles nothing, and fetches that package from the npm registry only if it is missing",
};

function packageName(lockPath) {
  const at = lockPath.lastIndexOf("node_modules/");
  return at < 0 ? lockPath : lockPath.slice(at + "node_modules/".length);
}

/** The lockfile's packages with an install script that the allowlist does not name. */
function unexpectedInstallScripts(lockfile, allowed = ALLOWED_INSTALL_SCRIPTS) {
  const found = [];
  for (const [lockPath, entry] of Object.entries(lockfile.packages ?? {})) {
    if (lockPath === "" || !entry.hasInstallScript) continue;
    const name = packageName(lockPath);
    if (!Object.prototype.hasOwnProperty.call(allowed, name)) found.push({ name, version: entry.version, lockPath });
  }
  return found;
}

function main(argv) {
  const lockPath = path.resolve(argv[2] ?? "package-lock.json");
  const lockfile = JSON.parse(fs.readFileSync(lockPath, "utf8"));
  const found = unexpectedInstallScripts(lockfile);
  if (found.length === 0) {
    console.log(`${path.basename(lockPath)}: no install scripts beyond the allowlist (${Object.keys(ALLOWED_INSTALL_SCRIPTS).join(", ")})`);
    return 0;
  }
  console.error(`${lockPath}: packages with an install script that is not on the allowlist in scripts/check-install-scripts.js:`);
  for (const item of found) console.error(`  ${item.name}@${item.version}  (${item.lockPath})`);
  console.error("An install script may compile native code, which a machine without compilers cannot do.");
  console.error("Find which dependency pulls it in (npm explain <name>) and avoid it, or add it to the allowlist with the reason it is harmless.");
  return 1;
}

module.exports = { ALLOWED_INSTALL_SCRIPTS, unexpectedInstallScripts };

if (require.main === module) process.exit(main(process.argv));
