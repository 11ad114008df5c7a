// The workbook server on its own terms: office.js's Session handshake, NotImplemented for what the host does
// not model, errors as office.js reports them, kept ranges across syncs, Excel on the web's 5 MB limits on
// the bodies on the wire, and the pages and calls of the preview.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { RunExcel } from "../../src/excel";
import { loadWorkbook } from "../../src/headless";
import { loadOfficeJsInNode } from "../../src/preview/client/inNode";
import { officeJsRun } from "../../src/preview/client/officeJsRun";
import { startWorkbookServer, type WorkbookServer, type WorkbookServerOptions } from "../../src/preview/server/workbookServer";

const client = loadOfficeJsInNode();
let bytes: Uint8Array;
const servers: WorkbookServer[] = [];

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Data").getCell("A1").value = 1645081;
  workbook.addWorksheet("Andra");
  bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(options: Partial<WorkbookServerOptions> = {}): Promise<{ server: WorkbookServer; run: RunExcel }> {
  const server = await startWorkbookServer({ workbook: bytes, ...options });
  servers.push(server);
  return { server, run: officeJsRun(client, server.workbookUrl) };
}

function failure(promise: Promise<unknown>): Promise<{ code?: string; message?: string; debugInfo?: { errorLocation?: string; statement?: string } }> {
  return promise.then(
    () => {
      throw new Error("expected the run to fail");
    },
    (error: unknown) => error as { code?: string },
  );
}

describe("office.js's Session", () => {
  it("answers createSession with a session id (201) and closeSession with 204", async () => {
    const { server } = await serve();
    const created = await fetch(`${server.workbookUrl}createSession`, { method: "POST", body: "{}" });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { id: string }).id).toMatch(/\S{8,}/);
    expect((await fetch(`${server.workbookUrl}closeSession`, { method: "POST" })).status).toBe(204);
    expect((await fetch(`${server.workbookUrl}nothing`, { method: "POST" })).status).toBe(404);
  });
});

describe("answers", () => {
  it("fail with NotImplemented naming the member the host does not model", async () => {
    const { run } = await serve();
    const error = await failure(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").freezePanes.freezeRows(1);
        await context.sync();
      }),
    );
    expect(error.code).toBe("NotImplemented");
    expect(error.message).toContain("Worksheet.freezePanes");
  });

  it("carry the host's error code and message, and office.js prints the failing statement", async () => {
    const { run } = await serve();
    const error = await failure(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toContain("doesn't match the size or dimensions of the range");
    expect(error.debugInfo?.statement).toContain("values");
  });

  it("keep a range office.js holds across syncs by the sheet's id (a renamed sheet keeps it), and forget it when the run ends", async () => {
    const { server, run } = await serve();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const range = sheet.getRange("B2").load("address");
      await context.sync();
      sheet.name = "Omdöpt";
      await context.sync();
      range.values = [["kvar"]];
      await context.sync();
    });
    expect(server.host.workbook.getWorksheet("Omdöpt")?.getCell("B2").value).toBe("kvar");
    expect(server.requests.at(-1)).toMatchObject({ cleanup: true, error: null });
  });

  it("refuse a request body over the limit with RequestPayloadSizeLimitExceeded and apply nothing of it", async () => {
    const { server, run } = await serve({ maxPayloadBytes: 2000 });
    const error = await failure(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("C1").values = [["först"]];
        sheet.getRange("A2:A101").values = Array.from({ length: 100 }, (_, i) => [`rad ${i} med lite text`]);
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(server.host.workbook.getWorksheet("Data")?.getCell("C1").value).toBeNull();
    expect(server.requests[0].requestBytes).toBeGreaterThan(2000);
  });

  it("refuse a response over the limit with ResponsePayloadSizeLimitExceeded", async () => {
    const { run } = await serve({ maxPayloadBytes: 2000 });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Andra").getRange("A1:A200").values = Array.from({ length: 200 }, (_, i) => [i]);
      await context.sync();
    });
    const error = await failure(
      run(async (context) => {
        context.workbook.worksheets.getItem("Andra").getRange("A1:A200").load("values,text,numberFormat");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("handle one batch at a time, as Excel does, when two runs overlap", async () => {
    const { server, run } = await serve();
    const write = (row: number) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Andra").getRange(`A${row}`);
        range.values = [[row]];
        await context.sync();
        range.load("values");
        await context.sync();
        return range.values[0][0];
      });
    expect(await Promise.all([1, 2, 3, 4].map(write))).toEqual([1, 2, 3, 4]);
    expect([1, 2, 3, 4].map((row) => server.host.workbook.getWorksheet("Andra")?.getCell(`A${row}`).value)).toEqual([1, 2, 3, 4]);
  });
});

describe("the preview's pages and calls", () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), "prognos-dist-"));
    writeFileSync(join(dist, "taskpane.html"), "<!doctype html><html><head><script src=office.js></script></head><body><div id=root></div><script src=taskpane.js></script></body></html>");
    writeFileSync(join(dist, "taskpane.js"), "// built");
  });

  it("serves taskpane.html with the shim after office.js; / adds the page script; other files as built", async () => {
    const { server } = await serve({ dist, today: "2024-12-02" });
    const alone = await (await fetch(`${server.url}taskpane.html`)).text();
    expect(alone).toContain('<script src=office.js></script><script src="/preview/shim.js" data-workbook="/workbook/" data-today="2024-12-02"></script>');
    expect(alone).not.toContain("/preview/page.js");
    expect(await (await fetch(server.url)).text()).toContain('<script src="/preview/page.js"></script></body>');
    expect(await (await fetch(`${server.url}taskpane.js`)).text()).toBe("// built");
    expect((await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect(await (await fetch(`${server.url}preview/office-client.html`)).text()).toContain('<script src="/excel-web-16.00.js"></script>');
  });

  it("selects a range, shows the sheets, and saves the workbook through the host's save", async () => {
    const { server } = await serve({ dist });
    const select = (address: string) => fetch(`${server.url}preview/select`, { method: "POST", body: JSON.stringify({ address }) });
    expect((await select("Data!A1:B2")).status).toBe(204);
    expect((await select("Saknas!A1")).status).toBe(400);
    const view = (await (await fetch(`${server.url}preview/view`)).json()) as { sheets: Array<{ name: string }>; selection: string };
    expect(view.sheets.map((sheet) => sheet.name)).toEqual(["Data", "Andra"]);
    expect(view.selection).toBe("Data!A1:B2");
    const saved = await fetch(`${server.url}preview/workbook.xlsx`);
    expect(saved.headers.get("content-disposition")).toContain("attachment");
    const reopened = await loadWorkbook(new Uint8Array(await saved.arrayBuffer()));
    expect(reopened.getWorksheet("Data")?.getCell("A1").value).toBe(1645081);
  });
});
