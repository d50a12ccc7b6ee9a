import { z } from "zod";

/** The five UN regional commissions whose regions hold the GCM regional reviews. */
export const CommissionId = z.enum(["eca", "ece", "eclac", "escap", "escwa"]);
export type CommissionId = z.infer<typeof CommissionId>;

/** Other names accepted for a commission (`arab` is the Arab region, served by ESCWA). */
export const commissionAliases = {
  arab: "escwa",
  africa: "eca",
  unece: "ece",
  europe: "ece",
  cepal: "eclac",
  lac: "eclac",
  "asia-pacific": "escap",
} as const satisfies Record<string, CommissionId>;
