// English paragraphs (--lang en): the same facts as the Swedish draft, in plain report English.
import type { AreaChange, Balance, NarrativeFacts } from "./facts";
import { amountInWords, dateInWords, joinList, percentInWords, periodInWords } from "./words";

const amount = (kronor: number): string => amountInWords(Math.abs(kronor), "en");
const list = (items: readonly string[]): string => joinList(items, "en");
const areas = (names: readonly string[]): string =>
  names.length === 1 ? `the business area ${names[0]}` : `the business areas ${list(names)}`;

export function result(balance: Balance, kronor: number, totally = ""): string {
  if (balance === "zero") return "a break-even result";
  return `a ${totally}${balance} of ${amount(kronor)}`;
}

export function grantParagraph(facts: NarrativeFacts): string | null {
  const growth = facts.grantGrowth;
  if (!growth) return null;
  const opening = `For ${facts.year} the committee's grant amounts to ${amount(growth.grant)}`;
  const previous = `the committee's grant for ${facts.year - 1}`;
  if (growth.doubted) return `${opening}. [Check last year's grant in the settings: it gives a change of more than 25 per cent, so no growth is stated.]`;
  if (growth.changeIsZero) return `${opening}, unchanged compared with ${previous}.`;
  const direction = growth.change > 0 ? "an increase" : "a decrease";
  const percent = growth.percent === null ? "" : ` or ${percentInWords(Math.abs(growth.percent), "en")} per cent`;
  return `${opening}, ${direction} of ${amount(growth.change)}${percent} compared with ${previous}.`;
}

export function periodParagraph(facts: NarrativeFacts): string | null {
  const period = facts.period;
  if (!period) return null;
  const opening = `For the period ${periodInWords(period.lastMonth, "en")} ${result(period.balance, period.total, "total ")} is reported`;
  const { surplusAreas, deficitAreas } = period;
  if (period.balance === "zero") {
    const balanced = surplusAreas.length && deficitAreas.length
      ? ` Surpluses in ${list(surplusAreas)} are offset by deficits in ${list(deficitAreas)}.` : "";
    return `${opening}.${balanced}`;
  }
  const [carrying, reducing] = period.balance === "surplus" ? [surplusAreas, deficitAreas] : [deficitAreas, surplusAreas];
  const where = carrying.length ? `, ${reducing.length ? "mainly " : ""}in ${areas(carrying)}` : "";
  const reduced = !reducing.length ? ""
    : period.balance === "surplus" ? ` The surplus is reduced by deficits in ${list(reducing)}.`
      : ` The deficit is reduced by surpluses in ${list(reducing)}.`;
  return `${opening}${where}.${reduced}`;
}

export function fullYearParagraph(facts: NarrativeFacts): string {
  const year = facts.fullYear;
  const asBefore = year.sameBalanceAsBaseline && year.balance === "zero" ? ", as before," : "";
  const despite = year.periodBalance && year.periodBalance !== "zero" && year.periodBalance !== year.balance
    ? ` despite the ${year.periodBalance} for the period` : "";
  const opening = `For the whole of ${facts.year}${asBefore} ${result(year.balance, year.total)} is forecast${despite}.`;
  return [opening, spread(year.surplusAreas, year.deficitAreas, year.areaCount)].filter(Boolean).join(" ");
}

function spread(surplusAreas: string[], deficitAreas: string[], areaCount: number): string {
  if (surplusAreas.length && deficitAreas.length) {
    return `The result is unevenly distributed between the business areas, with surpluses for ${list(surplusAreas)} and deficits for ${list(deficitAreas)}.`;
  }
  const [names, kind] = surplusAreas.length ? [surplusAreas, "Surpluses"] : [deficitAreas, "Deficits"];
  if (!names.length) return "";
  const who = names.length === areaCount && areaCount > 1 ? "all business areas" : list(names);
  return `${kind} are forecast for ${who}.`;
}

export function changeParagraph(facts: NarrativeFacts): string | null {
  const change = facts.change;
  if (!change) return null;
  const since = `compared with the previous forecast of ${dateInWords(change.baselineDate, "en")}`;
  const sentences = [
    change.totalTrend === "unchanged" ? `The full-year forecast is unchanged ${since}.`
      : `The full-year forecast has ${change.totalTrend === "improved" ? "improved" : "worsened"} by ${amount(change.total)} ${since}.`,
  ];
  if (change.improved.length) sentences.push(`The forecast has improved ${perArea(change.improved)}.`);
  if (change.worsened.length) sentences.push(`The forecast has worsened ${perArea(change.worsened)}.`);
  if (change.newAreas.length) sentences.push(`There is no previous forecast to compare with for ${list(change.newAreas)}.`);
  return sentences.join(" ");
}

function perArea(changes: readonly AreaChange[]): string {
  return list(changes.map((c) => `for ${c.area} by ${amount(c.amount)}`));
}
