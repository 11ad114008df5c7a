// Plain tables for the terminal and Markdown tables for RESULTS.md, from the same rows.
export type Cell = string | number;

export function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function ms(value: number): string {
  if (value >= 60 * 60 * 1000) return `${(value / 3_600_000).toFixed(1)} h`;
  if (value >= 60 * 1000) return `${(value / 60_000).toFixed(1)} min`;
  if (value >= 1000) return `${(value / 1000).toFixed(value >= 10_000 ? 1 : 2)} s`;
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

export function count(value: number): string {
  return value.toLocaleString("en-US").replace(/,/g, " ");
}

export function textTable(header: Cell[], rows: Cell[][]): string {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  return [line(all[0]), widths.map((width) => "-".repeat(width)).join("  "), ...all.slice(1).map(line)].join("\n");
}

export function markdownTable(header: Cell[], rows: Cell[][]): string {
  const line = (row: Cell[]) => `| ${row.map((cell) => String(cell).replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), `| ${header.map((_, column) => (column === 0 ? "---" : "---:")).join(" | ")} |`, ...rows.map(line)].join("\n");
}
