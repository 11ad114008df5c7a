// `npm run render -- <file.xlsx> [folder]` (optional): LibreOffice draws each visible sheet of the
// workbook on one PNG page, with Swedish number formatting, to look at a result without Excel.
// Charts are not in the file (ExcelJS cannot write them), so they are not drawn.
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runMain } from "./runMain";

const INSTALL_HELP = `LibreOffice och pdftoppm behövs för att rita arbetsboken (valfritt; inget annat i Prognos behöver dem):
  Debian/Ubuntu: sudo apt-get install libreoffice-calc poppler-utils
  macOS:         brew install --cask libreoffice && brew install poppler
  Windows:       https://www.libreoffice.org/download/ och poppler (pdftoppm), båda på PATH
LibreOffice and pdftoppm are needed to draw the workbook (optional) — install them as above.
`;

// One page per sheet however large (LibreOffice 6.4+), instead of the sheet cut into print pages.
const PDF_FILTER = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';

// A private profile: parallel runs and a desktop LibreOffice do not block each other, and the
// locale is Swedish, so "#,##0" shows "1 645 081" as a Swedish Excel does.
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
`;

function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function slug(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "blad";
}

async function sheetsOf(file: string): Promise<Array<{ name: string; visible: boolean }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, visible: sheet.state === "visible" }));
}

async function main(): Promise<number> {
  const [file, folder] = process.argv.slice(2);
  if (!file) {
    process.stderr.write("Användning: npm run render -- <arbetsbok.xlsx> [mapp]\nUsage: npm run render -- <workbook.xlsx> [folder]\n");
    return 2;
  }
  if (!existsSync(file)) {
    process.stderr.write(`${file}: filen finns inte / the file does not exist\n`);
    return 2;
  }
  const office = ["libreoffice", "soffice"].find(has);
  if (!office || !has("pdftoppm")) {
    process.stderr.write(INSTALL_HELP);
    return 3;
  }
  const base = path.basename(file, path.extname(file));
  const target = folder ?? path.join(path.dirname(file), `${base}-png`);
  mkdirSync(target, { recursive: true });
  const profile = mkdtempSync(path.join(os.tmpdir(), "prognos-render-"));
  try {
    mkdirSync(path.join(profile, "user"));
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
    const convert = spawnSync(office, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", PDF_FILTER, "--outdir", profile, file], { encoding: "utf8" });
    const pdf = path.join(profile, `${base}.pdf`);
    if (convert.status !== 0 || !existsSync(pdf)) {
      process.stderr.write(`LibreOffice kunde inte rita ${file}:\n${convert.stderr}${convert.stdout}`);
      return 4;
    }
    const pages = spawnSync("pdftoppm", ["-png", "-r", "110", pdf, path.join(profile, "page")], { encoding: "utf8" });
    if (pages.status !== 0) {
      process.stderr.write(pages.stderr);
      return 4;
    }
    const pngs = readdirSync(profile).filter((name) => /^page-\d+\.png$/.test(name)).sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
    const sheets = await sheetsOf(file);
    // One page per sheet, hidden sheets included: name each page after its sheet and drop the hidden ones.
    const named = pngs.length === sheets.length;
    const written: string[] = [];
    pngs.forEach((png, index) => {
      const sheet = named ? sheets[index] : null;
      if (sheet && !sheet.visible) return;
      const name = `${base}-${String(index + 1).padStart(2, "0")}${sheet ? `-${slug(sheet.name)}` : ""}.png`;
      renameSync(path.join(profile, png), path.join(target, name));
      written.push(path.join(target, name));
    });
    process.stdout.write(`${written.map((page) => path.relative(process.cwd(), page) || page).join("\n")}\n`);
    return 0;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

runMain(main);
