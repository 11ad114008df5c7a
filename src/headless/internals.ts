// ExcelJS worksheet fields that exist at runtime but not in its typings.
import type ExcelJS from "exceljs";

export interface SheetProtection {
  sheet?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
}

export interface SheetInternals {
  sheetProtection: SheetProtection | null;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  orderNo: number;
}

export function internals(sheet: ExcelJS.Worksheet): SheetInternals {
  return sheet as unknown as SheetInternals;
}
