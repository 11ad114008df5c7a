// The pane's three tabs (ARIA tabs pattern, manual activation): the arrow keys, Home and End move the focus,
// Enter or Space opens the tab. Our own rather than Fluent's TabList: its arrow keys come from Tabster, whose
// focus guards (tabbable, aria-hidden <i> elements) fail axe's aria-hidden-focus, and its row cannot wrap,
// so "Historik" fell off the row at 200 % zoom. Styled with Fluent's tokens to look like its tabs.
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", columnGap: "4px", rowGap: "2px", marginLeft: "-6px" },
  tab: {
    position: "relative",
    border: "none",
    background: "none",
    cursor: "pointer",
    padding: "8px 6px 10px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      left: "6px",
      right: "6px",
      bottom: 0,
      height: "3px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface PaneTab<V extends string> {
  value: V;
  label: string;
}

export interface PaneTabsProps<V extends string> {
  tabs: ReadonlyArray<PaneTab<V>>;
  selected: V;
  onSelect(value: V): void;
  label: string;
  /** The id of the panel a tab controls: panelId(value). */
  panelId(value: V): string;
}

export function PaneTabs<V extends string>({ tabs, selected, onSelect, label, panelId }: PaneTabsProps<V>) {
  const styles = useStyles();
  const buttons = useRef(new Map<V, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    buttons.current.get(tabs[next].value)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((tab, index) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={(element) => {
              if (element) buttons.current.set(tab.value, element);
              else buttons.current.delete(tab.value);
            }}
            type="button"
            role="tab"
            id={`${panelId(tab.value)}-tab`}
            value={tab.value}
            aria-selected={isSelected}
            aria-controls={isSelected ? panelId(tab.value) : undefined}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
