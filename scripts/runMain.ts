// The ending every script shares: its main's number is the exit code, and a throw is a short
// message with exit code 2 (a script's own failure, as the command's exit codes mean it).
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
