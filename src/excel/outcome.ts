// Marking a stored period as its year's outcome (utfall, issue 22) from the pane's history tab. The history
// is read and written as the update does (write.ts): only rows of the period's year can change, and of those
// only the outcome cells; earlier years are never touched. Two syncs.
import { markOutcome, outcomePeriodOf } from "../engine/history";
import { isPeriod } from "../engine/period";
import { HISTORY_SHEET } from "./constants";
import { addressOf } from "./grid";
import { operation } from "./operation";
import { excelError } from "./problems";
import { collectState, findSheet, queueState, syncReads } from "./read";
import type { OperationResult } from "./setup";
import { storedUnit } from "./setup";
import type { RunExcel } from "./types";
import { queueHistory } from "./write";

/**
 * Marks `period` as the outcome of its year (every other period of the year becomes a forecast again), or,
 * with `marked` false, leaves the year without an outcome.
 */
export function markHistoryOutcome(run: RunExcel, period: string, marked = true): Promise<OperationResult> {
  return operation(run, () => markNow(run, period, marked), (failure) => ({ ok: false, errors: [failure] }));
}

async function markNow(run: RunExcel, period: string, marked: boolean): Promise<OperationResult> {
  if (!isPeriod(period)) return { ok: false, errors: [excelError("badPeriod", undefined, { value: period })] };
  return run(async (context) => {
    const state = collectState(await syncReads(context, (known) => queueState(context, known)));
    const found = state.history.table ?? state.history.plain;
    if (state.history.errors.length > 0) return { ok: false, errors: state.history.errors };
    if (!found || !state.history.rows.some((row) => row.period === period)) {
      return { ok: false, errors: [excelError("historyPeriodMissing", found ? addressOf(found.box) : undefined, { period })] };
    }
    if (findSheet(state.sheets, found.box.sheet)?.protected) {
      return { ok: false, errors: [excelError("sheetProtected", addressOf(found.box), { sheet: found.box.sheet, role: "history" })] };
    }
    const year = Number(period.slice(0, 4));
    const current = outcomePeriodOf(state.history.rows, year);
    const all = markOutcome(state.history.rows, year, marked ? period : current === period ? null : current);
    queueHistory(context, state.history, findSheet(state.sheets, HISTORY_SHEET) !== undefined, all, storedUnit(state.configText));
    await context.sync();
    return { ok: true, errors: [] };
  });
}
