// Problems with their cells: a problem with a cell is a button that selects the cell in the workbook
// (design §5); the cell is written first, as economists read it.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Problem } from "../../engine/types";
import { useText } from "../text";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: "2px" },
  line: {
    width: "100%",
    height: "auto",
    minHeight: "auto",
    padding: "4px 6px",
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    overflowWrap: "break-word",
    hyphens: "auto",
    display: "block",
    // On the subtle hover background the link colour falls below 4.5:1 in the dark theme (4.18); Fluent's
    // link-hover colour keeps it (4.84 dark, 7.22 light).
    "&:hover > :first-child": { color: tokens.colorBrandForegroundLinkHover },
  },
  plain: { padding: "4px 6px", overflowWrap: "break-word", hyphens: "auto" },
  // A cell reference is a link to the cell, written as the economist reads it in Excel, not as code.
  cell: {
    color: tokens.colorBrandForeground1,
    textDecorationLine: "underline",
    marginRight: "2px",
  },
  bars: { display: "flex", flexDirection: "column", gap: "8px" },
  body: { display: "flex", flexDirection: "column", gap: "4px", minWidth: 0 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase300 },
  gone: { display: "block", color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, padding: "0 6px" },
});

export interface ProblemListProps {
  problems: Problem[];
  /** Selects a cell in the workbook; resolves false when it no longer exists or is hidden. */
  onSelectCell(cell: string): Promise<boolean>;
  testId?: string;
}

/** The severities in the order a reader meets them, and the MessageBar each is shown in. */
const SEVERITIES = [
  { severity: "error", intent: "error" },
  { severity: "check", intent: "warning" },
  { severity: "info", intent: "info" },
] as const;

/**
 * Problems grouped by severity, each group a Fluent MessageBar (error, warning, info) with its count:
 * what stops the update first, then what may make the report wrong, then what only deserves a look.
 */
export function ProblemBars({ problems, onSelectCell, testId }: ProblemListProps) {
  const styles = useStyles();
  const { t } = useText();
  const anyCell = problems.some((problem) => problem.cell);
  return (
    <div className={styles.bars} data-testid={testId}>
      {SEVERITIES.map(({ severity, intent }) => {
        const group = problems.filter((problem) => problem.severity === severity);
        if (group.length === 0) return null;
        return (
          <MessageBar key={severity} intent={intent} layout="multiline" data-severity={severity}>
            <MessageBarBody className={styles.body}>
              <MessageBarTitle>{t(`ui.problems.${severity}`, { count: group.length })}</MessageBarTitle>
              {anyCell && group.some((problem) => problem.cell) ? <p className={styles.hint}>{t("ui.warnings.hint")}</p> : null}
              <ProblemList problems={group} onSelectCell={onSelectCell} />
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </div>
  );
}

export function ProblemList({ problems, onSelectCell, testId }: ProblemListProps) {
  const styles = useStyles();
  const text = useText();
  const [gone, setGone] = useState<string | null>(null);
  const select = async (cell: string) => {
    setGone((await onSelectCell(cell)) ? null : cell);
  };
  return (
    <ul className={styles.list} data-testid={testId}>
      {problems.map((problem, index) => (
        <li key={`${problem.code}-${problem.cell ?? ""}-${index}`} data-code={problem.code}>
          {problem.cell ? (
            <Button
              className={styles.line}
              appearance="subtle"
              title={text.t("ui.problem.select", { cell: problem.cell })}
              onClick={() => void select(problem.cell as string)}
              data-cell={problem.cell}
            >
              {/* A real space after the cell: with a margin alone the cell and the first word were one word, to a
                  screen reader ("Controller!E5Arbetsmarknad") and to line breaking (at 200 % "A | rbetsmarknad"). */}
              <span className={styles.cell}>{problem.cell}</span> <span>{text.problemSentence(problem)}</span>
            </Button>
          ) : (
            <div className={styles.plain}>{text.problemSentence(problem)}</div>
          )}
          {gone !== null && gone === problem.cell ? (
            <span className={styles.gone} role="status">
              {text.t("ui.problem.cellGone", { cell: problem.cell })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
