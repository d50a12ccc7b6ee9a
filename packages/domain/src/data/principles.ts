import type { GuidingPrinciple } from "../framework-schema.js";

// The Progress Declaration (A/RES/76/266) para 3 reaffirms all ten names in this order.
const PD_NOTE =
  "Heading not seen in the official print; the ten names in this order are reaffirmed in Progress Declaration para 3 (final text, https://ft.dk/samling/20211/almdel/UUI/bilag/97/2577508/index.htm)";

/** The ten cross-cutting and interdependent guiding principles of the GCM, in the order of para 15. */
export const guidingPrinciples = [
  {
    letter: "a",
    id: "people-centred",
    name: "People-centred",
    paragraph: 15,
    source: "A/RES/73/195 para 15(a)",
    status: "official",
  },
  {
    letter: "b",
    id: "international-cooperation",
    name: "International cooperation",
    paragraph: 15,
    source: "A/RES/73/195 para 15(b)",
    status: "official",
  },
  {
    letter: "c",
    id: "national-sovereignty",
    name: "National sovereignty",
    paragraph: 15,
    source: "A/RES/73/195 para 15(c)",
    status: "official",
  },
  {
    letter: "d",
    id: "rule-of-law-and-due-process",
    name: "Rule of law and due process",
    paragraph: 15,
    source: "A/RES/73/195 para 15(d)",
    status: "official",
  },
  {
    letter: "e",
    id: "sustainable-development",
    name: "Sustainable development",
    paragraph: 15,
    source: "A/RES/73/195 para 15(e)",
    status: "official",
    note: `${PD_NOTE}; https://migrationnetwork.un.org/taxonomy/term/740 quotes the subparagraph under this name.`,
  },
  {
    letter: "f",
    id: "human-rights",
    name: "Human rights",
    paragraph: 15,
    source: "A/RES/73/195 para 15(f)",
    status: "official",
    note: `${PD_NOTE}.`,
  },
  {
    letter: "g",
    id: "gender-responsive",
    name: "Gender-responsive",
    paragraph: 15,
    source: "A/RES/73/195 para 15(g)",
    status: "official",
    note: "Only the end of (g) is on PDF p.6; https://migrationnetwork.un.org/taxonomy/term/258 quotes '(g) Gender-responsive.' with its text.",
  },
  {
    letter: "h",
    id: "child-sensitive",
    name: "Child-sensitive",
    paragraph: 15,
    source: "A/RES/73/195 para 15(h)",
    status: "official",
  },
  {
    letter: "i",
    id: "whole-of-government-approach",
    name: "Whole-of-government approach",
    paragraph: 15,
    source: "A/RES/73/195 para 15(i)",
    status: "official",
  },
  {
    letter: "j",
    id: "whole-of-society-approach",
    name: "Whole-of-society approach",
    paragraph: 15,
    source: "A/RES/73/195 para 15(j)",
    status: "official",
  },
] as const satisfies readonly GuidingPrinciple[];
