// Builds the floor page twice into dist-bench/: without office.js (floor/) and with it (floor-office/).
// The rules are the add-in's own (webpack.config.js, paneRule), so the comparison is like for like.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { paneRule } = require("../../webpack.config.js");

const OFFICE_JS_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

function floorConfig(officeJs) {
  return {
    name: officeJs ? "floor-office" : "floor",
    mode: "production",
    devtool: false,
    entry: { floor: path.resolve(__dirname, "index.tsx") },
    output: { path: path.resolve(__dirname, "../../dist-bench", officeJs ? "floor-office" : "floor"), filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [paneRule] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: path.resolve(__dirname, "page.html"), scriptLoading: "blocking", inject: "body", templateParameters: { officeJs } }),
      ...(officeJs
        ? [new CopyWebpackPlugin({ patterns: ["office.js", "o15apptofilemappingtable.js", "en-us/office_strings.js", "sv-se/office_strings.js"].map((file) => ({ from: path.join(OFFICE_JS_DIST, file), to: file, info: { minimized: true } })) })]
        : []),
    ],
  };
}

module.exports = [floorConfig(false), floorConfig(true)];
