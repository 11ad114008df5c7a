// The fields a source's columns can be mapped to (design §2), in the order the setup lists them.
import type { Field } from "./types";

export type AmountField = Exclude<Field, "area" | "code">;

/** The fields that hold amounts (read as numbers, in the source's unit and sign). */
export const AMOUNT_FIELDS: readonly AmountField[] = [
  "grant",
  "forecastNetCost",
  "periodDeviation",
  "periodBudget",
  "periodNetCost",
  "reportedDeviation",
  "reportedPct",
];

export const FIELDS: readonly Field[] = ["area", "code", ...AMOUNT_FIELDS];
