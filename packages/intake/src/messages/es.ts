import type { IntakeMessages } from "./en.js";

import data from "./es.json" with { type: "json" };

/** Intake's Spanish messages. */
export const es = data satisfies IntakeMessages;
