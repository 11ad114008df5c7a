// Reading the input files and writing the result atomically: a temporary file in the target's
// folder, written and fsynced, then renamed over the target. A crash at any point leaves either
// the old file or the new one, never half of one; on failure the temporary file is removed.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { type CliLang, message } from "./messages";

export type ReadResult = { ok: true; data: Buffer } | { ok: false; message: string };

function reasonOf(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}

export async function readInputFile(file: string, lang: CliLang): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, message: message("fileIsDirectory", lang, { path: file }) };
    return { ok: true, data: await fs.readFile(file) };
  } catch (error) {
    const reason = reasonOf(error);
    return { ok: false, message: reason === "ENOENT" ? message("fileMissing", lang, { path: file }) : message("fileUnreadable", lang, { path: file, reason }) };
  }
}

/** The file operations an atomic write needs; tests hand in failing ones. */
export interface AtomicFs {
  open(file: string, flags: string, mode?: number): Promise<{ writeFile(data: Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<{ mode: number }>;
}

const nodeFs: AtomicFs = { open: (file, flags, mode) => fs.open(file, flags, mode), rename: fs.rename, unlink: fs.unlink, stat: fs.stat };

export function temporaryPathFor(target: string): string {
  const folder = path.dirname(target);
  return path.join(folder, `.${path.basename(target)}.prognos-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

export async function writeFileAtomic(target: string, data: Uint8Array, files: AtomicFs = nodeFs): Promise<void> {
  // Keep the permissions of the file being replaced; a new file gets the usual 0666 & ~umask.
  const mode = await files.stat(target).then(
    (stat) => stat.mode & 0o777,
    () => 0o666,
  );
  const temporary = temporaryPathFor(target);
  let handle: Awaited<ReturnType<AtomicFs["open"]>> | null = null;
  try {
    handle = await files.open(temporary, "wx", mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await files.rename(temporary, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await files.unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Makes the rename itself durable; not every platform can open a folder (Windows), so best effort. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, "r").catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

export type WriteResult = { ok: true } | { ok: false; message: string };

export async function saveOutput(target: string, data: Uint8Array, lang: CliLang, files?: AtomicFs): Promise<WriteResult> {
  try {
    await writeFileAtomic(target, data, files);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: message("writeFailed", lang, { path: target, reason: reasonOf(error) }) };
  }
}
