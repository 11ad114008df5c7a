// `prognos update` keeps the economist's work (issue 14): a note typed into an empty cell of the report
// region after an update stops the next update, which names the cell and leaves the file byte for byte.
import { readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { ensureCliBuilt, openWorkbook, prognos, tempFolder, writeSeedWorkbook } from "./prognos";

jest.setTimeout(180_000);

beforeAll(async () => {
  await ensureCliBuilt();
});

it("a note typed into the report region after an update stops the next one, naming the cell, file unchanged", async () => {
  const { dir, cleanup } = await tempFolder();
  try {
    const file = path.join(dir, "rapport.xlsx");
    await writeSeedWorkbook(file);
    expect((await prognos(["update", file, "--date", "2024-11-30"])).code).toBe(0);

    const workbook = await openWorkbook(file);
    workbook.getWorksheet("Rapport")!.getCell("A3").value = "Obs: siffrorna är preliminära";
    await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const before = await readFile(file);

    const again = await prognos(["update", file, "--date", "2024-11-30"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Rapport!A3: cellen har ändrats efter förra uppdateringen");
    expect(Buffer.compare(await readFile(file), before)).toBe(0);
    expect((await openWorkbook(file)).getWorksheet("Rapport")!.getCell("A3").value).toBe("Obs: siffrorna är preliminära");
  } finally {
    await cleanup();
  }
});
