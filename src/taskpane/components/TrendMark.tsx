// An arrow is also a word (design §5): the coloured arrow is decoration, the word is what is read.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Trend } from "../../engine/types";
import { useText } from "../text";

const useStyles = makeStyles({
  mark: { display: "inline-flex", alignItems: "center", columnGap: "4px", whiteSpace: "nowrap" },
  icon: { width: "14px", height: "14px", flexShrink: 0 },
  improved: { color: tokens.colorPaletteGreenForeground1 },
  worsened: { color: tokens.colorPaletteRedForeground1 },
  // Marigold is Fluent's yellow with enough contrast for a graphic on a light or dark background.
  unchanged: { color: tokens.colorPaletteMarigoldForeground1 },
  new: { color: tokens.colorNeutralForeground3 },
});

/** The three arrows of Excel's threeArrows icon set: up, right (sideways), down. */
const ARROW_PATHS: Record<Exclude<Trend, "new">, string> = {
  improved: "M7 1 L13 7.5 H9 V13 H5 V7.5 H1 Z",
  unchanged: "M13 7 L6.5 13 V9 H1 V5 H6.5 V1 Z",
  worsened: "M7 13 L13 6.5 H9 V1 H5 V6.5 H1 Z",
};

export function TrendIcon({ trend, className }: { trend: Trend; className?: string }) {
  const styles = useStyles();
  const classes = mergeClasses(styles.icon, styles[trend], className);
  if (trend === "new") {
    return (
      <svg className={classes} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="3" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    );
  }
  return (
    <svg className={classes} viewBox="0 0 14 14" aria-hidden="true" focusable="false" data-trend={trend}>
      <path d={ARROW_PATHS[trend]} fill="currentColor" />
    </svg>
  );
}

export function TrendMark({ trend }: { trend: Trend }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <span className={styles.mark} data-trend={trend}>
      <TrendIcon trend={trend} />
      <span>{t(`ui.trend.${trend}`)}</span>
    </span>
  );
}
