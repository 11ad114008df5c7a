// "Within rounding" (design §2 Reconciliation): half a unit of the displayed precision of every
// rounded figure involved, the reported one included, plus a hair for floating point.

/** Decimals a number format shows ("#,##0" -> 0, "0.0%" -> 3 in fraction terms, "#,##0," -> -3); null for General. */
export function decimalsOfFormat(format: string | undefined | null): number | null {
  if (!format) return null;
  const section = format.split(";")[0].replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  if (!/[0#?]/.test(section)) return null;
  const decimalPart = /\.([0#?]+)/.exec(section);
  let decimals = decimalPart ? decimalPart[1].length : 0;
  if (section.includes("%")) decimals += 2;
  const scaling = /[0#?]([,]+)(?![0#?])/.exec(section);
  if (scaling) decimals -= 3 * scaling[1].length;
  return decimals;
}

/** Half a unit of the last shown decimal, scaled (e.g. by the unit factor to get kronor). */
export function halfUnit(decimals: number, scale = 1): number {
  return 0.5 * 10 ** -decimals * scale;
}

/** Floating-point slack relative to the size of the figures compared. */
export function hair(a: number, b = 0): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function withinRounding(computed: number, reported: number, slack: number): boolean {
  return Math.abs(computed - reported) <= slack + hair(computed, reported);
}
