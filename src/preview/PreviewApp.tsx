// The preview page: the task pane on the left against the headless host, the workbook on the right,
// and a toolbar standing in for what Excel itself would do (select a range, save the file, click the
// ribbon button). The view is read again after every call the pane makes through `run`.
import { Button, Field, FluentProvider, Input, MessageBar, MessageBarBody, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { ribbonUpdate } from "../commands/ribbonUpdate";
import type { RunExcel } from "../excel/types";
import type { HeadlessHost } from "../headless/index";
import { saveWorkbook } from "../headless/index";
import type { Lang } from "../i18n/index";
import { App } from "../taskpane/components/App";
import { TextProvider, useText } from "../taskpane/text";
import { SheetView } from "./SheetView";
import { readWorkbookView, type WorkbookView } from "./snapshot";

const useStyles = makeStyles({
  page: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground3 },
  toolbar: {
    display: "flex",
    gap: "12px",
    alignItems: "flex-end",
    flexWrap: "wrap",
    padding: "8px 16px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: "0 16px 0 0", fontSize: tokens.fontSizeBase400, alignSelf: "center" },
  address: { width: "220px" },
  body: { display: "grid", gridTemplateColumns: "350px minmax(0, 1fr)", flexGrow: 1, minHeight: 0 },
  // 350 px: Excel's default task pane width, so what fits here fits there.
  pane: { borderRight: `1px solid ${tokens.colorNeutralStroke2}`, overflowY: "auto", backgroundColor: tokens.colorNeutralBackground1 },
  sheets: { padding: "12px 16px", overflow: "auto", minWidth: 0 },
});

export interface PreviewProps {
  host: HeadlessHost;
  lang: Lang;
  theme: Theme;
  today: string;
  fileName: string;
}

function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as unknown as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Toolbar({ host, fileName, today, refresh, selection }: { host: HeadlessHost; fileName: string; today: string; refresh(): void; selection: string | null }) {
  const styles = useStyles();
  const { t } = useText();
  const [address, setAddress] = useState(selection ?? "");
  const [bad, setBad] = useState(false);
  useEffect(() => setAddress(selection ?? ""), [selection]);
  const select = () => {
    try {
      host.select(address.trim());
      setBad(false);
    } catch {
      setBad(true);
    }
    refresh();
  };
  return (
    <div className={styles.toolbar} role="toolbar" aria-label={t("ui.preview.title")}>
      <h1 className={styles.heading}>{t("ui.preview.title")}</h1>
      <Field label={t("ui.preview.selection")} validationState={bad ? "error" : "none"} validationMessage={bad ? t("ui.preview.badAddress") : undefined}>
        <Input
          className={styles.address}
          value={address}
          onChange={(_, data) => setAddress(data.value)}
          onKeyDown={(event) => (event.key === "Enter" ? select() : undefined)}
          data-testid="selection-address"
        />
      </Field>
      <Button onClick={select} data-testid="select-range">{t("ui.preview.select")}</Button>
      <Button onClick={() => void saveWorkbook(host.workbook).then((bytes) => download(bytes, fileName))}>{t("ui.preview.download")}</Button>
      <Button
        appearance="primary"
        onClick={() => void ribbonUpdate(host.run, async () => undefined, today).then(refresh)}
        data-testid="ribbon-update"
      >
        {t("ui.preview.ribbon")}
      </Button>
    </div>
  );
}

function Preview({ host, lang, theme, today, fileName }: PreviewProps) {
  const styles = useStyles();
  const { t } = useText();
  const [view, setView] = useState<WorkbookView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(() => {
    readWorkbookView(host).then(setView, (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [host]);
  useEffect(refresh, [refresh]);

  // The pane's `run`: the host's, followed by a fresh picture of the workbook.
  const run = useMemo<RunExcel>(
    () =>
      (async (batch) => {
        try {
          return await host.run(batch);
        } finally {
          refresh();
        }
      }) as RunExcel,
    [host, refresh],
  );

  return (
    <div className={styles.page}>
      <Toolbar host={host} fileName={fileName} today={today} refresh={refresh} selection={view?.selection ?? null} />
      <div className={styles.body}>
        <div className={styles.pane} data-testid="pane">
          <App run={run} lang={lang} theme={theme} today={today} />
        </div>
        <div className={styles.sheets} data-testid="sheets">
          {failure ? (
            <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>
          ) : view ? (
            <SheetView view={view} label={t("ui.preview.sheets")} />
          ) : null}
        </div>
      </div>
    </div>
  );
}

export function PreviewApp(props: PreviewProps) {
  return (
    <FluentProvider theme={props.theme}>
      <TextProvider lang={props.lang}>
        <Preview {...props} />
      </TextProvider>
    </FluentProvider>
  );
}
