import { createProgress } from "../../src/cli/progress";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe("createProgress", () => {
  it("rewrites one line per step on a terminal and clears it at the end", () => {
    const tty = stream(true);
    const progress = createProgress(tty, 3);
    progress.step("Läser rapport.xlsx");
    progress.step("Beräknar prognosen");
    progress.end();
    expect(tty.written).toEqual(["\r\x1b[K[1/3] Läser rapport.xlsx …", "\r\x1b[K[2/3] Beräknar prognosen …", "\r\x1b[K"]);
  });

  it("writes nothing when stderr is a pipe or a file", () => {
    const pipe = stream(false);
    const progress = createProgress(pipe, 3);
    progress.step("Läser rapport.xlsx");
    progress.end();
    expect(pipe.written).toEqual([]);
  });
});
