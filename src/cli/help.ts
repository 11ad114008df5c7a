// The help texts of `prognos`: everything a user of the command needs, in Swedish and English.
import type { CommandName } from "./args";
import type { CliLang } from "./messages";

const OVERVIEW = {
  sv: `prognos – uppdaterar prognostabellen "Budgetavvikelse per verksamhetsområde" i en Excel-arbetsbok (.xlsx)

Användning:
  prognos update <arbetsbok.xlsx> [flaggor]             uppdatera prognosen
  prognos import-baseline <arbetsbok.xlsx> --range 'Blad!A1:F9' --period ÅÅÅÅ-MM
                                                        spara en tidigare prognos att jämföra med
  prognos --help                                        den här texten
  prognos update --help, prognos import-baseline --help detaljer per kommando

Gemensamma flaggor:
  --lang sv|en    språk för meddelanden, hjälp och textförslag (standard: sv)
  --help, -h      visa hjälpen för kommandot

Utfall (exit code):
  0  klart (varningar skrivs ut men stoppar inget, utom med update --strict)
  1  fel i arbetsbokens data, till exempel "Controller!C7: "4 21O" är inte ett tal";
     varje fel skrivs på stderr med sin cell, och filen är byte för byte oförändrad
  2  felaktigt kommando eller flagga, eller en fil som inte går att läsa eller spara

Kom igång: npm run demo uppdaterar en kopia av exempelarbetsboken i examples/.
`,
  en: `prognos – updates the forecast table "Budget deviation per business area" in an Excel workbook (.xlsx)

Usage:
  prognos update <workbook.xlsx> [options]              update the forecast
  prognos import-baseline <workbook.xlsx> --range 'Sheet!A1:F9' --period YYYY-MM
                                                        store an earlier forecast to compare with
  prognos --help                                        this text
  prognos update --help, prognos import-baseline --help details per command

Common options:
  --lang sv|en    language of messages, help and the draft text (default: sv)
  --help, -h      show the help of the command

Exit codes:
  0  done (warnings are printed but stop nothing, except with update --strict)
  1  errors in the workbook's data, e.g. "Controller!C7: "4 21O" is not a number";
     each error goes to stderr with its cell, and the file is unchanged byte for byte
  2  wrong command or option, or a file that cannot be read or saved

Getting started: npm run demo updates a copy of the example workbook in examples/.
`,
};

