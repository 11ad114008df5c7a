#!/bin/sh
# `npm audit` of what ships (production dependencies only). Exit 0: no high or critical advisory;
# 1: at least one (listed); 2: the registry's audit endpoint could not be asked (e.g. a proxy that
# allows only GET) — then nothing is known, which is not the same as "no vulnerability".
set -u
cd "$(dirname "$0")/.."
report=$(mktemp)
trap 'rm -f "$report"' EXIT
npm audit --omit=dev --json >"$report" 2>/dev/null
node -e '
const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
if (!report.metadata) { console.error("npm audit: no answer from the registry:", report.message ?? report.error?.summary ?? "unknown error"); process.exit(2); }
const counts = report.metadata.vulnerabilities;
console.log("npm audit --omit=dev:", JSON.stringify(counts), "in", report.metadata.dependencies?.prod ?? "?", "production packages");
const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === "high" || v.severity === "critical");
for (const v of serious) console.log(`${v.severity}: ${v.name} ${v.range} (via ${v.via.map((via) => (typeof via === "string" ? via : via.title)).join("; ")})`);
process.exit(serious.length > 0 ? 1 : 0);
' "$report"
