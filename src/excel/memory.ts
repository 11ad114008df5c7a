// What Prognos remembers of what it wrote (design §3 "Ownership"): a short fingerprint of every cell of the
// report region as it was written, so that the next run can tell a cell the economist changed from one
// Prognos owns. Kept beside the settings, on the hidden sheet Prognosinställningar (A2 and down, A1 is the
// configuration), as JSON split into cells. Pure functions; memoryCells.ts reads and writes the cells.
import { cellAddress, parseRange, rangeAddress } from "../engine/address";
import type { CellValue, Problem } from "../engine/types";
import { containsCell, sameSheet, type Box } from "./grid";

/** A region as written: its address and WIDTH characters per cell, row by row. */
export interface RegionPrint {
  box: Box;
  cells: string;
}

export interface Memory {
  /**
   * Usually one region. While an update's write batch runs, the old region and the new one are both
   * remembered (written first, replaced by the new one alone last), so that a batch Excel cut half-way
   * leaves cells that are Prognos' either way, and the next run may repair them.
   */
  regions: RegionPrint[];
  /** Fingerprint of the `check` warnings the economist let through for this report, or null. */
  acknowledged: string | null;
}

const WIDTH = 3;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** A cell Prognos did not fill (or filled with the economist's own words): it counts as changed. */
export const FOREIGN = "~".repeat(WIDTH);

/** The settings sheet's cells the memory is kept in (below the configuration in A1). */
export const MEMORY_RANGE = "A2:A41";
export const MEMORY_ROWS = 40;
/** Characters per cell, below Excel's 32 767. */
const CHUNK = 30_000;

/**
 * A cell's content as compared: numbers to 12 significant digits (a host may keep a double's last digits
 * or not), a number handed back as text equal to the number (a host may return a constant's formula as
 * text), empty and null alike.
 */
function normalise(value: CellValue | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return `n${Number(value.toPrecision(12))}`;
  if (typeof value === "boolean") return `b${value}`;
  const trimmed = value.trim();
  const number = Number(trimmed);
  if (trimmed !== "" && Number.isFinite(number) && String(number) === trimmed) return `n${Number(number.toPrecision(12))}`;
  return `s${value}`;
}

export function isEmptyCell(value: CellValue | undefined): boolean {
  return normalise(value) === "";
}

/** 18 bits of FNV-1a in three characters: an edit goes unnoticed about once in 262 144 cells. */
export function cellFingerprint(value: CellValue | undefined): string {
  const text = normalise(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ALPHABET[hash & 63] + ALPHABET[(hash >>> 6) & 63] + ALPHABET[(hash >>> 12) & 63];
}

/**
 * The `check` warnings of a report as one fingerprint: the economist's go-ahead is for these warnings with
 * these figures in this period; any other warning, figure or period asks again.
 */
export function checksFingerprint(period: string, checks: Problem[]): string {
  const text = JSON.stringify([period, ...checks.map((check) => [check.code, check.cell ?? "", Object.entries(check.params).sort(([a], [b]) => (a < b ? -1 : 1))])]);
  // Two FNV-1a passes with different seeds: 64 bits, so a different set of warnings never passes for these.
  const pass = (seed: number) => {
    let hash = seed;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return hash.toString(16).padStart(8, "0");
  };
  return `${pass(0x811c9dc5)}${pass(0x050c5d1f)}`;
}

// ---- the cells' text ------------------------------------------------------------------------------

/** The memory as the column of cells it is kept in (MEMORY_ROWS rows, "" below the last chunk). */
export function memoryToCells(memory: Memory): string[][] {
  const regions = memory.regions.map((region) => ({ at: rangeAddress(region.box.sheet, { row: region.box.top, column: region.box.left }, { row: region.box.bottom, column: region.box.right }), cells: region.cells }));
  let text = JSON.stringify({ version: 1, regions, acknowledged: memory.acknowledged });
  // A region too large to remember (over a million characters) is not remembered: the next run then
  // treats the region as Prognos' own, as before there was a memory.
  if (text.length > CHUNK * MEMORY_ROWS) text = JSON.stringify({ version: 1, regions: [], acknowledged: memory.acknowledged });
  return Array.from({ length: MEMORY_ROWS }, (_, index) => [text.slice(index * CHUNK, (index + 1) * CHUNK)]);
}

/** The memory read from its cells; null when there is none (a workbook updated before there was one). */
export function memoryFromCells(values: CellValue[][] | null): Memory | null {
  if (!values) return null;
  const text = values.map((row) => (typeof row[0] === "string" ? row[0] : "")).join("");
  if (text.trim() === "") return null;
  try {
    const raw = JSON.parse(text) as { version?: unknown; regions?: unknown; acknowledged?: unknown };
    if (raw.version !== 1 || !Array.isArray(raw.regions)) return null;
    const regions: RegionPrint[] = [];
    for (const entry of raw.regions as Array<{ at?: unknown; cells?: unknown }>) {
      const range = typeof entry.at === "string" ? parseRange(entry.at) : null;
      if (!range || range.sheet === null || typeof entry.cells !== "string") return null;
      const box = { sheet: range.sheet, top: range.start.row, left: range.start.column, bottom: range.end.row, right: range.end.column };
      if (entry.cells.length !== (box.bottom - box.top + 1) * (box.right - box.left + 1) * WIDTH) return null;
      regions.push({ box, cells: entry.cells });
    }
    if (regions.length === 0) return null;
    return { regions, acknowledged: typeof raw.acknowledged === "string" ? raw.acknowledged : null };
  } catch {
    // Edited by hand beyond reading: as if there were none (the region counts as Prognos' own).
    return null;
  }
}

// ---- what the economist changed -------------------------------------------------------------------

export type CellState = "same" | "changed" | "cleared";

/** The fingerprints remembered for a cell; null when the workbook has no memory at all. */
function remembered(memory: Memory | null, sheet: string, row: number, column: number, renamed: (sheet: string) => boolean): string[] | null {
  if (!memory) return null;
  const found: string[] = [];
  for (const region of memory.regions) {
    const onSheet = sameSheet(region.box, { ...region.box, sheet }) || renamed(region.box.sheet);
    if (!onSheet || !containsCell(region.box, row, column)) continue;
    const index = ((row - region.box.top) * (region.box.right - region.box.left + 1) + (column - region.box.left)) * WIDTH;
    found.push(region.cells.slice(index, index + WIDTH));
  }
  return found;
}

/**
 * "same": Prognos wrote what the cell holds (or there is no memory: a region from before it existed is
 * Prognos' own). "changed": the cell holds something Prognos did not write. "cleared": it is empty now.
 */
export function cellState(value: CellValue | undefined, prints: string[] | null): CellState {
  if (prints === null) return "same";
  const print = cellFingerprint(value);
  if (prints.some((remembered) => remembered === print)) return "same";
  return isEmptyCell(value) ? "cleared" : "changed";
}

/** The previous region as read now, with each cell's state against the memory. */
export interface RegionNow {
  box: Box;
  cells: CellValue[][];
  stateAt(row: number, column: number): CellState | null;
  valueAt(row: number, column: number): CellValue | undefined;
  /** The fingerprints to carry over for a cell the write leaves alone. */
  printsAt(row: number, column: number): string[];
}

/** `renamed(sheet)`: true for a sheet name the workbook no longer has (the region's sheet was renamed). */
export function regionNow(box: Box, cells: CellValue[][], memory: Memory | null, renamed: (sheet: string) => boolean): RegionNow {
  const inside = (row: number, column: number) => containsCell(box, row, column);
  const valueAt = (row: number, column: number) => (inside(row, column) ? cells[row - box.top]?.[column - box.left] : undefined);
  return {
    box,
    cells,
    valueAt,
    stateAt: (row, column) => (inside(row, column) ? cellState(valueAt(row, column), remembered(memory, box.sheet, row, column, renamed)) : null),
    printsAt: (row, column) => remembered(memory, box.sheet, row, column, renamed) ?? [cellFingerprint(valueAt(row, column))],
  };
}

export function addressAt(sheet: string, row: number, column: number): string {
  return cellAddress(sheet, { row, column });
}
