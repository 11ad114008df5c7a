// What a command run talks to: the two output streams, and the clock (injectable for tests).
import type { ProgressStream } from "./progress";

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
  /** "YYYY-MM-DD"; default the current date. */
  today?: string;
  /** ISO timestamp for "saved at" in the history; default now. */
  now?: string;
}

/** Exit codes of issue 6: success, data errors in the workbook, usage errors and unreadable files. */
export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_DATA | typeof EXIT_USAGE;

export function writeLines(stream: { write(text: string): unknown }, lines: string[]): void {
  if (lines.length > 0) stream.write(`${lines.join("\n")}\n`);
}
