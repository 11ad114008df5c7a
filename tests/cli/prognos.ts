// Runs the BUILT command (`node bin/prognos.js …`) as a user would, on fixture workbooks in a
// temporary folder. The bundle is built first when it is missing or older than its sources.
import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { addControllerSheet, CONTROLLER_VALUES, octoberValues } from "../../scripts/make-example";
import { CLI_BIN, ensureCliBuilt } from "../../scripts/demo.build";
import type { CellValue } from "../../src/engine/types";

export { ensureCliBuilt };

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function prognos(args: string[], options: { cwd?: string; bin?: string } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [options.bin ?? CLI_BIN, ...args], { cwd: options.cwd, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export async function tempFolder(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "prognos-cli-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A workbook with the controllers' sheet (the seed's table at Controller!A3:F9), optionally edited. */
export async function writeSeedWorkbook(file: string, edit: (values: CellValue[][]) => void = () => undefined, options: { october?: boolean } = {}): Promise<void> {
  const values = CONTROLLER_VALUES.map((row) => [...row]);
  edit(values);
  const workbook = new ExcelJS.Workbook();
  addControllerSheet(workbook, values);
  if (options.october) {
    const sheet = workbook.addWorksheet("Oktober");
    octoberValues().forEach((row, r) => row.forEach((value, c) => (sheet.getCell(4 + r, c + 1).value = value)));
  }
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
  return workbook;
}
