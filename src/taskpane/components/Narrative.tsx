// The drafted text of the report (engine's draftNarrative): editable here, then copied or inserted above
// the table (as the seed) or under its legend, as the economist chose. Paragraphs are separated by a blank line.
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { Accuracy } from "../../engine/accuracy";
import type { Development } from "../../engine/development";
import { draftNarrative } from "../../engine/narrative";
import type { NarrativePosition, Problem, Report } from "../../engine/types";
import { useText } from "../text";
import { CopyForWord } from "./CopyForWord";

const useStyles = makeStyles({
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center", marginTop: "8px" },
  // Fluent's horizontal options sit a label against the next circle. (The grey of an option not chosen: App.tsx.)
  positions: { flexWrap: "wrap", columnGap: tokens.spacingHorizontalL },
  text: { width: "100%" },
  // Its own field, apart from the text box's hint above it.
  position: { marginTop: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300 },
});

export interface NarrativeProps {
  report: Report;
  previousYearGrant: number | null;
  /** The year's development and accuracy as the update gave them: the draft's year sentence, as the CLI's. */
  development?: Development | null;
  accuracy?: Accuracy | null;
  /** The text as the economist edited it here; null shows the engine's draft. Held by the pane (App.tsx). */
  text: string | null;
  onTextChange(text: string): void;
  onInsert(paragraphs: string[], options: { replaceEdited?: boolean; position: NarrativePosition }): Promise<{ ok: boolean; address: string | null; errors: Problem[] }>;
  /** Where the text goes: the configuration's choice (output.narrative), above when it has none. */
  position: NarrativePosition;
  onPositionChange(position: NarrativePosition): void;
  renderProblems(problems: Problem[]): React.ReactNode;
}

async function copyToClipboard(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Office's web views may refuse the async clipboard; the selection-based copy still works there.
    if (!fallback) return false;
    fallback.select();
    return document.execCommand("copy");
  }
}

type Status = { kind: "copied" | "copyFailed" } | { kind: "inserted"; address: string } | { kind: "insertFailed"; errors: Problem[] } | null;

export function Narrative({ report, previousYearGrant, development = null, accuracy = null, text, onTextChange, onInsert, position, onPositionChange, renderProblems }: NarrativeProps) {
  const styles = useStyles();
  const { lang, t } = useText();
  const drafted = useMemo(() => draftNarrative(report, { previousYearGrant, lang, development, accuracy }).join("\n\n"), [report, previousYearGrant, lang, development, accuracy]);
  const draft = text ?? drafted;
  // A status belongs to the report it was given for: a new result starts without one.
  const [said, setSaid] = useState<{ report: Report; status: Status }>({ report, status: null });
  const status = said.report === report ? said.status : null;
  const setStatus = (next: Status) => setSaid({ report, status: next });
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);

  const paragraphs = () => draft.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

  const copy = async () => setStatus({ kind: (await copyToClipboard(paragraphs().join("\n\n"), area.current)) ? "copied" : "copyFailed" });
  const insert = async (options: { replaceEdited?: boolean } = {}) => {
    setBusy(true);
    try {
      const result = await onInsert(paragraphs(), { ...options, position });
      setStatus(result.ok ? { kind: "inserted", address: result.address ?? "" } : { kind: "insertFailed", errors: result.errors });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="narrative-heading">
      <h3 id="narrative-heading">{t("ui.narrative.heading")}</h3>
      {/* The box's label names it; the advice to read it through is its description. */}
      <Field label={t("ui.narrative.label")} hint={t("ui.narrative.hint")}>
        <Textarea
          className={styles.text}
          textarea={{ ref: area }}
          value={draft}
          onChange={(_, data) => onTextChange(data.value)}
          resize="vertical"
          rows={10}
          data-testid="narrative"
        />
      </Field>
      <Field className={styles.position} label={t("ui.narrative.position")}>
        <RadioGroup className={styles.positions} layout="horizontal" value={position} onChange={(_, data) => onPositionChange(data.value as NarrativePosition)} data-testid="narrative-position">
          <Radio value="above" label={t("ui.narrative.position.above")} />
          <Radio value="below" label={t("ui.narrative.position.below")} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => void copy()}>{t("ui.narrative.copy")}</Button>
        <Button onClick={() => void insert()} disabled={busy || paragraphs().length === 0}>
          {t(position === "above" ? "ui.narrative.insert.above" : "ui.narrative.insert.below")}
        </Button>
      </div>
      <CopyForWord report={report} paragraphs={paragraphs()} />
      <div role="status" aria-live="polite">
        {status?.kind === "copied" ? <p className={styles.hint}>{t("ui.narrative.copied")}</p> : null}
        {status?.kind === "copyFailed" ? <p className={styles.hint}>{t("ui.narrative.copyFailed")}</p> : null}
        {status?.kind === "inserted" ? (
          <MessageBar intent="success">
            <MessageBarBody>{t("ui.narrative.inserted", { address: status.address })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {status?.kind === "insertFailed" ? (
        <>
          {renderProblems(status.errors)}
          {status.errors.every((error) => error.code === "cellsEdited") ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t("ui.narrative.editedInSheet")}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void insert({ replaceEdited: true })} disabled={busy} data-testid="replace-text">{t("ui.narrative.replace")}</Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
