import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UPDATE_FORECAST_FUNCTION } from "../../src/commands/functionNames";
import { DEV_BASE_URL } from "../../scripts/manifestBaseUrl";
import { checkManifest, pngSize, type ManifestCheckOptions } from "./checkManifest";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const options: ManifestCheckOptions = { rootDir: ROOT, registeredFunctions: [UPDATE_FORECAST_FUNCTION], baseUrl: DEV_BASE_URL };

/** The manifest with one literal piece of text replaced; fails loudly if the piece is not there. */
function mutate(from: string, to: string): string {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
}

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(checkManifest(manifest, options)).toEqual([]);
  });

  it("declares the Home tab group with Uppdatera prognos and Prognospanel", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<bt:String id="Uppdatera.Label" DefaultValue="Uppdatera prognos">/);
    expect(manifest).toMatch(/<bt:String id="Panel.Label" DefaultValue="Prognospanel">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  });
});

describe("checkManifest finds", () => {
  it("a resid that refers to no resource", () => {
    const broken = mutate('<Label resid="Uppdatera.Label"/>', '<Label resid="Uppdatera.Labell"/>');
    expect(checkManifest(broken, options)).toEqual(['<Label resid="Uppdatera.Labell"> refers to no resource']);
  });

  it("an id longer than 32 characters", () => {
    const broken = mutate('id="Prognos.Uppdatera"', 'id="Prognos.UppdateraPrognosKnappen12"');
    expect(checkManifest(broken, options)).toEqual(['id "Prognos.UppdateraPrognosKnappen12" is longer than 32 characters']);
  });

  it("a short string over 125 and a long string over 250 characters", () => {
    const long = "x".repeat(126);
    const longer = "y".repeat(251);
    const broken = mutate('DefaultValue="Prognospanel"', `DefaultValue="${long}"`).replace(
      'Value="Shows the pane with the results, warnings, settings and forecast history."',
      `Value="${longer}"`,
    );
    expect(checkManifest(broken, options)).toEqual([
      'string "Panel.Label" (default) has 126 characters, more than 125',
      'string "Panel.Tip" (en-US) has 251 characters, more than 250',
    ]);
  });

  it("a string without its en-US override", () => {
    const broken = mutate('\n          <bt:Override Locale="en-US" Value="Forecast pane"/>', "");
    expect(checkManifest(broken, options)).toEqual(['string "Panel.Label" has no en-US override']);
  });

  it("a URL that is not https", () => {
    const broken = mutate('<bt:Url id="Taskpane.Url" DefaultValue="https://', '<bt:Url id="Taskpane.Url" DefaultValue="http://');
    expect(checkManifest(broken, options)).toEqual([
      '<Url> URL "http://localhost:3000/taskpane.html" is not https',
      'resource "Taskpane.Url" URL "http://localhost:3000/taskpane.html" is not https',
    ]);
  });

  it("an icon of the wrong size and an icon file that does not exist", () => {
    const broken = mutate("assets/panel-32.png", "assets/panel-80.png").replace("assets/panel-16.png", "assets/panel-17.png");
    expect(checkManifest(broken, options)).toEqual([
      `Icon image "Icon.Panel.16": file ${join(ROOT, "assets/panel-17.png")} does not exist`,
      `Icon image "Icon.Panel.32": ${join(ROOT, "assets/panel-80.png")} is 80×80, declared 32×32`,
    ]);
  });

  it("an ExecuteFunction the commands code does not register", () => {
    const broken = mutate(`<FunctionName>${UPDATE_FORECAST_FUNCTION}</FunctionName>`, "<FunctionName>updateForecast</FunctionName>");
    expect(checkManifest(broken, options)).toEqual(['ExecuteFunction "updateForecast" is not registered by the commands code (uppdateraPrognos)']);
  });

  it("a TaskpaneId on an action although the runtime is shared", () => {
    const broken = mutate('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane">\n<TaskpaneId>Prognos.Taskpane</TaskpaneId>');
    expect(checkManifest(broken, options)).toEqual(["ShowTaskpane action has <TaskpaneId>Prognos.Taskpane</TaskpaneId> in a host with a shared runtime"]);
  });

  it("a missing requirement set", () => {
    const broken = mutate('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.4"/>');
    expect(checkManifest(broken, options)).toEqual(["requirement set ExcelApi 1.7 is missing (found 1.4)"]);
  });
});

describe("pngSize", () => {
  it("reads the IHDR width and height", () => {
    expect(pngSize(readFileSync(join(ROOT, "assets/prognos-64.png")))).toEqual({ width: 64, height: 64 });
  });

  it("rejects bytes that are not a PNG", () => {
    expect(pngSize(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'></svg>"))).toBeNull();
  });
});
