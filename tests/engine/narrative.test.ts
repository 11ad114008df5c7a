import { draftNarrative, zeroLimit } from "../../src/engine/narrative";
import { reportOf, type AreaFigures } from "./narrativeReport";

const OCTOBER = "2024-10-31";

// Amounts in tkr; the builder turns them into kronor as the engine holds them.
const onlySurpluses: AreaFigures[] = [
  { area: "Individ och familj", grant: 100_000, forecastNetCost: 95_000, periodDeviation: 4_000 },
  { area: "Boende", grant: 50_000, forecastNetCost: 48_800, periodDeviation: 1_100 },
];
const onlyDeficits: AreaFigures[] = [
  { area: "Stab", grant: 20_000, forecastNetCost: 32_400, periodDeviation: -11_100, baselineDeviation: -10_000 },
  { area: "Boende, tillsyn och service", grant: 40_000, forecastNetCost: 40_300, periodDeviation: -200, baselineDeviation: -300 },
];
const mixed: AreaFigures[] = [
  { area: "Arbetsmarknad och ekonomiskt bistånd", grant: 100_000, forecastNetCost: 96_000, periodDeviation: 3_000, baselineDeviation: 1_000 },
  { area: "Individ och familj", grant: 200_000, forecastNetCost: 209_000, periodDeviation: -1_000, baselineDeviation: -4_000 },
  { area: "Kultur", grant: 10_000, forecastNetCost: 10_000, periodDeviation: 0 },
];
const zero: AreaFigures[] = [
  { area: "A", grant: 1_000, forecastNetCost: 1_000, baselineDeviation: 0 },
  { area: "B", grant: 500, forecastNetCost: 500, baselineDeviation: 0 },
];
const zeroPeriodMixed: AreaFigures[] = [
  { area: "A", grant: 1_000, forecastNetCost: 1_000, periodDeviation: 1_500 },
  { area: "B", grant: 500, forecastNetCost: 500, periodDeviation: -1_500 },
];

describe("draftNarrative: whole paragraphs (sv)", () => {
  test.each([
    ["only surpluses, no baseline", onlySurpluses, undefined, [
      "För perioden januari–november redovisas ett överskott på totalt 5,1 miljoner kronor, som fördelar sig mellan verksamhetsområdena Individ och familj och Boende.",
      "För hela 2024 prognostiseras ett överskott på 6,2 miljoner kronor. Överskott prognostiseras för samtliga verksamhetsområden.",
    ]],
    ["only deficits, with baseline", onlyDeficits, OCTOBER, [
      "För perioden januari–november redovisas ett underskott på totalt drygt 11 miljoner kronor, som fördelar sig mellan verksamhetsområdena Stab och Boende, tillsyn och service.",
      "För hela 2024 prognostiseras ett underskott på knappt 13 miljoner kronor. Underskott prognostiseras för samtliga verksamhetsområden.",
      "Helårsprognosen har försämrats med 2,4 miljoner kronor jämfört med föregående prognos per den 31 oktober 2024. Prognosen har försämrats för Stab med 2,4 miljoner kronor.",
    ]],
    ["only deficits, no baseline", onlyDeficits, undefined, [
      "För perioden januari–november redovisas ett underskott på totalt drygt 11 miljoner kronor, som fördelar sig mellan verksamhetsområdena Stab och Boende, tillsyn och service.",
      "För hela 2024 prognostiseras ett underskott på knappt 13 miljoner kronor. Underskott prognostiseras för samtliga verksamhetsområden.",
    ]],
    ["mixed, with baseline and a new area", mixed, OCTOBER, [
      "För perioden januari–november redovisas ett överskott på totalt 2,0 miljoner kronor, som främst hänför sig till verksamhetsområdet Arbetsmarknad och ekonomiskt bistånd. Överskottet reduceras av underskott inom Individ och familj.",
      "För hela 2024 prognostiseras ett underskott på 5,0 miljoner kronor trots överskott för perioden. Resultatet är ojämnt fördelat mellan verksamhetsområdena, med överskott för Arbetsmarknad och ekonomiskt bistånd och underskott för Individ och familj.",
      "Helårsprognosen har försämrats med 2,0 miljoner kronor jämfört med föregående prognos per den 31 oktober 2024. Prognosen har förbättrats för Arbetsmarknad och ekonomiskt bistånd med 3,0 miljoner kronor. Prognosen har försämrats för Individ och familj med 5,0 miljoner kronor. För Kultur finns ingen föregående prognos att jämföra med.",
    ]],
    ["zero, with a zero baseline, no period column", zero, OCTOBER, [
      "För hela 2024 prognostiseras liksom tidigare ett nollresultat.",
      "Helårsprognosen är oförändrad jämfört med föregående prognos per den 31 oktober 2024.",
    ]],
    ["zero, no baseline", zero, undefined, ["För hela 2024 prognostiseras ett nollresultat."]],
    ["zero period with surpluses and deficits", zeroPeriodMixed, undefined, [
      "För perioden januari–november redovisas ett nollresultat. Överskott inom A uppvägs av underskott inom B.",
      "För hela 2024 prognostiseras ett nollresultat.",
    ]],
  ])("%s", (_name, areas, baselineDate, expected) => {
    expect(draftNarrative(reportOf(areas, { baselineDate }), { previousYearGrant: null })).toEqual(expected);
  });

  test("the same report gives the same text (deterministic)", () => {
    const report = reportOf(mixed, { baselineDate: OCTOBER });
    expect(draftNarrative(report, { previousYearGrant: 300_000_000 })).toEqual(draftNarrative(report, { previousYearGrant: 300_000_000 }));
  });

  test("a deficit for the period names the areas that reduce it", () => {
    const areas: AreaFigures[] = [
      { area: "A", grant: 1_000, forecastNetCost: 1_000, periodDeviation: 700 },
      { area: "B", grant: 1_000, forecastNetCost: 1_000, periodDeviation: -3_000 },
      { area: "C", grant: 1_000, forecastNetCost: 1_000, periodDeviation: -1_000 },
    ];
    expect(draftNarrative(reportOf(areas), { previousYearGrant: null })[0]).toBe(
      "För perioden januari–november redovisas ett underskott på totalt 3,3 miljoner kronor, som fördelar sig främst mellan verksamhetsområdena B och C. Underskottet reduceras av överskott inom A.",
    );
  });

  test("a period of January alone is named by its month", () => {
    const report = reportOf(onlySurpluses, { reportDate: "2025-01-31" });
    expect(draftNarrative(report, { previousYearGrant: null })[0]).toMatch(/^För perioden januari redovisas/);
  });
});

