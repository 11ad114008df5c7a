// The history tab's outcome mark (issue 22): a period pressed as its year's outcome (utfall). One per year:
// marking another period of the year moves the mark (markHistoryOutcome); pressing it again removes it.
// Earlier years' rows are never changed by it (the adapter writes only the outcome cells of that year).
import { ToggleButton } from "@fluentui/react-components";
import type { HistoryPeriod } from "../../excel/types";
import { dateText } from "../format";
import { useText } from "../text";

export interface OutcomeToggleProps {
  entry: HistoryPeriod;
  busy: boolean;
  onToggle(entry: HistoryPeriod, marked: boolean): void;
}

export function OutcomeToggle({ entry, busy, onToggle }: OutcomeToggleProps) {
  const { lang, t } = useText();
  const date = dateText(entry.reportDate, lang);
  return (
    <ToggleButton
      size="small"
      appearance={entry.outcome ? "primary" : "secondary"}
      checked={entry.outcome}
      disabled={busy}
      onClick={() => onToggle(entry, !entry.outcome)}
      aria-label={t(entry.outcome ? "ui.history.unmarkOutcomeLabel" : "ui.history.markOutcomeLabel", { date })}
      data-testid={`outcome-${entry.period}`}
    >
      {t("ui.history.outcome")}
    </ToggleButton>
  );
}