const UPDATE = {
  sv: `prognos update <arbetsbok.xlsx> [flaggor]

Läser controllernas tabell, beräknar budgetavvikelse helår, % av KB och förändringen mot
föregående prognos, och skriver rapporten (bladet Rapport), pilarna och prognoshistoriken
(bladet Prognoshistorik) i arbetsboken. Allt kontrolleras innan något skrivs: antingen
skrivs hela resultatet eller ingenting. Bredvid tabellen skrivs stapeldiagrammet
(överskott grönt, underskott rött).

Flaggor:
  --config <fil.json>  inställningar (JSON som på bladet Prognosinställningar). De sparas i
                       arbetsboken, så nästa körning behöver ingen flagga.
                       Utan --config: bladet Prognosinställningar; finns det inte, letas
                       tabellen upp automatiskt (första bladets tabell med kända rubriker)
                       och det som hittades sparas i arbetsboken.
  --date ÅÅÅÅ-MM-DD    rapportdatum (standard: inställningarnas reportDate, annars sista
                       dagen i föregående månad)
  --baseline ÅÅÅÅ-MM   jämför med den sparade prognosen för den perioden i stället för den
                       senaste före rapportperioden
  --out <ny.xlsx>      skriv resultatet till en ny fil; arbetsboken lämnas orörd.
                       Utan --out uppdateras arbetsboken på plats, atomärt: först en
                       temporär fil i samma mapp, sedan byte av namn, så ett avbrott
                       lämnar aldrig en halvskriven fil.
  --dry-run            beräkna och kontrollera, men skriv ingenting i arbetsboken
  --docx <fil.docx>    skriv också rapportavsnittet som Word-dokument: rubriken, tabellen
                       med färgade pilar (▲ grön, ▼ röd, ► gul), förklaringen och
                       textförslaget, på språket i --lang. Skrivs även med --dry-run
                       (arbetsboken är då orörd), inte vid fel i data.
  --strict             skriv ingenting när en varning säger att rapporten kan vara fel
                       (märkt ! i utskriften, severity "check" i JSON): utfall 1, filen
                       byte för byte oförändrad. Utan --strict skrivs rapporten som förut.
  --outcome            rapportperioden är årets utfall (bokslutet): märks så i kolumnen
                       Utfall på bladet Prognoshistorik (årets andra perioder blir prognoser
                       igen; tidigare års rader rörs aldrig). Årets prognoser jämförs då med
                       utfallet (prognossäkerhet) på bladet Prognosutveckling och i JSON.
                       En period som redan är utfall förblir det när den uppdateras igen.
  --json               skriv ett JSON-objekt på stdout i stället för sammanfattningen
  --lang sv|en         språk (standard: sv)

Varningar: "check" (märkt !) betyder att rapporten kan vara fel eller inaktuell –
källans summarad stämmer inte, ett verksamhetsområde saknas mot föregående prognos, alla
belopp är desamma som då, en period i källans rubriker eller titel är en annan än
rapportens, beloppen är omkring 1 000 gånger fel (kr/tkr/mnkr), ett tecken har bytt, eller
kommunbidraget har ändrats mer än ±25 % mot föregående år. Tillägget i Excel frågar innan
det skriver en sådan rapport. "info": rapporten är rätt, men något i källan bör ses över.

Inställningarna (JSON, bladet Prognosinställningar eller --config):
  fält                     enhet / värden                      standard
  version                  2 (1: äldre, previousYearGrant i kr) 2
  reportDate               "ÅÅÅÅ-MM-DD"                        sista dagen i föregående månad
  sources[]                lista med källområden               (krävs; utan inställningar letas
                                                                tabellen upp automatiskt)
  sources[].range          A1-adress med blad, tabell eller    (krävs)
                           namngivet område
  sources[].columns.<fält> rubriktext eller kolumnbokstav;     hittas från rubrikerna
                           fält: area, code, grant,
                           forecastNetCost, periodDeviation,
                           periodBudget, periodNetCost,
                           reportedDeviation, reportedPct
  sources[].unit           "kr" | "tkr" | "mnkr"               från rubrikerna, annars tkr
  sources[].signs.netCost  "positive" | "negative"             avgörs från siffrorna
  sources[].signs.grant    "positive" | "negative"             avgörs från siffrorna
  tolerance                rapportens enhet (output.unit), ≥ 0 0
  output.sheet             bladnamn                            "Rapport"
  output.anchor            cell, t.ex. "A1"                    "A1"
  output.unit              "tkr" | "mnkr" (en decimal)         "tkr"
  output.chart             true | false                        true
  output.development       true | false: bladet Prognosutveckling true
                           (årets perioder, diagram, utfall)
                           när året har minst två perioder
  output.narrative         "above" | "below": var panelen     "above"
                           infogar textförslaget (ovanför
                           tabellen eller under den)
  previousYearGrant        rapportens enhet (output.unit),     null (ingen mening om
                           föregående års kommunbidrag          kommunbidragets ökning)
  Alla belopp anges i rapportens enhet. En sparad version 1 läses som den var menad
  (previousYearGrant i kronor) och sparas som version 2 nästa gång.

JSON (--json), ett objekt med:
  reportDate "ÅÅÅÅ-MM-DD", period "ÅÅÅÅ-MM", periodLabel ("jan–nov"), unit ("tkr"|"mnkr"),
  baseline ({period, reportDate} eller null),
  rows (en per verksamhetsområde, i källans ordning) och total (Nämndens ram), var och en med
    area, periodDeviation, grant, forecastNetCost, deviation, pctOfGrant,
    baselineDeviation, change, trend ("improved"|"worsened"|"unchanged"|"new"),
  warnings och errors (var och en {code, severity, cell, message}; severity är "error",
    eller för en varning "check" eller "info"; cell är null utan cell),
  narrative (textförslaget, styckena åtskilda av en tom rad, eller null),
  development (prognosutvecklingen under rapportens år, en kolumn per sparad period):
    {periods: [{period, reportDate}], rows: [{area, values}], total: {values}}; values har
    ett belopp per period i periods (helårsavvikelsen), null där perioden saknar området,
  accuracy (null utan utfall för året; annars årets prognoser mot utfallet):
    {outcomePeriod, rows: [{area, outcome, forecasts: [{period, deviation, error}]}],
     total: {outcome, forecasts: [...]}, meanAbsoluteError: [{period, value}]};
    error = utfall − prognos (positivt: utfallet blev bättre), value = medelvärdet av
    |error| över områdena som både prognosen och utfallet har,
  stats ({syncs, maxRequestBytes}: Excel-anrop och största anropet i byte).
  Belopp anges i rapportens enhet (unit) och är oavrundade: avrunda själv till tabellens
  precision (hela tkr, mnkr med en decimal). forecastNetCost är negativ för en kostnad,
  som i rapporten. pctOfGrant är en kvot: 0.031 betyder 3,1 %. null där värdet saknas
  (ingen periodavvikelse, inget kommunbidrag, ingen föregående prognos).
  Vid fel (utfall 1) skrivs objektet ändå, med errors ifyllda; vid utfall 2 skrivs inget
  på stdout.

Utan --json skrivs en kort sammanfattning: tabellen, varningarna, textförslaget och var
filen sparades. Förlopp visas på stderr när stderr är en terminal.

Det som sparas: bara det Prognos äger ändras (bladen Rapport, Prognoshistorik,
Prognosutveckling och Prognosinställningar med deras tabeller och diagram, och rapportens
område när den står på ett eget blad). Allt annat i filen, som diagram, pivottabeller,
makron, kommentarer, skydd och utskriftsinställningar, skrivs tillbaka byte för byte.
En arbetsbok med makron (.xlsm) förblir .xlsm; --out måste då också sluta på .xlsm.

Exempel:
  prognos update Ekonomisk-rapport.xlsx
  prognos update rapport.xlsx --config prognos.json --date 2024-11-30 --out rapport-nov.xlsx
  prognos update rapport.xlsx --json --dry-run > resultat.json
  prognos update rapport.xlsx --dry-run --docx nämndrapport.docx
`,
  en: `prognos update <workbook.xlsx> [options]

Reads the controllers' table, computes the full-year deviation, the % of grant and the
change since the previous forecast, and writes the report (sheet Rapport), the arrows and
the forecast history (sheet Prognoshistorik) into the workbook. Everything is checked before
anything is written: either the whole result is written or nothing. The bar chart goes
beside the table (surplus green, deficit red).

Options:
  --config <file.json> settings (JSON as on the sheet Prognosinställningar). They are stored
                       in the workbook, so the next run needs no option.
                       Without --config: the sheet Prognosinställningar; when there is none,
                       the table is detected automatically (the first sheet's table with
                       recognisable headers) and what was found is stored in the workbook.
  --date YYYY-MM-DD    report date (default: the settings' reportDate, else the last day of
                       the previous month)
  --baseline YYYY-MM   compare with the stored forecast of that period instead of the latest
                       one before the report's period
  --out <new.xlsx>     write the result to a new file; the workbook is left untouched.
                       Without --out the workbook is updated in place, atomically: first a
                       temporary file in the same folder, then a rename, so an interruption
                       never leaves a half-written file.
  --dry-run            compute and check, but write nothing into the workbook
  --docx <file.docx>   also write the report section as a Word document: the heading, the
                       table with coloured arrows (▲ green, ▼ red, ► yellow), the legend and
                       the draft text, in the language of --lang. Written with --dry-run too
                       (the workbook is then untouched), not when the data has errors.
  --strict             write nothing when a warning says the report may be wrong (marked !
                       in the output, severity "check" in JSON): exit 1, the file unchanged
                       byte for byte. Without --strict the report is written as before.
  --outcome            the report's period is the year's outcome (the closed books): marked
                       so in the column Utfall on the sheet Prognoshistorik (the year's other
                       periods become forecasts again; earlier years' rows are never
                       touched). The year's forecasts are then compared with the outcome
                       (accuracy) on the sheet Prognosutveckling and in JSON. A period that
                       is the outcome stays so when it is updated again.
  --json               print one JSON object on stdout instead of the summary
  --lang sv|en         language (default: sv)

Warnings: "check" (marked !) means the report may be wrong or stale – the source's total row
does not match, a business area of the previous forecast is missing, every figure equals the
previous forecast, a period in the source's headers or title differs from the report's, the
amounts are about 1,000 times off (kr/tkr/mnkr), a sign flipped, or the grant changed by more
than ±25 % against last year's. The add-in in Excel asks before it writes such a report.
"info": the report is right, but something in the source deserves a look.

The settings (JSON, sheet Prognosinställningar or --config):
  field                    unit / values                       default
  version                  2 (1: older, previousYearGrant in kr) 2
  reportDate               "YYYY-MM-DD"                        last day of the previous month
  sources[]                list of source ranges               (required; without settings the
                                                                table is detected)
  sources[].range          A1 address with sheet, table or     (required)
                           defined name
  sources[].columns.<field> header text or column letter;      found from the headers
                           fields: area, code, grant,
                           forecastNetCost, periodDeviation,
                           periodBudget, periodNetCost,
                           reportedDeviation, reportedPct
  sources[].unit           "kr" | "tkr" | "mnkr"               from the headers, else tkr
  sources[].signs.netCost  "positive" | "negative"             told from the figures
  sources[].signs.grant    "positive" | "negative"             told from the figures
  tolerance                the report's unit (output.unit), ≥ 0 0
  output.sheet             sheet name                          "Rapport"
  output.anchor            cell, e.g. "A1"                     "A1"
  output.unit              "tkr" | "mnkr" (one decimal)        "tkr"
  output.chart             true | false                        true
  output.development       true | false: the sheet              true
                           Prognosutveckling (the year's
                           periods, charts, outcome) when
                           the year has two periods or more
  output.narrative         "above" | "below": where the pane   "above"
                           inserts the draft text (above the
                           table or below it)
  previousYearGrant        the report's unit (output.unit),    null (no sentence on the
                           last year's grant                    grant's growth)
  Every amount is in the report's unit. A stored version 1 is read as it was meant
  (previousYearGrant in kronor) and stored as version 2 the next time.

JSON (--json), one object with:
  reportDate "YYYY-MM-DD", period "YYYY-MM", periodLabel ("jan–nov"), unit ("tkr"|"mnkr"),
  baseline ({period, reportDate} or null),
  rows (one per business area, in the source's order) and total (Nämndens ram), each with
    area, periodDeviation, grant, forecastNetCost, deviation, pctOfGrant,
    baselineDeviation, change, trend ("improved"|"worsened"|"unchanged"|"new"),
  warnings and errors (each {code, severity, cell, message}; severity is "error", or for a
    warning "check" or "info"; cell is null when there is none),
  narrative (the draft text, paragraphs separated by a blank line, or null),
  development (how the forecast moved through the report's year, one column per stored
    period): {periods: [{period, reportDate}], rows: [{area, values}], total: {values}};
    values has one amount per period in periods (the full-year deviation), null where the
    period lacks the area,
  accuracy (null without an outcome for the year; else the year's forecasts against it):
    {outcomePeriod, rows: [{area, outcome, forecasts: [{period, deviation, error}]}],
     total: {outcome, forecasts: [...]}, meanAbsoluteError: [{period, value}]};
    error = outcome − forecast (positive: the outcome was better), value = the mean of
    |error| over the areas both the forecast and the outcome hold,
  stats ({syncs, maxRequestBytes}: Excel round trips and the largest request in bytes).
  Amounts are in the report's unit (unit) and unrounded: round them yourself to the table's
  precision (whole tkr, mnkr with one decimal). forecastNetCost is negative for a cost, as
  in the report. pctOfGrant is a ratio: 0.031 means 3.1 %. null where a value is absent
  (no period deviation, no grant, no previous forecast).
  On errors (exit 1) the object is still printed, with errors filled in; on exit 2 nothing
  is printed on stdout.

Without --json a short summary is printed: the table, the warnings, the draft text and
where the file was saved. Progress is shown on stderr when stderr is a terminal.

What is saved: only what Prognos owns changes (the sheets Rapport, Prognoshistorik,
Prognosutveckling and Prognosinställningar with their tables and charts, and the report's
range when it stands on a sheet of yours). Everything else in the file, such as charts, pivot
tables, macros, comments, protection and print settings, is written back byte for byte.
A workbook with macros (.xlsm) stays .xlsm; --out must then end in .xlsm too.

Examples:
  prognos update Ekonomisk-rapport.xlsx --lang en
  prognos update report.xlsx --config prognos.json --date 2024-11-30 --out report-nov.xlsx
  prognos update report.xlsx --json --dry-run > result.json
  prognos update report.xlsx --dry-run --docx committee-report.docx --lang en
`,
};

