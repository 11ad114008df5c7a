import { previousGrantReading, baselineChoices, configFromDraft, initialReportDate, previousPeriod, setupDraft } from "../../src/taskpane/model";
import { amountText, percentText, signedAmountText, timestampText } from "../../src/taskpane/format";
import { isDarkBackground } from "../../src/taskpane/theme";
import type { PrognosConfig } from "../../src/engine/types";

const HISTORY = [
  { period: "2024-09", reportDate: "2024-09-30", areas: 4, savedAt: "2024-10-08T09:00:00Z", grant: 4_209_890_000, outcome: false },
  { period: "2024-11", reportDate: "2024-11-30", areas: 4, savedAt: "2024-12-02T09:00:00Z", grant: 4_209_890_000, outcome: false },
  { period: "2024-10", reportDate: "2024-10-31", areas: 4, savedAt: "2024-11-08T09:00:00Z", grant: 4_209_890_000, outcome: false },
];

describe("baselineChoices", () => {
  it("offers the periods before the report's own, latest first, never the report's own period", () => {
    expect(baselineChoices(HISTORY, "2024-11-30").map((choice) => choice.period)).toEqual(["2024-10", "2024-09"]);
    expect(baselineChoices(HISTORY, "2024-12-31").map((choice) => choice.period)).toEqual(["2024-11", "2024-10", "2024-09"]);
    expect(baselineChoices(HISTORY, "2024-09-30")).toEqual([]);
  });

  it("offers nothing for a date being typed", () => {
    expect(baselineChoices(HISTORY, "2024-11-3")).toEqual([]);
  });
});

describe("dates", () => {
  it("defaults the report date to the last day of the previous month unless the settings pin one", () => {
    expect(initialReportDate(null, "2024-12-02")).toBe("2024-11-30");
    expect(initialReportDate(null, "2025-01-15")).toBe("2024-12-31");
    const pinned = { ...setupConfig(), reportDate: "2024-06-30" };
    expect(initialReportDate(pinned, "2024-12-02")).toBe("2024-06-30");
  });

  it("proposes the month before the report as the baseline to import", () => {
    expect(previousPeriod("2024-11-30")).toBe("2024-10");
    expect(previousPeriod("2025-01-31")).toBe("2024-12");
  });
});

function setupConfig(): PrognosConfig {
  return {
    version: 2,
    sources: [{ range: "Controller!A3:F9", columns: { grant: "C" }, unit: "tkr", signs: { netCost: "negative" } }],
    tolerance: 50,
    output: { sheet: "Rapport", anchor: "A1", unit: "tkr", chart: true },
    previousYearGrant: 4_055_890,
  };
}

describe("saved times", () => {
  it.each([
    [new Date(2024, 11, 2, 11, 43), "sv", "2 december 2024 11:43"],
    [new Date(2024, 11, 2, 11, 43), "en", "2 December 2024 11:43"],
    [new Date(2024, 0, 9, 8, 5), "sv", "9 januari 2024 08:05"],
  ] as const)("writes %s as a date in words with the local time (%s)", (date, lang, text) => {
    expect(timestampText(date.toISOString(), lang)).toBe(text);
  });

  it("leaves a text that is no time as it is", () => {
    expect(timestampText("igår", "sv")).toBe("igår");
  });
});

describe("the setup form", () => {
  it("gives back the configuration it was made from", () => {
    const config = setupConfig();
    expect(configFromDraft(setupDraft(config)).config).toEqual(config);
  });

  it("stores only what the user chose: empty columns and automatic unit and signs stay auto-detected", () => {
    const draft = setupDraft(null);
    draft.sources = [{ range: " Controller!A3:F9 ", columns: { grant: " c ", area: "" }, unit: "", signs: { grant: "", netCost: "" }, detected: null }];
    expect(configFromDraft(draft).config?.sources).toEqual([{ range: "Controller!A3:F9", columns: { grant: "C" } }]);
  });

  it("reads amounts as Swedish economists type them and names what it cannot read", () => {
    const draft = { ...setupDraft(setupConfig()), tolerance: "0,5", previousYearGrant: "4 055 890" };
    const built = configFromDraft(draft);
    expect(built.config?.tolerance).toBe(0.5);
    // In the output unit (tkr here), as the field says.
    expect(built.config?.previousYearGrant).toBe(4_055_890);
    const bad = configFromDraft({ ...draft, tolerance: "fem", previousYearGrant: "4 O55" });
    expect(bad.config).toBeNull();
    expect(bad.problems).toEqual([
      { field: "tolerance", text: "fem" },
      { field: "previousYearGrant", text: "4 O55" },
    ]);
  });
});

describe("numbers in the pane", () => {
  it("writes amounts in the report's unit, Swedish by default and English on request", () => {
    expect(amountText(-67_000_000, "tkr", "sv")).toBe("\u221267\u00a0000");
    expect(amountText(-67_000_000, "tkr", "en")).toBe("\u221267,000");
    expect(amountText(51_100_000, "mnkr", "sv")).toBe("51,1");
    expect(amountText(51_100_000, "mnkr", "en")).toBe("51.1");
    expect(signedAmountText(6_100_000, "tkr", "sv")).toBe("+6\u00a0100");
    expect(signedAmountText(-9_000_000, "tkr", "sv")).toBe("\u22129\u00a0000");
    expect(signedAmountText(0, "tkr", "sv")).toBe("0");
    expect(percentText(0.031, "sv")).toBe("3,1\u00a0%");
    expect(percentText(null, "sv")).toBe("\u2013");
  });
});

describe("theme", () => {
  it("follows a dark Office body background", () => {
    expect(isDarkBackground("#262626")).toBe(true);
    expect(isDarkBackground("#FFFFFF")).toBe(false);
    expect(isDarkBackground(undefined)).toBe(false);
    expect(isDarkBackground("not a colour")).toBe(false);
  });
});

describe("last year's grant, read live as the economist types it", () => {
  it("shows the amount and the growth to this year's grant, and flags a growth beyond ±25 % (issue 15, case e)", () => {
    expect(previousGrantReading("4 056 000", "tkr", 4_209_890_000, "sv")).toEqual({ text: "= 4\u00a0056 mnkr, +3,8\u00a0% mot i år", unusual: false });
    expect(previousGrantReading("4056", "tkr", 4_209_890_000, "sv")).toEqual({ text: "= 4,1 mnkr, +103\u00a0694,1\u00a0% mot i år", unusual: true });
    expect(previousGrantReading("4 056", "mnkr", 4_209_890_000, "en")).toEqual({ text: "= 4,056 mnkr, +3.8\u00a0% against this year", unusual: false });
    expect(previousGrantReading("4 056 000", "tkr", null, "sv")).toEqual({ text: "= 4\u00a0056 mnkr", unusual: false });
    expect(previousGrantReading("", "tkr", 1, "sv")).toBeNull();
    expect(previousGrantReading("fyra", "tkr", 1, "sv")).toBeNull();
  });
});
