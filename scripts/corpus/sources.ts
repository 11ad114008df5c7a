// Where the corpus comes from: the public test suites already fetched as bare mirrors under /work/.mirror
// (the tool library's `fetch`), each with the licence file that goes beside its workbooks.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";

export interface Source {
  /** Folder name under tests/corpus/files/. */
  id: string;
  repo: string;
  licenceFiles: string[];
  licence: string;
}

export const MIRRORS = process.env.PROGNOS_CORPUS_MIRRORS ?? "/work/.mirror";

export const SOURCES: Source[] = [
  { id: "sheetjs", repo: "SheetJS/test_files", licenceFiles: ["LICENSE"], licence: "Apache-2.0" },
  { id: "exceljs", repo: "exceljs/exceljs", licenceFiles: ["LICENSE"], licence: "MIT" },
  { id: "excelize", repo: "qax-os/excelize", licenceFiles: ["LICENSE"], licence: "BSD-3-Clause" },
  { id: "xlsx-populate", repo: "dtjohnson/xlsx-populate", licenceFiles: ["LICENSE"], licence: "MIT" },
  { id: "closedxml", repo: "ClosedXML/ClosedXML", licenceFiles: ["LICENSE"], licence: "MIT" },
  { id: "poi", repo: "apache/poi", licenceFiles: ["legal/LICENSE", "legal/NOTICE"], licence: "Apache-2.0" },
];

export function gitDir(source: Source): string {
  return path.join(MIRRORS, source.repo.replace("/", "+"), "repo");
}

export function mirrorPresent(source: Source): boolean {
  return existsSync(gitDir(source));
}

function git(source: Source, args: string[]): Buffer {
  return execFileSync("git", [`--git-dir=${gitDir(source)}`, ...args], { maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
}

export function headCommit(source: Source): string {
  return git(source, ["rev-parse", "HEAD"]).toString().trim();
}

export function workbookPaths(source: Source, commit: string): string[] {
  return git(source, ["ls-tree", "-r", "--name-only", "-z", commit])
    .toString()
    .split("\0")
    .filter((name) => /\.xls[xm]$/i.test(name));
}

/** The file's bytes, or null when the snapshot lacks it (the library leaves out files of 4 MiB and more). */
export function blob(source: Source, commit: string, file: string): Buffer | null {
  try {
    return git(source, ["show", `${commit}:${file}`]);
  } catch {
    return null;
  }
}
