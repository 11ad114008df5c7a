import { createRoot } from "react-dom/client";
import { App } from "./components/App";

function render(): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
}

// Outside Office, office.js resolves onReady with host null; without office.js (tests) render at once.
if (typeof Office !== "undefined") Office.onReady(render);
else render();
