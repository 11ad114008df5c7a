// The floor page (issue 20): the pane's stack and nothing else — React, Fluent v9's provider, one Button
// and one Table — built by the same webpack setup. What the production pane costs above this is ours.
import { Button, FluentProvider, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function Floor() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Button appearance="primary">Uppdatera prognos</Button>
        <Table aria-label="Budgetavvikelse">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Verksamhetsområde</TableHeaderCell>
              <TableHeaderCell>Tkr</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            <TableRow>
              <TableCell>Nämndens ram</TableCell>
              <TableCell>−2 900</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </main>
    </FluentProvider>
  );
}

/** The floor with office.js's Excel client: its frame attached at DOM ready, as the preview's shim does. */
function excelClientLoaded(page: string): Promise<void> {
  return new Promise((resolve) => {
    const attach = () => {
      const frame = document.createElement("iframe");
      frame.src = page;
      frame.hidden = true;
      frame.addEventListener("load", () => resolve(), { once: true });
      document.body.appendChild(frame);
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", attach, { once: true });
    else attach();
  });
}

const container = document.getElementById("root");
const render = () => container && createRoot(container).render(<Floor />);
const clientPage = document.querySelector<HTMLMetaElement>('meta[name="floor-excel-client"]')?.content;
// With office.js (the page built with it): render when Office is ready, as the pane did before issue 20;
// with the Excel client too, when that has loaded as well: no pane can read the workbook sooner.
if (typeof Office !== "undefined") void Promise.all([Office.onReady(), clientPage ? excelClientLoaded(clientPage) : null]).then(render);
else render();
