// The views the pane does not show at its first render load as chunks of their own (issue 20): the first
// load carries the frame, the update tab and its result (an update moves the focus to the result at once);
// setup, history, the result's year (development view) and its draft text (the narrative engine and the
// Word copy) come when first shown. The browser fetches them in its idle time after the first load
// (webpackPrefetch), so a click rarely waits.
import { Spinner } from "@fluentui/react-components";
import { Suspense, lazy, type ComponentType } from "react";
import { useText } from "../text";
import type { DevelopmentViewProps } from "./DevelopmentView";
import type { HistoryTabProps } from "./HistoryTab";
import type { NarrativeProps } from "./Narrative";
import type { SetupTabProps } from "./SetupTab";

function ViewLoading() {
  const { t } = useText();
  // Only the view's code is loading here, not the workbook.
  return <Spinner size="tiny" label={t("ui.loadingView")} />;
}

function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // lazy()'s element type does not carry a generic P through; the component is the same.
  const View = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  return function DeferredView(props: P) {
    return (
      <Suspense fallback={<ViewLoading />}>
        <View {...props} />
      </Suspense>
    );
  };
}

/** One load per view: a failed load is tried again at the next call. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

const loadSetupTab = loadOnce(() => import(/* webpackChunkName: "setupTab", webpackPrefetch: true */ "./SetupTab").then((module) => module.SetupTab));
export const SetupTab = deferred<SetupTabProps>(loadSetupTab);
/**
 * Starts the setup view's code beside the pane's first read: a workbook without settings opens on it, and
 * loading it only after the read put a chunk's round trip and a second render after the read (issue 20).
 */
export const preloadSetupTab = (): void => void loadSetupTab().catch(() => undefined);
export const HistoryTab = deferred<HistoryTabProps>(() => import(/* webpackChunkName: "historyTab", webpackPrefetch: true */ "./HistoryTab").then((module) => module.HistoryTab));
export const DevelopmentView = deferred<DevelopmentViewProps>(() => import(/* webpackChunkName: "development", webpackPrefetch: true */ "./DevelopmentView").then((module) => module.DevelopmentView));
export const Narrative = deferred<NarrativeProps>(() => import(/* webpackChunkName: "narrative", webpackPrefetch: true */ "./Narrative").then((module) => module.Narrative));
