// "Kopiera till Word": the report section (title, table with coloured arrows, legend and, when chosen,
// the draft text as edited here) on the clipboard as HTML and plain text, for the committee's report.
import { Button, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Report } from "../../engine/types";
import { sectionHtml } from "../../section/html";
import { buildSection } from "../../section/model";
import { sectionText } from "../../section/text";
import { copyRich } from "../clipboard";
import { useText } from "../text";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap", margin: "8px 0 4px" },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300, margin: "4px 0 0" },
});

export interface CopyForWordProps {
  report: Report;
  /** The draft text's paragraphs as the economist left them. */
  paragraphs: string[];
}

type Status = { kind: "copied"; withDraft: boolean; method: string } | { kind: "failed" } | null;

export function CopyForWord({ report, paragraphs }: CopyForWordProps) {
  const styles = useStyles();
  const { lang, t } = useText();
  const [includeDraft, setIncludeDraft] = useState(true);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => setStatus(null), [report, lang]);

  const copy = async () => {
    const withDraft = includeDraft && paragraphs.length > 0;
    const section = buildSection(report, { lang, paragraphs: withDraft ? paragraphs : [] });
    const method = await copyRich({ html: sectionHtml(section), text: sectionText(section) });
    setStatus(method ? { kind: "copied", withDraft, method } : { kind: "failed" });
  };

  return (
    <div data-testid="copy-for-word">
      <div className={styles.row}>
        <Button onClick={() => void copy()}>
          {t("ui.word.copy")}
        </Button>
        <Checkbox checked={includeDraft} onChange={(_, data) => setIncludeDraft(data.checked === true)} label={t("ui.word.includeDraft")} />
      </div>
      <div role="status" aria-live="polite">
        {status?.kind === "copied" ? (
          <MessageBar intent="success" data-method={status.method}>
            <MessageBarBody>{t("ui.word.copied", { draft: status.withDraft ? t("ui.word.copiedDraft") : "" })}</MessageBarBody>
          </MessageBar>
        ) : null}
        {status?.kind === "failed" ? <p className={styles.hint}>{t("ui.word.copyFailed")}</p> : null}
      </div>
    </div>
  );
}
