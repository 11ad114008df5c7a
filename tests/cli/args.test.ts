import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads update with every option, in both spellings", () => {
    expect(
      parseArgs(["update", "rapport.xlsx", "--config", "cfg.json", "--date=2024-11-30", "--baseline", "2024-10", "--out", "ny.xlsx", "--json", "--dry-run", "--strict"]),
    ).toEqual({
      command: "update",
      workbook: "rapport.xlsx",
      config: "cfg.json",
      date: "2024-11-30",
      baseline: "2024-10",
      out: "ny.xlsx",
      json: true,
      dryRun: true,
      strict: true,
      outcome: false,
      lang: "sv",
    });
  });

  it("defaults to Swedish and takes --lang anywhere before --", () => {
    expect(parseArgs(["update", "a.xlsx"])).toMatchObject({ command: "update", lang: "sv", json: false, dryRun: false });
    expect(parseArgs(["--lang", "en", "update", "a.xlsx"])).toMatchObject({ command: "update", lang: "en" });
    expect(parseArgs(["update", "--lang=en", "a.xlsx"])).toMatchObject({ command: "update", lang: "en" });
  });

  it("reads import-baseline and checks its range and period", () => {
    expect(parseArgs(["import-baseline", "a.xlsx", "--range", "Oktober!A4:D9", "--period", "2024-10"])).toEqual({
      command: "import-baseline",
      workbook: "a.xlsx",
      range: "Oktober!A4:D9",
      period: "2024-10",
      replace: false,
      outcome: false,
      json: false,
      dryRun: false,
      lang: "sv",
    });
    expect(parseArgs(["import-baseline", "a.xlsx", "--range", "'Min flik'!A1:F9", "--period", "2024-10"])).toMatchObject({ range: "'Min flik'!A1:F9" });
    expect(parseArgs(["import-baseline", "a.xlsx", "--range", "O!A1:D5", "--period", "2024-10", "--replace"])).toMatchObject({ replace: true });
    expect(parseArgs(["import-baseline", "a.xlsx", "--range", "O!A1:D5", "--period", "2024-12", "--outcome"])).toMatchObject({ outcome: true });
    expect(parseArgs(["update", "a.xlsx", "--outcome"])).toMatchObject({ command: "update", outcome: true });
    expect(parseArgs(["import-baseline", "a.xlsx", "--range", "A1:F9", "--period", "2024-10"])).toMatchObject({ command: "usage-error", key: "badRange" });
    expect(parseArgs(["import-baseline", "a.xlsx", "--range", "Oktober!A4:D9", "--period", "2024-13"])).toMatchObject({ command: "usage-error", key: "badPeriod" });
    expect(parseArgs(["import-baseline", "a.xlsx", "--period", "2024-10"])).toMatchObject({ command: "usage-error", key: "missingRequired", params: { option: "--range" } });
  });

  it.each([
    [[], "missingCommand"],
    [["uppdatera", "a.xlsx"], "unknownCommand"],
    [["update"], "missingWorkbook"],
    [["update", "a.xlsx", "b.xlsx"], "extraArgument"],
    [["update", "a.xlsx", "--forse"], "unknownOption"],
    [["update", "a.xlsx", "--dry-run=yes"], "unexpectedValue"],
    [["update", "a.xlsx", "--force"], "unknownOption"],
    [["update", "a.xlsx", "--range", "A1"], "unknownOption"],
    [["update", "a.xlsx", "--out"], "missingValue"],
    [["update", "a.xlsx", "--out", "--json"], "missingValue"],
    [["update", "a.xlsx", "--json=yes"], "unexpectedValue"],
    [["update", "a.xlsx", "--date", "2024-11-31"], "badDate"],
    [["update", "a.xlsx", "--date", "30/11/2024"], "badDate"],
    [["update", "a.xlsx", "--baseline", "2024-10-31"], "badPeriod"],
    [["update", "a.xlsx", "--out", "x.xlsx", "--out", "y.xlsx"], "repeatedOption"],
    [["update", "a.xlsx", "--lang", "de"], "badLang"],
  ])("%j is a usage error %s", (argv, key) => {
    expect(parseArgs(argv)).toMatchObject({ command: "usage-error", key });
  });

  it("gives help for --help, -h, help <command> and <command> --help", () => {
    expect(parseArgs(["--help"])).toEqual({ command: "help", topic: null, lang: "sv" });
    expect(parseArgs(["-h", "--lang", "en"])).toEqual({ command: "help", topic: null, lang: "en" });
    expect(parseArgs(["help", "update"])).toEqual({ command: "help", topic: "update", lang: "sv" });
    expect(parseArgs(["import-baseline", "--help"])).toEqual({ command: "help", topic: "import-baseline", lang: "sv" });
  });

  it("keeps a file name that starts with a dash after --", () => {
    expect(parseArgs(["update", "--json", "--", "-rapport.xlsx"])).toMatchObject({ command: "update", workbook: "-rapport.xlsx", json: true });
  });

  it("answers a usage error in the language asked for", () => {
    expect(parseArgs(["update", "--lang", "en"])).toMatchObject({ command: "usage-error", key: "missingWorkbook", lang: "en", topic: "update" });
  });
});