describe("draftNarrative: the grant and its growth", () => {
  // Total grant of `onlySurpluses` is 150 000 tkr = 150 mnkr.
  test.each([
    [140_000_000, "För 2024 uppgår nämndens kommunbidragsram till 150 miljoner kronor, vilket innebär en ökning med 10 miljoner kronor eller 7,1 procent i förhållande till nämndens kommunbidrag 2023."],
    [160_000_000, "För 2024 uppgår nämndens kommunbidragsram till 150 miljoner kronor, vilket innebär en minskning med 10 miljoner kronor eller 6,3 procent i förhållande till nämndens kommunbidrag 2023."],
    [149_999_800, "För 2024 uppgår nämndens kommunbidragsram till 150 miljoner kronor, vilket är oförändrat i förhållande till nämndens kommunbidrag 2023."],
    [0, "För 2024 uppgår nämndens kommunbidragsram till 150 miljoner kronor, vilket innebär en ökning med 150 miljoner kronor i förhållande till nämndens kommunbidrag 2023."],
  ])("previous year %d kr", (previousYearGrant, sentence) => {
    expect(draftNarrative(reportOf(onlySurpluses), { previousYearGrant })[0]).toBe(sentence);
  });

  test("no grant paragraph without the previous year's grant", () => {
    expect(draftNarrative(reportOf(onlySurpluses), { previousYearGrant: null })[0]).toMatch(/^För perioden/);
  });
});

describe("nollresultat follows what the table shows", () => {
  const tiny: AreaFigures[] = [{ area: "A", grant: 1_000, forecastNetCost: 970 }];

  test("30 tkr is a surplus in a tkr table but a nollresultat in an mnkr table (0,0)", () => {
    const report = reportOf(tiny);
    expect(draftNarrative(report, { previousYearGrant: null })).toEqual([
      "För hela 2024 prognostiseras ett överskott på 30 tusen kronor. Överskott prognostiseras för A.",
    ]);
    expect(draftNarrative({ ...report, outputUnit: "mnkr" }, { previousYearGrant: null })).toEqual([
      "För hela 2024 prognostiseras ett nollresultat.",
    ]);
  });

  test.each([["tkr", 500], ["mnkr", 50_000]] as const)("zero limit for %s is %d kr", (unit, limit) => {
    expect(zeroLimit(unit)).toBe(limit);
  });
});

describe("draftNarrative (en)", () => {
  test("mixed, with baseline, grant and a new area", () => {
    expect(draftNarrative(reportOf(mixed, { baselineDate: OCTOBER }), { previousYearGrant: 300_000_000, lang: "en" })).toEqual([
      "For 2024 the committee's grant amounts to 310 million kronor, an increase of 10 million kronor or 3.3 per cent compared with the committee's grant for 2023.",
      "For the period January–November a total surplus of 2.0 million kronor is reported, mainly in the business area Arbetsmarknad och ekonomiskt bistånd. The surplus is reduced by deficits in Individ och familj.",
      "For the whole of 2024 a deficit of 5.0 million kronor is forecast despite the surplus for the period. The result is unevenly distributed between the business areas, with surpluses for Arbetsmarknad och ekonomiskt bistånd and deficits for Individ och familj.",
      "The full-year forecast has worsened by 2.0 million kronor compared with the previous forecast of 31 October 2024. The forecast has improved for Arbetsmarknad och ekonomiskt bistånd by 3.0 million kronor. The forecast has worsened for Individ och familj by 5.0 million kronor. There is no previous forecast to compare with for Kultur.",
    ]);
  });

  test("zero with a zero baseline", () => {
    expect(draftNarrative(reportOf(zero, { baselineDate: OCTOBER }), { previousYearGrant: null, lang: "en" })).toEqual([
      "For the whole of 2024, as before, a break-even result is forecast.",
      "The full-year forecast is unchanged compared with the previous forecast of 31 October 2024.",
    ]);
  });
});
