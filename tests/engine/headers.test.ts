import { fieldOfHeader, findHeader, mapColumns } from "../../src/engine/headers";
import { isTotalLabel, labelKey, displayLabel } from "../../src/engine/text";
import { SEED_VALUES } from "./fixtures/seed";

describe("headers name fields, in Swedish and English", () => {
  it.each([
    ["Verksamhetsområde", "area"],
    ["Verksamhet", "area"],
    ["Business area", "area"],
    ["Kod", "code"],
    ["VO-kod", "code"],
    ["Kommunbidrag helår", "grant"],
    ["KB", "grant"],
    ["Budget helår", "grant"],
    ["Årsbudget", "grant"],
    ["Full-year grant", "grant"],
    ["Prognos nettokostnad helår", "forecastNetCost"],
    ["Helårsprognos", "forecastNetCost"],
    ["Forecast net cost", "forecastNetCost"],
    ["Nettokostnad helår", "forecastNetCost"],
    ["Budgetavvikelse jan–nov", "periodDeviation"],
    ["Budget-\navvikelse\njan-nov", "periodDeviation"],
    ["Avvikelse ack", "periodDeviation"],
    ["Deviation YTD", "periodDeviation"],
    ["Periodiserad budget", "periodBudget"],
    ["Budget jan-nov", "periodBudget"],
    ["Utfall", "periodNetCost"],
    ["Utfall jan–nov", "periodNetCost"],
    ["Nettokostnad jan-nov", "periodNetCost"],
    ["Budgetavvikelse helår", "reportedDeviation"],
    ["Budgetavvikelse prognos", "reportedDeviation"],
    ["Deviation full year", "reportedDeviation"],
    ["% av KB", "reportedPct"],
    ["Procent av kommunbidrag", "reportedPct"],
    ["% of grant", "reportedPct"],
    ["Tkr", null],
    ["", null],
    ["Kommentar", null],
  ])("%j -> %s", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });
});

describe("finding the header block", () => {
  it("finds the seed's two header lines and its unit", () => {
    const block = findHeader(SEED_VALUES);
    expect(block).toMatchObject({ headerStart: 0, headerRows: 2, dataStart: 2, unit: "tkr" });
    expect(block.texts[5]).toBe("Budgetavvikelse helår % av KB"); // merged cell above "% av KB"
  });

  it("skips a title row above the header and reads its unit", () => {
    const block = findHeader([
      ["Budgetavvikelse per verksamhetsområde (mnkr)", "", ""],
      ["Verksamhetsområde", "KB", "Prognos"],
      ["A", 10, -9],
    ]);
    expect(block).toMatchObject({ headerStart: 1, headerRows: 1, dataStart: 2, unit: "mnkr" });
  });

  it("keeps a first header line that has one cell above a column", () => {
    const block = findHeader([
      ["", "", "Budgetavvikelse", ""],
      ["Område", "KB", "helår", "%"],
      ["A", 10, 1, 0.1],
    ]);
    expect(block.texts).toEqual(["Område", "KB", "Budgetavvikelse helår", "Budgetavvikelse %"]);
  });

  it("does not take a header of years for data", () => {
    const block = findHeader([
      ["Område", 2024, 2024],
      ["", "KB", "Prognos"],
      ["A", 10, -9],
    ]);
    expect(block.dataStart).toBe(2);
  });

  it("maps columns by configured letter or header text, the rest automatically", () => {
    const block = findHeader(SEED_VALUES);
    const { columns, problems } = mapColumns(block, SEED_VALUES, 0, { grant: "Kommunbidrag helår", reportedDeviation: "E" });
    expect(problems).toEqual([]);
    expect(columns).toEqual({ area: 0, periodDeviation: 1, grant: 2, forecastNetCost: 3, reportedDeviation: 4, reportedPct: 5 });
  });

  it("reports a configured header that is not there and a letter outside the range", () => {
    const block = findHeader(SEED_VALUES);
    const { problems } = mapColumns(block, SEED_VALUES, 0, { grant: "Ram 2024", forecastNetCost: "K" });
    expect(problems).toEqual([
      { code: "missingColumn", field: "grant", header: "Ram 2024" },
      { code: "columnOutsideRange", field: "forecastNetCost", header: "K" },
    ]);
  });
});

describe("labels", () => {
  it.each(["Summa", "Totalt", "Total", "Nämndens ram", "Summa nämnden", "SUMMA:", "Verksamheten totalt", "Summa Individ och familj", "Grand total"])(
    "%j is a total row",
    (label) => expect(isTotalLabel(label)).toBe(true),
  );

  it.each(["Totalförsvar", "Individ och familj", "Ramavtal", "Summering av insatser?"])("%j is not a total row", (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });

  it("joins words hyphenated at a line break but keeps 'arbetsmarknads- och'", () => {
    expect(displayLabel("Stab och förvaltnings-\növergripande kostnader")).toBe("Stab och förvaltningsövergripande kostnader");
    expect(displayLabel("Arbetsmarknads- och\nsocialnämnden")).toBe("Arbetsmarknads- och socialnämnden");
    expect(displayLabel("Arbetsmarknads-\noch socialnämnden")).toBe("Arbetsmarknads- och socialnämnden");
    expect(labelKey("  Individ  och FAMILJ ")).toBe(labelKey("Individ och familj"));
  });
});
