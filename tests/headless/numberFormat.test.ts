// Range.text as Swedish Excel shows it.
import { formatGeneral, formatNumber, serialToDate } from "../../src/headless/numberFormat";

const NBSP = "\u00a0";

test.each([
  [1645081, "#,##0", `1${NBSP}645${NBSP}081`],
  [-1593981.4, "#,##0", `-1${NBSP}593${NBSP}981`],
  [999.5, "#,##0", `1${NBSP}000`],
  [0, "#,##0", "0"],
  [0.031, "0.0%", "3,1%"],
  [-0.0456, "0.0%", "-4,6%"],
  [1, "0.0%", "100,0%"],
  [12.6, "0", "13"],
  [-0.3, "0", "-0"],
  [3.14159, "0.00", "3,14"],
  [1234.5, '#,##0 "tkr"', `1${NBSP}235 tkr`],
  [-5, "#,##0;(#,##0)", "(5)"],
  [0, '#,##0;-#,##0;"–"', "–"],
  [1500000, "#,##0,", `1${NBSP}500`],
  [45626, "yyyy-mm-dd", "2024-11-30"],
  [45597, "mmm-yy", "nov-24"],
  [45626, "d mmmm yyyy", "30 november 2024"],
  [2.5, "@", "2,5"],
  [2.5, "[Red]0.0", "2,5"],
])("%p under %p reads %p", (value, format, text) => {
  expect(formatNumber(value, format)).toBe(text);
});

test.each([
  [1645081, "1645081"],
  [3.1, "3,1"],
  [-0.5, "-0,5"],
  [1 / 3, "0,333333333"],
  [123456789.123, "123456789,1"],
  [1e12, "1E+12"],
  [0, "0"],
])("General shows %p as %p", (value, text) => {
  expect(formatGeneral(value)).toBe(text);
  expect(formatNumber(value, "General")).toBe(text);
});

test("serials are Excel's 1900 dates", () => {
  expect(serialToDate(45626).toISOString()).toBe("2024-11-30T00:00:00.000Z");
});
