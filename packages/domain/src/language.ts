import { z } from "zod";

/** The six official languages of the United Nations, as ISO 639-1 codes. */
export const UnLanguage = z.enum(["ar", "zh", "en", "fr", "ru", "es"]);
export type UnLanguage = z.infer<typeof UnLanguage>;
