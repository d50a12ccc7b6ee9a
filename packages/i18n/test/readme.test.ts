import { describe, expect, it } from "vitest";

import {
  entityLabels,
  findUnisolatedRuns,
  formatDate,
  formatDateRange,
  isolateLtrRuns,
} from "../src/index.js";

// The example in README.md, kept true.
describe("the README example", () => {
  it("gives what the README says", () => {
    expect(formatDate("2024-07-03", "ar")).toBe("3 تموز/يوليو 2024");
    expect(formatDateRange({ start: "2024-07-03", end: "2024-07-04" }, "fr")).toBe(
      "3 et 4 juillet 2024",
    );
    expect(formatDateRange({ start: "2025-03-19", end: "2025-03-20" }, "es")).toBe(
      "19 y 20 de marzo de 2025",
    );
    expect(entityLabels("fr").objectives["16"].title).toMatchObject({
      text: "Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale",
      status: "official",
    });
    const line = isolateLtrRuns("الأساس A/RES/73/195 para 50");
    expect(findUnisolatedRuns(line)).toEqual([]);
    expect(findUnisolatedRuns("الأساس A/RES/73/195 para 50")).toHaveLength(1);
  });
});
