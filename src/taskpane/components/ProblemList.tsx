// Problems with their cells: a problem with a cell is a button that selects the cell in the workbook
// (design §5); the cell is written first, as economists read it.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
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
    overflowWrap: "anywhere",
    display: "block",
  },
  plain: { padding: "4px 6px", overflowWrap: "anywhere" },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    textDecorationLine: "underline",
    marginRight: "6px",
  },
  gone: { display: "block", color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, padding: "0 6px" },
});

export interface ProblemListProps {
  problems: Problem[];
  /** Selects a cell in the workbook; resolves false when it no longer exists or is hidden. */
  onSelectCell(cell: string): Promise<boolean>;
  testId: string;
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
              <span className={styles.cell}>{problem.cell}</span>
              <span>{text.problemText(problem)}</span>
            </Button>
          ) : (
            <div className={styles.plain}>{text.problemText(problem)}</div>
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
