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

const container = document.getElementById("root");
const render = () => container && createRoot(container).render(<Floor />);
// With office.js (the page built with it): render when Office is ready, as the pane did before issue 20.
if (typeof Office !== "undefined") void Office.onReady(render);
else render();
