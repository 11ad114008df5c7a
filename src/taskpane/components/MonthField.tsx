// A month as a field (issue 19): a button showing "november 2024" that opens the month grid (MonthGrid, a
// chunk of its own loaded at the first opening); month names in the pane's language. The report month and
// setup's baseline month both use it.
import { Button, Field, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarMonthRegular } from "@fluentui/react-icons/svg/calendar-month";
import { ChevronDownRegular } from "@fluentui/react-icons/svg/chevron-down";
import { Suspense, lazy, useRef, useState } from "react";
import { monthLabel, type Month } from "../month";
import { NARROW } from "../layout";
import { useText } from "../text";

const MonthGrid = lazy(() => import(/* webpackChunkName: "monthGrid", webpackPrefetch: true */ "./MonthGrid"));

const useStyles = makeStyles({
  trigger: { justifyContent: "flex-start", maxWidth: "100%", minWidth: 0, fontWeight: tokens.fontWeightRegular },
  // Narrow: the month wraps rather than end in "novemb…".
  value: { flexGrow: 1, textAlign: "left", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", [NARROW]: { whiteSpace: "normal" } },
  chevron: { flexShrink: 0, marginLeft: "8px" },
});

export interface MonthFieldProps {
  label: string;
  hint?: string;
  month: Month;
  /** The latest month that can be chosen. */
  latest: Month;
  onMonth(month: Month): void;
  testId: string;
  /** Extra data attributes on the trigger (the value as the tests read it). */
  data?: Record<`data-${string}`, string>;
}

export function MonthField({ label, hint, month, latest, onMonth, testId, data = {} }: MonthFieldProps) {
  const styles = useStyles();
  const { lang } = useText();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = (restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) trigger.current?.focus();
  };
  return (
    <>
      <Field label={label} hint={hint}>
        {(control) => (
          <Button
            id={control.id}
            ref={trigger}
            className={styles.trigger}
            appearance="outline"
            icon={<CalendarMonthRegular />}
            // The field's label and the month both: "Rapportmånad november 2024".
            aria-labelledby={`${control["aria-labelledby"] ?? ""} ${control.id}-value`.trim()}
            aria-describedby={control["aria-describedby"]}
            aria-haspopup="dialog"
            aria-expanded={open}
            onClick={() => setOpen((was) => !was)}
            data-testid={testId}
            {...data}
          >
            <span id={`${control.id}-value`} className={styles.value}>{monthLabel(month, lang)}</span>
            <ChevronDownRegular className={styles.chevron} aria-hidden="true" />
          </Button>
        )}
      </Field>
      {open ? (
        <Suspense fallback={null}>
          <MonthGrid
            target={trigger.current}
            chosen={month}
            latest={latest}
            onChoose={(chosen) => {
              onMonth(chosen);
              close(true);
            }}
            onClose={close}
          />
        </Suspense>
      ) : null}
    </>
  );
}
