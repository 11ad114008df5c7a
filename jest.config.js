/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  // The pane's build loads one language of src/i18n/texts.ts (scripts/catalogueLanguage.js); tests load all.
  moduleNameMapper: { "^(\\./texts)\\?lang=(sv|en)$": "$1" },
  transform: {
    // Type checking is `npm run typecheck`; here ts-jest only transpiles, which keeps the suite fast.
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { module: "commonjs", jsx: "react-jsx" } }],
  },
};
