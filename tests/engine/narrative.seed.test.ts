// The seed's report (per 30 November 2024): its table built by hand, its prose compared sentence by sentence.
import { draftNarrative } from "../../src/engine/narrative";
import { reportOf, type AreaFigures } from "./narrativeReport";

// The seed's table in tkr: Budgetavvikelse jan–nov, Kommunbidrag helår, Prognos nettokostnad helår
// (written negative in the seed, money spent here). The seed's own deviation column (48 200, −67 000,
// −48 950, 67 750) does not equal KB + prognos on every row — the engine recomputes it — but the
// signs, the total 0 and the period figures are the same either way.
// The baseline is the test's own: the seed says only that the previous forecast was also a nollresultat.
const seedAreas: AreaFigures[] = [
  { area: "Arbetsmarknad och ekonomiskt bistånd", periodDeviation: 56_758, grant: 1_645_081, forecastNetCost: 1_593_981, baselineDeviation: 48_200 },
  { area: "Individ och familj", periodDeviation: -57_338, grant: 1_822_631, forecastNetCost: 1_889_631, baselineDeviation: -67_000 },
  { area: "Boende, tillsyn och service", periodDeviation: -38_612, grant: 493_425, forecastNetCost: 538_425, baselineDeviation: -48_950 },
  { area: "Stab och förvaltningsövergripande kostnader", periodDeviation: 70_654, grant: 248_753, forecastNetCost: 187_853, baselineDeviation: 67_750 },
];
// 4 209 890 tkr now; the seed's growth of 154 mnkr and 3,8 procent fits 4 056 mnkr for 2023.
const previousYearGrant = 4_056_000_000;

const sentencesOf = (paragraphs: string[]): string[] => paragraphs.flatMap((p) => p.split(/(?<=\.)\s+(?=[A-ZÅÄÖ])/));

describe("the seed's report", () => {
  const report = reportOf(seedAreas, { baselineDate: "2024-10-31" });
  const sentences = sentencesOf(draftNarrative(report, { previousYearGrant }));

  test("the table's totals are the seed's", () => {
    expect(report.total.grant).toBe(4_209_890_000);
    expect(report.total.deviation).toBe(0);
    expect(report.total.periodDeviation).toBe(31_462_000);
  });

  // Seed sentences stating only facts the table holds: the draft must say them word for word.
  test.each([
    "För perioden januari–november redovisas ett överskott på totalt drygt 31 miljoner kronor, som fördelar sig främst mellan verksamhetsområdena Arbetsmarknad och ekonomiskt bistånd och Stab och förvaltningsövergripande kostnader.",
    "Överskottet reduceras av underskott inom Individ och familj och Boende, tillsyn och service.",
    "För hela 2024 prognostiseras liksom tidigare ett nollresultat trots överskott för perioden.",
    "Resultatet är ojämnt fördelat mellan verksamhetsområdena, med överskott för Arbetsmarknad och ekonomiskt bistånd och Stab och förvaltningsövergripande kostnader och underskott för Individ och familj och Boende, tillsyn och service.",
  ])("seed: %s", (seedSentence) => {
    expect(sentences).toContain(seedSentence);
  });

  test("the grant sentence is the seed's without what the numbers cannot know", () => {
    const seedSentence = "För 2024 uppgår arbetsmarknads- och socialnämndens kommunbidragsram, för nämndens samtliga verksamheter, till 4 210 miljoner kronor, vilket innebär en ökning med 154 miljoner kronor eller 3,8 procent i förhållande till nämndens slutliga kommunbidrag 2023, inklusive tilläggsbudget.";
    // The committee's name and what the previous grant comprised are not in the report.
    const withoutUnknowns = seedSentence
      .replace("arbetsmarknads- och socialnämndens", "nämndens")
      .replace(", för nämndens samtliga verksamheter,", "")
      .replace("slutliga ", "")
      .replace(", inklusive tilläggsbudget", "");
    expect(sentences[0]).toBe(withoutUnknowns);
  });

  test("the seed's causes are left to the economist", () => {
    // "Överskottet förklaras dels av …", "Anledningen till fortsatt nollprognos är …"
    expect(sentences.join(" ")).not.toMatch(/förklaras|anledningen|osäkerhet/i);
  });

  test("the change since the baseline follows the rows' arrows", () => {
    expect(sentences.slice(-3)).toEqual([
      "Helårsprognosen är oförändrad jämfört med föregående prognos per den 31 oktober 2024.",
      "Prognosen har förbättrats för Arbetsmarknad och ekonomiskt bistånd med 2,9 miljoner kronor och för Boende, tillsyn och service med knappt 4,0 miljoner kronor.",
      "Prognosen har försämrats för Stab och förvaltningsövergripande kostnader med knappt 6,9 miljoner kronor.",
    ]);
  });
});
