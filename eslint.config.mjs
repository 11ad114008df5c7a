import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["dist/**", "dist-preview/**", "dist-bench/**", "bench/floor/webpack.config.js", "out/**", "node_modules/**", "coverage/**", "test-results/**", "bin/**", "*.config.js", "*.config.mjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts"],
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Build helpers that run before anything is installed or compiled, and jest's test environments (loaded
    // by jest itself, untransformed), are plain CommonJS for Node.
    files: ["scripts/**/*.js", "tests/**/environment.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine is pure: no host, DOM or Node APIs (design §4).
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["../excel/*", "../headless/*", "../taskpane/*", "../cli/*", "../commands/*", "fs", "path", "os", "node:*", "exceljs", "react"] }],
      "no-restricted-globals": ["error", "window", "document", "Excel", "Office", "process"],
    },
  },
  {
    // The report section for Word is strings only (README "Project layout"): the pane puts it on the
    // clipboard, the command line writes it with docx; here no DOM, Node, host or docx.
    files: ["src/section/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["../taskpane/*", "../cli/*", "../commands/*", "../headless/*", "../preview/*", "fs", "path", "os", "node:*", "exceljs", "react", "docx"] }],
      "no-restricted-globals": ["error", "window", "document", "navigator", "Excel", "Office", "process"],
    },
  },
);
