import { Command, CommanderError, Option } from "commander";

import type { Io } from "./io.js";

import { parseRound, parseYear } from "./arguments.js";
import { CliError, ExitCode } from "./errors.js";
import { version } from "./version.js";

const jsonOption = () => new Option("--json", "print a stable JSON shape instead of a table");

function buildProgram(io: Io): Command {
  const program = new Command("gcm-review")
    .description(
      "Look at the model of the Global Compact for Safe, Orderly and Regular Migration (GCM) and its review cycle.",
    )
    .version(version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program.configureHelp({ showGlobalOptions: false });

  const framework = program
    .command("framework")
    .description("the 23 objectives, 10 guiding principles and 4 IMRF round tables of the GCM");
  framework
    .command("objectives")
    .description("the 23 objectives with their official English titles (A/RES/73/195 para 16)")
    .addOption(jsonOption())
    .action(async (options: { json?: boolean }) => {
      const { objectivesCommand } = await import("./commands/framework.js");
      objectivesCommand(options, io);
    });
  framework
    .command("principles")
    .description("the 10 guiding principles (A/RES/73/195 para 15)")
    .addOption(jsonOption())
    .action(async (options: { json?: boolean }) => {
      const { principlesCommand } = await import("./commands/framework.js");
      principlesCommand(options, io);
    });
  framework
    .command("round-tables")
    .description("the 4 IMRF round tables and the objectives each one covers (A/RES/73/326)")
    .addOption(jsonOption())
    .action(async (options: { json?: boolean }) => {
      const { roundTablesCommand } = await import("./commands/framework.js");
      roundTablesCommand(options, io);
    });

  program
    .command("cycle")
    .description(
      "regional review rounds, IMRFs, Secretary-General reports and GA plenaries, with legal bases",
    )
    .addOption(new Option("--from <year>", "first year").argParser(parseYear).default(2018))
    .addOption(
      new Option("--to <year>", "last year (default: five years from now)").argParser(parseYear),
    )
    .addOption(jsonOption())
    .action(async (options: { from: number; to?: number; json?: boolean }) => {
      const { cycleCommand } = await import("./commands/cycle.js");
      cycleCommand(options, io);
    });

  program
    .command("reviews")
    .description("the registry of real regional reviews")
    .addOption(new Option("--region <region>", "eca, ece, eclac, escap, escwa (or arab)"))
    .addOption(
      new Option("--round <n>", "review round: 1 (2020-21), 2 (2024-25)").argParser(parseRound),
    )
    .addOption(jsonOption())
    .action(async (options: { region?: string; round?: number; json?: boolean }) => {
      const { reviewsCommand } = await import("./commands/reviews.js");
      reviewsCommand(options, io);
    });

  program
    .command("regions")
    .description(
      "regional groups and their members; with CODE, one group (escwa, las, ...) or one State (EGY)",
    )
    .argument("[code]", "a group id or alias, or an ISO 3166-1 alpha-3 code")
    .addOption(jsonOption())
    .action(async (code: string | undefined, options: { json?: boolean }) => {
      const { regionsCommand } = await import("./commands/regions.js");
      regionsCommand({ ...options, code }, io);
    });

  program
    .command("stakeholders")
    .description("the stakeholder taxonomy (GCM paras 15(j) and 44)")
    .addOption(jsonOption())
    .action(async (options: { json?: boolean }) => {
      const { stakeholdersCommand } = await import("./commands/stakeholders.js");
      stakeholdersCommand(options, io);
    });

  program
    .command("resolutions")
    .description("the resolutions behind the GCM and its review, with their addresses")
    .addOption(jsonOption())
    .action(async (options: { json?: boolean }) => {
      const { resolutionsCommand } = await import("./commands/resolutions.js");
      resolutionsCommand(options, io);
    });

  return program;
}

// A DomainError from a lookup (unknown region, State, ...) is about the user's argument, not a bug. Checked by
// name so that `--help` and argument errors load no domain code.
const isDomainContractError = (error: unknown): error is Error =>
  error instanceof Error && error.name === "DomainError";

const QUIET_EXITS = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code.
 * @example await run(["framework", "objectives", "--json"], io)
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return ExitCode.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (QUIET_EXITS.has(error.code)) return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
      return ExitCode.USAGE;
    }
    if (error instanceof CliError || isDomainContractError(error)) {
      io.stderr(`gcm-review: ${error.message}\n`);
      return ExitCode.USAGE;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `gcm-review: internal error: ${detail}\nPlease report it with the command you ran.\n`,
    );
    if (process.env.GCM_REVIEW_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return ExitCode.INTERNAL;
  }
}
