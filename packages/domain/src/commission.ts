// Plain constants, no zod: lookups import this module at run time (the schema is in commission-schema.ts).

/** The ids of the five UN regional commissions whose regions hold the GCM regional reviews. */
export const commissionIds = ["eca", "ece", "eclac", "escap", "escwa"] as const;

/** Other names accepted for a commission (`arab` is the Arab region, served by ESCWA). */
export const commissionAliases = {
  arab: "escwa",
  africa: "eca",
  unece: "ece",
  europe: "ece",
  cepal: "eclac",
  lac: "eclac",
  "asia-pacific": "escap",
} as const satisfies Record<string, (typeof commissionIds)[number]>;

/** The regional groups whose membership the model holds: the League of Arab States and the five commissions. */
export const membershipGroups = ["las", ...commissionIds] as const;
