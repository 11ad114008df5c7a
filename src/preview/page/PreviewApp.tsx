// The preview page around the production pane: a toolbar standing in for what Excel itself does (select a
// range, save the file, click the ribbon button) and the sheet view of the workbook server's workbook,
// read again after every run the page makes through office.js's client. The pane is taskpane.html's own
// #root, moved into the 350 px column; this page never renders it.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { UPDATE_FORECAST_FUNCTION } from "../../commands/functionNames";
import type { Lang } from "../../i18n/index";
import { TextProvider, useText } from "../../taskpane/text";
import { WORKBOOK_CHANGED, type PreviewHost } from "../client/events";
import type { WorkbookView } from "../server/snapshot";
import { SheetView } from "./SheetView";

export interface PreviewProps {
  lang: Lang;
  dark: boolean;
  /** taskpane.html's #root, where the production pane renders. */
  pane: HTMLElement;
}

function previewHost(): PreviewHost {
  return (window as unknown as { prognosPreviewHost: PreviewHost }).prognosPreviewHost;
}

async function postSelection(address: string): Promise<boolean> {
  const response = await fetch("/preview/select", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ address }) });
  return response.ok;
}

function Toolbar({ refresh, selection }: { refresh(): void; selection: string | null }) {
  const { t } = useText();
  const id = useId();
  const [address, setAddress] = useState(selection ?? "");
  const [bad, setBad] = useState(false);
  useEffect(() => setAddress(selection ?? ""), [selection]);
  const select = () => {
    void postSelection(address.trim()).then((ok) => {
      setBad(!ok);
      refresh();
    });
  };
  return (
    <div className="pv-toolbar" role="toolbar" aria-label={t("ui.preview.title")}>
      <h1>{t("ui.preview.title")}</h1>
      <div className="pv-field">
        <label htmlFor={`${id}-address`}>{t("ui.preview.selection")}</label>
        <input
          id={`${id}-address`}
          value={address}
          aria-invalid={bad}
          aria-describedby={bad ? `${id}-invalid` : undefined}
          onChange={(event) => setAddress(event.target.value)}
          onKeyDown={(event) => (event.key === "Enter" ? select() : undefined)}
          data-testid="selection-address"
        />
        {bad ? <span id={`${id}-invalid`} className="pv-invalid">{t("ui.preview.badAddress")}</span> : null}
      </div>
      <button type="button" className="pv-button" onClick={select} data-testid="select-range">{t("ui.preview.select")}</button>
      <a className="pv-button" href="/preview/workbook.xlsx" data-testid="download">{t("ui.preview.download")}</a>
      <button type="button" className="pv-button pv-primary" onClick={() => void previewHost().executeFunction(UPDATE_FORECAST_FUNCTION).then(refresh)} data-testid="ribbon-update">
        {t("ui.preview.ribbon")}
      </button>
    </div>
  );
}

function Preview({ pane, dark }: Pick<PreviewProps, "pane" | "dark">) {
  const { t } = useText();
  const [view, setView] = useState<WorkbookView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const slot = useRef<HTMLDivElement>(null);

  const refresh = useCallback(() => {
    fetch("/preview/view")
      .then(async (response) => {
        if (!response.ok) throw new Error(`/preview/view: HTTP ${response.status} ${await response.text()}`);
        setView((await response.json()) as WorkbookView);
        setFailure(null);
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);
  useEffect(() => {
    refresh();
    window.addEventListener(WORKBOOK_CHANGED, refresh);
    return () => window.removeEventListener(WORKBOOK_CHANGED, refresh);
  }, [refresh]);
  useEffect(() => {
    slot.current?.appendChild(pane);
  }, [pane]);

  return (
    <div className={dark ? "pv-page pv-dark" : "pv-page"}>
      <Toolbar refresh={refresh} selection={view?.selection ?? null} />
      <div className="pv-body">
        <div className="pv-pane" data-testid="pane" ref={slot} />
        <div data-testid="sheets">
          {failure ? (
            <div className="pv-failure" role="alert">{t("ui.preview.loadFailed", { message: failure })}</div>
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
    <TextProvider lang={props.lang}>
      <Preview pane={props.pane} dark={props.dark} />
    </TextProvider>
  );
}
