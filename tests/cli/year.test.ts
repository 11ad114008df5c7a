// The built command over a year (issue 22): December marked as the outcome with --outcome (update and
// import-baseline), and --json's development and accuracy over eleven forecasts and the outcome. Every
// figure is worked out by hand from tests/engine/fixtures/year2024.ts (tkr).
import { writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { UpdateJson } from "../../src/cli/json";
import { FRITID, IFO, KULTUR, NYTT, STAB } from "../engine/fixtures/year2024";
import { yearWorkbookBytes } from "../fixtures/yearWorkbook";
import { ensureCliBuilt, openWorkbook, prognos, tempFolder } from "./prognos";

jest.setTimeout(180_000);

let dir: string;
let cleanup: () => Promise<void>;
const JAN_TO_NOV = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11"];
const MONTH_ENDS = ["01-31", "02-29", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31"];

beforeAll(async () => {
  await ensureCliBuilt();
  ({ dir, cleanup } = await tempFolder());
});
afterAll(() => cleanup());

async function yearFile(name: string, history: "former" | "report" = "report"): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, await yearWorkbookBytes({ history }));
  return file;
}

function outcomeMarks(rows: unknown[][]): string[] {
  const header = rows[0];
  const column = header.indexOf("Utfall");
  return [...new Set(rows.slice(1).filter((line) => line[column] === "Ja").map((line) => String(line[0])))];
}

