// The preview page's own look, as one stylesheet. No Fluent UI here on purpose: a second copy of Fluent
// (and its Tabster focus manager) in the pane's document changes how the production pane handles focus.

const CSS = `
.pv-page { min-height: 100vh; display: flex; flex-direction: column; background: #f5f5f5; color: #242424; font-family: "Segoe UI", system-ui, sans-serif; font-size: 14px; }
.pv-page.pv-dark { background: #141414; color: #ffffff; }
.pv-toolbar { display: flex; gap: 12px; align-items: flex-end; flex-wrap: wrap; padding: 8px 16px; border-bottom: 1px solid #d1d1d1; background: #ffffff; }
.pv-dark .pv-toolbar { background: #292929; border-color: #525252; }
.pv-toolbar h1 { margin: 0 16px 0 0; font-size: 16px; align-self: center; }
.pv-field { display: flex; flex-direction: column; gap: 2px; }
.pv-field input { width: 220px; padding: 5px 8px; font: inherit; border: 1px solid #8a8a8a; border-radius: 4px; }
.pv-field .pv-invalid { color: #b10e1c; font-size: 12px; }
.pv-button { padding: 5px 12px; font: inherit; font-weight: 600; border: 1px solid #d1d1d1; border-radius: 4px; background: #ffffff; color: #242424; cursor: pointer; text-decoration: none; }
.pv-button.pv-primary { background: #0f6cbd; border-color: #0f6cbd; color: #ffffff; }
.pv-button:focus-visible, .pv-tab:focus-visible, .pv-scroller:focus-visible { outline: 2px solid #000000; outline-offset: 1px; }
.pv-body { display: grid; grid-template-columns: 350px minmax(0, 1fr); flex-grow: 1; min-height: 0; }
/* 350 px: Excel's default task pane width, so what fits here fits there. */
.pv-pane { border-right: 1px solid #d1d1d1; overflow-y: auto; background: #ffffff; }
.pv-dark .pv-pane { background: #1f1f1f; border-color: #525252; }
.pv-sheets { padding: 12px 16px; overflow: auto; min-width: 0; display: flex; flex-direction: column; gap: 8px; }
.pv-failure { padding: 8px 12px; border: 1px solid #b10e1c; background: #fdf3f4; color: #751d1f; }
.pv-tabs { display: flex; gap: 4px; flex-wrap: wrap; }
.pv-tab { padding: 4px 10px; font: inherit; border: none; border-bottom: 2px solid transparent; background: none; color: inherit; cursor: pointer; }
.pv-tab[aria-selected="true"] { border-bottom-color: #0f6cbd; font-weight: 600; }
.pv-scroller { overflow: auto; border: 1px solid #d1d1d1; background: #ffffff; color: #000000; }
.pv-grid { border-collapse: collapse; table-layout: fixed; font-family: Calibri, Carlito, Arial, sans-serif; font-size: 12px; }
.pv-grid .pv-head { background: #f3f3f3; border: 1px solid #d4d4d4; font-weight: normal; color: #444444; text-align: center; padding: 0 4px; }
.pv-grid td { border: 1px solid #e1e1e1; padding: 1px 4px; overflow: hidden; white-space: nowrap; vertical-align: bottom; height: 20px; }
.pv-grid td.pv-wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
/* Excel lets text run on into empty cells to its right. */
.pv-grid td.pv-spill { overflow: visible; position: relative; z-index: 1; }
.pv-grid td.pv-bold { font-weight: bold; }
.pv-grid td.pv-selected { background: #e6f2ea; }
.pv-arrow { width: 14px; height: 14px; vertical-align: middle; }
.pv-empty { color: #707070; padding: 8px; }
.pv-chart { border: 1px solid #d1d1d1; padding: 8px 12px; max-width: 560px; background: #ffffff; color: #000000; margin: 0; }
.pv-chart figcaption { margin: 0 0 6px; font-size: 14px; text-align: center; }
.pv-bar { display: grid; grid-template-columns: 170px 1fr; align-items: center; gap: 8px; font-size: 12px; margin: 3px 0; }
.pv-track { position: relative; height: 14px; }
.pv-axis { position: absolute; top: -2px; bottom: -2px; width: 1px; background: #888888; }
`;

export function installStyles(): void {
  const style = document.createElement("style");
  style.textContent = CSS;
  document.head.appendChild(style);
}
