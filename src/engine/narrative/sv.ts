// Swedish paragraphs in the register of a committee report: passive, "redovisas", "prognostiseras".
import type { AreaChange, Balance, NarrativeFacts } from "./facts";
import { amountInWords, dateInWords, joinList, percentInWords, periodInWords } from "./words";

const amount = (kronor: number): string => amountInWords(Math.abs(kronor), "sv");
const list = (items: readonly string[]): string => joinList(items, "sv");
const areas = (names: readonly string[]): string =>
  names.length === 1 ? `verksamhetsområdet ${names[0]}` : `verksamhetsområdena ${list(names)}`;

/** "ett överskott på drygt 31 miljoner kronor" / "ett nollresultat". */
export function result(balance: Balance, kronor: number, totally = ""): string {
  if (balance === "zero") return "ett nollresultat";
  return `ett ${balance === "surplus" ? "överskott" : "underskott"} på ${totally}${amount(kronor)}`;
}

export function grantParagraph(facts: NarrativeFacts): string | null {
  const growth = facts.grantGrowth;
  if (!growth) return null;
  const opening = `För ${facts.year} uppgår nämndens kommunbidragsram till ${amount(growth.grant)}`;
  const previous = `nämndens kommunbidrag ${facts.year - 1}`;
  if (growth.doubted) return `${opening}. [Kontrollera föregående års kommunbidrag i inställningarna: det ger en förändring på mer än 25 procent, så ökningen nämns inte.]`;
  if (growth.changeIsZero) return `${opening}, vilket är oförändrat i förhållande till ${previous}.`;
  const direction = growth.change > 0 ? "en ökning" : "en minskning";
  const percent = growth.percent === null ? "" : ` eller ${percentInWords(Math.abs(growth.percent), "sv")} procent`;
  return `${opening}, vilket innebär ${direction} med ${amount(growth.change)}${percent} i förhållande till ${previous}.`;
}

export function periodParagraph(facts: NarrativeFacts): string | null {
  const period = facts.period;
  if (!period) return null;
  const opening = `För perioden ${periodInWords(period.lastMonth, "sv")} redovisas ${result(period.balance, period.total, "totalt ")}`;
  const { surplusAreas, deficitAreas } = period;
  if (period.balance === "zero") {
    const balanced = surplusAreas.length && deficitAreas.length
      ? ` Överskott inom ${list(surplusAreas)} uppvägs av underskott inom ${list(deficitAreas)}.` : "";
    return `${opening}.${balanced}`;
  }
  const [carrying, reducing] = period.balance === "surplus" ? [surplusAreas, deficitAreas] : [deficitAreas, surplusAreas];
  // "främst" only when areas of the other sign reduce the total: the named areas then carry more than all of it.
  const mainly = reducing.length ? "främst " : "";
  const where = carrying.length === 0 ? ""
    : carrying.length === 1 ? `, som ${mainly}hänför sig till ${areas(carrying)}`
      : `, som fördelar sig ${mainly}mellan ${areas(carrying)}`;
  const reduced = !reducing.length ? ""
    : period.balance === "surplus" ? ` Överskottet reduceras av underskott inom ${list(reducing)}.`
      : ` Underskottet reduceras av överskott inom ${list(reducing)}.`;
  return `${opening}${where}.${reduced}`;
}

export function fullYearParagraph(facts: NarrativeFacts): string {
  const year = facts.fullYear;
  const asBefore = year.sameBalanceAsBaseline && year.balance === "zero" ? "liksom tidigare " : "";
  const despite = year.periodBalance && year.periodBalance !== "zero" && year.periodBalance !== year.balance
    ? ` trots ${year.periodBalance === "surplus" ? "överskott" : "underskott"} för perioden` : "";
  const opening = `För hela ${facts.year} prognostiseras ${asBefore}${result(year.balance, year.total)}${despite}.`;
  return [opening, spread(year.surplusAreas, year.deficitAreas, year.areaCount)].filter(Boolean).join(" ");
}

function spread(surplusAreas: string[], deficitAreas: string[], areaCount: number): string {
  if (surplusAreas.length && deficitAreas.length) {
    return `Resultatet är ojämnt fördelat mellan verksamhetsområdena, med överskott för ${list(surplusAreas)} och underskott för ${list(deficitAreas)}.`;
  }
  const [names, kind] = surplusAreas.length ? [surplusAreas, "Överskott"] : [deficitAreas, "Underskott"];
  if (!names.length) return "";
  const who = names.length === areaCount && areaCount > 1 ? "samtliga verksamhetsområden" : list(names);
  return `${kind} prognostiseras för ${who}.`;
}

export function changeParagraph(facts: NarrativeFacts): string | null {
  const change = facts.change;
  if (!change) return null;
  const since = `jämfört med föregående prognos per den ${dateInWords(change.baselineDate, "sv")}`;
  const sentences = [
    change.totalTrend === "unchanged" ? `Helårsprognosen är oförändrad ${since}.`
      : `Helårsprognosen har ${change.totalTrend === "improved" ? "förbättrats" : "försämrats"} med ${amount(change.total)} ${since}.`,
  ];
  if (change.improved.length) sentences.push(`Prognosen har förbättrats ${perArea(change.improved)}.`);
  if (change.worsened.length) sentences.push(`Prognosen har försämrats ${perArea(change.worsened)}.`);
  if (change.newAreas.length) sentences.push(`För ${list(change.newAreas)} finns ingen föregående prognos att jämföra med.`);
  return sentences.join(" ");
}

/** "för A med 2,0 miljoner kronor och för B med drygt 12 miljoner kronor" */
function perArea(changes: readonly AreaChange[]): string {
  return list(changes.map((c) => `för ${c.area} med ${amount(c.amount)}`));
}
