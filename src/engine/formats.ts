// Number formats as the Excel API gives them (invariant, "yyyy-mm-dd", "#,##0"): which ones show a date.

/**
 * True when a format shows a date or time: it has a date/time code (y, m, d, h, s) and no digit placeholder
 * (0 # ?). Quoted text, escaped and padding characters and [colour]/[$-locale] sections are skipped first, so
 * '#,##0 "mnkr"' is an amount and '[$-41D]yyyy-mm-dd' a date. Elapsed time ([h]:mm) counts as a time.
 */
export function isDateFormat(format: string | undefined | null): boolean {
  if (!format) return false;
  const section = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "")
    .replace(/AM\/PM|A\/P/gi, "h");
  return /[ymdhs]/i.test(section) && !/[0#?]/.test(section);
}
