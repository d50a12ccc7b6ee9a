import type { CliMessages } from "./en.js";

import data from "./es.json" with { type: "json" };

/** The CLI's Spanish messages. */
export const es = data satisfies CliMessages;
