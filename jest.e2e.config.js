// The browser tests (`npm run test:e2e`): the production build and the preview's scripts built once, the
// production pane served by a workbook server per page (office.js's own client in the loop), driven in
// Debian's Chromium through playwright-core. Never downloads a browser.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { module: "commonjs", jsx: "react-jsx" } }],
  },
  // One file, one build, one browser: nothing to gain from workers on a small machine.
  maxWorkers: 1,
  globalSetup: "<rootDir>/tests/e2e/globalSetup.ts",
  testTimeout: 60_000,
};
