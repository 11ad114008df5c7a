// The pane follows Office's theme: a dark body background (Excel's dark or black theme) gives Fluent's
// dark theme, anything else the light one. Office.context.officeTheme is undefined outside Office.
// The dark theme is a chunk of its own, loaded only when Office is dark (issue 20).
import { webLightTheme, type Theme } from "@fluentui/react-theme";

/** Relative luminance of "#RRGGBB" (WCAG); NaN for anything else. */
export function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return Number.NaN;
  const channels = [0, 2, 4].map((i) => parseInt(match[1].slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkBackground(bodyBackgroundColor: string | undefined | null): boolean {
  const value = luminance(bodyBackgroundColor ?? "");
  return !Number.isNaN(value) && value < 0.2;
}

export async function loadTheme(dark: boolean): Promise<Theme> {
  if (!dark) return webLightTheme;
  const { webDarkTheme } = await import(/* webpackChunkName: "dark-theme" */ "./darkTheme");
  return webDarkTheme;
}
