// The pane's words for the year (issue 22): the development view, the accuracy table and the outcome
// button in the history tab. Kept apart from ui.ts so that the year's view and its words travel together.
import type { Catalogue } from "./index";

export const uiYearMessages: Catalogue = {
  "ui.development.heading": { sv: "Prognosutveckling {year}", en: "Forecast development {year}" },
  "ui.development.caption": { sv: "Budgetavvikelse helår enligt varje prognos under året, {unit}", en: "Full-year budget deviation in each forecast of the year, {unit}" },
  "ui.development.area": { sv: "Verksamhetsområde", en: "Business area" },
  "ui.development.change": { sv: "Förändring mot föregående prognos", en: "Change since the previous forecast" },
  "ui.development.chart": {
    sv: "Linjediagram: budgetavvikelse helår per verksamhetsområde och för nämndens ram, {from} till {to}, {unit}. Siffrorna finns i tabellen nedan.",
    en: "Line chart: full-year budget deviation per business area and for the committee total, {from} to {to}, {unit}. The figures are in the table below.",
  },
  "ui.development.scroll": { sv: "Tabellen, rullbar i sidled", en: "The table, scrolls sideways" },
  "ui.accuracy.heading": { sv: "Prognossäkerhet: utfallet {date} mot årets prognoser", en: "Forecast accuracy: the outcome of {date} against the year's forecasts" },
  "ui.accuracy.caption": {
    sv: "Differens = utfall − prognos, {unit}; positiv när utfallet blev bättre än prognosen",
    en: "Difference = outcome − forecast, {unit}; positive when the outcome was better than forecast",
  },
  "ui.accuracy.outcome": { sv: "Utfall", en: "Outcome" },
  "ui.accuracy.meanAbsoluteError": { sv: "Medelabsolutfel per område", en: "Mean absolute error per area" },
  "ui.history.outcome": { sv: "Utfall", en: "Outcome" },
  "ui.history.markOutcome": { sv: "Markera som utfall", en: "Mark as outcome" },
  "ui.history.markOutcomeLabel": { sv: "Markera prognosen per {date} som årets utfall", en: "Mark the forecast as of {date} as the year's outcome" },
  "ui.history.isOutcome": { sv: "Årets utfall", en: "The year's outcome" },
  "ui.history.unmarkOutcome": { sv: "Ta bort markeringen", en: "Remove the mark" },
  "ui.history.unmarkOutcomeLabel": { sv: "Prognosen per {date} är inte årets utfall", en: "The forecast as of {date} is not the year's outcome" },
  "ui.history.outcomeMarked": {
    sv: "Prognosen per {date} är markerad som utfallet för {year}. Uppdatera prognosen för att se prognossäkerheten.",
    en: "The forecast as of {date} is marked as the outcome of {year}. Update the forecast to see the accuracy.",
  },
  "ui.history.outcomeUnmarked": { sv: "{year} har inget markerat utfall längre.", en: "{year} no longer has a marked outcome." },
};
