// How the Prognoshistorik table shows its rows (design §3 "History", issue 19): the cells always hold
// kronor, so nothing is lost to rounding and a baseline reads back exactly; the number format shows them in
// the report's unit, the net cost with the report's sign (negative for a cost) and the saved time as a local
// date-time. Sheets written before that (headers "… (kr)", net cost positive, the time as UTC text) keep
// their own convention: their rows are read as they are, and new rows are written the way the table is.
import { localSerialFromTimestamp } from "./period";
import type { CellValue, HistoryRow, OutputUnit, Unit } from "./types";

export type HistoryKey = keyof HistoryRow;

export const HISTORY_KEYS: readonly HistoryKey[] = ["period", "reportDate", "area", "grant", "forecastNetCost", "deviation", "savedAt", "outcome"];
/** Every column but the outcome's must be there; a sheet written before the outcome existed has none. */
export const REQUIRED_KEYS: readonly HistoryKey[] = HISTORY_KEYS.filter((key) => key !== "outcome");
export const AMOUNT_KEYS: ReadonlySet<HistoryKey> = new Set<HistoryKey>(["grant", "forecastNetCost", "deviation"]);

const AMOUNT_NAMES: Partial<Record<HistoryKey, string>> = {
  grant: "Kommunbidrag helår",
  forecastNetCost: "Prognos nettokostnad helår",
  deviation: "Budgetavvikelse helår",
};
const NAMES: Partial<Record<HistoryKey, string>> = { period: "Period", reportDate: "Rapportdatum", area: "Verksamhetsområde", savedAt: "Sparad", outcome: "Utfall" };

/** What the outcome column holds for a period marked as its year's outcome. */
export const OUTCOME_MARK = "Ja";

export interface HistoryLayout {
  /** The unit the amounts are shown in (the cells hold kronor): "kr" in sheets from before issue 19. */
  unit: Unit;
  /** Net cost written as the report writes it, negative for a cost (sheets from before: positive). */
  netCostAsReport: boolean;
  /** The saved time as a local date-time value (sheets from before: ISO text in UTC). */
  savedAtAsDate: boolean;
}

/** The convention of sheets written before issue 19. */
export const FORMER_LAYOUT: HistoryLayout = { unit: "kr", netCostAsReport: false, savedAtAsDate: false };

/** The convention a new history table gets: the report's unit and sign. */
export function reportLayout(unit: OutputUnit): HistoryLayout {
  return { unit, netCostAsReport: true, savedAtAsDate: true };
}

/** The header of one column in a table of `layout`. */
export function historyHeader(key: HistoryKey, layout: HistoryLayout): string {
  const amount = AMOUNT_NAMES[key];
  return amount ? `${amount} (${layout.unit})` : (NAMES[key] as string);
}

export function historyHeaders(layout: HistoryLayout): string[] {
  return HISTORY_KEYS.map((key) => historyHeader(key, layout));
}

/** The column's name without a unit: how a header is recognised whatever unit it names. */
export function baseName(key: HistoryKey): string {
  return AMOUNT_NAMES[key] ?? (NAMES[key] as string);
}

/** Number formats that show kronor in the unit: "#,##0," divides by a thousand for display only. */
const AMOUNT_FORMAT: Record<Unit, string> = { kr: "#,##0", tkr: "#,##0,", mnkr: "#,##0.0,," };
export const SAVED_AT_FORMAT = "yyyy-mm-dd hh:mm";

/** One row's cells in the order of HISTORY_KEYS, with their number formats. */
export function historyCells(row: HistoryRow, layout: HistoryLayout): { values: CellValue[]; formats: string[] } {
  const amount = AMOUNT_FORMAT[layout.unit];
  const netCost = layout.netCostAsReport ? -row.forecastNetCost : row.forecastNetCost;
  const savedAt = layout.savedAtAsDate && !Number.isNaN(Date.parse(row.savedAt)) ? localSerialFromTimestamp(row.savedAt) : row.savedAt;
  return {
    values: [row.period, row.reportDate, row.area, row.grant, netCost === 0 ? 0 : netCost, row.deviation, savedAt, row.outcome ? OUTCOME_MARK : ""],
    formats: ["@", "@", "@", amount, amount, amount, typeof savedAt === "number" ? SAVED_AT_FORMAT : "@", "@"],
  };
}

/** The layout a table's headers say it has; the net cost's header names the unit and with it the convention. */
export function layoutOfHeaders(headers: readonly string[]): HistoryLayout {
  const pattern = /^prognos nettokostnad helår(?:\s*\((kr|tkr|mnkr)\))?$/;
  for (const header of headers) {
    const unit = pattern.exec(header)?.[1] as Unit | undefined;
    if (unit === undefined) continue;
    return unit === "kr" ? FORMER_LAYOUT : reportLayout(unit);
  }
  return FORMER_LAYOUT;
}

/** Whether a (normalised) header is the column of `key`: the base name, with or without a unit. */
export function isHeaderOf(key: HistoryKey, header: string): boolean {
  const name = baseName(key).toLocaleLowerCase("sv");
  if (!AMOUNT_KEYS.has(key)) return header === name;
  if (header === name) return true;
  return header.startsWith(name) && /^\s*\((kr|tkr|mnkr)\)$/.test(header.slice(name.length));
}

/** Outcome cells: "Ja" (or x, yes, true) marks, empty (or Nej, no, false) does not; anything else is null. */
export function readOutcome(value: CellValue): boolean | null {
  if (value === true) return true;
  if (value === false || value === null || value === undefined) return false;
  const text = String(value).trim().toLocaleLowerCase("sv");
  if (["ja", "x", "yes", "true", "1", "utfall"].includes(text)) return true;
  if (["", "nej", "no", "false", "0"].includes(text)) return false;
  return null;
}
