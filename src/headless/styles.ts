// Cell formatting between the Excel JavaScript API and ExcelJS: colours, borders, alignment,
// column widths and sheet protection checks.
import type ExcelJS from "exceljs";
import { OfficeError } from "./errors";
import { internals } from "./internals";

/**
 * ExcelJS may share one style object between cells (merges, loaded styles, row styles), and its
 * setters (cell.font = …) mutate that object. Every change therefore replaces the cell's style.
 */
export function patchStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch } as ExcelJS.Style;
}

const NAMED_COLORS: Record<string, string> = {
  black: "000000", white: "FFFFFF", red: "FF0000", green: "008000", lime: "00FF00", blue: "0000FF",
  yellow: "FFFF00", orange: "FFA500", gray: "808080", grey: "808080", silver: "C0C0C0", purple: "800080",
  navy: "000080", teal: "008080", maroon: "800000", olive: "808000", aqua: "00FFFF", fuchsia: "FF00FF",
  darkgreen: "006400", darkred: "8B0000", lightgray: "D3D3D3", lightgrey: "D3D3D3",
};

/** Office accepts "#RRGGBB", "#RGB" and HTML colour names; returns "RRGGBB" or throws InvalidArgument. */
export function parseColor(color: unknown, where: string): string {
  if (typeof color !== "string") throw new OfficeError("InvalidArgument", `${where}: ${JSON.stringify(color)} is not a colour.`);
  const text = color.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  const long = /^#?([0-9a-fA-F]{6})$/.exec(text);
  if (long) return long[1].toUpperCase();
  const short = /^#([0-9a-fA-F]{3})$/.exec(text);
  if (short) return short[1].split("").map((c) => c + c).join("").toUpperCase();
  throw new OfficeError("InvalidArgument", `${where}: "${text}" is not a colour (use "#RRGGBB" or a colour name).`);
}

/** The default Office theme's base colours, for theme-coloured cells read from files (tints ignored). */
const THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

export function colorToApi(color: Partial<ExcelJS.Color> | undefined, fallback: string): string {
  if (!color) return fallback;
  if (color.argb) return `#${color.argb.slice(-6).toUpperCase()}`;
  if (typeof color.theme === "number") return `#${THEME[color.theme] ?? fallback.slice(1)}`;
  return fallback;
}

export function argb(rgb: string): Partial<ExcelJS.Color> {
  return { argb: `FF${rgb}` };
}

export const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];
export const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const;
export const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;
export type BorderLine = (typeof BORDER_STYLES)[number];
export type BorderWeight = (typeof BORDER_WEIGHTS)[number];

/** Office (style, weight) → the OOXML border style ExcelJS writes. */
export function toExcelJsBorder(style: BorderLine, weight: BorderWeight): ExcelJS.BorderStyle | undefined {
  const medium = weight === "Medium" || weight === "Thick";
  switch (style) {
    case "None":
      return undefined;
    case "Continuous":
      return weight === "Hairline" ? "hair" : weight === "Medium" ? "medium" : weight === "Thick" ? "thick" : "thin";
    case "Dash":
      return medium ? "mediumDashed" : "dashed";
    case "DashDot":
      return medium ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return medium ? "mediumDashDotDot" : "dashDotDot";
    case "Dot":
      return "dotted";
    case "Double":
      return "double";
    case "SlantDashDot":
      return "slantDashDot";
  }
}

export function fromExcelJsBorder(style: ExcelJS.BorderStyle | undefined): { style: BorderLine; weight: BorderWeight } {
  switch (style) {
    case undefined:
      return { style: "None", weight: "Thin" };
    case "hair":
      return { style: "Continuous", weight: "Hairline" };
    case "medium":
      return { style: "Continuous", weight: "Medium" };
    case "thick":
      return { style: "Continuous", weight: "Thick" };
    case "dashed":
      return { style: "Dash", weight: "Thin" };
    case "mediumDashed":
      return { style: "Dash", weight: "Medium" };
    case "dashDot":
      return { style: "DashDot", weight: "Thin" };
    case "mediumDashDot":
      return { style: "DashDot", weight: "Medium" };
    case "dashDotDot":
      return { style: "DashDotDot", weight: "Thin" };
    case "mediumDashDotDot":
      return { style: "DashDotDot", weight: "Medium" };
    case "dotted":
      return { style: "Dot", weight: "Thin" };
    case "double":
      return { style: "Double", weight: "Thick" };
    case "slantDashDot":
      return { style: "SlantDashDot", weight: "Medium" };
    default:
      return { style: "Continuous", weight: "Thin" };
  }
}

const HORIZONTAL: Record<string, ExcelJS.Alignment["horizontal"] | undefined> = {
  General: undefined, Left: "left", Center: "center", Right: "right", Fill: "fill", Justify: "justify",
  CenterAcrossSelection: "centerContinuous", Distributed: "distributed",
};
const VERTICAL: Record<string, ExcelJS.Alignment["vertical"] | undefined> = {
  Top: "top", Center: "middle", Bottom: undefined, Justify: "justify", Distributed: "distributed",
};

export function horizontalToExcelJs(value: unknown, where: string): ExcelJS.Alignment["horizontal"] | undefined {
  if (typeof value !== "string" || !(value in HORIZONTAL)) throw new OfficeError("InvalidArgument", `${where}: "${String(value)}" is not a horizontal alignment.`);
  return HORIZONTAL[value];
}

export function horizontalFromExcelJs(value: ExcelJS.Alignment["horizontal"] | undefined): string {
  return Object.keys(HORIZONTAL).find((k) => HORIZONTAL[k] === value && value !== undefined) ?? "General";
}

export function verticalToExcelJs(value: unknown, where: string): ExcelJS.Alignment["vertical"] | undefined {
  if (typeof value !== "string" || !(value in VERTICAL)) throw new OfficeError("InvalidArgument", `${where}: "${String(value)}" is not a vertical alignment.`);
  return VERTICAL[value];
}

export function verticalFromExcelJs(value: ExcelJS.Alignment["vertical"] | undefined): string {
  return Object.keys(VERTICAL).find((k) => VERTICAL[k] === value && value !== undefined) ?? "Bottom";
}

/**
 * Column widths: the API speaks points, ExcelJS (and the file's <col width>) a character count
 * of the default font's digit width (7 px for Calibri 11) that includes 5 px of padding, so
 * pixels = trunc((256·w + trunc(128/7)) / 256 · 7), and 1 px = 0.75 pt. Excel's default column
 * ("8.43" in its UI) is w = 9.140625 in the file: 64 px = 48 pt.
 */
export const DEFAULT_COLUMN_CHARS = 9.140625;
export const DEFAULT_ROW_POINTS = 15;

export function charsToPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

export function pointsToChars(points: number): number {
  const pixels = Math.round(points / 0.75);
  return Math.trunc((pixels / 7) * 256) / 256;
}

/** Sheet protection: values may go only into unlocked cells; formats only when formatting is allowed. */
export function isProtected(sheet: ExcelJS.Worksheet): boolean {
  return !!internals(sheet).sheetProtection?.sheet;
}

export function assertWritable(sheet: ExcelJS.Worksheet, cells: Iterable<ExcelJS.Cell>, what: "values" | "format" | "structure"): void {
  if (!isProtected(sheet)) return;
  const protection = internals(sheet).sheetProtection ?? {};
  if (what === "format" && protection.formatCells === true) return;
  if (what === "values") {
    let allUnlocked = true;
    for (const cell of cells) {
      if (cell.style?.protection?.locked !== false) {
        allUnlocked = false;
        break;
      }
    }
    if (allUnlocked) return;
  }
  throw new OfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`);
}
