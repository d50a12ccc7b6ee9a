import { z } from "zod";

import { locales } from "./locale-info.js";

/** The locales gcm-review speaks: the six official languages of the United Nations. */
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

/** Metadata of one locale: direction, script, names and how much of the product it covers. */
export const LocaleInfo = z.object({
  direction: z.enum(["rtl", "ltr"]),
  script: z.enum(["Arab", "Latn", "Cyrl", "Hans"]),
  englishName: z.string().min(1),
  nativeName: z.string().min(1),
  /** `full`: everything a user reads; `labels`: labels of domain entities only. */
  coverage: z.enum(["full", "labels"]),
});
export type LocaleInfo = z.infer<typeof LocaleInfo>;
