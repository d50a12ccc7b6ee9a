import type { Io } from "./io.js";

const io: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

const argv = process.argv.slice(2);

// `--version` must answer without loading the command parser or any data.
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  const { version } = await import("./version.js");
  io.stdout(`${version}\n`);
} else {
  const { run } = await import("./cli.js");
  process.exitCode = await run(argv, io);
}
