// Texts of the `prognos` command itself (usage, files, progress, summary). Problems found in a
// workbook keep their texts in src/i18n (formatProblem); only the command's own words live here.
import type { Lang } from "../engine/types";

/** The engine's Lang (the command speaks the languages of the rest of Prognos). */
export type CliLang = Lang;
type Params = Record<string, string | number>;
type Text = string | ((params: Params) => string);

const messages = {
  // Usage errors (exit 2)
  unknownCommand: { sv: 'okänt kommando "{command}" (använd update eller import-baseline)', en: 'unknown command "{command}" (use update or import-baseline)' },
  missingCommand: { sv: "ange ett kommando: update eller import-baseline", en: "give a command: update or import-baseline" },
  unknownOption: { sv: "okänd flagga {option}", en: "unknown option {option}" },
  missingValue: { sv: "flaggan {option} behöver ett värde", en: "the option {option} needs a value" },
  unexpectedValue: { sv: "flaggan {option} tar inget värde", en: "the option {option} takes no value" },
  repeatedOption: { sv: "flaggan {option} är angiven två gånger", en: "the option {option} is given twice" },
  missingWorkbook: { sv: "ange arbetsboken (.xlsx)", en: "give the workbook (.xlsx)" },
  extraArgument: { sv: 'oväntat argument "{value}"', en: 'unexpected argument "{value}"' },
  badDate: { sv: '{option}: "{value}" är inte ett datum (ÅÅÅÅ-MM-DD)', en: '{option}: "{value}" is not a date (YYYY-MM-DD)' },
  badPeriod: { sv: '{option}: "{value}" är ingen period (ÅÅÅÅ-MM)', en: '{option}: "{value}" is not a period (YYYY-MM)' },
  badLang: { sv: '--lang: "{value}" stöds inte (sv eller en)', en: '--lang: "{value}" is not supported (sv or en)' },
  badRange: { sv: '--range: "{value}" är inget område med bladnamn (till exempel \'Blad!A1:F9\')', en: "--range: \"{value}\" is not a range with a sheet name (for example 'Sheet!A1:F9')" },
  missingRequired: { sv: "flaggan {option} krävs", en: "the option {option} is required" },
  docxIsWorkbook: { sv: "--docx: {value} är arbetsboken eller --out; ange en egen fil för Word-dokumentet", en: "--docx: {value} is the workbook or --out; give a file of its own for the Word document" },
  seeHelp: { sv: "Se: prognos {command}--help", en: "See: prognos {command}--help --lang en" },
  // Files (exit 2)
  fileMissing: { sv: "{path}: filen finns inte", en: "{path}: the file does not exist" },
  fileIsDirectory: { sv: "{path}: är en mapp, inte en fil", en: "{path}: is a folder, not a file" },
  fileUnreadable: { sv: "{path}: kan inte läsas ({reason})", en: "{path}: cannot be read ({reason})" },
  // A file the command cannot open, and a target Excel would refuse (src/cli/workbook.ts)
  notAWorkbook: {
    sv: "{path} är ingen Excel-arbetsbok. Ange en arbetsbok som sparats i Excel (.xlsx eller .xlsm); ingenting har skrivits.",
    en: "{path} is not an Excel workbook. Give a workbook saved by Excel (.xlsx or .xlsm); nothing was written.",
  },
  compoundFile: {
    sv: "{path} är en äldre Excel-fil (.xls) eller skyddad med lösenord för att öppna. Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) utan lösenord och kör kommandot igen; ingenting har skrivits.",
    en: "{path} is an older Excel file (.xls) or protected with a password to open. Open it in Excel, save it as an Excel workbook (.xlsx) without a password and run the command again; nothing was written.",
  },
  binaryWorkbook: {
    sv: "{path} är en binär arbetsbok (.xlsb), som kommandoraden inte kan läsa. Spara den i Excel som Excel-arbetsbok (.xlsx eller .xlsm) och kör kommandot igen; ingenting har skrivits.",
    en: "{path} is a binary workbook (.xlsb), which the command line cannot read. Save it in Excel as an Excel workbook (.xlsx or .xlsm) and run the command again; nothing was written.",
  },
  workbookUnreadable: {
    sv: "{path} ser ut som en Excel-arbetsbok men går inte att läsa; den kan vara skadad eller skriven av ett program som avviker från formatet. Öppna den i Excel, spara den igen och kör kommandot på nytt; ingenting har skrivits.",
    en: "{path} looks like an Excel workbook but cannot be read; it may be damaged or written by a program that strays from the format. Open it in Excel, save it again and run the command once more; nothing was written.",
  },
  macrosNeedXlsm: {
    sv: "{path}: arbetsboken har makron (VBA) och måste sparas som .xlsm, annars öppnar Excel den inte. Välj ett namn som slutar på .xlsm; ingenting har skrivits.",
    en: "{path}: the workbook has macros (VBA) and must be saved as .xlsm, or Excel will not open it. Choose a name ending in .xlsm; nothing was written.",
  },
  xlsmNeedsMacros: {
    sv: "{path}: arbetsboken har inga makron och måste sparas som .xlsx, annars öppnar Excel den inte. Välj ett namn som slutar på .xlsx; ingenting har skrivits.",
    en: "{path}: the workbook has no macros and must be saved as .xlsx, or Excel will not open it. Choose a name ending in .xlsx; nothing was written.",
  },
  saveWouldLose: {
    sv: "{path}: kommandoraden kan inte spara ändringen utan att något i filen går förlorat ({what}). Ingenting har skrivits; uppdatera i Excel med tillägget Prognos.",
    en: "{path}: the command line cannot save the change without losing something in the file ({what}). Nothing was written; update in Excel with the Prognos add-in.",
  },
  configUnreadable: { sv: "{path}: inställningsfilen går inte att använda:", en: "{path}: the settings file cannot be used:" },
  writeFailed: { sv: "{path}: kunde inte sparas ({reason}); filen är oförändrad", en: "{path}: could not be saved ({reason}); the file is unchanged" },
  internalError: { sv: "internt fel: {reason}", en: "internal error: {reason}" },
  // Data errors (exit 1)
  dataErrors: {
    sv: (p: Params) => `${p.count === 1 ? "1 fel" : `${p.count} fel`} i arbetsboken; ingenting har skrivits, ${p.path} är oförändrad.`,
    en: (p: Params) => `${p.count === 1 ? "1 error" : `${p.count} errors`} in the workbook; nothing was written, ${p.path} is unchanged.`,
  },
  // Progress (stderr, terminals only)
  stepLoading: { sv: "Läser {path}", en: "Reading {path}" },
  stepReading: { sv: "Läser källområden och historik", en: "Reading sources and history" },
  stepComputing: { sv: "Beräknar prognosen", en: "Computing the forecast" },
  stepWriting: { sv: "Skriver rapporten", en: "Writing the report" },
  stepSaving: { sv: "Sparar {path}", en: "Saving {path}" },
  stepDone: { sv: "Klart", en: "Done" },
  // Summary (stdout)
  summaryTitle: { sv: "Budgetavvikelse per verksamhetsområde, {date} ({unit})", en: "Budget deviation per business area, {date} ({unit})" },
  summaryBaseline: { sv: "Jämfört med prognosen per {date} ({period}).", en: "Compared with the forecast as of {date} ({period})." },
  summaryNoBaseline: { sv: "Ingen tidigare prognos att jämföra med.", en: "No earlier forecast to compare with." },
  headArea: { sv: "Verksamhetsområde", en: "Business area" },
  headPeriod: { sv: "Avvikelse {label}", en: "Deviation {label}" },
  headGrant: { sv: "Kommunbidrag", en: "Grant" },
  headNetCost: { sv: "Prognos nettokostnad", en: "Forecast net cost" },
  headDeviation: { sv: "Avvikelse helår", en: "Full-year deviation" },
  headPct: { sv: "% av KB", en: "% of grant" },
  headTrend: { sv: "Förändring", en: "Change" },
  trendImproved: { sv: "förbättrad", en: "improved" },
  trendWorsened: { sv: "försämrad", en: "worsened" },
  trendUnchanged: { sv: "oförändrad", en: "unchanged" },
  trendNew: { sv: "ny", en: "new" },
  warningsHeading: { sv: "Varningar:", en: "Warnings:" },
  checksLegend: {
    sv: "  (! = rapporten kan vara fel eller inaktuell; kontrollera innan den används)",
    en: "  (! = the report may be wrong or stale; check before it is used)",
  },
  strictRefused: {
    sv: (p: Params) => `--strict: ${p.count === 1 ? "1 varning" : `${p.count} varningar`} (!) säger att rapporten kan vara fel; ingenting har skrivits, ${p.path} är oförändrad.`,
    en: (p: Params) => `--strict: ${p.count === 1 ? "1 warning" : `${p.count} warnings`} (!) say the report may be wrong; nothing was written, ${p.path} is unchanged.`,
  },
  narrativeHeading: { sv: "Textförslag:", en: "Draft text:" },
  writtenTo: { sv: "Rapporten är skriven till {address} i {path}.", en: "The report is written to {address} in {path}." },
  configStored: { sv: "Inställningarna är sparade i arbetsboken (bladet {sheet}); nästa gång behövs ingen --config.", en: "The settings are stored in the workbook (sheet {sheet}); next time no --config is needed." },
  configDetected: { sv: "Källområdet hittades automatiskt och är sparat i arbetsboken (bladet {sheet}).", en: "The source range was detected automatically and is stored in the workbook (sheet {sheet})." },
  docxWritten: { sv: "Word-dokumentet är skrivet till {path}.", en: "The Word document is written to {path}." },
  dryRunDocx: { sv: "Provkörning (--dry-run): arbetsboken är orörd; bara Word-dokumentet är skrivet.", en: "Dry run (--dry-run): the workbook is untouched; only the Word document is written." },
  dryRunDone: { sv: "Provkörning (--dry-run): ingenting har skrivits.", en: "Dry run (--dry-run): nothing was written." },
  baselineImported: {
    sv: "Prognosen för {period} ({count} verksamhetsområden, per {date}) är sparad i {sheet} i {path}.",
    en: "The forecast for {period} ({count} business areas, as of {date}) is stored in {sheet} in {path}.",
  },
  baselineDryRun: {
    sv: "Provkörning (--dry-run): prognosen för {period} ({count} verksamhetsområden) skulle sparas; ingenting har skrivits.",
    en: "Dry run (--dry-run): the forecast for {period} ({count} business areas) would be stored; nothing was written.",
  },
} satisfies Record<string, { sv: Text; en: Text }>;

export type MessageKey = keyof typeof messages;

export function message(key: MessageKey, lang: CliLang, params: Params = {}): string {
  const text: Text = messages[key][lang];
  if (typeof text === "function") return text(params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