const IMPORT_BASELINE = {
  sv: `prognos import-baseline <arbetsbok.xlsx> --range 'Blad!A1:F9' --period ÅÅÅÅ-MM [flaggor]

Sparar en tidigare prognos i prognoshistoriken (bladet Prognoshistorik), så att nästa
uppdatering kan visa förändringen och pilarna. Används första månaden: området är en tabell
med samma rubriker som controllernas (verksamhetsområde, kommunbidrag, prognos
nettokostnad). Finns perioden redan i historiken är det ett fel, om inte --replace anges;
andra perioder rörs aldrig.

Flaggor:
  --range 'Blad!A1:F9'  området med tabellen, med bladnamn (krävs)
  --period ÅÅÅÅ-MM      perioden prognosen gäller, till exempel 2024-10 (krävs)
  --date ÅÅÅÅ-MM-DD     prognosens datum (standard: periodens sista dag)
  --replace             ersätt perioden om den redan finns i historiken
  --outcome             perioden är årets utfall (bokslutet): märks så i kolumnen Utfall
                        (årets andra perioder blir prognoser igen, tidigare år rörs inte)
  --out <ny.xlsx>       skriv till en ny fil (annars på plats, atomärt som för update)
  --dry-run             kontrollera, men skriv ingenting
  --json                skriv {period, reportDate, rows, warnings, errors, stats} på stdout;
                        rows har area, grant, forecastNetCost (negativ för en kostnad) och
                        deviation i tkr, oavrundade
  --lang sv|en          språk (standard: sv)

Utfall som för update: 0 klart, 1 fel i områdets data (filen oförändrad), 2 fel i kommandot
eller en fil som inte går att läsa eller spara.

Exempel:
  prognos import-baseline rapport.xlsx --range 'Oktober!A3:D8' --period 2024-10
`,
  en: `prognos import-baseline <workbook.xlsx> --range 'Sheet!A1:F9' --period YYYY-MM [options]

Stores an earlier forecast in the forecast history (sheet Prognoshistorik), so that the next
update can show the change and the arrows. Used in the first month: the range is a table
with the same headers as the controllers' (business area, grant, forecast net cost). A
period already stored is an error unless --replace is given; other periods are never touched.

Options:
  --range 'Sheet!A1:F9' the range holding the table, with its sheet name (required)
  --period YYYY-MM      the period of the forecast, for example 2024-10 (required)
  --date YYYY-MM-DD     the forecast's date (default: the last day of the period)
  --replace             replace the period when the history already holds it
  --outcome             the period is the year's outcome (the closed books): marked so in
                        the column Utfall (the year's other periods become forecasts again,
                        earlier years are not touched)
  --out <new.xlsx>      write to a new file (else in place, atomically as for update)
  --dry-run             check, but write nothing
  --json                print {period, reportDate, rows, warnings, errors, stats} on stdout;
                        rows have area, grant, forecastNetCost (negative for a cost) and
                        deviation in tkr, unrounded
  --lang sv|en          language (default: sv)

Exit codes as for update: 0 done, 1 errors in the range's data (file unchanged), 2 a wrong
command or a file that cannot be read or saved.

Example:
  prognos import-baseline report.xlsx --range 'Oktober!A3:D8' --period 2024-10 --lang en
`,
};

export function helpText(topic: CommandName | null, lang: CliLang): string {
  if (topic === "update") return UPDATE[lang];
  if (topic === "import-baseline") return IMPORT_BASELINE[lang];
  // The overview documents everything: both commands follow it.
  return [OVERVIEW[lang], UPDATE[lang], IMPORT_BASELINE[lang]].join(`\n${"─".repeat(72)}\n\n`);
}
