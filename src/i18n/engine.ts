// Texts for the engine's problem codes (src/engine/types.ts Problem). The cell is put in front by formatProblem.
import { decimalsOf, formatAmount } from "../engine/numbers";
import type { Lang } from "../engine/types";
import type { Params, ProblemCatalogue } from "./index";

const FIELD_NAMES: Record<string, { sv: string; en: string }> = {
  area: { sv: "verksamhetsområde", en: "business area" },
  code: { sv: "kod", en: "code" },
  grant: { sv: "kommunbidrag helår", en: "full-year grant" },
  forecastNetCost: { sv: "prognos nettokostnad helår", en: "full-year forecast net cost" },
  periodDeviation: { sv: "budgetavvikelse för perioden", en: "deviation for the period" },
  periodBudget: { sv: "periodiserad budget", en: "budget for the period" },
  periodNetCost: { sv: "utfall för perioden", en: "net cost for the period" },
  reportedDeviation: { sv: "budgetavvikelse helår", en: "full-year deviation" },
  reportedPct: { sv: "% av KB", en: "% of grant" },
  netCost: { sv: "nettokostnad", en: "net cost" },
};

const SIGN_NAMES: Record<string, { sv: string; en: string }> = {
  positive: { sv: "positiva", en: "positive" },
  negative: { sv: "negativa", en: "negative" },
};

function field(params: Params, lang: Lang): string {
  const name = String(params.field ?? "");
  return FIELD_NAMES[name]?.[lang] ?? name;
}

/** A number as the reader expects it: "−51 100" in Swedish, "−51,100" in English, both with the true minus. */
function num(value: string | number | undefined, lang: Lang): string {
  if (typeof value !== "number") return String(value ?? "");
  const text = formatAmount(value, { decimals: Math.min(decimalsOf(value), 2), negative: "minus" });
  return lang === "sv" ? text : text.replace(",", ".").replace(/\u00a0/g, ",");
}

function amount(params: Params, key: string, lang: Lang): string {
  const unit = String(params.unit ?? "");
  return unit === "%" ? `${num(params[key], lang)} %` : `${num(params[key], lang)} ${unit}`.trim();
}

