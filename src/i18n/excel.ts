// Texts of the Excel adapter: the words written into the report, and the problems the adapter
// finds in the workbook (missing sheets, protection, cells in the way). The cell comes first via formatProblem.
import type { Lang } from "../engine/types";
import type { Catalogue, Params, ProblemCatalogue } from "./index";

const ROLE: Record<string, { sv: string; en: string }> = {
  output: { sv: "rapportbladet", en: "the report sheet" },
  history: { sv: "prognoshistoriken", en: "the forecast history" },
  development: { sv: "prognosutvecklingen", en: "the forecast development" },
  settings: { sv: "inställningsbladet", en: "the settings sheet" },
};

function role(params: Params, lang: Lang): string {
  return ROLE[String(params.role ?? "")]?.[lang] ?? String(params.role ?? "");
}

export const reportWords: Catalogue = {
  // Words of the report (design §3), laid out like the seed.
  "report.title": { sv: "Budgetavvikelse per verksamhetsområde", en: "Budget deviation per business area" },
  "report.subtitle": { sv: "Prognos per den {date}, {unit}", en: "Forecast as of {date}, {unit}" },
  "report.unit.tkr": { sv: "Tkr", en: "SEK k" },
  "report.unit.mnkr": { sv: "Mnkr", en: "SEK m" },
  "report.header.area": { sv: "Verksamhetsområde", en: "Business area" },
  "report.header.periodDeviation": { sv: "Budgetavvikelse {period}", en: "Budget deviation {period}" },
  "report.header.grant": { sv: "Kommunbidrag helår", en: "Grant full year" },
  "report.header.forecastNetCost": { sv: "Prognos nettokostnad helår", en: "Forecast net cost full year" },
  "report.header.deviation": { sv: "Budgetavvikelse helår", en: "Budget deviation full year" },
  "report.header.pct": { sv: "% av KB", en: "% of grant" },
  "report.legend": {
    sv:
      "Pilar bredvid tabellen visar förändring av prognostiserad budgetavvikelse sedan föregående prognos per den {date}: " +
      "grön pil innebär förbättrad prognos (ökat överskott eller minskat underskott), röd pil innebär försämrad prognos " +
      "(minskat överskott eller ökat underskott) och gul pil innebär oförändrad prognos.",
    en:
      "Arrows beside the table show the change of the forecast budget deviation since the previous forecast as of {date}: " +
      "a green arrow means an improved forecast (a larger surplus or a smaller deficit), a red arrow a worsened forecast " +
      "(a smaller surplus or a larger deficit) and a yellow arrow an unchanged forecast.",
  },
  "report.legendNoBaseline": {
    sv: "Det finns ingen tidigare prognos att jämföra med; pilar som visar förändringen sedan föregående prognos visas från nästa uppdatering.",
    en: "There is no earlier forecast to compare with; arrows showing the change since the previous forecast appear from the next update.",
  },
  "report.chartTitle": { sv: "Budgetavvikelse helår, {unit}", en: "Budget deviation full year, {unit}" },
  "report.chartSurplus": { sv: "Överskott", en: "Surplus" },
  "report.chartDeficit": { sv: "Underskott", en: "Deficit" },
  // The sheet Prognosutveckling (issue 22).
  "development.title": { sv: "Prognosutveckling {year}", en: "Forecast development {year}" },
  "development.subtitle": { sv: "Budgetavvikelse helår enligt varje prognos under året, {unit}", en: "Full-year budget deviation in each forecast of the year, {unit}" },
  "development.total": { sv: "Nämndens ram", en: "Committee total" },
  "development.change": { sv: "Förändring mot föregående prognos", en: "Change since the previous forecast" },
  "development.chartTitle": { sv: "Prognosutveckling {year}, budgetavvikelse helår, {unit}", en: "Forecast development {year}, full-year budget deviation, {unit}" },
  "accuracy.title": { sv: "Prognossäkerhet: utfallet {date} mot årets prognoser", en: "Forecast accuracy: the outcome of {date} against the year's forecasts" },
  "accuracy.subtitle": { sv: "Differens = utfall − prognos, {unit}; positiv när utfallet blev bättre än prognosen", en: "Difference = outcome − forecast, {unit}; positive when the outcome was better than the forecast" },
  "accuracy.outcome": { sv: "Utfall", en: "Outcome" },
  "accuracy.mae": { sv: "Medelabsolutfel per område", en: "Mean absolute error per area" },
};

