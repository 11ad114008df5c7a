// The report month's picker (issue 19), a chunk of its own: twelve months of a year in a grid of three
// columns. Arrow keys move a month (up and down a row, three months), Page Up/Down a year, Enter chooses,
// Escape closes and gives the focus back to the field. Months after the current one cannot be chosen.
import { Button, Popover, PopoverSurface, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronLeftRegular } from "@fluentui/react-icons/svg/chevron-left";
import { ChevronRightRegular } from "@fluentui/react-icons/svg/chevron-right";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { compareMonths, keyMove, monthLabel, moveMonth, sameMonth, shortMonthName, type Month } from "../month";
import { useText } from "../text";

const useStyles = makeStyles({
  surface: { padding: "8px", maxWidth: "calc(100vw - 16px)", boxSizing: "border-box" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "4px", marginBottom: "4px" },
  year: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  grid: { display: "flex", flexDirection: "column", gap: "2px" },
  row: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: "2px" },
  cell: { minWidth: 0 },
  month: { minWidth: "44px", width: "100%", paddingLeft: "4px", paddingRight: "4px", fontWeight: tokens.fontWeightRegular },
  hint: { margin: "6px 0 0", fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2, maxWidth: "180px" },
});

export interface MonthGridProps {
  target: HTMLElement | null;
  chosen: Month;
  latest: Month;
  onChoose(month: Month): void;
  /** restoreFocus: closed from the keyboard (Escape), so the focus goes back to the field. */
  onClose(restoreFocus: boolean): void;
}

const ROWS = [0, 1, 2, 3];

export default function MonthGrid({ target, chosen, latest, onChoose, onClose }: MonthGridProps) {
  const styles = useStyles();
  const { lang, t } = useText();
  const [focused, setFocused] = useState<Month>(compareMonths(chosen, latest) > 0 ? latest : chosen);
  const cells = useRef(new Map<number, HTMLElement>());
  // The focus goes to the focused month on opening and with each arrow key, not when a year button is used.
  const follow = useRef(true);
  const year = focused.year;

  useEffect(() => {
    if (!follow.current) return;
    follow.current = false;
    cells.current.get(focused.month)?.focus();
  }, [focused]);

  const onKeyDown = (event: KeyboardEvent) => {
    const delta = keyMove(event.key);
    if (delta === null) return;
    event.preventDefault();
    follow.current = true;
    setFocused((current) => moveMonth(current, delta, latest));
  };

  return (
    <Popover
      open
      trapFocus
      unstable_disableAutoFocus
      positioning={{ target, position: "below", align: "start" }}
      onOpenChange={(event, data) => {
        if (!data.open) onClose(event.type === "keydown");
      }}
    >
      <PopoverSurface className={styles.surface} aria-label={t("ui.month.dialog")} data-testid="month-grid">
        <div className={styles.header}>
          <Button
            appearance="subtle"
            size="small"
            icon={<ChevronLeftRegular />}
            aria-label={t("ui.month.previousYear", { year: year - 1 })}
            onClick={() => setFocused((current) => moveMonth(current, -12, latest))}
          />
          <span className={styles.year} aria-live="polite">{year}</span>
          <Button
            appearance="subtle"
            size="small"
            icon={<ChevronRightRegular />}
            aria-label={t("ui.month.nextYear", { year: year + 1 })}
            disabled={year >= latest.year}
            onClick={() => setFocused((current) => moveMonth(current, 12, latest))}
          />
        </div>
        <div role="grid" aria-label={t("ui.month.grid", { year })} className={styles.grid} onKeyDown={onKeyDown}>
          {ROWS.map((row) => (
            <div role="row" key={row} className={styles.row}>
              {[1, 2, 3].map((column) => {
                const month: Month = { year, month: row * 3 + column };
                const isChosen = sameMonth(month, chosen);
                return (
                  <div role="gridcell" key={month.month} className={styles.cell} aria-selected={isChosen}>
                    <Button
                      ref={(element) => {
                        if (element) cells.current.set(month.month, element);
                        else cells.current.delete(month.month);
                      }}
                      className={styles.month}
                      size="small"
                      appearance={isChosen ? "primary" : "subtle"}
                      tabIndex={sameMonth(month, focused) ? 0 : -1}
                      disabled={compareMonths(month, latest) > 0}
                      aria-label={monthLabel(month, lang)}
                      onClick={() => onChoose(month)}
                      data-month={month.month}
                    >
                      {shortMonthName(month.month, lang)}
                    </Button>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <p className={styles.hint}>{t("ui.month.keys")}</p>
      </PopoverSurface>
    </Popover>
  );
}
