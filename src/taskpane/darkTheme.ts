// Its own chunk: only a pane in a dark Office loads the dark theme's tokens (theme.ts, loadTheme).
export { webDarkTheme } from "@fluentui/react-theme";