// Problems found by the adapter.
export const excelProblemMessages = {
  formatsNotRead: {
    sv: "källområdet har fler än {limit} celler, så talformaten lästes inte (Excel på webben tar emot högst 5 MB åt gången); ett datum i en beloppskolumn upptäcks därför inte här",
    en: "the source range has more than {limit} cells, so its number formats were not read (Excel on the web takes at most 5 MB at a time); a date in an amount column is therefore not caught here",
  },
  sourceSheetMissing: {
    sv: 'bladet "{sheet}" finns inte i arbetsboken; välj källområdet på nytt i inställningarna',
    en: 'the sheet "{sheet}" is not in the workbook; pick the source range again in the settings',
  },
  sourceNameMissing: {
    sv: 'det finns ingen tabell eller namngivet område som heter "{name}"',
    en: 'there is no table or named range called "{name}"',
  },
  sheetProtected: {
    sv: (p) => `bladet "${p.sheet}" (${role(p, "sv")}) är skyddat; ta bort bladskyddet (Granska > Ta bort bladskydd) och uppdatera igen. Inget har ändrats.`,
    en: (p) => `the sheet "${p.sheet}" (${role(p, "en")}) is protected; unprotect it (Review > Unprotect Sheet) and update again. Nothing was changed.`,
  },
  workbookProtected: {
    sv: 'arbetsbokens struktur är skyddad, så Prognos kan inte lägga till bladet "{sheets}"; ta bort skyddet (Granska > Skydda arbetsbok) och försök igen. Inget har ändrats.',
    en: 'the workbook\'s structure is protected, so Prognos cannot add the sheet "{sheets}"; unprotect it (Review > Protect Workbook) and try again. Nothing was changed.',
  },
  cellsInTheWay: {
    sv: "tabellen skulle skriva över {count} celler som Prognos inte har skrivit ({cells}); töm eller flytta dem, eller välj en annan plats för rapporten. Inget har ändrats.",
    en: "the table would overwrite {count} cells that Prognos did not write ({cells}); clear or move them, or choose another place for the report. Nothing was changed.",
  },
  outputOverlapsSource: {
    sv: "rapporten skulle hamna över källområdet {source}; välj en annan plats för rapporten. Inget har ändrats.",
    en: "the report would cover the source range {source}; choose another place for the report. Nothing was changed.",
  },
  outputOnOwnSheet: {
    sv: 'rapporten kan inte ligga på bladet "{sheet}", som Prognos använder för {use}',
    en: 'the report cannot go on the sheet "{sheet}", which Prognos uses for {use}',
  },
  noSourceFound: {
    sv: "hittar ingen tabell med kommunbidrag och prognos i arbetsboken; markera källområdet och välj det i inställningarna",
    en: "no table with grant and forecast found in the workbook; select the source range and pick it in the settings",
  },
  selectionNotRange: {
    sv: "markera ett cellområde med rubriker och belopp först",
    en: "select a range of cells with headers and amounts first",
  },
  baselinePeriodExists: {
    sv: "prognoshistoriken har redan {rows} rader för {period}; välj att ersätta dem eller ange en annan period",
    en: "the forecast history already has {rows} rows for {period}; choose to replace them or give another period",
  },
  badPeriod: { sv: "{value} är ingen period (ÅÅÅÅ-MM)", en: "{value} is not a period (YYYY-MM)" },
  noReportYet: {
    sv: "det finns ingen rapport att lägga texten under; uppdatera prognosen först",
    en: "there is no report to put the text under; update the forecast first",
  },
  historyPeriodMissing: { sv: "prognoshistoriken har inga rader för {period}", en: "the forecast history has no rows for {period}" },
  reportSheetHidden: {
    sv: "bladet {sheet} är dolt, så Excel kan inte visa det; rapporten är skriven där. Högerklicka på en bladflik och välj Ta fram för att se den",
    en: "the sheet {sheet} is hidden, so Excel cannot show it; the report is written there. Right-click a sheet tab and choose Unhide to see it",
  },
  chartSkipped: {
    sv: "diagrammet ritas inte för {areas} verksamhetsområden (högst {max}); tabellen är skriven",
    en: "the chart is not drawn for {areas} business areas (at most {max}); the table is written",
  },
  cellsEdited: {
    sv: (p) =>
      `${Number(p.count) === 1 ? "cellen har" : `${p.count} celler (${p.cells}) har`} ändrats efter förra uppdateringen, och den nya tabellen behöver ${Number(p.count) === 1 ? "den" : "dem"}; flytta det som skrivits dit, eller välj att ersätta ändringarna. Inget har ändrats.`,
    en: (p) =>
      `${Number(p.count) === 1 ? "the cell was" : `${p.count} cells (${p.cells}) were`} changed after the last update, and the new table needs ${Number(p.count) === 1 ? "it" : "them"}; move what was written there, or choose to replace the changes. Nothing was changed.`,
  },
  excelFailed: {
    sv: "Excel kunde inte genomföra ändringen ({code}: {message}). Försök igen; kvarstår felet, spara arbetsboken, stäng den och öppna den igen.",
    en: "Excel could not carry out the change ({code}: {message}). Try again; if it persists, save the workbook, close it and open it again.",
  },
  notInExcel: {
    sv: "Prognos körs inuti Excel. Öppna arbetsboken i Excel och starta tillägget från fliken Start (utan Excel: npm run preview).",
    en: "Prognos runs inside Excel. Open the workbook in Excel and start the add-in from the Home tab (without Excel: npm run preview).",
  },
} satisfies ProblemCatalogue;
