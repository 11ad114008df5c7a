// Entry of the bundled command (dist/cli/prognos.js, loaded by bin/prognos.js).
import { runCli } from "./cli";

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a user's mistake; the input file has not been written.
    process.stderr.write(`prognos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
