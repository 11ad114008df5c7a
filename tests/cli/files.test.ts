import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { type AtomicFs, readInputFile, saveOutput, writeFileAtomic } from "../../src/cli/files";

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), "prognos-files-"));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const realFs: AtomicFs = { open: (file, flags, mode) => fs.open(file, flags, mode), rename: fs.rename, unlink: fs.unlink, stat: fs.stat };

/** Real file operations, except that one step throws, as a full disk or a crash would. */
function failingAt(step: "write" | "sync" | "rename"): AtomicFs {
  return {
    ...realFs,
    async open(file, flags, mode) {
      const handle = await fs.open(file, flags, mode);
      return {
        async writeFile(data) {
          if (step === "write") {
            await handle.writeFile(data.subarray(0, 10)); // half a file, then the failure
            throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
          }
          await handle.writeFile(data);
        },
        async sync() {
          if (step === "sync") throw Object.assign(new Error("i/o error"), { code: "EIO" });
          await handle.sync();
        },
        close: () => handle.close(),
      };
    },
    async rename(from, to) {
      if (step === "rename") throw Object.assign(new Error("busy"), { code: "EBUSY" });
      await fs.rename(from, to);
    },
  };
}

describe("writeFileAtomic", () => {
  it("replaces the file and leaves no temporary file behind", async () => {
    const target = path.join(folder, "rapport.xlsx");
    await fs.writeFile(target, "gammal");
    await fs.chmod(target, 0o640);
    await writeFileAtomic(target, new TextEncoder().encode("ny och längre"));
    expect(await fs.readFile(target, "utf8")).toBe("ny och längre");
    expect(await fs.readdir(folder)).toEqual(["rapport.xlsx"]);
    expect((await fs.stat(target)).mode & 0o777).toBe(0o640);
  });

  it.each(["write", "sync", "rename"] as const)("keeps the original byte for byte and removes the temporary file when %s fails", async (step) => {
    const target = path.join(folder, "rapport.xlsx");
    await fs.writeFile(target, "originalet");
    await expect(writeFileAtomic(target, new TextEncoder().encode("x".repeat(100)), failingAt(step))).rejects.toThrow();
    expect(await fs.readFile(target, "utf8")).toBe("originalet");
    expect(await fs.readdir(folder)).toEqual(["rapport.xlsx"]);
  });

  it("reports a failed save as a message naming the file, in Swedish or English", async () => {
    const target = path.join(folder, "rapport.xlsx");
    await fs.mkdir(target); // a folder where the file should go: the rename fails
    const sv = await saveOutput(target, new Uint8Array([1, 2, 3]), "sv");
    expect(sv).toEqual({ ok: false, message: expect.stringMatching(/rapport\.xlsx: kunde inte sparas \(E\w+\); filen är oförändrad/) });
    const en = await saveOutput(target, new Uint8Array([1, 2, 3]), "en");
    expect(en).toEqual({ ok: false, message: expect.stringContaining("could not be saved") });
    expect(await fs.readdir(folder)).toEqual(["rapport.xlsx"]);
  });
});

describe("readInputFile", () => {
  it("tells a missing file from a folder", async () => {
    expect(await readInputFile(path.join(folder, "saknas.xlsx"), "sv")).toEqual({ ok: false, message: expect.stringContaining("filen finns inte") });
    expect(await readInputFile(folder, "en")).toEqual({ ok: false, message: expect.stringContaining("is a folder") });
  });
});
