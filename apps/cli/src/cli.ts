import { Command, CommanderError, Help, Option } from "commander";

import type { Context } from "./context.js";
import type { Io } from "./io.js";

import { parseMaxWarnings, parseRound, yearParser } from "./arguments.js";
import { createContext, languageFlag, resolveLocale, translateOnce } from "./context.js";
import { ExitCode, isCliError } from "./errors.js";
import { version } from "./version.js";

// Commands that find problems (i18n check, import) report an exit code through `outcome`, not by throwing.
function buildProgram(context: Context, io: Io, outcome: { exitCode: number }): Command {
  const { t } = context;
  const json = () => new Option("--json", t("option.json"));
  const headings: Record<string, string> = {
    "Usage:": t("help.usage"),
    "Options:": t("help.options"),
    "Commands:": t("help.commands"),
    "Arguments:": t("help.arguments"),
  };
  const program = new Command("gcm-review")
    .description(t("program.description"))
    .version(version, "-V, --version", t("option.version"))
    .helpOption("-h, --help", t("option.help"))
    .helpCommand("help [command]", t("command.help"))
    .addOption(new Option("--lang <language>", t("option.lang")))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.print(text),
      writeErr: (text) => context.warn(text),
      // The CLI prints its own translated one-line errors.
      outputError: () => undefined,
    })
    .configureHelp({
      formatHelp: (command, helper) =>
        Help.prototype.formatHelp
          .call(helper, command, helper)
          .replace(
            /^(Usage:|Options:|Commands:|Arguments:)/gm,
            (heading) => headings[heading] ?? heading,
          ),
    });

  const framework = program.command("framework").description(t("command.framework"));
  framework
    .command("objectives")
    .description(t("command.framework.objectives"))
    .addOption(json())
    .action(async (options: { json?: boolean }) => {
      (await import("./commands/framework.js")).objectivesCommand(options, context);
    });
  framework
    .command("principles")
    .description(t("command.framework.principles"))
    .addOption(json())
    .action(async (options: { json?: boolean }) => {
      (await import("./commands/framework.js")).principlesCommand(options, context);
    });
  framework
    .command("round-tables")
    .description(t("command.framework.roundTables"))
    .addOption(json())
    .action(async (options: { json?: boolean }) => {
      (await import("./commands/framework.js")).roundTablesCommand(options, context);
    });

  program
    .command("cycle")
    .description(t("command.cycle"))
    .addOption(new Option("--from <year>", t("command.cycle.from")).argParser(yearParser("--from")))
    .addOption(new Option("--to <year>", t("command.cycle.to")).argParser(yearParser("--to")))
    .addOption(json())
    .addOption(new Option("--ics", t("command.cycle.ics")))
    .addOption(new Option("--out <file>", t("command.cycle.out")))
    .addOption(new Option("--force", t("option.force")))
    .action(
      async (options: {
        from?: number;
        to?: number;
        json?: boolean;
        ics?: boolean;
        out?: string;
        force?: boolean;
      }) => {
        if (options.ics === true) {
          await (await import("./commands/cycle-ics.js")).cycleIcsCommand(options, context, io);
          return;
        }
        (await import("./commands/cycle.js")).cycleCommand(options, context);
      },
    );

  program
    .command("reviews")
    .description(t("command.reviews"))
    .addOption(new Option("--region <region>", t("command.reviews.region")))
    .addOption(new Option("--round <n>", t("command.reviews.round")).argParser(parseRound))
    .addOption(json())
    .action(async (options: { region?: string; round?: number; json?: boolean }) => {
      (await import("./commands/reviews.js")).reviewsCommand(options, context);
    });

  program
    .command("regions")
    .description(t("command.regions"))
    .argument("[code]", t("command.regions.code"))
    .addOption(json())
    .action(async (code: string | undefined, options: { json?: boolean }) => {
      (await import("./commands/regions.js")).regionsCommand({ ...options, code }, context);
    });

  program
    .command("stakeholders")
    .description(t("command.stakeholders"))
    .addOption(json())
    .action(async (options: { json?: boolean }) => {
      (await import("./commands/stakeholders.js")).stakeholdersCommand(options, context);
    });

  program
    .command("resolutions")
    .description(t("command.resolutions"))
    .addOption(json())
    .action(async (options: { json?: boolean }) => {
      (await import("./commands/resolutions.js")).resolutionsCommand(options, context);
    });

  program
    .command("validate")
    .description(t("command.validate"))
    .argument("<paths...>", t("command.validate.paths"))
    .addOption(
      new Option("--max-warnings <n>", t("command.validate.maxWarnings")).argParser(
        parseMaxWarnings,
      ),
    )
    .addOption(json())
    .action(async (paths: string[], options: { json?: boolean; maxWarnings?: number }) => {
      outcome.exitCode = await (
        await import("./commands/validate.js")
      ).validateCommand({ ...options, paths }, context);
    });

  program
    .command("report")
    .description(t("command.report"))
    .argument("<dossier>", t("command.report.dossier"))
    .requiredOption("--out <dir>", t("command.report.out"))
    .addOption(new Option("--lang <languages>", t("command.report.languages")))
    .addOption(new Option("--format <formats>", t("command.report.formats")))
    .addOption(new Option("--doc <documents>", t("command.report.documents")))
    .addOption(new Option("--force", t("option.force")))
    .addOption(json())
    .action(
      async (
        dossier: string,
        options: {
          out: string;
          lang?: string;
          format?: string;
          doc?: string;
          json?: boolean;
          force?: boolean;
        },
      ) => {
        // `--lang` is also the program's option, which takes the value: here it lists the documents' languages.
        const lang = options.lang ?? program.opts<{ lang?: string }>().lang;
        outcome.exitCode = await (
          await import("./commands/report.js")
        ).reportCommand({ ...options, ...(lang === undefined ? {} : { lang }), dossier }, context);
      },
    );

  program
    .command("synthesize")
    .description(t("synthesize.description"))
    .argument("<dossiers...>", t("synthesize.dossiers"))
    .requiredOption("--out <dir>", t("synthesize.out"))
    .addOption(new Option("--lang <languages>", t("synthesize.languages")))
    .addOption(new Option("--format <formats>", t("command.report.formats")))
    .addOption(new Option("--force", t("option.force")))
    .addOption(json())
    .action(
      async (
        dossiers: string[],
        options: { out: string; lang?: string; format?: string; json?: boolean; force?: boolean },
      ) => {
        // As for `report`, --lang lists the synthesis's languages (the program's option takes the value).
        const lang = options.lang ?? program.opts<{ lang?: string }>().lang;
        outcome.exitCode = await (
          await import("./commands/synthesize.js")
        ).synthesizeCommand(
          { ...options, ...(lang === undefined ? {} : { lang }), dossiers },
          context,
        );
      },
    );

  program
    .command("init")
    .description(t("command.init"))
    .argument("<dir>", t("command.init.dir"))
    .option("--region <region>", t("command.init.region"))
    .option("--profile <file>", t("command.init.profile"))
    .requiredOption("--round <n>", t("command.init.round"), parseRound)
    .addOption(new Option("--force", t("option.force")))
    .action(
      async (
        dir: string,
        options: { region?: string; profile?: string; round: number; force?: boolean },
      ) => {
        outcome.exitCode = await (
          await import("./commands/init.js")
        ).initCommand({ ...options, dir }, context);
      },
    );

  program
    .command("schema")
    .description(t("command.schema"))
    .requiredOption("--out <dir>", t("command.schema.out"))
    .addOption(new Option("--force", t("option.force")))
    .action(async (options: { out: string; force?: boolean }) => {
      await (await import("./commands/schema.js")).schemaCommand(options, context);
    });

  // Intake and interop (issue 7): spreadsheets, Kobo/ODK forms, export, calendars.
  program
    .command("template")
    .description(t("command.template"))
    .argument("<dossier>", t("command.template.dossier"))
    .addOption(new Option("--format <format>", t("command.template.format")))
    .addOption(new Option("--out <file>", t("command.template.out")))
    .addOption(new Option("--force", t("option.force")))
    .action(
      async (dossier: string, options: { format?: string; out?: string; force?: boolean }) => {
        await (
          await import("./commands/template.js")
        ).templateCommand({ ...options, dossier }, context);
      },
    );
  program
    .command("import")
    .description(t("command.import"))
    .argument("<file>", t("command.import.file"))
    .requiredOption("--into <dossier>", t("command.import.into"))
    .addOption(new Option("--dry-run", t("command.import.dryRun")))
    .addOption(new Option("--partial", t("command.import.partial")))
    .addOption(new Option("--force", t("command.import.force")))
    .addOption(json())
    .action(
      async (
        file: string,
        options: {
          into: string;
          dryRun?: boolean;
          partial?: boolean;
          force?: boolean;
          json?: boolean;
        },
      ) => {
        outcome.exitCode = await (
          await import("./commands/import.js")
        ).importCommand({ ...options, file }, context);
      },
    );
  program
    .command("xlsform")
    .description(t("command.xlsform"))
    .argument("<dossier>", t("command.template.dossier"))
    .requiredOption("--out <file>", t("command.xlsform.out"))
    .addOption(new Option("--force", t("option.force")))
    .action(async (dossier: string, options: { out: string; force?: boolean }) => {
      await (
        await import("./commands/xlsform.js")
      ).xlsformCommand({ ...options, dossier }, context);
    });
  program
    .command("export")
    .description(t("command.export"))
    .argument("<dossier>", t("command.template.dossier"))
    .addOption(new Option("--format <format>", t("command.template.format")))
    .requiredOption("--out <file>", t("command.export.out"))
    .addOption(new Option("--force", t("option.force")))
    .action(async (dossier: string, options: { format?: string; out: string; force?: boolean }) => {
      await (await import("./commands/export.js")).exportCommand({ ...options, dossier }, context);
    });
  program
    .command("calendar")
    .description(t("command.calendar"))
    .argument("<dossier>", t("command.template.dossier"))
    .addOption(new Option("--out <file>", t("command.calendar.out")))
    .addOption(new Option("--force", t("option.force")))
    .action(async (dossier: string, options: { out?: string; force?: boolean }) => {
      await (
        await import("./commands/calendar.js")
      ).calendarCommand({ ...options, dossier }, context, io);
    });

  const i18n = program.command("i18n").description(t("command.i18n"));
  i18n
    .command("check")
    .description(t("command.i18n.check"))
    .action(async () => {
      outcome.exitCode = (await import("./commands/i18n-check.js")).i18nCheckCommand(context);
    });
  i18n
    .command("export")
    .description(t("command.i18n.export"))
    .addOption(new Option("--out <file>", t("command.i18n.export.out")))
    .addOption(new Option("--force", t("option.force")))
    .action(async (options: { out?: string; force?: boolean }) => {
      await (await import("./commands/i18n-export.js")).i18nExportCommand(options, context, io);
    });
  i18n
    .command("import")
    .description(t("command.i18n.import"))
    .argument("<file>", t("command.i18n.import.file"))
    .addOption(new Option("--dry-run", t("command.i18n.import.dryRun")))
    .action(async (file: string, options: { dryRun?: boolean }) => {
      outcome.exitCode = await (
        await import("./commands/i18n-import.js")
      ).i18nImportCommand({ ...options, file }, context);
    });

  return program;
}

