// Builds dist/: (1) the web add-in (task pane page with the ribbon commands, office.js, assets,
// manifest), (2) the `prognos` command line when src/cli/main.ts exists; with `--env preview` (1) and
// dist-preview/: (3) the preview's scripts, which the workbook server adds to the built pane.
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { contentSecurityPolicy } = require("./scripts/contentSecurityPolicy");
const { resolveBaseUrl, rewriteManifestUrls } = require("./scripts/manifestBaseUrl");
const packageJson = require("./package.json");

const DIST = path.resolve(__dirname, "dist");
const DEV_SERVER_PORT = Number(packageJson.config.dev_server_port);
const OFFICE_JS_DIST = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

// What office.js fetches at run time, relative to its own URL (read from its loader, see README):
// the host script `excel-<platform>-<version>.js` (version capped by office.js's own table), the
// locale strings `<locale>/office_strings.js` (falling back to en-us), and, when there is no Office
// host (older Office, or a plain browser like the preview and the e2e tests), o15apptofilemappingtable.js.
// Only platforms with SharedRuntime 1.1 (the manifest requires it) are copied: no iPad, no Android.
const OFFICE_JS_FILES = [
  "office.js",
  "excel-web-16.00.js",
  "excel-win32-16.01.js",
  "excel-win32-16.00.js",
  "excel-mac-16.00.js",
  "o15apptofilemappingtable.js",
  "en-us/office_strings.js",
  "sv-se/office_strings.js",
];

// The pane's page template (the preview serves the built page, adding its scripts when it serves it).
const PAGE_TEMPLATE = "./src/taskpane/taskpane.html";

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    // `npm run typecheck` checks types; here TypeScript only transpiles, which keeps the build fast.
    options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "esnext", sourceMap: true } },
  },
};

// The pane's makeStyles are compiled to atomic CSS at build time (as Fluent's own components ship), so the
// page does not carry Griffel's run-time style compiler. It runs on ts-loader's output, after it.
const paneRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: [
    { loader: "@griffel/webpack-loader", options: { modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }] } },
    tsRule.use,
  ],
};

// The pane's texts: one chunk per language, built from src/i18n/texts.ts?lang=…, in place of the whole
// catalogue that Node uses (issue 20: only the display language's texts are loaded).
const languageRule = {
  test: /[\\/]src[\\/]i18n[\\/][^\\/]+\.ts$/,
  resourceQuery: /lang=(sv|en)/,
  enforce: "pre",
  use: path.resolve(__dirname, "scripts/catalogueLanguage.js"),
};
const withoutTexts = new webpack.NormalModuleReplacementPlugin(/^\.\/texts$/, (resource) => {
  if (/[\\/]src[\\/]i18n[\\/]index\.ts$/.test(resource.contextInfo.issuer)) resource.request = "./noTexts";
});

/** (1) The add-in: taskpane.html loads office.js, then the commands bundle, then the pane. */
function addinConfig({ mode, serving, baseUrl, httpsOptions }) {
  return {
    name: "addin",
    mode,
    // No eval-based source maps: the Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry: {
      commands: "./src/commands/commands.ts",
      // dependOn: one module registry for the page, so code both bundles import exists once
      // (shared runtime state), and the commands bundle stays free of React.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "commands" },
    },
    output: {
      path: DIST,
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [paneRule, languageRule] },
    performance: { hints: false },
    plugins: [
      withoutTexts,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: PAGE_TEMPLATE,
        chunks: ["commands", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
        // The template puts the policy first in <head>: a CSP <meta> covers only what comes after it.
        // office.js comes from our own origin (copied below), before the bundles.
        templateParameters: { contentSecurityPolicy: contentSecurityPolicy(), title: "Prognos", headScript: "office.js" },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString("utf8"), baseUrl),
          },
          ...OFFICE_JS_FILES.map((file) => ({
            from: path.join(OFFICE_JS_DIST, file),
            to: file,
            // Already minified by Microsoft; Terser would spend minutes on them.
            info: { minimized: true },
          })),
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          server: { type: "https", options: httpsOptions },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
        }
      : undefined,
  };
}

/** (2) The `prognos` command: one Node file; npm packages stay in node_modules. */
function cliConfig({ mode }) {
  const dependencies = Object.keys(packageJson.dependencies);
  return {
    name: "cli",
    mode,
    target: "node20",
    devtool: "source-map",
    entry: { prognos: "./src/cli/main.ts" },
    output: { path: path.join(DIST, "cli"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule] },
    externalsPresets: { node: true },
    externals: [
      ({ request }, callback) => {
        const isPackage = dependencies.some((name) => request === name || request.startsWith(`${name}/`));
        return isPackage ? callback(null, `commonjs ${request}`) : callback();
      },
    ],
    optimization: { minimize: false },
    plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true })],
  };
}

/**
 * (3) The preview's own scripts (`npm run preview`, design §5), into dist-preview/ and never into dist/: the
 * shim the workbook server adds to the production taskpane.html (office.js's Excel.run against the server),
 * and the page script that draws the toolbar and sheet view beside the pane.
 */
function previewConfig({ mode }) {
  return {
    name: "preview",
    mode,
    devtool: mode === "production" ? false : "source-map",
    entry: { shim: "./src/preview/client/shim.ts", page: "./src/preview/page/index.tsx" },
    output: { path: path.resolve(__dirname, "dist-preview"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule] },
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = resolveBaseUrl(process.env.PROGNOS_BASE_URL);
  // Certificates only for the dev server: `npm run build` must work on a machine without them.
  const httpsOptions = serving ? await require("office-addin-dev-certs").getHttpsServerOptions() : undefined;

  // The preview serves the production add-in as built, with its own scripts beside it.
  if (env.preview) return [addinConfig({ mode, serving: false, baseUrl, httpsOptions }), previewConfig({ mode })];

  const configs = [addinConfig({ mode, serving, baseUrl, httpsOptions })];
  if (!serving && fs.existsSync(path.resolve(__dirname, "src/cli/main.ts"))) configs.push(cliConfig({ mode }));
  return configs;
};
module.exports.paneRule = paneRule;
