// What the pane shows before Office.onReady: its outline, without words or Excel. The DOM loads in
// parallel with Office's runtime ("Load the DOM and runtime environment" on Microsoft Learn); only Office
// API calls must wait for onReady, and the language and theme come from Office.context then.
import { FluentProvider, Skeleton, SkeletonItem, makeStyles, webLightTheme } from "@fluentui/react-components";

const useStyles = makeStyles({
  provider: { minHeight: "100%" },
  root: { padding: "12px", maxWidth: "560px", boxSizing: "border-box" },
  items: { display: "flex", flexDirection: "column", gap: "12px" },
  title: { width: "30%" },
  tabs: { width: "70%" },
  field: { width: "100%" },
  button: { width: "45%" },
});

export function PaneFrame() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      {/* The product's name is the same in every language of the pane. */}
      <main className={styles.root} aria-busy="true" aria-label="Prognos" data-testid="pane-frame">
        <Skeleton aria-label="Prognos">
          <div className={styles.items}>
            <SkeletonItem className={styles.title} size={24} />
            <SkeletonItem className={styles.tabs} size={32} />
            <SkeletonItem className={styles.field} size={32} />
            <SkeletonItem className={styles.field} size={32} />
            <SkeletonItem className={styles.button} size={32} />
          </div>
        </Skeleton>
      </main>
    </FluentProvider>
  );
}