const DOCUMENT_COMMANDS = new Set(["report", "synthesize"]);
const QUIET_EXITS = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

// The token commander quotes in its (English) message, e.g. '--jsn' in "unknown option '--jsn'".
const quoted = (message: string): string => /'([^']*)'/.exec(message)?.[1] ?? "";

function commanderMessage(error: CommanderError, context: Context, command: string): string {
  const { t } = context;
  switch (error.code) {
    case "commander.unknownOption":
      return t("error.unknownOption", { option: quoted(error.message), command });
    case "commander.unknownCommand":
      return t("error.unknownCommand", { name: quoted(error.message) });
    case "commander.missingArgument":
    case "commander.optionMissingArgument":
    case "commander.missingMandatoryOptionValue":
      return t("error.missingArgument", { name: quoted(error.message), command });
    case "commander.excessArguments":
      return t("error.tooManyArguments", { command });
    default:
      return t("error.usage", { message: error.message.replace(/^error: /, "") });
  }
}

// A DomainError from a lookup (unknown region, State, ...) is about the user's argument, not a bug. Checked by
// name so that `--help` and argument errors load no domain code.
const isDomainContractError = (error: unknown): error is Error =>
  error instanceof Error && error.name === "DomainError";

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code.
 * @example await run(["framework", "objectives", "--json"], io)
 */
