// The `prognos` command: parses the arguments and runs the command; returns the exit code.
import { parseArgs } from "./args";
import { helpText } from "./help";
import { runImportBaseline } from "./importBaseline";
import { EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode, writeLines } from "./io";
import { message } from "./messages";
import { runUpdate } from "./update";

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv);
  switch (args.command) {
    case "usage-error": {
      const hint = message("seeHelp", args.lang, { command: args.topic ? `${args.topic} ` : "" });
      writeLines(io.stderr, [`prognos: ${message(args.key, args.lang, args.params)}`, hint]);
      return EXIT_USAGE;
    }
    case "help":
      io.stdout.write(helpText(args.topic, args.lang));
      return EXIT_OK;
    case "update":
      return runUpdate(args, io);
    case "import-baseline":
      return runImportBaseline(args, io);
  }
}