export const engineMessages = {
  // Cells
  notANumber: {
    sv: (p) => `"${p.text}" är inte ett tal`,
    en: (p) => `"${p.text}" is not a number`,
  },
  emptyCell: {
    sv: (p) => `cellen är tom men behövs (${field(p, "sv")})`,
    en: (p) => `the cell is empty but needed (${field(p, "en")})`,
  },
  errorValue: {
    sv: (p) => `cellen innehåller felvärdet ${p.value} (${field(p, "sv")})`,
    en: (p) => `the cell holds the error value ${p.value} (${field(p, "en")})`,
  },
  booleanValue: {
    sv: (p) => `${p.value === "true" ? "SANT" : "FALSKT"} är inte ett belopp (${field(p, "sv")})`,
    en: (p) => `${String(p.value).toUpperCase()} is not an amount (${field(p, "en")})`,
  },
  unexpectedPercent: {
    sv: (p) => `"${p.text}" är en procentsats, men kolumnen ska innehålla belopp (${field(p, "sv")})`,
    en: (p) => `"${p.text}" is a percentage, but the column holds amounts (${field(p, "en")})`,
  },
  dateInAmount: {
    sv: (p) => `cellen är formaterad som datum (${p.date}) men ska innehålla ett belopp (${field(p, "sv")}); skriv beloppet och välj talformatet Tal`,
    en: (p) => `the cell is formatted as a date (${p.date}) but must hold an amount (${field(p, "en")}); type the amount and choose the Number format`,
  },
  amountTooLarge: {
    sv: (p) => `${amount(p, "value", "sv")} är för stort för att summeras exakt (högst ${amount(p, "max", "sv")}); är det ett felklistrat värde? (${field(p, "sv")})`,
    en: (p) => `${amount(p, "value", "en")} is too large to add exactly (at most ${amount(p, "max", "en")}); was it pasted by mistake? (${field(p, "en")})`,
  },
  emptyLabel: {
    sv: "raden har belopp men inget verksamhetsområde",
    en: "the row has amounts but no business area",
  },
  // Sources
  missingColumn: {
    sv: (p) =>
      p.header
        ? `kolumnen "${p.header}" för ${field(p, "sv")} finns inte i området`
        : `hittar ingen kolumn för ${field(p, "sv")}; ange den i inställningarna`,
    en: (p) =>
      p.header
        ? `the column "${p.header}" for ${field(p, "en")} is not in the range`
        : `no column found for ${field(p, "en")}; set it in the settings`,
  },
  columnOutsideRange: {
    sv: (p) => `kolumn ${p.header} (${field(p, "sv")}) ligger utanför området`,
    en: (p) => `column ${p.header} (${field(p, "en")}) is outside the range`,
  },
  noDataRows: { sv: "området har rubriker men inga rader med belopp", en: "the range has headers but no rows with amounts" },
  badAddress: { sv: "adressen {value} är inte en cell", en: "the address {value} is not a cell" },
  noSources: {
    sv: "inga källområden är valda; välj området med kontrollanternas siffror",
    en: "no source ranges are chosen; pick the range with the controllers' figures",
  },
  reportDateInFuture: {
    sv: "rapportdatumet {value} ligger efter innevarande månad (i dag är det {today}); kontrollera året och månaden",
    en: "the report date {value} is after the current month (today is {today}); check the year and month",
  },
  badReportDate: { sv: "rapportdatumet {value} är inte ett datum (ÅÅÅÅ-MM-DD)", en: "the report date {value} is not a date (YYYY-MM-DD)" },
  unitConflict: {
    sv: "rubrikerna anger flera enheter ({unit}, {other}); {unit} används – ange enheten i inställningarna",
    en: "the headers name several units ({unit}, {other}); {unit} is used – set the unit in the settings",
  },
  signAssumed: {
    sv: (p) => `tecknet för ${field(p, "sv")} går inte att avgöra från siffrorna; beloppen antas vara skrivna som ${SIGN_NAMES[String(p.sign)]?.sv ?? p.sign} tal`,
    en: (p) => `the sign of ${field(p, "en")} cannot be told from the figures; amounts are taken as written ${SIGN_NAMES[String(p.sign)]?.en ?? p.sign}`,
  },
  periodDeviationPartial: {
    sv: "budgetavvikelse för perioden saknas i {without}; kolumnen visas inte",
    en: "the deviation for the period is missing in {without}; the column is left out",
  },
  // Reconciliation
  reconcileDeviation: {
    sv: (p) =>
      `${p.area}: budgetavvikelsen ${amount(p, "reported", "sv")} stämmer inte med kommunbidrag och prognos, som ger ${amount(p, "computed", "sv")} (skillnad ${amount(p, "difference", "sv")}). Rapporten visar ${amount(p, "computed", "sv")}, kommunbidrag + prognos.`,
    en: (p) =>
      `${p.area}: the deviation ${amount(p, "reported", "en")} does not match grant and forecast, which give ${amount(p, "computed", "en")} (difference ${amount(p, "difference", "en")}). The report shows ${amount(p, "computed", "en")}, grant + forecast.`,
  },
  reconcilePct: {
    sv: (p) => `${p.area}: ${num(p.reported, "sv")} % av KB stämmer inte med beräknade ${num(p.computed, "sv")} %. Rapporten visar ${num(p.computed, "sv")} %, budgetavvikelse / kommunbidrag.`,
    en: (p) => `${p.area}: ${num(p.reported, "en")} % of grant does not match the computed ${num(p.computed, "en")} %. The report shows ${num(p.computed, "en")} %, deviation / grant.`,
  },
  reconcilePeriodDeviation: {
    sv: (p) =>
      `${p.area}: budgetavvikelsen för perioden ${amount(p, "reported", "sv")} stämmer inte med budget minus utfall, som ger ${amount(p, "computed", "sv")} (skillnad ${amount(p, "difference", "sv")}). Rapporten visar ${amount(p, "reported", "sv")}, källans kolumn för perioden.`,
    en: (p) =>
      `${p.area}: the period deviation ${amount(p, "reported", "en")} does not match budget less net cost, which give ${amount(p, "computed", "en")} (difference ${amount(p, "difference", "en")}). The report shows ${amount(p, "reported", "en")}, the source's column for the period.`,
  },
  totalMismatch: {
    sv: (p) => `summaraden "${p.label}" visar ${amount(p, "found", "sv")} för ${field(p, "sv")}, men raderna ovanför ger ${amount(p, "expected", "sv")}. Rapporten summerar raderna: saknas en rad, eller är summaraden fel?`,
    en: (p) => `the total row "${p.label}" shows ${amount(p, "found", "en")} for ${field(p, "en")}, but the rows above give ${amount(p, "expected", "en")}. The report adds up the rows: is a row missing, or is the total row wrong?`,
  },
  // Baseline and trends
  noBaseline: {
    sv: "det finns ingen sparad prognos före {period} att jämföra med; pilarna visas från nästa månad",
    en: "there is no stored forecast before {period} to compare with; arrows show from next month",
  },
  baselineIsOwnPeriod: {
    sv: "en prognos kan inte jämföras med sin egen period ({period}); ingen jämförelse görs",
    en: "a forecast cannot be compared with its own period ({period}); no comparison is made",
  },
  baselineNotFound: { sv: "prognosen för {period} finns inte i prognoshistoriken", en: "the forecast for {period} is not in the forecast history" },
  newArea: {
    sv: "{area} finns inte i prognosen för {period}; ingen pil",
    en: "{area} is not in the forecast for {period}; no arrow",
  },
  missingArea: {
    sv: "{area} fanns i prognosen för {period} men saknas nu; omfattar källområdet alla rader?",
    en: "{area} was in the forecast for {period} but is missing now; does the source range cover every row?",
  },
  sameAsBaseline: {
    sv: "alla belopp är desamma som i prognosen för {period}; är källan uppdaterad för den här rapporten?",
    en: "every figure equals the forecast for {period}; is the source up to date for this report?",
  },
  scaleSlip: {
    sv: (p) =>
      `${p.area}: ${field(p, "sv")} ${amount(p, "value", "sv")} är omkring ${p.factor === "small" ? "en tusendel av" : "1\u00a0000 gånger"} beloppet i prognosen för ${p.period} (${amount(p, "baseline", "sv")}); är enheten rätt (kr, tkr eller mnkr)?`,
    en: (p) =>
      `${p.area}: ${field(p, "en")} ${amount(p, "value", "en")} is about ${p.factor === "small" ? "a thousandth of" : "1,000 times"} the amount in the forecast for ${p.period} (${amount(p, "baseline", "en")}); is the unit right (kr, tkr or mnkr)?`,
  },
  signFlipped: {
    sv: (p) =>
      `${p.area}: ${field(p, "sv")} har bytt tecken sedan prognosen för ${p.period} (${amount(p, "baseline", "sv")} då, ${amount(p, "value", "sv")} nu); stämmer tecknet i källan och i inställningarna?`,
    en: (p) =>
      `${p.area}: ${field(p, "en")} has changed sign since the forecast for ${p.period} (${amount(p, "baseline", "en")} then, ${amount(p, "value", "en")} now); is the sign right in the source and in the settings?`,
  },
  grantGrowthUnusual: {
    sv: (p) =>
      `föregående års kommunbidrag, ${amount(p, "previous", "sv")}, ger en förändring på ${num(p.percent, "sv")} % till årets ${amount(p, "grant", "sv")}, mer än ±25 %; är beloppet angivet i ${p.unit}? Textförslaget nämner ingen ökning förrän det stämmer.`,
    en: (p) =>
      `last year's grant, ${amount(p, "previous", "en")}, gives a change of ${num(p.percent, "en")} % to this year's ${amount(p, "grant", "en")}, more than ±25 %; is it given in ${p.unit}? The draft text states no growth until it is right.`,
  },
  periodMismatch: {
    sv: (p) => `källan anger ${p.found} ("${p.text}"), men rapporten gäller ${p.report}; stämmer rapportdatumet, och är källan uppdaterad?`,
    en: (p) => `the source says ${p.found} ("${p.text}"), but the report is for ${p.report}; is the report date right, and is the source up to date?`,
  },
  // History
  historyMissingColumn: {
    sv: 'prognoshistoriken saknar kolumnen "{header}"; byt inte namn på eller ta bort dess kolumner',
    en: 'the forecast history lacks the column "{header}"; do not rename or delete its columns',
  },
  historyDuplicate: {
    sv: (p) =>
      `${p.area} finns redan för ${p.period} i prognoshistoriken (rad ${p.firstRow})` +
      (Number(p.count) > 1 ? ` – ${p.count} rader för ${p.period} är dubbletter` : "") +
      `; ta bort de dubblerade raderna, så jämförs inte prognosen med dubbla belopp`,
    en: (p) =>
      `${p.area} is already in the forecast history for ${p.period} (row ${p.firstRow})` +
      (Number(p.count) > 1 ? ` – ${p.count} rows for ${p.period} are duplicates` : "") +
      `; delete the duplicated rows, so the forecast is not compared with doubled amounts`,
  },
  historyBadValue: {
    sv: '"{text}" kan inte läsas som {field}',
    en: '"{text}" cannot be read as {field}',
  },
  // Configuration
  configEmpty: { sv: "inställningarna är tomma", en: "the settings are empty" },
  configInvalidJson: {
    sv: "inställningarna är inte giltig JSON ({message})",
    en: "the settings are not valid JSON ({message})",
  },
  configWrongType: {
    sv: (p) => `inställningen ${p.path || "(hela)"} ska vara ${TYPE_NAMES[String(p.expected)]?.sv ?? p.expected}, inte ${p.value}`,
    en: (p) => `the setting ${p.path || "(all)"} must be ${TYPE_NAMES[String(p.expected)]?.en ?? p.expected}, not ${p.value}`,
  },
  configUnknownKey: {
    sv: "okänd inställning {path} (tillåtna: {allowed})",
    en: "unknown setting {path} (allowed: {allowed})",
  },
  configMissing: { sv: "inställningen {path} saknas", en: "the setting {path} is missing" },
  configBadRange: {
    sv: "{path}: {value} är varken en adress, en tabell eller ett namngivet område",
    en: "{path}: {value} is neither an address, a table nor a defined name",
  },
  configBadValue: { sv: "{path}: {value} är inte tillåtet (tillåtna: {allowed})", en: "{path}: {value} is not allowed (allowed: {allowed})" },
  configDuplicateColumn: {
    sv: "{path}: kolumnen {value} är redan vald för {other}",
    en: "{path}: the column {value} is already chosen for {other}",
  },
  configBadSheetName: { sv: "{path}: {value} är inget giltigt bladnamn", en: "{path}: {value} is not a valid sheet name" },
  configBadCell: { sv: "{path}: {value} är ingen cell (till exempel A1)", en: "{path}: {value} is not a cell (for example A1)" },
  configBadVersion: { sv: "inställningarnas version {value} stöds inte (1 eller 2)", en: "settings version {value} is not supported (1 or 2)" },
  configBadDate: { sv: "{path}: {value} är inte ett datum (ÅÅÅÅ-MM-DD)", en: "{path}: {value} is not a date (YYYY-MM-DD)" },
  configNegative: { sv: "{path} får inte vara negativ ({value})", en: "{path} must not be negative ({value})" },
} satisfies ProblemCatalogue;

const TYPE_NAMES: Record<string, { sv: string; en: string }> = {
  object: { sv: "ett objekt", en: "an object" },
  array: { sv: "en lista", en: "a list" },
  string: { sv: "en text", en: "a text" },
  number: { sv: "ett tal", en: "a number" },
  boolean: { sv: "true eller false", en: "true or false" },
};