export async function run(
  argv: readonly string[],
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let context: Context;
  try {
    // For `report` and `synthesize`, --lang lists the documents' languages; the messages follow the environment.
    const flag = DOCUMENT_COMMANDS.has(argv.find((argument) => !argument.startsWith("-")) ?? "")
      ? undefined
      : languageFlag(argv);
    context = await createContext(resolveLocale(flag, env), io, { explicit: flag !== undefined });
  } catch (error) {
    if (!isCliError(error)) throw error;
    const prefix = await translateOnce(error.locale ?? "en", "error.prefix");
    io.stderr(
      `${prefix} ${await translateOnce(error.locale ?? "en", error.messageKey, error.values)}\n`,
    );
    return ExitCode.USAGE;
  }
  const outcome = { exitCode: ExitCode.OK as number };
  const program = buildProgram(context, io, outcome);
  const command = argv
    .filter((argument) => !argument.startsWith("-"))
    .slice(0, 2)
    .join(" ");
  const fail = (text: string, code: number): number => {
    context.warn(`${context.t("error.prefix")} ${text}`);
    return code;
  };
  try {
    await program.parseAsync([...argv], { from: "user" });
    // A language without its own CLI catalog (es, ru, zh) falls back to English: say so, once.
    if (context.t.fallbacks.length > 0)
      context.warn(context.t("note.cliFallback", { language: context.locale }));
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (QUIET_EXITS.has(error.code)) return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
      return fail(commanderMessage(error, context, command), ExitCode.USAGE);
    }
    if (isCliError(error)) {
      const code = error.code === "failed" ? ExitCode.FAILED : ExitCode.USAGE;
      return fail(context.t(error.messageKey, error.values), code);
    }
    if (isDomainContractError(error)) {
      return fail(context.t("error.usage", { message: error.message }), ExitCode.USAGE);
    }
    const detail = error instanceof Error ? error.message : String(error);
    if (env.GCM_REVIEW_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return fail(context.t("error.internal", { message: detail }), ExitCode.INTERNAL);
  }
}
