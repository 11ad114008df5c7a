// Engine over generated detail rows: `npx tsx bench/engine.ts` (not a timed test; see issue 3).
import { computeReport } from "../src/engine/compute";
import type { CellValue, EngineInput, HistoryRow } from "../src/engine/types";

const AREAS = 40;

function generate(rows: number): EngineInput {
  const values: CellValue[][] = [
    ["Verksamhetsområde", "Enhet", "Budgetavvikelse jan–nov", "Kommunbidrag helår", "Prognos nettokostnad helår", "Budgetavvikelse helår", "% av KB"],
    ["", "", "", "", "", "Tkr", ""],
  ];
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let i = 0; i < rows; i++) {
    const grant = Math.round(random() * 100_000);
    const netCost = Math.round(grant * (0.9 + random() * 0.2));
    const deviation = grant - netCost;
    // Every tenth row pasted as text, as controllers do.
    const asText = i % 10 === 0;
    values.push([
      `Område ${i % AREAS}`,
      `Enhet ${i}`,
      Math.round((random() - 0.5) * 2000),
      asText ? grant.toLocaleString("sv-SE") : grant,
      asText ? `\u2212${netCost.toLocaleString("sv-SE")}` : -netCost,
      deviation,
      grant === 0 ? "" : Math.round((deviation / grant) * 1000) / 1000,
    ]);
  }
  values.push(["Summa", "", "", "", "", "", ""]);
  const history: HistoryRow[] = Array.from({ length: AREAS }, (_, index) => ({
    period: "2024-10",
    reportDate: "2024-10-31",
    area: `Område ${index}`,
    grant: 1,
    forecastNetCost: 1,
    deviation: 0,
    savedAt: "2024-11-05T08:00:00.000Z",
  }));
  return {
    config: { version: 2, reportDate: "2024-11-30", sources: [{ range: "Controller!A1" }], tolerance: 0, output: { sheet: "Rapport", anchor: "A1", unit: "tkr", chart: true }, previousYearGrant: null },
    sources: [{ config: { range: "Controller!A1" }, sheet: "Controller", topLeft: "A1", values }],
    history,
    today: "2024-12-05",
  };
}

export function benchEngine(rows: number, runs = 7): { medianMs: number } {
  const input = generate(rows);
  const times: number[] = [];
  computeReport(input); // warm-up
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const report = computeReport(input);
    times.push(performance.now() - start);
    if (report.errors.length > 0 || report.rows.length !== Math.min(rows, AREAS)) throw new Error("benchmark input did not compute cleanly");
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] };
}

const isMain = typeof require !== "undefined" && require.main === module;
if (isMain) {
  for (const rows of [10_000, 100_000]) {
    const { medianMs } = benchEngine(rows);
    console.log(`engine: ${rows.toLocaleString("sv-SE")} detail rows -> median ${medianMs.toFixed(1)} ms`);
  }
}
