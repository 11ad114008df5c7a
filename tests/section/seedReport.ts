// The seed's November table through the engine, compared with the example workbook's October
// forecast: every arrow appears (two areas improve, one worsens, one is unchanged).
import { computeReport } from "../../src/engine/compute";
import type { HistoryRow, Report } from "../../src/engine/types";
import { OCTOBER_DATE, OCTOBER_PERIOD, octoberValues } from "../../scripts/make-example";
import { seedConfig, seedInput } from "../engine/fixtures/seed";

const TKR = 1000;

export function octoberHistory(): HistoryRow[] {
  const rows = octoberValues().slice(1, -1);
  return rows.map(([area, grant, netCost, deviation]) => ({
    period: OCTOBER_PERIOD,
    reportDate: OCTOBER_DATE,
    area: String(area),
    grant: Number(grant) * TKR,
    forecastNetCost: -Number(netCost) * TKR,
    deviation: Number(deviation) * TKR,
    savedAt: "2024-11-08T09:00:00.000Z",
  }));
}

export function seedReport(options: { baseline?: boolean; unit?: "tkr" | "mnkr" } = {}): Report {
  const config = seedConfig({ output: { sheet: "Rapport", anchor: "A1", unit: options.unit ?? "tkr", chart: true } });
  const report = computeReport(seedInput({ config, history: options.baseline === false ? [] : octoberHistory() }));
  if (report.errors.length > 0) throw new Error(`the seed report has errors: ${JSON.stringify(report.errors)}`);
  return report;
}
