// LibreOffice as the second reader of every output: it converts each file to .ods (so it opened it), and
// the .ods shows whether the report's chart came through — a chart object on the sheet Rapport, a bar
// chart whose data points are coloured green (surplus) and red (deficit).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { elements, parseXml } from "./package";

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
`;

export function officeCommand(): string | null {
  for (const name of ["soffice", "libreoffice"]) if (spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0) return name;
  return null;
}

function profile(folder: string): string {
  const dir = path.join(folder, "lo-profile");
  if (!existsSync(path.join(dir, "user"))) {
    mkdirSync(path.join(dir, "user"), { recursive: true });
    writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
  }
  return dir;
}

/**
 * Converts the files (in batches: one LibreOffice start per batch) into `outdir`. A file of a batch that was
 * not converted is tried again on its own: a batch that hangs, or a file LibreOffice crashes on, which ends
 * the batch without converting the files after it.
 */
export function convertAll(office: string, files: string[], format: string, outdir: string, work: string): void {
  mkdirSync(outdir, { recursive: true });
  const run = (batch: string[], timeout: number) =>
    spawnSync(office, [`-env:UserInstallation=file://${profile(work)}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outdir, ...batch], { encoding: "utf8", timeout });
  for (let i = 0; i < files.length; i += 25) {
    const batch = files.slice(i, i + 25);
    run(batch, 240_000);
    for (const file of batch) if (!existsSync(converted(file, format, outdir))) run([file], 60_000);
  }
}

export function converted(file: string, format: string, outdir: string): string {
  return path.join(outdir, `${path.basename(file, path.extname(file))}.${format.split(":")[0]}`);
}

export interface ChartCheck {
  opened: boolean;
  chart: boolean;
  detail: string;
  /** Set when the output did not open: whether LibreOffice opens the file as it was published. */
  originalOpens?: boolean;
}

function hue(colour: string): "green" | "red" | "other" {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return "other";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  if (g > r + 40 && g > b) return "green";
  if (r > g + 40 && r > b) return "red";
  return "other";
}

/** What LibreOffice made of the output: opened at all, and the sheet Rapport's chart. */
export function checkOds(ods: string, sheet = "Rapport"): ChartCheck {
  if (!existsSync(ods)) return { opened: false, chart: false, detail: "LibreOffice did not convert the file" };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(readFileSync(ods));
  } catch {
    return { opened: false, chart: false, detail: "the .ods LibreOffice wrote is no zip" };
  }
  const content = files["content.xml"];
  if (!content) return { opened: false, chart: false, detail: "no content.xml" };
  const doc = parseXml(strFromU8(content));
  const tables = doc.getElementsByTagName("table:table");
  let report = null;
  for (let i = 0; i < tables.length; i++) if (tables.item(i)!.getAttribute("table:name") === sheet) report = tables.item(i)!;
  if (!report) return { opened: true, chart: false, detail: `no sheet ${sheet}` };
  const objects = report.getElementsByTagName("draw:object");
  const charts: string[] = [];
  for (let i = 0; i < objects.length; i++) {
    const href = (objects.item(i)!.getAttribute("xlink:href") ?? "").replace(/^\.\//, "");
    const chartXml = files[`${href}/content.xml`];
    if (!chartXml) continue;
    const chartDoc = parseXml(strFromU8(chartXml));
    const chart = chartDoc.getElementsByTagName("chart:chart").item(0);
    if (!chart) continue;
    const kind = (chart.getAttribute("chart:class") ?? "").replace("chart:", "");
    const series = chartDoc.getElementsByTagName("chart:series");
    // Colours: each data point's style (or the series' own) has a fill colour.
    const fills = new Map<string, string>();
    const styles = chartDoc.getElementsByTagName("style:style");
    for (let s = 0; s < styles.length; s++) {
      const style = styles.item(s)!;
      const graphic = elements(style, "graphic-properties")[0];
      const fill = graphic?.getAttribute("draw:fill-color");
      if (fill) fills.set(style.getAttribute("style:name") ?? "", fill);
    }
    const hues = new Set<string>();
    let points = 0;
    for (let s = 0; s < series.length; s++) {
      const one = series.item(s)!;
      const dataPoints = one.getElementsByTagName("chart:data-point");
      for (let p = 0; p < dataPoints.length; p++) {
        const point = dataPoints.item(p)!;
        const repeat = Number(point.getAttribute("chart:repeated") ?? 1);
        points += repeat;
        const fill = fills.get(point.getAttribute("chart:style-name") ?? "") ?? fills.get(one.getAttribute("chart:style-name") ?? "");
        if (fill) hues.add(hue(fill));
      }
    }
    charts.push(`${kind}, ${series.length} series, ${points} points, ${[...hues].sort().join("/") || "no colours"}`);
    if (kind === "bar" && hues.has("green") && hues.has("red")) return { opened: true, chart: true, detail: charts.at(-1)! };
  }
  return { opened: true, chart: false, detail: charts.length > 0 ? `chart not as expected: ${charts.join("; ")}` : `no chart on ${sheet}` };
}
