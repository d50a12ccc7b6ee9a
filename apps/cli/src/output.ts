import type { Io } from "./io.js";

/** Prints a value as stable, indented JSON followed by a newline. */
export function printJson(io: Io, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
