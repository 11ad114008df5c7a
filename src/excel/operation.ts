// The one wrapper of every exported adapter function: one operation at a time per host (serial.ts), and an
// exception from Excel (or the host, or a bug) becomes a problem in the result instead of a rejected
// promise, so no caller — ribbon, pane, CLI — can hang on or crash with a throw.
import type { Problem } from "../engine/types";
import { problemFromException } from "./problems";
import { serialised } from "./serial";
import type { RunExcel } from "./types";

/** Runs `work` after every earlier operation on the host; a throw becomes `failed(problem)`. */
export function operation<T>(run: RunExcel, work: () => Promise<T>, failed: (problem: Problem) => T): Promise<T> {
  return serialised(run, async () => {
    try {
      return await work();
    } catch (error) {
      return failed(problemFromException(error));
    }
  });
}
