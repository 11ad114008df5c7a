// Builds the floor page three times into dist-bench/: without office.js (floor/), with it (floor-office/), and
// with it and office.js's Excel client beside it (floor-client/: the 1.4 MB script office.js loads in Excel on
// the web, in a frame of its own as the preview's shim loads it). The rules are the add-in's own
// (webpack.config.js, paneRule), so the comparison is like for like.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { paneRule } = require("../../webpack.config.js");

const OFFICE_JS_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
const OFFICE_JS_FILES = ["office.js", "o15apptofilemappingtable.js", "en-us/office_strings.js", "sv-se/office_strings.js"];
const EXCEL_CLIENT_PAGE = "excel-client.html";
const EXCEL_WEB_SCRIPT = "excel-web-16.00.js";

/** variant: "floor" | "floor-office" | "floor-client". */
function floorConfig(variant) {
  const officeJs = variant !== "floor";
  const excelClient = variant === "floor-client";
  const copied = [...(officeJs ? OFFICE_JS_FILES : []), ...(excelClient ? [EXCEL_WEB_SCRIPT] : [])];
  return {
    name: variant,
    mode: "production",
    devtool: false,
    entry: { floor: path.resolve(__dirname, "index.tsx") },
    output: { path: path.resolve(__dirname, "../../dist-bench", variant), filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [paneRule] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: path.resolve(__dirname, "page.html"), scriptLoading: "blocking", inject: "body", templateParameters: { officeJs, excelClientPage: excelClient ? EXCEL_CLIENT_PAGE : "" } }),
      ...(excelClient
        ? [new HtmlWebpackPlugin({ filename: EXCEL_CLIENT_PAGE, inject: false, templateContent: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>office.js Excel client (floor)</title><script src="${EXCEL_WEB_SCRIPT}"></script></head><body></body></html>` })]
        : []),
      ...(copied.length ? [new CopyWebpackPlugin({ patterns: copied.map((file) => ({ from: path.join(OFFICE_JS_DIST, file), to: file, info: { minimized: true } })) })] : []),
    ],
  };
}

module.exports = [floorConfig("floor"), floorConfig("floor-office"), floorConfig("floor-client")];
