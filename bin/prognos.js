#!/usr/bin/env node
// The `prognos` command (package.json "bin"): runs the bundle webpack builds from src/cli/main.ts.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const bundle = path.join(__dirname, "..", "dist", "cli", "prognos.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "prognos: kommandot är inte byggt ännu – kör `npm run build` i projektets mapp först.\n" +
      "prognos: the command is not built yet – run `npm run build` in the project folder first.\n",
  );
  process.exit(2);
}
require(bundle);