describe("prognos update --outcome --json", () => {
  let json: UpdateJson;
  let out: string;

  beforeAll(async () => {
    const file = await yearFile("year.xlsx");
    out = path.join(dir, "year-out.xlsx");
    const run = await prognos(["update", file, "--outcome", "--json", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    json = JSON.parse(run.stdout) as UpdateJson;
  });

  it("gives the development: twelve periods, one value per period in tkr, null where a period lacks the area", () => {
    expect(json.development?.periods).toEqual(MONTH_ENDS.map((end) => ({ period: `2024-${end.slice(0, 2)}`, reportDate: `2024-${end}` })));
    expect(json.development?.rows).toEqual([
      { area: IFO, values: [-10_000, -12_000, -15_000, -14_000, -13_000, -12_500, -12_000, -11_000, -9_000, -8_500, -8_000, -6_500] },
      { area: STAB, values: [2_000, 2_500, 3_000, 3_000, 2_800, 2_600, 2_600, 2_400, 2_400, 2_200, 2_000, 2_700] },
      { area: KULTUR, values: [null, null, null, -1_000, -1_200, -1_500, -1_500, -1_400, -1_300, -1_200, -1_000, -1_100] },
      { area: NYTT, values: [...Array(11).fill(null), 300] },
      { area: FRITID, values: [500, 500, 400, 300, 300, 200, null, null, null, null, null, null] },
    ]);
    // jan −10 000 + 2 000 + 500 = −7 500; apr −14 000 + 3 000 − 1 000 + 300 = −11 700; dec −6 500 + 2 700 − 1 100 + 300 = −4 600.
    expect(json.development?.total).toEqual({ values: [-7_500, -9_000, -11_600, -11_700, -11_100, -11_200, -10_900, -10_000, -7_900, -7_500, -7_000, -4_600] });
  });

  it("gives the accuracy in the issue's shape: per area each forecast, its error and the mean absolute error", () => {
    const accuracy = json.accuracy;
    if (!accuracy) throw new Error("December is the outcome");
    expect(Object.keys(accuracy)).toEqual(["outcomePeriod", "rows", "total", "meanAbsoluteError"]);
    expect(accuracy.outcomePeriod).toBe("2024-12");
    // Individ och familj, outcome −6 500: −6 500 − (−10 000) = 3 500 … − (−8 000) = 1 500.
    const forecasts = [-10_000, -12_000, -15_000, -14_000, -13_000, -12_500, -12_000, -11_000, -9_000, -8_500, -8_000];
    expect(accuracy.rows[0]).toEqual({ area: IFO, outcome: -6_500, forecasts: forecasts.map((deviation, i) => ({ period: JAN_TO_NOV[i], deviation, error: -6_500 - deviation })) });
    expect(accuracy.rows[0].forecasts.map((f) => f.error)).toEqual([3_500, 5_500, 8_500, 7_500, 6_500, 6_000, 5_500, 4_500, 2_500, 2_000, 1_500]);
    expect(accuracy.rows.find((row) => row.area === FRITID)?.outcome).toBeNull();
    expect(accuracy.rows.find((row) => row.area === NYTT)?.forecasts.every((f) => f.deviation === null && f.error === null)).toBe(true);
    // Total: −4 600 − (−7 500) = 2 900, …, − (−10 000) = 5 400 in August, − (−7 000) = 2 400 in November.
    expect(accuracy.total.outcome).toBe(-4_600);
    expect(accuracy.total.forecasts.map((f) => f.error)).toEqual([2_900, 4_400, 7_000, 7_100, 6_500, 6_600, 6_300, 5_400, 3_300, 2_900, 2_400]);
    // Jan–mar over Individ och familj and Stab; from April Kultur too: (3 500 + 700) / 2, …, (1 500 + 700 + 100) / 3.
    const means = [(3_500 + 700) / 2, (5_500 + 200) / 2, (8_500 + 300) / 2, (7_500 + 300 + 100) / 3, (6_500 + 100 + 100) / 3, (6_000 + 100 + 400) / 3,
      (5_500 + 100 + 400) / 3, (4_500 + 300 + 300) / 3, (2_500 + 300 + 200) / 3, (2_000 + 500 + 100) / 3, (1_500 + 700 + 100) / 3];
    expect(accuracy.meanAbsoluteError.map((mae) => mae.period)).toEqual(JAN_TO_NOV);
    accuracy.meanAbsoluteError.forEach((mae, i) => expect(mae.value).toBeCloseTo(means[i], 9));
    expect(Object.keys(accuracy.meanAbsoluteError[0])).toEqual(["period", "value"]);
  });

  it("drafts the accuracy sentence against the delårsrapport per 31 augusti", () => {
    // −4 600 − (−10 000) = 5 400 tkr better than August's forecast.
    expect(json.narrative).toContain("Utfallet för 2024 blev ett underskott på 4,6 miljoner kronor, vilket är 5,4 miljoner kronor bättre än prognosen i delårsrapporten per den 31 augusti 2024.");
  });

  it("marks December as the outcome in the saved history", async () => {
    const workbook = await openWorkbook(out);
    const sheet = workbook.getWorksheet("Prognoshistorik");
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(outcomeMarks(rows)).toEqual(["2024-12"]);
  });
});

describe("without --outcome", () => {
  it("accuracy is null, and the narrative says how the forecast moved since August", async () => {
    const file = await yearFile("plain.xlsx", "former");
    const run = await prognos(["update", file, "--json", "--dry-run"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as UpdateJson;
    expect(json.accuracy).toBeNull();
    expect(json.development?.periods).toHaveLength(12);
    // −4 600 − (−10 000) = +5 400 tkr since the forecast per 31 August.
    expect(json.narrative).toContain("Helårsprognosen har förbättrats med 5,4 miljoner kronor sedan prognosen per den 31 augusti 2024.");
  });
});

describe("prognos import-baseline --outcome", () => {
  it("stores the period marked as the outcome, which the next update of it compares the forecasts with", async () => {
    const file = await yearFile("import.xlsx", "former");
    const imported = await prognos(["import-baseline", file, "--range", "Controller!A1:C5", "--period", "2024-12", "--outcome"]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const workbook = await openWorkbook(file);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Prognoshistorik")?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toContain("Utfall");
    expect(outcomeMarks(rows)).toEqual(["2024-12"]);
    const update = await prognos(["update", file, "--json", "--dry-run"]);
    const json = JSON.parse(update.stdout) as UpdateJson;
    expect(json.accuracy?.outcomePeriod).toBe("2024-12");
    expect(json.accuracy?.total.forecasts[7]).toEqual({ period: "2024-08", deviation: -10_000, error: 5_400 });
  });
});
