// bench/corpus.ts
var TODAY = "2024-12-01";
var reviewYaml = `registry: escwa-2
region: escwa
round: 2
title: Second Regional Review Conference of the GCM in the Arab Region
languages: [ar, en, fr]
themes:
  - id: regular-pathways
    title: Regular migration pathways
  - id: irregular-migration
    title: Irregular migration and protection
  - id: basic-services
    title: Access to basic services
deadlines:
  inputs: 2024-06-15
  outcome: 2024-09
events:
  - id: conference
    kind: conference
    title: Second Regional Review Conference
    start: 2024-07-03
    end: 2024-07-04
`;
var sentences = {
  en: [
    "The Government reviewed its bilateral labour agreements with countries of destination and added provisions on fair recruitment, standard contracts and access to justice for migrant workers.",
    "A national coordination committee brings together the ministries of labour, interior, foreign affairs and social development, and meets every quarter with civil society and employers.",
    "Migrant workers in domestic work remain excluded from parts of the labour code, which limits their access to complaint mechanisms and to social protection.",
    "Consular services were expanded in the main countries of destination, with mobile consular days and online appointments for documentation and legal assistance.",
    "Local authorities in border areas opened one-stop centres where migrants can receive information, health care and referral to protection services regardless of status.",
    "Data on migration flows are still scattered across institutions; a working group is harmonizing definitions with the national statistics office and regional partners.",
    "Alternatives to detention were piloted for families with children, with case management by social workers and regular reporting instead of confinement.",
    "The cost of sending remittances fell in the region after new digital channels were licensed, but fees remain high along several corridors.",
    "Returning migrants receive reintegration support through vocational training, small grants and psychosocial counselling delivered with community organizations.",
    "Campaigns with the media and municipalities sought to counter discrimination and misleading narratives about migrants in public debate."
  ],
  fr: [
    "Le Gouvernement a r\xE9vis\xE9 ses accords bilat\xE9raux de main-d'\u0153uvre avec les pays de destination et y a ajout\xE9 des dispositions sur le recrutement \xE9quitable et les contrats types.",
    "Un comit\xE9 national de coordination r\xE9unit les minist\xE8res du travail, de l'int\xE9rieur, des affaires \xE9trang\xE8res et du d\xE9veloppement social, ainsi que la soci\xE9t\xE9 civile.",
    "Les travailleuses et travailleurs domestiques migrants restent exclus d'une partie du code du travail, ce qui limite leur acc\xE8s aux m\xE9canismes de plainte et \xE0 la protection sociale.",
    "Les services consulaires ont \xE9t\xE9 \xE9tendus dans les principaux pays de destination, avec des journ\xE9es consulaires mobiles et des rendez-vous en ligne pour les documents.",
    "Les autorit\xE9s locales des zones frontali\xE8res ont ouvert des guichets uniques o\xF9 les migrants re\xE7oivent information, soins de sant\xE9 et orientation vers les services de protection.",
    "Les donn\xE9es sur les flux migratoires restent dispers\xE9es entre les institutions ; un groupe de travail harmonise les d\xE9finitions avec l'office national de la statistique.",
    "Des solutions de substitution \xE0 la r\xE9tention ont \xE9t\xE9 exp\xE9riment\xE9es pour les familles avec enfants, avec un suivi par des travailleurs sociaux plut\xF4t qu'un enfermement.",
    "Le co\xFBt des envois de fonds a baiss\xE9 dans la r\xE9gion apr\xE8s l'agr\xE9ment de nouveaux canaux num\xE9riques, mais les frais restent \xE9lev\xE9s dans plusieurs corridors.",
    "Les migrants de retour b\xE9n\xE9ficient d'un appui \xE0 la r\xE9int\xE9gration : formation professionnelle, petites subventions et accompagnement psychosocial avec les associations locales.",
    "Des campagnes men\xE9es avec les m\xE9dias et les municipalit\xE9s ont vis\xE9 \xE0 combattre la discrimination et les r\xE9cits trompeurs sur les migrants dans le d\xE9bat public."
  ],
  ar: [
    "\u0631\u0627\u062C\u0639\u062A \u0627\u0644\u062D\u0643\u0648\u0645\u0629 \u0627\u062A\u0641\u0627\u0642\u064A\u0627\u062A \u0627\u0644\u0639\u0645\u0644 \u0627\u0644\u062B\u0646\u0627\u0626\u064A\u0629 \u0645\u0639 \u0628\u0644\u062F\u0627\u0646 \u0627\u0644\u0645\u0642\u0635\u062F \u0648\u0623\u0636\u0627\u0641\u062A \u0625\u0644\u064A\u0647\u0627 \u0623\u062D\u0643\u0627\u0645\u064B\u0627 \u0628\u0634\u0623\u0646 \u0627\u0644\u062A\u0648\u0638\u064A\u0641 \u0627\u0644\u0639\u0627\u062F\u0644 \u0648\u0627\u0644\u0639\u0642\u0648\u062F \u0627\u0644\u0645\u0648\u062D\u062F\u0629 \u0648\u0625\u0645\u0643\u0627\u0646\u064A\u0629 \u0644\u062C\u0648\u0621 \u0627\u0644\u0639\u0645\u0627\u0644 \u0627\u0644\u0645\u0647\u0627\u062C\u0631\u064A\u0646 \u0625\u0644\u0649 \u0627\u0644\u0642\u0636\u0627\u0621.",
    "\u062A\u062C\u0645\u0639 \u0644\u062C\u0646\u0629 \u062A\u0646\u0633\u064A\u0642 \u0648\u0637\u0646\u064A\u0629 \u0648\u0632\u0627\u0631\u0627\u062A \u0627\u0644\u0639\u0645\u0644 \u0648\u0627\u0644\u062F\u0627\u062E\u0644\u064A\u0629 \u0648\u0627\u0644\u062E\u0627\u0631\u062C\u064A\u0629 \u0648\u0627\u0644\u062A\u0646\u0645\u064A\u0629 \u0627\u0644\u0627\u062C\u062A\u0645\u0627\u0639\u064A\u0629\u060C \u0648\u062A\u062C\u062A\u0645\u0639 \u0643\u0644 \u062B\u0644\u0627\u062B\u0629 \u0623\u0634\u0647\u0631 \u0645\u0639 \u0645\u0646\u0638\u0645\u0627\u062A \u0627\u0644\u0645\u062C\u062A\u0645\u0639 \u0627\u0644\u0645\u062F\u0646\u064A \u0648\u0623\u0635\u062D\u0627\u0628 \u0627\u0644\u0639\u0645\u0644.",
    "\u0644\u0627 \u064A\u0632\u0627\u0644 \u0627\u0644\u0639\u0645\u0627\u0644 \u0627\u0644\u0645\u0647\u0627\u062C\u0631\u0648\u0646 \u0641\u064A \u0627\u0644\u0639\u0645\u0644 \u0627\u0644\u0645\u0646\u0632\u0644\u064A \u0645\u0633\u062A\u062B\u0646\u064A\u0646 \u0645\u0646 \u0623\u062C\u0632\u0627\u0621 \u0645\u0646 \u0642\u0627\u0646\u0648\u0646 \u0627\u0644\u0639\u0645\u0644\u060C \u0645\u0645\u0627 \u064A\u062D\u062F \u0645\u0646 \u0648\u0635\u0648\u0644\u0647\u0645 \u0625\u0644\u0649 \u0622\u0644\u064A\u0627\u062A \u0627\u0644\u0634\u0643\u0627\u0648\u0649 \u0648\u0627\u0644\u062D\u0645\u0627\u064A\u0629 \u0627\u0644\u0627\u062C\u062A\u0645\u0627\u0639\u064A\u0629.",
    "\u062A\u0648\u0633\u0639\u062A \u0627\u0644\u062E\u062F\u0645\u0627\u062A \u0627\u0644\u0642\u0646\u0635\u0644\u064A\u0629 \u0641\u064A \u0628\u0644\u062F\u0627\u0646 \u0627\u0644\u0645\u0642\u0635\u062F \u0627\u0644\u0631\u0626\u064A\u0633\u064A\u0629\u060C \u0645\u0639 \u0623\u064A\u0627\u0645 \u0642\u0646\u0635\u0644\u064A\u0629 \u0645\u062A\u0646\u0642\u0644\u0629 \u0648\u0645\u0648\u0627\u0639\u064A\u062F \u0639\u0628\u0631 \u0627\u0644\u0625\u0646\u062A\u0631\u0646\u062A \u0644\u0627\u0633\u062A\u062E\u0631\u0627\u062C \u0627\u0644\u0648\u062B\u0627\u0626\u0642 \u0648\u062A\u0642\u062F\u064A\u0645 \u0627\u0644\u0645\u0633\u0627\u0639\u062F\u0629 \u0627\u0644\u0642\u0627\u0646\u0648\u0646\u064A\u0629.",
    "\u0627\u0641\u062A\u062A\u062D\u062A \u0627\u0644\u0633\u0644\u0637\u0627\u062A \u0627\u0644\u0645\u062D\u0644\u064A\u0629 \u0641\u064A \u0627\u0644\u0645\u0646\u0627\u0637\u0642 \u0627\u0644\u062D\u062F\u0648\u062F\u064A\u0629 \u0645\u0631\u0627\u0643\u0632 \u0645\u0648\u062D\u062F\u0629 \u064A\u062D\u0635\u0644 \u0641\u064A\u0647\u0627 \u0627\u0644\u0645\u0647\u0627\u062C\u0631\u0648\u0646 \u0639\u0644\u0649 \u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062A \u0648\u0627\u0644\u0631\u0639\u0627\u064A\u0629 \u0627\u0644\u0635\u062D\u064A\u0629 \u0648\u0627\u0644\u0625\u062D\u0627\u0644\u0629 \u0625\u0644\u0649 \u062E\u062F\u0645\u0627\u062A \u0627\u0644\u062D\u0645\u0627\u064A\u0629 \u0623\u064A\u064B\u0627 \u0643\u0627\u0646 \u0648\u0636\u0639\u0647\u0645.",
    "\u0644\u0627 \u062A\u0632\u0627\u0644 \u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A \u0627\u0644\u0645\u062A\u0639\u0644\u0642\u0629 \u0628\u062A\u062F\u0641\u0642\u0627\u062A \u0627\u0644\u0647\u062C\u0631\u0629 \u0645\u0648\u0632\u0639\u0629 \u0628\u064A\u0646 \u0627\u0644\u0645\u0624\u0633\u0633\u0627\u062A\u060C \u0648\u064A\u0639\u0645\u0644 \u0641\u0631\u064A\u0642 \u0639\u0627\u0645\u0644 \u0639\u0644\u0649 \u062A\u0648\u062D\u064A\u062F \u0627\u0644\u062A\u0639\u0627\u0631\u064A\u0641 \u0645\u0639 \u0627\u0644\u062C\u0647\u0627\u0632 \u0627\u0644\u0648\u0637\u0646\u064A \u0644\u0644\u0625\u062D\u0635\u0627\u0621 \u0648\u0627\u0644\u0634\u0631\u0643\u0627\u0621 \u0627\u0644\u0625\u0642\u0644\u064A\u0645\u064A\u064A\u0646.",
    "\u062C\u064F\u0631\u0651\u0628\u062A \u0628\u062F\u0627\u0626\u0644 \u0644\u0644\u0627\u062D\u062A\u062C\u0627\u0632 \u0644\u0644\u0623\u0633\u0631 \u0627\u0644\u062A\u064A \u0644\u062F\u064A\u0647\u0627 \u0623\u0637\u0641\u0627\u0644\u060C \u0645\u0639 \u0625\u062F\u0627\u0631\u0629 \u0627\u0644\u062D\u0627\u0644\u0627\u062A \u0645\u0646 \u0642\u0628\u0644 \u0623\u062E\u0635\u0627\u0626\u064A\u064A\u0646 \u0627\u062C\u062A\u0645\u0627\u0639\u064A\u064A\u0646 \u0648\u0627\u0644\u0625\u0628\u0644\u0627\u063A \u0627\u0644\u062F\u0648\u0631\u064A \u0628\u062F\u0644\u064B\u0627 \u0645\u0646 \u0627\u0644\u0627\u062D\u062A\u062C\u0627\u0632.",
    "\u0627\u0646\u062E\u0641\u0636\u062A \u062A\u0643\u0644\u0641\u0629 \u0625\u0631\u0633\u0627\u0644 \u0627\u0644\u062A\u062D\u0648\u064A\u0644\u0627\u062A \u0627\u0644\u0645\u0627\u0644\u064A\u0629 \u0641\u064A \u0627\u0644\u0645\u0646\u0637\u0642\u0629 \u0628\u0639\u062F \u0627\u0644\u062A\u0631\u062E\u064A\u0635 \u0644\u0642\u0646\u0648\u0627\u062A \u0631\u0642\u0645\u064A\u0629 \u062C\u062F\u064A\u062F\u0629\u060C \u0644\u0643\u0646 \u0627\u0644\u0631\u0633\u0648\u0645 \u0644\u0627 \u062A\u0632\u0627\u0644 \u0645\u0631\u062A\u0641\u0639\u0629 \u0641\u064A \u0639\u062F\u0629 \u0645\u0645\u0631\u0627\u062A.",
    "\u064A\u062D\u0635\u0644 \u0627\u0644\u0645\u0647\u0627\u062C\u0631\u0648\u0646 \u0627\u0644\u0639\u0627\u0626\u062F\u0648\u0646 \u0639\u0644\u0649 \u062F\u0639\u0645 \u0644\u0625\u0639\u0627\u062F\u0629 \u0627\u0644\u0625\u062F\u0645\u0627\u062C \u0645\u0646 \u062E\u0644\u0627\u0644 \u0627\u0644\u062A\u062F\u0631\u064A\u0628 \u0627\u0644\u0645\u0647\u0646\u064A \u0648\u0627\u0644\u0645\u0646\u062D \u0627\u0644\u0635\u063A\u064A\u0631\u0629 \u0648\u0627\u0644\u0625\u0631\u0634\u0627\u062F \u0627\u0644\u0646\u0641\u0633\u064A \u0648\u0627\u0644\u0627\u062C\u062A\u0645\u0627\u0639\u064A \u0628\u0627\u0644\u062A\u0639\u0627\u0648\u0646 \u0645\u0639 \u0627\u0644\u0645\u0646\u0638\u0645\u0627\u062A \u0627\u0644\u0645\u062C\u062A\u0645\u0639\u064A\u0629.",
    "\u0633\u0639\u062A \u062D\u0645\u0644\u0627\u062A \u0645\u0639 \u0648\u0633\u0627\u0626\u0644 \u0627\u0644\u0625\u0639\u0644\u0627\u0645 \u0648\u0627\u0644\u0628\u0644\u062F\u064A\u0627\u062A \u0625\u0644\u0649 \u0645\u0643\u0627\u0641\u062D\u0629 \u0627\u0644\u062A\u0645\u064A\u064A\u0632 \u0648\u0627\u0644\u0631\u0648\u0627\u064A\u0627\u062A \u0627\u0644\u0645\u0636\u0644\u0644\u0629 \u0639\u0646 \u0627\u0644\u0645\u0647\u0627\u062C\u0631\u064A\u0646 \u0641\u064A \u0627\u0644\u0646\u0642\u0627\u0634 \u0627\u0644\u0639\u0627\u0645."
  ]
};
var countries = ["EGY", "JOR", "MAR", "TUN", "LBN", "IRQ", "QAT", "OMN", "SDN", "MRT"];
var categories = ["civil-society", "academia", "private-sector", "diasporas", "migrants"];
var principles = ["people-centred", "human-rights", "gender-responsive", "child-sensitive"];
var themes = ["regular-pathways", "irregular-migration", "basic-services"];
function random(seed) {
  let state2 = seed >>> 0;
  return () => {
    state2 = state2 + 1831565813 >>> 0;
    let t = state2;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var defects = [
  "unknown-objective",
  "missing-field",
  "bad-date",
  "bidi-override",
  "unknown-category",
  "unknown-principle",
  "unknown-theme",
  "wrong-type",
  "unknown-field",
  "control-character"
];
function breakInput(input, defect) {
  const objectives2 = input.objectives;
  const first = objectives2[0] ?? {};
  switch (defect) {
    case "unknown-objective":
      first.objective = 24;
      break;
    case "missing-field":
      delete input.summary;
      break;
    case "bad-date":
      input.submittedOn = "2024-02-30";
      break;
    case "bidi-override":
      first.progress = `${String(first.progress)} \u202Egnp.exe\u202C`;
      break;
    case "unknown-category":
      input.kind = "stakeholder";
      input.submitter = { name: "A regional network", category: "think-tanks" };
      break;
    case "unknown-principle":
      input.principles = ["people-centred", "solidarity"];
      break;
    case "unknown-theme":
      input.themes = ["climate-mobility"];
      break;
    case "wrong-type":
      first.objective = "five";
      break;
    case "unknown-field":
      input.contactEmail = "focal.point@example.org";
      break;
    case "control-character":
      input.summary = `${String(input.summary)}\x07`;
      break;
  }
}
function makeCorpus(count) {
  const next = random(2024);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const paragraph = (language, length) => Array.from({ length }, () => pick(sentences[language])).join(" ");
  const encoder = new TextEncoder();
  const inputs = [];
  const valid = [];
  const defectOf = [];
  for (let index = 0; index < count; index += 1) {
    const language = pick(["ar", "en", "fr"]);
    const size = language === "ar" ? 0.6 : 1;
    const state2 = next() < 0.5;
    const objectiveNumbers = Array.from({ length: 23 }, (_, number) => number + 1).sort(() => next() - 0.5).slice(0, 5);
    const input = {
      id: `input-${index}`,
      kind: state2 ? "member-state" : "stakeholder",
      submitter: state2 ? { name: `Submitter ${index}`, country: pick(countries) } : { name: `Network ${index}`, category: pick(categories) },
      language,
      submittedOn: `2024-0${1 + Math.floor(next() * 5)}-1${Math.floor(next() * 10)}`,
      title: paragraph(language, 1).slice(0, 90),
      summary: paragraph(language, Math.round(5 * size)),
      objectives: objectiveNumbers.map((objective2) => ({
        objective: objective2,
        progress: paragraph(language, Math.round(6 * size)),
        practices: [paragraph(language, 1), paragraph(language, 1)],
        challenges: [paragraph(language, 1), paragraph(language, 1)]
      })),
      principles: [pick(principles)],
      themes: [pick(themes)],
      recommendations: Array.from({ length: 4 }, () => paragraph(language, 1)),
      publication: { consent: true, publish: next() < 0.5 }
    };
    const invalid = index % 10 === 9;
    const defect = invalid ? defects[Math.floor(index / 10) % defects.length] : void 0;
    if (defect !== void 0) breakInput(input, defect);
    inputs.push({
      path: `inputs/input-${index}.json`,
      bytes: encoder.encode(JSON.stringify(input, null, 2))
    });
    valid.push(!invalid);
    defectOf.push(defect);
  }
  return {
    review: { path: "review.yaml", bytes: encoder.encode(reviewYaml) },
    inputs,
    valid,
    defectOf
  };
}

// ../domain/src/errors.ts
var DomainErrorCode = {
  INVALID_ARGUMENT: "invalid_argument",
  UNKNOWN_ID: "unknown_id",
  INVALID_CITATION: "invalid_citation"
};
var DomainError = class extends Error {
  name = "DomainError";
  code;
  /** Machine-readable details (the argument, the value), never a sentence for end users. */
  params;
  constructor(code, message, options = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.params = options.params ?? {};
  }
};

// ../domain/src/citation.ts
var REFERENCE = /^ref:([a-z0-9]+(?:-[a-z0-9]+)*)(?: (\S.*))?$/;
var DOCUMENT = /^([A-Z]+(?:\/[A-Z0-9.]+)+)(?:,? (annex,? )?paras? (\d+)(?:\s?\(([a-z])\))?)?$/;
function parseCitation(source) {
  if (/^https?:\/\/\S+$/.test(source)) return { kind: "url", url: source };
  const reference = REFERENCE.exec(source);
  if (reference?.[1]) {
    const [, id, locator] = reference;
    return { kind: "reference", id, ...locator === void 0 ? {} : { locator } };
  }
  const match = DOCUMENT.exec(source);
  if (!match?.[1]) {
    throw new DomainError(DomainErrorCode.INVALID_CITATION, `Not a citation: ${source}`, {
      params: { source }
    });
  }
  const [, symbol, annex, paragraph, subparagraph] = match;
  return {
    kind: "document",
    symbol,
    ...paragraph === void 0 ? {} : { paragraph: Number(paragraph) },
    ...subparagraph === void 0 ? {} : { subparagraph },
    ...annex === void 0 ? {} : { annex: true }
  };
}

// ../domain/src/commission.ts
var commissionIds = ["eca", "ece", "eclac", "escap", "escwa"];
var commissionAliases = {
  arab: "escwa",
  africa: "eca",
  unece: "ece",
  europe: "ece",
  cepal: "eclac",
  lac: "eclac",
  "asia-pacific": "escap"
};
var membershipGroups = ["las", ...commissionIds];

// ../domain/src/commission-schema.ts
import { z } from "zod";
var CommissionId = z.enum(commissionIds);

// ../domain/src/provenance.ts
import { z as z2 } from "zod";
var SourceStatus = z2.enum(["official", "derived", "reported"]);
var Provenance = z2.object({
  source: z2.string().min(1),
  status: SourceStatus,
  /** For `derived` facts the rule; otherwise anything a reader must know about the source. */
  note: z2.string().min(1).optional()
});
var sourced = (value) => Provenance.extend({ value });
var disputed = (value) => Provenance.extend({
  value,
  note: z2.string().min(1),
  alternatives: z2.array(Provenance.extend({ value })).min(1)
});

// ../domain/src/data/commissions.ts
var UN_CAREERS = "https://careers.un.org/lbw/home.aspx?viewtype=VD&lang=en-US";
var NOTE = "Headquarters city from the UN careers page; country code is the ISO 3166-1 alpha-3 code of that city's country; url is the commission's own site.";
var commissions = [
  {
    id: "eca",
    acronym: "ECA",
    name: "Economic Commission for Africa",
    headquarters: { city: "Addis Ababa", country: "ETH" },
    url: "https://www.uneca.org",
    source: UN_CAREERS,
    status: "official",
    note: NOTE
  },
  {
    id: "ece",
    acronym: "ECE",
    name: "Economic Commission for Europe",
    headquarters: { city: "Geneva", country: "CHE" },
    url: "https://unece.org",
    source: UN_CAREERS,
    status: "official",
    note: `${NOTE} Also written UNECE.`
  },
  {
    id: "eclac",
    acronym: "ECLAC",
    name: "Economic Commission for Latin America and the Caribbean",
    headquarters: { city: "Santiago", country: "CHL" },
    url: "https://www.cepal.org",
    source: UN_CAREERS,
    status: "official",
    note: `${NOTE} CEPAL in Spanish.`
  },
  {
    id: "escap",
    acronym: "ESCAP",
    name: "Economic and Social Commission for Asia and the Pacific",
    headquarters: { city: "Bangkok", country: "THA" },
    url: "https://www.unescap.org",
    source: UN_CAREERS,
    status: "official",
    note: NOTE
  },
  {
    id: "escwa",
    acronym: "ESCWA",
    name: "Economic and Social Commission for Western Asia",
    headquarters: { city: "Beirut", country: "LBN" },
    url: "https://www.unescwa.org",
    source: UN_CAREERS,
    status: "official",
    note: NOTE
  }
];

// ../domain/src/data/memberships.ts
var LAS = {
  source: "http://www.nationsonline.org/oneworld/arab_league.htm",
  status: "reported"
};
var ESCWA_2021 = {
  source: "https://cepei.org/en/documents/infographic-escwa-basic-information/",
  status: "reported"
};
var ESCWA_2012 = {
  source: "http://www.escwa.un.org/main/scroll/printwhatsnew.asp?id=721&referenceNUM=advcom2712",
  status: "official"
};
var ESCWA_MRT = { source: "https://arayalmostenir.com/node/1354", status: "reported" };
var ECA = {
  source: "https://worddisk.com/wiki/Economic_Commission_for_Africa",
  status: "reported",
  note: "ECA's members are the 54 UN Member States of Africa; the list is the UN Member States in M49 region Africa."
};
var ECLAC = {
  source: "https://statementgol716.sbs/wiki/Lists_of_cities_in_Georgia_(country)",
  status: "reported",
  note: "A copy of the Wikipedia article on ECLAC, listing its 46 member States."
};
var ECE_OFFICIAL = {
  source: "https://unece.org/geographical-scope",
  status: "official"
};
var ECE_WIKI = {
  source: "http://www.hawaiilibrary.net/article/WHEBN0000037960/United%20Nations%20Economic%20Commission%20for%20Europe",
  status: "reported"
};
var ECE_WIKI_M = {
  source: "https://en.m.wikipedia.org/wiki/United_Nations_Economic_Commission_for_Europe",
  status: "reported"
};
var ESCAP_NCA = {
  source: "https://www.unescap.org/subregional-office/north-central-asia",
  status: "official"
};
var ESCAP_WIKI = {
  source: "https://detailedpedia.com/wiki-United_Nations_Economic_and_Social_Commission_for_Asia_and_the_Pacific",
  status: "reported"
};
var memberships = [
  // League of Arab States: the 22 members, with the year each was admitted.
  { group: "las", iso3: "DZA", from: 1962, ...LAS },
  { group: "las", iso3: "BHR", from: 1971, ...LAS },
  { group: "las", iso3: "COM", from: 1993, ...LAS },
  { group: "las", iso3: "DJI", from: 1977, ...LAS },
  { group: "las", iso3: "EGY", from: 1945, ...LAS },
  { group: "las", iso3: "IRQ", from: 1945, ...LAS },
  { group: "las", iso3: "JOR", from: 1945, ...LAS },
  { group: "las", iso3: "KWT", from: 1961, ...LAS },
  { group: "las", iso3: "LBN", from: 1945, ...LAS },
  { group: "las", iso3: "LBY", from: 1953, ...LAS },
  { group: "las", iso3: "MRT", from: 1973, ...LAS },
  { group: "las", iso3: "MAR", from: 1958, ...LAS },
  { group: "las", iso3: "OMN", from: 1971, ...LAS },
  {
    group: "las",
    iso3: "PSE",
    from: 1976,
    ...LAS,
    note: "Admitted as the Palestine Liberation Organization in 1976."
  },
  { group: "las", iso3: "QAT", from: 1971, ...LAS },
  { group: "las", iso3: "SAU", from: 1945, ...LAS },
  { group: "las", iso3: "SOM", from: 1974, ...LAS },
  { group: "las", iso3: "SDN", from: 1956, ...LAS },
  { group: "las", iso3: "SYR", from: 1945, ...LAS },
  { group: "las", iso3: "TUN", from: 1958, ...LAS },
  { group: "las", iso3: "ARE", from: 1971, ...LAS },
  {
    group: "las",
    iso3: "YEM",
    from: 1945,
    ...LAS,
    note: "Founding member as (North) Yemen; Southern Yemen joined in 1967."
  },
  // ESCWA: the 20 members named by Cepei (April 2021); Comoros and Djibouti were not members then.
  { group: "escwa", iso3: "BHR", ...ESCWA_2021 },
  { group: "escwa", iso3: "EGY", ...ESCWA_2021 },
  { group: "escwa", iso3: "IRQ", ...ESCWA_2021 },
  { group: "escwa", iso3: "JOR", ...ESCWA_2021 },
  { group: "escwa", iso3: "KWT", ...ESCWA_2021 },
  { group: "escwa", iso3: "LBN", ...ESCWA_2021 },
  { group: "escwa", iso3: "OMN", ...ESCWA_2021 },
  { group: "escwa", iso3: "QAT", ...ESCWA_2021 },
  { group: "escwa", iso3: "SAU", ...ESCWA_2021 },
  { group: "escwa", iso3: "SDN", ...ESCWA_2021 },
  { group: "escwa", iso3: "SYR", ...ESCWA_2021 },
  { group: "escwa", iso3: "ARE", ...ESCWA_2021 },
  { group: "escwa", iso3: "YEM", ...ESCWA_2021 },
  {
    group: "escwa",
    iso3: "PSE",
    from: 1977,
    ...ESCWA_2021,
    note: "Full member since 1977, first as the Palestine Liberation Organization (ECWA resolution 36 (IV), 26 April 1977, asked ECOSOC to admit it)."
  },
  { group: "escwa", iso3: "LBY", from: 2012, ...ESCWA_2012 },
  { group: "escwa", iso3: "MAR", from: 2012, ...ESCWA_2012 },
  { group: "escwa", iso3: "TUN", from: 2012, ...ESCWA_2012 },
  {
    group: "escwa",
    iso3: "MRT",
    from: 2015,
    ...ESCWA_MRT,
    note: "The report confirms the accession (18th member) but its excerpt carries no date; the year 2015 is from an Infogalactic copy of Wikipedia (gcm-facts.md \xA79.1)."
  },
  { group: "escwa", iso3: "DZA", from: 2020, ...ESCWA_2021 },
  { group: "escwa", iso3: "SOM", from: 2020, ...ESCWA_2021 },
  // ECA: the 54 UN Member States of Africa.
  { group: "eca", iso3: "AGO", ...ECA },
  { group: "eca", iso3: "BDI", ...ECA },
  { group: "eca", iso3: "BEN", ...ECA },
  { group: "eca", iso3: "BFA", ...ECA },
  { group: "eca", iso3: "BWA", ...ECA },
  { group: "eca", iso3: "CAF", ...ECA },
  { group: "eca", iso3: "CIV", ...ECA },
  { group: "eca", iso3: "CMR", ...ECA },
  { group: "eca", iso3: "COD", ...ECA },
  { group: "eca", iso3: "COG", ...ECA },
  { group: "eca", iso3: "COM", ...ECA },
  { group: "eca", iso3: "CPV", ...ECA },
  { group: "eca", iso3: "DJI", ...ECA },
  { group: "eca", iso3: "DZA", ...ECA },
  { group: "eca", iso3: "EGY", ...ECA },
  { group: "eca", iso3: "ERI", ...ECA },
  { group: "eca", iso3: "ETH", ...ECA },
  { group: "eca", iso3: "GAB", ...ECA },
  { group: "eca", iso3: "GHA", ...ECA },
  { group: "eca", iso3: "GIN", ...ECA },
  { group: "eca", iso3: "GMB", ...ECA },
  { group: "eca", iso3: "GNB", ...ECA },
  { group: "eca", iso3: "GNQ", ...ECA },
  { group: "eca", iso3: "KEN", ...ECA },
  { group: "eca", iso3: "LBR", ...ECA },
  { group: "eca", iso3: "LBY", ...ECA },
  { group: "eca", iso3: "LSO", ...ECA },
  { group: "eca", iso3: "MAR", ...ECA },
  { group: "eca", iso3: "MDG", ...ECA },
  { group: "eca", iso3: "MLI", ...ECA },
  { group: "eca", iso3: "MOZ", ...ECA },
  { group: "eca", iso3: "MRT", ...ECA },
  { group: "eca", iso3: "MUS", ...ECA },
  { group: "eca", iso3: "MWI", ...ECA },
  { group: "eca", iso3: "NAM", ...ECA },
  { group: "eca", iso3: "NER", ...ECA },
  { group: "eca", iso3: "NGA", ...ECA },
  { group: "eca", iso3: "RWA", ...ECA },
  { group: "eca", iso3: "SDN", ...ECA },
  { group: "eca", iso3: "SEN", ...ECA },
  { group: "eca", iso3: "SLE", ...ECA },
  { group: "eca", iso3: "SOM", ...ECA },
  { group: "eca", iso3: "SSD", ...ECA },
  { group: "eca", iso3: "STP", ...ECA },
  { group: "eca", iso3: "SWZ", ...ECA },
  { group: "eca", iso3: "SYC", ...ECA },
  { group: "eca", iso3: "TCD", ...ECA },
  { group: "eca", iso3: "TGO", ...ECA },
  { group: "eca", iso3: "TUN", ...ECA },
  { group: "eca", iso3: "TZA", ...ECA },
  { group: "eca", iso3: "UGA", ...ECA },
  { group: "eca", iso3: "ZAF", ...ECA },
  { group: "eca", iso3: "ZMB", ...ECA },
  { group: "eca", iso3: "ZWE", ...ECA },
  // ECLAC: the 33 States of Latin America and the Caribbean and the 13 members from outside the region.
  { group: "eclac", iso3: "ARG", ...ECLAC },
  { group: "eclac", iso3: "ATG", ...ECLAC },
  { group: "eclac", iso3: "BHS", ...ECLAC },
  { group: "eclac", iso3: "BLZ", ...ECLAC },
  { group: "eclac", iso3: "BOL", ...ECLAC },
  { group: "eclac", iso3: "BRA", ...ECLAC },
  { group: "eclac", iso3: "BRB", ...ECLAC },
  { group: "eclac", iso3: "CHL", ...ECLAC },
  { group: "eclac", iso3: "COL", ...ECLAC },
  { group: "eclac", iso3: "CRI", ...ECLAC },
  { group: "eclac", iso3: "CUB", ...ECLAC },
  { group: "eclac", iso3: "DMA", ...ECLAC },
  { group: "eclac", iso3: "DOM", ...ECLAC },
  { group: "eclac", iso3: "ECU", ...ECLAC },
  { group: "eclac", iso3: "GRD", ...ECLAC },
  { group: "eclac", iso3: "GTM", ...ECLAC },
  { group: "eclac", iso3: "GUY", ...ECLAC },
  { group: "eclac", iso3: "HND", ...ECLAC },
  { group: "eclac", iso3: "HTI", ...ECLAC },
  { group: "eclac", iso3: "JAM", ...ECLAC },
  { group: "eclac", iso3: "KNA", ...ECLAC },
  { group: "eclac", iso3: "LCA", ...ECLAC },
  { group: "eclac", iso3: "MEX", ...ECLAC },
  { group: "eclac", iso3: "NIC", ...ECLAC },
  { group: "eclac", iso3: "PAN", ...ECLAC },
  { group: "eclac", iso3: "PER", ...ECLAC },
  { group: "eclac", iso3: "PRY", ...ECLAC },
  { group: "eclac", iso3: "SLV", ...ECLAC },
  { group: "eclac", iso3: "SUR", ...ECLAC },
  { group: "eclac", iso3: "TTO", ...ECLAC },
  { group: "eclac", iso3: "URY", ...ECLAC },
  { group: "eclac", iso3: "VCT", ...ECLAC },
  { group: "eclac", iso3: "VEN", ...ECLAC },
  { group: "eclac", iso3: "CAN", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "DEU", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "ESP", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "FRA", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "GBR", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "ITA", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "JPN", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "KOR", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "NLD", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "NOR", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "PRT", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "TUR", ...ECLAC, note: "Member from outside the region." },
  { group: "eclac", iso3: "USA", ...ECLAC, note: "Member from outside the region." },
  // ECE (partial): States named as members by UNECE itself, then those with dates in a Wikipedia copy.
  {
    group: "ece",
    iso3: "CAN",
    from: 1973,
    ...ECE_OFFICIAL,
    note: "Year from the Wikipedia copy (9 August 1973); UNECE says only that North America took part from the start."
  },
  { group: "ece", iso3: "USA", ...ECE_OFFICIAL },
  { group: "ece", iso3: "KAZ", ...ECE_OFFICIAL },
  { group: "ece", iso3: "KGZ", ...ECE_OFFICIAL },
  { group: "ece", iso3: "TJK", ...ECE_OFFICIAL },
  { group: "ece", iso3: "TKM", ...ECE_OFFICIAL },
  { group: "ece", iso3: "UZB", ...ECE_OFFICIAL },
  { group: "ece", iso3: "ISR", from: 1991, ...ECE_OFFICIAL },
  { group: "ece", iso3: "ALB", from: 1955, ...ECE_WIKI },
  { group: "ece", iso3: "AND", from: 1993, ...ECE_WIKI },
  { group: "ece", iso3: "ARM", from: 1993, ...ECE_WIKI },
  { group: "ece", iso3: "AUT", from: 1955, ...ECE_WIKI },
  { group: "ece", iso3: "AZE", from: 1993, ...ECE_WIKI },
  { group: "ece", iso3: "BLR", from: 1947, ...ECE_WIKI },
  { group: "ece", iso3: "BEL", from: 1947, ...ECE_WIKI },
  { group: "ece", iso3: "BIH", from: 1992, ...ECE_WIKI },
  { group: "ece", iso3: "BGR", from: 1955, ...ECE_WIKI },
  { group: "ece", iso3: "HRV", from: 1992, ...ECE_WIKI },
  { group: "ece", iso3: "CYP", from: 1960, ...ECE_WIKI },
  {
    group: "ece",
    iso3: "CZE",
    from: 1947,
    ...ECE_WIKI,
    note: "The copy dates the Czech Republic from 1947, i.e. from Czechoslovakia."
  },
  { group: "ece", iso3: "DNK", from: 1947, ...ECE_WIKI },
  { group: "ece", iso3: "EST", from: 1991, ...ECE_WIKI },
  { group: "ece", iso3: "FIN", from: 1955, ...ECE_WIKI },
  { group: "ece", iso3: "MKD", from: 1993, ...ECE_WIKI },
  { group: "ece", iso3: "FRA", from: 1947, ...ECE_WIKI },
  { group: "ece", iso3: "GEO", ...ECE_WIKI_M },
  { group: "ece", iso3: "RUS", ...ECE_WIKI_M },
  { group: "ece", iso3: "TUR", ...ECE_WIKI_M },
  // ESCAP (partial): North and Central Asia as dated by ESCAP itself, then the four members from outside the region.
  {
    group: "escap",
    iso3: "RUS",
    from: 1947,
    ...ESCAP_NCA,
    note: "Continues the membership of the USSR (28 March 1947)."
  },
  { group: "escap", iso3: "AZE", from: 1992, ...ESCAP_NCA },
  { group: "escap", iso3: "KAZ", from: 1992, ...ESCAP_NCA },
  { group: "escap", iso3: "KGZ", from: 1992, ...ESCAP_NCA },
  { group: "escap", iso3: "TJK", from: 1992, ...ESCAP_NCA },
  { group: "escap", iso3: "TKM", from: 1992, ...ESCAP_NCA },
  { group: "escap", iso3: "UZB", from: 1992, ...ESCAP_NCA },
  { group: "escap", iso3: "ARM", from: 1994, ...ESCAP_NCA },
  { group: "escap", iso3: "GEO", from: 2e3, ...ESCAP_NCA },
  { group: "escap", iso3: "FRA", ...ESCAP_WIKI },
  { group: "escap", iso3: "NLD", ...ESCAP_WIKI },
  { group: "escap", iso3: "GBR", ...ESCAP_WIKI },
  { group: "escap", iso3: "USA", ...ESCAP_WIKI }
];
var membershipCoverage = [
  {
    group: "las",
    coverage: "complete",
    ...LAS,
    note: "Suspensions (Egypt 1979-1989, Syrian Arab Republic from 2011) are not modelled.",
    memberCount: {
      value: 22,
      source: "http://www.medea.be/en/countries/arab-world-general/league-of-arab-states/",
      status: "reported"
    }
  },
  {
    group: "escwa",
    coverage: "complete",
    ...ESCWA_2021,
    note: "Complete as of April 2021. A 21st member reported later is not named by any source seen, so it is not listed.",
    memberCount: {
      value: 20,
      ...ESCWA_2021,
      note: "Default: the count the package can name member by member (Cepei, 9 April 2021: Algeria and Somalia the last to join, in 2020; Comoros and Djibouti not members). Later copies of Wikipedia say 21 without naming the 21st.",
      alternatives: [
        {
          value: 21,
          source: "https://friendlywiki.com/article/index.php?title=United_Nations_Economic_and_Social_Commission_for_Western_Asia",
          status: "reported",
          note: "Cites ESCWA's own list of member countries (escwamss.pdf), which was not seen."
        }
      ]
    }
  },
  {
    group: "eca",
    coverage: "complete",
    ...ECA,
    memberCount: { value: 54, ...ECA }
  },
  {
    group: "eclac",
    coverage: "complete",
    ...ECLAC,
    note: "The 14 associate members (non-independent territories) are not States and are not listed.",
    memberCount: {
      value: 46,
      source: "https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/CEPAL",
      status: "reported",
      note: "20 in Latin America, 13 in the Caribbean and 13 from outside the region."
    }
  },
  {
    group: "ece",
    coverage: "partial",
    ...ECE_OFFICIAL,
    note: "Only the members named by UNECE and those seen in the excerpts of Wikipedia copies are listed.",
    memberCount: { value: 56, ...ECE_OFFICIAL }
  },
  {
    group: "escap",
    coverage: "partial",
    ...ESCAP_NCA,
    note: "Only North and Central Asia and the members from outside the region are listed; the 9 associate members are territories.",
    memberCount: { value: 53, ...ESCAP_WIKI }
  }
];

// ../domain/src/data/objectives.ts
var PARA_16 = "A/RES/73/195 para 16";
var HUB = "https://migrationnetwork.un.org/hub?gcm_objectives=279";
var HUB_NOTE = "The UN Network on Migration's own label, not text of A/RES/73/195.";
var NOT_IN_PRINT = "Title not seen in the official print (the para 16 list for objectives 1-11 on PDF p.6 was not in the excerpts read); kept official because";
var objectives = [
  {
    number: 1,
    id: "data",
    title: "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
    paragraph: 17,
    roundTable: 4,
    shortName: { value: "Data", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official",
    note: "Seen as the body heading before para 17 in the official print (PDF p.7); the para 16 list entry on p.6 was not in the excerpt read."
  },
  {
    number: 2,
    id: "minimize-adverse-drivers",
    title: "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
    paragraph: 18,
    roundTable: 1,
    shortName: {
      value: "Minimize adverse drivers",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    source: PARA_16,
    status: "official",
    note: "Seen as the body heading before para 18 in the official print (PDF p.9, per the project's reference notes); the para 16 list entry was not seen."
  },
  {
    number: 3,
    id: "information-provision",
    title: "Provide accurate and timely information at all stages of migration",
    paragraph: 19,
    roundTable: 4,
    shortName: { value: "Information provision", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official",
    note: `${NOT_IN_PRINT} https://migrationnetwork.un.org/taxonomy/term/281 quotes it with para 19 and https://emm.iom.int/handbooks/gcm lists it identically.`
  },
  {
    number: 4,
    id: "legal-identity-and-documentation",
    title: "Ensure that all migrants have proof of legal identity and adequate documentation",
    paragraph: 20,
    roundTable: 2,
    shortName: {
      value: "Legal identity and documentation",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    source: PARA_16,
    status: "official",
    note: `${NOT_IN_PRINT} https://migrationnetwork.un.org/taxonomy/term/282 quotes it with para 20 and https://emm.iom.int/handbooks/gcm lists it identically.`
  },
  {
    number: 5,
    id: "regular-pathways",
    title: "Enhance availability and flexibility of pathways for regular migration",
    paragraph: 21,
    roundTable: 1,
    shortName: { value: "Regular pathways", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official",
    note: `${NOT_IN_PRINT} https://migrationnetwork.un.org/taxonomy/term/283 quotes it with the para 21 commitment and https://emm.iom.int/handbooks/gcm lists it identically.`
  },
  {
    number: 6,
    id: "recruitment-and-decent-work",
    title: "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
    paragraph: 22,
    roundTable: 1,
    shortName: {
      value: "Recruitment and decent work",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    source: PARA_16,
    status: "official",
    note: `${NOT_IN_PRINT} https://emm.iom.int/handbooks/gcm (IOM) lists it as the official title and https://www.humanmovement.cam.ac.uk/news/gcm-06 quotes it identically.`
  },
  {
    number: 7,
    id: "reduce-vulnerabilities",
    title: "Address and reduce vulnerabilities in migration",
    paragraph: 23,
    roundTable: 4,
    shortName: { value: "Reduce vulnerabilities", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official",
    note: `${NOT_IN_PRINT} https://migrationnetwork.un.org/taxonomy/term/285 quotes it with para 23 and https://emm.iom.int/handbooks/gcm lists it identically.`
  },
  {
    number: 8,
    id: "save-lives",
    title: "Save lives and establish coordinated international efforts on missing migrants",
    paragraph: 24,
    roundTable: 2,
    shortName: { value: "Save lives", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official",
    note: `${NOT_IN_PRINT} https://emm.iom.int/handbooks/gcm (IOM) and https://lac.iom.int/en/objective-8-save-lives-and-establish-coordinated-international-efforts-missing-migrants list it identically.`
  },
  {
    number: 9,
    id: "counter-smuggling",
    title: "Strengthen the transnational response to smuggling of migrants",
    paragraph: 25,
    roundTable: 2,
    shortName: { value: "Counter smuggling", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official",
    note: `${NOT_IN_PRINT} https://migrationnetwork.un.org/taxonomy/term/detail/287?type=video quotes it with the para 25 commitment, whose text matches the official print (PDF p.18).`
  },
  {
    number: 10,
    id: "eradicate-trafficking",
    title: "Prevent, combat and eradicate trafficking in persons in the context of international migration",
    paragraph: 26,
    roundTable: 2,
    shortName: { value: "Eradicate trafficking", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official",
    note: `${NOT_IN_PRINT} https://migrationnetwork.un.org/taxonomy/term/288 quotes it with para 26.`
  },
  {
    number: 11,
    id: "manage-borders",
    title: "Manage borders in an integrated, secure and coordinated manner",
    paragraph: 27,
    roundTable: 2,
    shortName: { value: "Manage borders", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official",
    note: `${NOT_IN_PRINT} https://migrationnetwork.un.org/taxonomy/term/289 quotes it with para 27.`
  },
  {
    number: 12,
    id: "screening-and-referral",
    title: "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
    paragraph: 28,
    roundTable: 1,
    shortName: { value: "Screening and referral", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official"
  },
  {
    number: 13,
    id: "alternatives-to-detention",
    title: "Use migration detention only as a measure of last resort and work towards alternatives",
    paragraph: 29,
    roundTable: 2,
    shortName: {
      value: "Alternatives to detention",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    variants: [
      {
        value: "Use immigration detention only as a measure of last resort and work towards alternatives",
        source: "https://migrationnetwork.un.org/taxonomy/term/291",
        status: "reported",
        note: "Wording of the Network's English page and of texts quoting the Marrakech draft; the para 16 list of the official print says 'migration detention'."
      }
    ],
    source: PARA_16,
    status: "official"
  },
  {
    number: 14,
    id: "consular-protection",
    title: "Enhance consular protection, assistance and cooperation throughout the migration cycle",
    paragraph: 30,
    roundTable: 3,
    shortName: { value: "Consular protection", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official"
  },
  {
    number: 15,
    id: "access-to-basic-services",
    title: "Provide access to basic services for migrants",
    paragraph: 31,
    roundTable: 3,
    shortName: {
      value: "Access to basic services",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    source: PARA_16,
    status: "official"
  },
  {
    number: 16,
    id: "inclusion-and-social-cohesion",
    title: "Empower migrants and societies to realize full inclusion and social cohesion",
    paragraph: 32,
    roundTable: 3,
    shortName: {
      value: "Inclusion and social cohesion",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    source: PARA_16,
    status: "official"
  },
  {
    number: 17,
    id: "eliminate-discrimination",
    title: "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
    paragraph: 33,
    roundTable: 4,
    shortName: {
      value: "Eliminate discrimination",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    source: PARA_16,
    status: "official",
    note: "The text extracted from the official PDF reads 'evidence -based'; the stray space is an extraction artefact."
  },
  {
    number: 18,
    id: "skills-development-and-recognition",
    title: "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
    paragraph: 34,
    roundTable: 1,
    shortName: {
      value: "Skills development and recognition",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    source: PARA_16,
    status: "official"
  },
  {
    number: 19,
    id: "migrant-and-diaspora-contributions",
    title: "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
    paragraph: 35,
    roundTable: 3,
    shortName: {
      value: "Migrant and diaspora contributions",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    source: PARA_16,
    status: "official"
  },
  {
    number: 20,
    id: "remittances",
    title: "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
    paragraph: 36,
    roundTable: 3,
    shortName: { value: "Remittances", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official"
  },
  {
    number: 21,
    id: "dignified-return-and-reintegration",
    title: "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
    paragraph: 37,
    roundTable: 2,
    shortName: {
      value: "Dignified return and reintegration",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    variants: [
      {
        value: "Cooperate in facilitating dignified return and readmission, as well as sustainable reintegration",
        source: "https://migrationnetwork.un.org/zh-hant/taxonomy/term/detail/299",
        status: "reported",
        note: "A Network English page drops 'safe'; the para 16 list of the official print has 'safe and dignified'."
      }
    ],
    source: PARA_16,
    status: "official"
  },
  {
    number: 22,
    id: "social-protection",
    title: "Establish mechanisms for the portability of social security entitlements and earned benefits",
    paragraph: 38,
    roundTable: 3,
    shortName: { value: "Social protection", source: HUB, status: "official", note: HUB_NOTE },
    source: PARA_16,
    status: "official"
  },
  {
    number: 23,
    id: "international-cooperation",
    title: "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
    paragraph: 39,
    roundTable: 4,
    shortName: {
      value: "International cooperation",
      source: HUB,
      status: "official",
      note: HUB_NOTE
    },
    source: PARA_16,
    status: "official"
  }
];

// ../domain/src/data/principles.ts
var PD_NOTE = "Heading not seen in the official print; the ten names in this order are reaffirmed in Progress Declaration para 3 (final text, https://ft.dk/samling/20211/almdel/UUI/bilag/97/2577508/index.htm)";
var guidingPrinciples = [
  {
    letter: "a",
    id: "people-centred",
    name: "People-centred",
    paragraph: 15,
    source: "A/RES/73/195 para 15(a)",
    status: "official"
  },
  {
    letter: "b",
    id: "international-cooperation",
    name: "International cooperation",
    paragraph: 15,
    source: "A/RES/73/195 para 15(b)",
    status: "official"
  },
  {
    letter: "c",
    id: "national-sovereignty",
    name: "National sovereignty",
    paragraph: 15,
    source: "A/RES/73/195 para 15(c)",
    status: "official"
  },
  {
    letter: "d",
    id: "rule-of-law-and-due-process",
    name: "Rule of law and due process",
    paragraph: 15,
    source: "A/RES/73/195 para 15(d)",
    status: "official"
  },
  {
    letter: "e",
    id: "sustainable-development",
    name: "Sustainable development",
    paragraph: 15,
    source: "A/RES/73/195 para 15(e)",
    status: "official",
    note: `${PD_NOTE}; https://migrationnetwork.un.org/taxonomy/term/740 quotes the subparagraph under this name.`
  },
  {
    letter: "f",
    id: "human-rights",
    name: "Human rights",
    paragraph: 15,
    source: "A/RES/73/195 para 15(f)",
    status: "official",
    note: `${PD_NOTE}.`
  },
  {
    letter: "g",
    id: "gender-responsive",
    name: "Gender-responsive",
    paragraph: 15,
    source: "A/RES/73/195 para 15(g)",
    status: "official",
    note: "Only the end of (g) is on PDF p.6; https://migrationnetwork.un.org/taxonomy/term/258 quotes '(g) Gender-responsive.' with its text."
  },
  {
    letter: "h",
    id: "child-sensitive",
    name: "Child-sensitive",
    paragraph: 15,
    source: "A/RES/73/195 para 15(h)",
    status: "official"
  },
  {
    letter: "i",
    id: "whole-of-government-approach",
    name: "Whole-of-government approach",
    paragraph: 15,
    source: "A/RES/73/195 para 15(i)",
    status: "official"
  },
  {
    letter: "j",
    id: "whole-of-society-approach",
    name: "Whole-of-society approach",
    paragraph: 15,
    source: "A/RES/73/195 para 15(j)",
    status: "official"
  }
];

// ../domain/src/data/reviews.ts
var CONCEPT_NOTE = "ref:escwa-2024-concept-note";
var TRANSLATION_NOTE = "English rendering by the project of the Arabic concept note; not an official translation.";
var NETWORK_FRAMEWORK = "https://migrationnetwork.un.org/regional-reviews-2024";
var NETWORK_SITE = "https://migrationnetwork.un.org/";
var ECA_2021 = "https://uneca.org/stories/media-advisory-africa-regional-review-of-the-implementation-of-the-global-compact-for";
var ECA_2024 = "https://migrationnetwork.un.org/africa-holds-second-review-conference-global-compact-safe-orderly-and-regular-migration-ethiopia";
var ECE_2020 = "https://migrationnetwork.un.org/unece-region-hold-first-regional-review-global-compact-safe-orderly-and-regular-migration";
var ECE_2024 = "https://indico.un.org/event/1007071/overview";
var ECE_2024_PAGE = "https://migrationnetwork.un.org/zh-hant/node/18441";
var ECLAC_2021 = "https://pactomigracion.cepal.org/en/event-information";
var ECLAC_2025 = "https://pactomigracion.cepal.org/2/en/background";
var ECLAC_2025_CLOSING = "https://pactomigracion.cepal.org/2/es/print/84";
var ESCAP_2021 = "ESCAP/GCM/2021/CRP.1";
var ESCAP_2021_IOM = "https://australia.iom.int/news/first-regional-review-global-compact-safe-orderly-and-regular-migration-asia-pacific-concludes";
var ESCAP_2020_CONSULTATION = "https://migrationnetwork.un.org/asia-pacific-stakeholders-discuss-border-governance-and-migrant-protection-during-consultation";
var ESCAP_2020_PLAN = "https://www.apcom.org/get-involve-with-escap-and-the-regional-united-nations-network-on-migration-for-asia-and-the-pacific/";
var ESCAP_2025 = "https://vietnamnews.vn/politics-laws/1691780/viet-nam-actively-contributes-to-gcm-review-conference.html";
var ESCWA_20212 = "https://www.unescwa.org/events/first-regional-review-global-compact-safe-orderly-and-regular-migration-arab-region";
var ESCWA_2021_CONFERENCE = "https://archive.unescwa.org/events/regional-review-conference-global-compact-safe-orderly-and-regular-migration-arab-region";
var ESCWA_2021_ISCM = "https://stage-unescwa.unescwa.org/events/dialogue-inter-state-consultation-mechanisms-gcm-regional-review-arab-region";
var ESCWA_2021_PARLIAMENTS = "https://archive.unescwa.org/events/arab-parliaments-dialogue-regional-review-global-compact-safe-orderly-and-regular-migration";
var IOM_MENA_SITREP = "https://reliefweb.int/report/yemen/iom-regional-office-middle-east-and-north-africa-covid-19-response-situation-report-20";
var ESCWA_2024_RELEASE = "https://miragenews.com/arab-region-hosts-2nd-global-migration-compact-1269423";
var ARAB_DIALOGUE_PARTICIPANTS = [
  "civil-society",
  "migrant-diaspora-organizations",
  "local-authorities-and-communities",
  "private-sector",
  "employers-organizations",
  "trade-unions",
  "national-human-rights-institutions",
  "red-cross-red-crescent",
  "academia",
  "other-stakeholders"
];
var ARAB_CONFERENCE_PARTICIPANTS = [
  "migrants",
  "civil-society",
  "migrant-diaspora-organizations",
  "local-authorities-and-communities",
  "private-sector",
  "trade-unions",
  "parliamentarians",
  "faith-based-organizations",
  "national-human-rights-institutions",
  "red-cross-red-crescent",
  "academia",
  "media",
  "other-stakeholders"
];
var SIX_PRIORITY_AREAS = {
  expected: {
    value: 6,
    source: CONCEPT_NOTE,
    status: "official",
    note: "Six priority areas identified in the first regional review (section C); also in the ESCWA/IOM release of 4 July 2024."
  },
  // Only a secondary source lists five of the six, without official labels; none are recorded until one is found.
  known: [],
  complete: false
};
var NO_THEMES = { known: [], complete: false };
var entries = [
  {
    id: "eca-1",
    region: "eca",
    round: 1,
    title: "Africa Regional Review of the Implementation of the Global Compact for Safe, Orderly and Regular Migration",
    organizers: [
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "organizer",
        source: ECA_2021,
        status: "official"
      },
      {
        id: "eca",
        name: "Economic Commission for Africa",
        role: "organizer",
        source: ECA_2021,
        status: "official"
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ECA_2021,
        status: "official"
      },
      {
        id: "auc",
        name: "African Union Commission",
        role: "partner",
        source: ECA_2021,
        status: "official"
      },
      {
        id: "morocco",
        name: "Kingdom of Morocco",
        role: "host",
        source: ECA_2021,
        status: "official"
      }
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "side-events-2021-08-26",
        kind: "side-event",
        title: "Eight side events",
        start: "2021-08-26",
        end: "2021-08-26",
        modality: "virtual",
        source: ECA_2021,
        status: "official"
      },
      {
        id: "multi-stakeholder-consultation-2021-08-27",
        kind: "consultation",
        title: "Multi-stakeholder consultation",
        start: "2021-08-27",
        end: "2021-08-27",
        modality: "virtual",
        source: ECA_2021,
        status: "official"
      },
      {
        id: "conference-2021",
        kind: "conference",
        title: "Africa Regional Review Conference",
        start: "2021-08-31",
        end: "2021-09-01",
        modality: "virtual",
        organizers: ["un-network-on-migration", "eca", "iom"],
        source: ECA_2021,
        status: "official"
      }
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECA_2021,
    status: "official",
    note: "The ECA concept note of September 2020 (https://docslib.org/doc/964264/economic-commission-for-africa-regional-review-of-implementation-of-the-global-compact-for-safe-orderly-and-regular-migration) planned the review for March 2021; it was held on the dates given here."
  },
  {
    id: "eca-2",
    region: "eca",
    round: 2,
    title: "Second Regional Review of the Global Compact for Safe, Orderly and Regular Migration in Africa",
    organizers: [
      {
        id: "eca",
        name: "Economic Commission for Africa",
        role: "organizer",
        source: ECA_2024,
        status: "official"
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ECA_2024,
        status: "official",
        note: "As Coordinator of the United Nations Network on Migration."
      },
      {
        id: "auc",
        name: "African Union Commission",
        role: "collaborator",
        source: ECA_2024,
        status: "official"
      }
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "multi-stakeholder-hearing-2024-10-08",
        kind: "hearing",
        title: "Multi-stakeholder Hearing",
        start: "2024-10-08",
        end: "2024-10-08",
        venue: { city: "Addis Ababa", country: "ETH" },
        source: ECA_2024,
        status: "official"
      },
      {
        id: "conference-2024",
        kind: "conference",
        title: "Intergovernmental Conference",
        start: "2024-10-09",
        end: "2024-10-10",
        venue: { city: "Addis Ababa", country: "ETH" },
        organizers: ["eca", "iom"],
        source: ECA_2024,
        status: "official",
        note: "Four thematic round tables covering all GCM objectives."
      }
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECA_2024,
    status: "official"
  },
  {
    id: "ece-1",
    region: "ece",
    round: 1,
    title: "First Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the UNECE Region",
    organizers: [
      {
        id: "ece",
        name: "Economic Commission for Europe",
        role: "organizer",
        source: ECE_2020,
        status: "derived",
        note: "The release names the UNECE region and Network support only; the regional commission convenes its region's review under A/RES/73/195 para 50."
      },
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "supporter",
        source: ECE_2020,
        status: "official"
      }
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "multi-stakeholder-consultation-2020-11-09",
        kind: "consultation",
        title: "Informal multi-stakeholder consultation",
        start: "2020-11-09",
        end: "2020-11-09",
        modality: "virtual",
        participants: [
          "migrants",
          "diasporas",
          "local-communities",
          "civil-society",
          "faith-based-organizations",
          "academia",
          "private-sector",
          "parliamentarians",
          "trade-unions",
          "national-human-rights-institutions",
          "media",
          "children-and-youth"
        ],
        source: ECE_2020,
        status: "official",
        note: "Virtual per https://migrationnetwork.un.org/over-100-organizations-participate-first-multi-stakeholder-consultation-regional-reviews."
      },
      {
        id: "conference-2020",
        kind: "conference",
        title: "Intergovernmental regional review",
        start: "2020-11-12",
        end: "2020-11-13",
        modality: "virtual",
        source: ECE_2020,
        status: "official",
        note: "Four thematic round tables."
      }
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECE_2020,
    status: "official"
  },
  {
    id: "ece-2",
    region: "ece",
    round: 2,
    title: "GCM Regional Review for the ECE Region",
    organizers: [
      {
        id: "ece",
        name: "Economic Commission for Europe",
        role: "organizer",
        source: NETWORK_FRAMEWORK,
        status: "official",
        note: "The Network framework for round 2: each regional commission organizes its region's culminating meeting with the Network's support."
      },
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "supporter",
        source: NETWORK_FRAMEWORK,
        status: "official"
      },
      {
        id: "moldova",
        name: "Republic of Moldova",
        role: "chair",
        source: ECE_2024_PAGE,
        status: "official"
      },
      { id: "spain", name: "Spain", role: "chair", source: ECE_2024_PAGE, status: "official" }
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "stakeholder-hearing-2024-03-11",
        kind: "hearing",
        title: "Stakeholder Hearing",
        start: "2024-03-11",
        end: "2024-03-11",
        venue: { name: "Palais des Nations", city: "Geneva", country: "CHE" },
        source: ECE_2024,
        status: "official"
      },
      {
        id: "conference-2024",
        kind: "conference",
        title: "Intergovernmental Conference",
        start: "2024-03-11",
        end: "2024-03-11",
        venue: { name: "Palais des Nations", city: "Geneva", country: "CHE" },
        source: ECE_2024,
        status: "official",
        note: "Held back to back with the Regional Forum on Sustainable Development for the UNECE Region (13-14 March 2024)."
      }
    ],
    sessions: [],
    inputs: [
      {
        id: "written-inputs",
        kind: "written-input",
        description: "Written inputs to the GCM Regional Review, published on the Network's UNECE regional page.",
        publishedAt: ECE_2024_PAGE,
        source: ECE_2024_PAGE,
        status: "official"
      }
    ],
    outputs: [
      {
        id: "chairs-summary",
        kind: "chair-summary",
        description: "The co-chairs' summary of the event, to inform the 2026 International Migration Review Forum.",
        source: ECE_2024_PAGE,
        status: "official"
      }
    ],
    milestones: [],
    phase: "concluded",
    source: ECE_2024,
    status: "official"
  },
  {
    id: "eclac-1",
    region: "eclac",
    round: 1,
    title: "Regional review meeting of the implementation of the Global Compact for Safe, Orderly and Regular Migration in Latin America and the Caribbean",
    organizers: [
      {
        id: "eclac",
        name: "Economic Commission for Latin America and the Caribbean",
        role: "organizer",
        source: ECLAC_2021,
        status: "official"
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ECLAC_2021,
        status: "official",
        note: "As Coordinator of the United Nations Network on Migration."
      },
      {
        id: "unnm-lac",
        name: "Regional United Nations Network on Migration for Latin America and the Caribbean",
        role: "supporter",
        source: ECLAC_2021,
        status: "official"
      }
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "consultation-processes-2021-04-12",
        kind: "consultation",
        title: "Consultation of subregional, regional and interregional processes, platforms and organizations",
        start: "2021-04-12",
        end: "2021-04-12",
        source: ECLAC_2021,
        status: "official",
        note: "The page gives day and month; the year 2021 is from https://pactomigracion.cepal.org/2/en/background."
      },
      {
        id: "consultation-stakeholders-2021-04-13",
        kind: "consultation",
        title: "Consultation with civil society and other stakeholders",
        start: "2021-04-13",
        end: "2021-04-15",
        participants: ["civil-society", "other-stakeholders"],
        source: ECLAC_2021,
        status: "official"
      },
      {
        id: "conference-2021",
        kind: "conference",
        title: "Regional review meeting",
        start: "2021-04-26",
        end: "2021-04-28",
        modality: "virtual",
        organizers: ["eclac", "iom"],
        source: ECLAC_2021,
        status: "official"
      }
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECLAC_2021,
    status: "official"
  },
  {
    id: "eclac-2",
    region: "eclac",
    round: 2,
    title: "Second Regional Review Meeting of the Global Compact for Safe, Orderly and Regular Migration in Latin America and the Caribbean",
    organizers: [
      {
        id: "eclac",
        name: "Economic Commission for Latin America and the Caribbean",
        role: "organizer",
        source: ECLAC_2025,
        status: "official"
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ECLAC_2025,
        status: "official"
      },
      {
        id: "unnm-lac",
        name: "Regional United Nations Network on Migration for Latin America and the Caribbean",
        role: "supporter",
        source: ECLAC_2025,
        status: "official"
      },
      {
        id: "costa-rica",
        name: "Costa Rica",
        role: "chair",
        source: ECLAC_2025_CLOSING,
        status: "official",
        note: "Held the presidency of the regional meeting."
      }
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "multi-stakeholder-hearing-2025-03-18",
        kind: "hearing",
        title: "Interactive multi-stakeholder hearing",
        start: "2025-03-18",
        end: "2025-03-18",
        venue: { name: "ECLAC headquarters", city: "Santiago", country: "CHL" },
        source: ECLAC_2025,
        status: "official"
      },
      {
        id: "conference-2025",
        kind: "conference",
        title: "Intergovernmental Conference",
        start: "2025-03-19",
        end: "2025-03-20",
        venue: { name: "ECLAC headquarters", city: "Santiago", country: "CHL" },
        organizers: ["eclac", "iom"],
        source: ECLAC_2025,
        status: "official"
      }
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECLAC_2025,
    status: "official"
  },
  {
    id: "escap-1",
    region: "escap",
    round: 1,
    title: "Asia-Pacific Regional Review of Implementation of the Global Compact for Safe, Orderly and Regular Migration",
    organizers: [
      {
        id: "escap",
        name: "Economic and Social Commission for Asia and the Pacific",
        role: "organizer",
        source: ESCAP_2021_IOM,
        status: "official"
      },
      {
        id: "regional-un-network-asia-pacific",
        name: "Regional United Nations Network on Migration for Asia and the Pacific",
        role: "organizer",
        source: ESCAP_2021_IOM,
        status: "official",
        note: "IOM release; IOM coordinates the Network. ESCAP is itself a member of the regional Network."
      }
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "stakeholder-consultation-2020-10-28",
        kind: "consultation",
        title: "Stakeholder consultation 1: Ensuring that migration is voluntary, orderly and regular",
        start: "2020-10-28",
        end: "2020-10-28",
        source: ESCAP_2020_PLAN,
        status: "reported",
        note: "Date as planned in October 2020; first of four consultations following the A/RES/73/326 round tables."
      },
      {
        id: "stakeholder-consultation-2020-11-19",
        kind: "consultation",
        title: "Stakeholder consultation 2: Protecting migrants through rights-based border governance measures",
        start: "2020-11-19",
        end: "2020-11-19",
        modality: "virtual",
        source: ESCAP_2020_CONSULTATION,
        status: "official",
        note: "The release gives day and month; the year is from the consultation plan at https://www.apcom.org/get-involve-with-escap-and-the-regional-united-nations-network-on-migration-for-asia-and-the-pacific/."
      },
      {
        id: "stakeholder-consultation-2020-12-09",
        kind: "consultation",
        title: "Stakeholder consultation 3",
        start: "2020-12-09",
        end: "2020-12-09",
        source: ESCAP_2020_PLAN,
        status: "reported",
        note: "Date as planned in October 2020; its theme is not in the excerpt read. The fourth consultation's date was not found."
      },
      {
        id: "conference-2021",
        kind: "conference",
        title: "Asia-Pacific Regional Review of Implementation of the Global Compact",
        start: "2021-03-10",
        end: "2021-03-12",
        venue: { city: "Bangkok", country: "THA" },
        organizers: ["escap", "regional-un-network-asia-pacific"],
        source: ESCAP_2021,
        status: "official"
      }
    ],
    sessions: [],
    inputs: [
      {
        id: "voluntary-reviews",
        kind: "survey",
        description: "Voluntary national Global Compact reviews (surveys) by ESCAP member States, synthesized for the review; 21 had responded by 20 February 2021.",
        from: ["ESCAP member States"],
        source: ESCAP_2021,
        status: "official"
      }
    ],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ESCAP_2021,
    status: "official"
  },
  {
    id: "escap-2",
    region: "escap",
    round: 2,
    title: "Second Asia-Pacific Regional Review of the Global Compact for Safe, Orderly and Regular Migration",
    organizers: [
      {
        id: "escap",
        name: "Economic and Social Commission for Asia and the Pacific",
        role: "organizer",
        source: ESCAP_2025,
        status: "reported"
      },
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "organizer",
        source: ESCAP_2025,
        status: "reported"
      }
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "conference-2025",
        kind: "conference",
        title: "Second Asia-Pacific Regional Review",
        start: "2025-02-04",
        end: "2025-02-06",
        venue: { city: "Bangkok", country: "THA" },
        source: ESCAP_2025,
        status: "reported",
        note: "Vietnam News (VNA); no ESCAP or Network page for these dates was found."
      }
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ESCAP_2025,
    status: "reported"
  },
  {
    id: "escwa-1",
    region: "escwa",
    round: 1,
    title: "First Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region",
    organizers: [
      {
        id: "escwa",
        name: "Economic and Social Commission for Western Asia",
        role: "organizer",
        source: ESCWA_20212,
        status: "official"
      },
      {
        id: "las",
        name: "League of Arab States",
        role: "organizer",
        source: ESCWA_20212,
        status: "official"
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ESCWA_20212,
        status: "official"
      },
      {
        id: "regional-un-network-arab-region",
        name: "Regional United Nations Network on Migration in the Arab Region",
        role: "collaborator",
        source: ESCWA_20212,
        status: "official"
      },
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "supporter",
        source: ESCWA_20212,
        status: "official"
      }
    ],
    objectives: [
      {
        id: "first-assessment",
        text: "Allow governments to undertake a first assessment of progress made in implementing the GCM within the Arab region, with the participation of all relevant stakeholders.",
        language: "en",
        source: ESCWA_20212,
        status: "official"
      },
      {
        id: "challenges-and-priorities",
        text: "Highlight challenges and opportunities, identify gaps, discuss regional priorities, trends and approaches, and highlight the resources required to implement the GCM.",
        language: "en",
        source: ESCWA_20212,
        status: "official"
      },
      {
        id: "common-platform",
        text: "Provide a common platform for interaction between all relevant stakeholders and exchange lessons learned and good practices.",
        language: "en",
        source: ESCWA_20212,
        status: "official"
      },
      {
        id: "other-processes",
        text: "Take stock of inputs from other regional review processes, including those organized by regional consultative processes and civil society.",
        language: "en",
        source: ESCWA_20212,
        status: "official"
      },
      {
        id: "findings-for-imrf-2022",
        text: "Facilitate the formulation of key findings and recommendations to inform the 2022 International Migration Review Forum.",
        language: "en",
        source: ESCWA_20212,
        status: "official"
      }
    ],
    themes: {
      ...SIX_PRIORITY_AREAS,
      expected: {
        value: 6,
        source: ESCWA_2024_RELEASE,
        status: "reported",
        note: "ESCWA/IOM release of 4 July 2024 (mirror): six priority areas identified by member States in the first review; the list is cut off in every copy found. The concept note of the second review says the same."
      }
    },
    events: [
      {
        id: "iscm-dialogue-2021-01-28",
        kind: "dialogue",
        title: "Dialogue with Inter-State Consultation Mechanisms on the GCM Regional Review in the Arab Region",
        start: "2021-01-28",
        end: "2021-01-28",
        modality: "virtual",
        organizers: ["iom", "escwa"],
        source: ESCWA_2021_ISCM,
        status: "official"
      },
      {
        id: "parliaments-dialogue-2021-02-04",
        kind: "dialogue",
        title: "Arab Parliaments Dialogue on the Regional Review of the GCM in the Arab Region",
        start: "2021-02-04",
        end: "2021-02-04",
        modality: "virtual",
        organizers: ["escwa", "iom"],
        participants: ["parliamentarians"],
        source: ESCWA_2021_PARLIAMENTS,
        status: "official"
      },
      {
        id: "multi-stakeholder-consultation-2021-02-23",
        kind: "consultation",
        title: "Multi-stakeholder consultation",
        start: "2021-02-23",
        end: "2021-02-23",
        organizers: ["iom", "escwa"],
        source: IOM_MENA_SITREP,
        status: "official",
        note: "IOM MENA situation report as republished by ReliefWeb; over 300 participants registered per https://migrationnetwork.un.org/arab-region-multi-stakeholder-consultation-held-preparation-regional-review-global-compact-safe."
      },
      {
        id: "conference-2021",
        kind: "conference",
        title: "Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region",
        start: "2021-02-24",
        end: "2021-02-25",
        modality: "virtual",
        organizers: ["iom", "escwa", "las"],
        participants: ARAB_CONFERENCE_PARTICIPANTS,
        source: ESCWA_2021_CONFERENCE,
        status: "official"
      }
    ],
    sessions: [],
    inputs: [
      {
        id: "voluntary-national-reports",
        kind: "national-report",
        description: "GCM Voluntary National Reports presented by Member States at the conference.",
        from: ["Member States"],
        source: IOM_MENA_SITREP,
        status: "official"
      }
    ],
    outputs: [
      {
        id: "conference-key-messages",
        kind: "key-messages",
        description: "Conference key messages, presented by Iraq's Deputy Minister of Migration and Displacement.",
        source: IOM_MENA_SITREP,
        status: "official"
      }
    ],
    milestones: [],
    phase: "concluded",
    source: ESCWA_20212,
    status: "official",
    note: "An event series from 25 June 2020 to 25 February 2021."
  },
  {
    id: "escwa-2",
    region: "escwa",
    round: 2,
    title: "Second Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region",
    organizers: [
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "escwa",
        name: "Economic and Social Commission for Western Asia",
        role: "organizer",
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "las",
        name: "League of Arab States",
        role: "organizer",
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "regional-un-network-arab-region",
        name: "Regional United Nations Network on Migration in the Arab Region",
        role: "collaborator",
        source: CONCEPT_NOTE,
        status: "official"
      }
    ],
    languages: ["ar", "en", "fr"],
    objectives: [
      {
        id: "reflect-on-priorities",
        text: "\u0627\u0644\u062A\u0641\u0643\u064A\u0631 \u0628\u0634\u0643\u0644 \u0646\u0642\u062F\u064A \u0641\u064A \u0627\u0644\u0623\u0648\u0644\u0648\u064A\u0627\u062A \u062F\u0627\u062E\u0644 \u0627\u0644\u0645\u0646\u0637\u0642\u0629 \u0648\u0639\u0628\u0631 \u0627\u0644\u0625\u0642\u0644\u064A\u0645\u064A\u0629\u060C \u0648\u0627\u0644\u0642\u0636\u0627\u064A\u0627 \u0627\u0644\u0646\u0627\u0634\u0626\u0629\u060C \u0648\u0627\u0644\u062B\u063A\u0631\u0627\u062A \u0641\u064A \u062A\u0646\u0641\u064A\u0630 \u0627\u0644\u0627\u062A\u0641\u0627\u0642 \u0627\u0644\u0639\u0627\u0644\u0645\u064A \u0644\u0644\u0647\u062C\u0631\u0629.",
        language: "ar",
        translations: [
          {
            language: "en",
            value: "Reflect critically on priorities within the region and across regions, emerging issues, and gaps in implementing the GCM.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE
          }
        ],
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "progress-declaration-actions",
        text: "\u062A\u062D\u062F\u064A\u062F \u0627\u0644\u062A\u0642\u062F\u0645 \u0627\u0644\u0645\u062D\u0631\u0632 \u0648\u0627\u0644\u062A\u062D\u062F\u064A\u0627\u062A \u0627\u0644\u0625\u0642\u0644\u064A\u0645\u064A\u0629 \u0641\u064A \u062A\u0646\u0641\u064A\u0630 \u0627\u0644\u0625\u062C\u0631\u0627\u0621\u0627\u062A \u0627\u0644\u0645\u0648\u0635\u0649 \u0628\u0647\u0627 \u0648\u0627\u0644\u0645\u0646\u0635\u0648\u0635 \u0639\u0644\u064A\u0647\u0627 \u0641\u064A \u0627\u0644\u0625\u0639\u0644\u0627\u0646 \u0627\u0644\u0645\u0631\u062D\u0644\u064A \u0644\u0644\u0645\u0646\u062A\u062F\u0649 \u0627\u0644\u0639\u0627\u0644\u0645\u064A \u0644\u0627\u0633\u062A\u0639\u0631\u0627\u0636 \u0627\u0644\u0647\u062C\u0631\u0629 \u0627\u0644\u062F\u0648\u0644\u064A\u0629.",
        language: "ar",
        translations: [
          {
            language: "en",
            value: "Identify progress and regional challenges in implementing the recommended actions of the Progress Declaration of the International Migration Review Forum.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE
          }
        ],
        source: CONCEPT_NOTE,
        status: "official",
        note: "Word order restored from a right-to-left PDF text extraction."
      },
      {
        id: "findings-for-imrf-2026",
        text: "\u062A\u0648\u062D\u064A\u062F \u0627\u0644\u0646\u062A\u0627\u0626\u062C \u0648\u0627\u0644\u062A\u0648\u0635\u064A\u0627\u062A \u0627\u0644\u0647\u0627\u0645\u0629 \u0644\u0631\u0641\u0639\u0647\u0627 \u0625\u0644\u0649 \u0627\u0644\u0645\u0646\u062A\u062F\u0649 \u0627\u0644\u0639\u0627\u0644\u0645\u064A \u0644\u0627\u0633\u062A\u0639\u0631\u0627\u0636 \u0627\u0644\u0647\u062C\u0631\u0629 \u0627\u0644\u062F\u0648\u0644\u064A\u0629 \u0644\u0639\u0627\u0645 2026.",
        language: "ar",
        translations: [
          {
            language: "en",
            value: "Consolidate key findings and recommendations to submit to the International Migration Review Forum 2026.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE
          }
        ],
        source: CONCEPT_NOTE,
        status: "official",
        note: "Word order restored from a right-to-left PDF text extraction."
      },
      {
        id: "good-practices",
        text: "\u062A\u0633\u0644\u064A\u0637 \u0627\u0644\u0636\u0648\u0621 \u0639\u0644\u0649 \u0627\u0644\u0645\u0645\u0627\u0631\u0633\u0627\u062A \u0627\u0644\u062C\u064A\u062F\u0629 \u0648\u062A\u0628\u0627\u062F\u0644 \u0627\u0644\u062E\u0628\u0631\u0627\u062A \u0644\u062A\u0633\u0631\u064A\u0639 \u062A\u062D\u0642\u064A\u0642 \u0623\u0647\u062F\u0627\u0641 \u0627\u0644\u0627\u062A\u0641\u0627\u0642 \u0627\u0644\u0639\u0627\u0644\u0645\u064A \u0644\u0644\u0647\u062C\u0631\u0629.",
        language: "ar",
        translations: [
          {
            language: "en",
            value: "Highlight good practices and exchange experience to accelerate the achievement of the GCM objectives.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE
          }
        ],
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "regional-cooperation",
        text: "\u0627\u0633\u062A\u0643\u0634\u0627\u0641 \u0641\u0631\u0635 \u062A\u0639\u0632\u064A\u0632 \u0627\u0644\u062A\u0639\u0627\u0648\u0646 \u0627\u0644\u0625\u0642\u0644\u064A\u0645\u064A \u0648\u0627\u0644\u0623\u0642\u0627\u0644\u064A\u0645\u064A \u0628\u0634\u0623\u0646 \u0627\u0644\u0647\u062C\u0631\u0629.",
        language: "ar",
        translations: [
          {
            language: "en",
            value: "Explore opportunities to strengthen regional and interregional cooperation on migration.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE
          }
        ],
        source: CONCEPT_NOTE,
        status: "official"
      }
    ],
    themes: SIX_PRIORITY_AREAS,
    events: [
      {
        id: "stakeholder-dialogue-2023-11",
        kind: "dialogue",
        title: "Multi-stakeholder dialogue session",
        start: "2023-11-01",
        end: "2023-11-01",
        approximate: "month",
        organizers: ["escwa", "iom", "un-network-on-migration"],
        participants: ARAB_DIALOGUE_PARTICIPANTS,
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "stakeholder-dialogue-2024-04",
        kind: "dialogue",
        title: "Multi-stakeholder dialogue session",
        start: "2024-04-01",
        end: "2024-04-01",
        approximate: "month",
        organizers: ["escwa", "iom", "un-network-on-migration"],
        participants: ARAB_DIALOGUE_PARTICIPANTS,
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "informal-dialogues-2024-05",
        kind: "dialogue",
        title: "Additional informal dialogue sessions before the conference",
        start: "2024-05-01",
        end: "2024-05-01",
        approximate: "month",
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "conference-2024",
        kind: "conference",
        title: "Second Regional Review Conference of the GCM in the Arab Region",
        start: "2024-07-03",
        end: "2024-07-04",
        venue: {
          name: "League of Arab States General Secretariat headquarters",
          city: "Cairo",
          country: "EGY"
        },
        modality: "hybrid",
        interpretation: ["ar", "en", "fr"],
        organizers: ["iom", "escwa", "las"],
        participants: ARAB_CONFERENCE_PARTICIPANTS,
        source: CONCEPT_NOTE,
        status: "official",
        note: "Dates and venue confirmed by the ESCWA/IOM release of 4 July 2024 (https://miragenews.com/arab-region-hosts-2nd-global-migration-compact-1269423); remote participation by video link reported by https://gulf-times.com/article/685934/qatar/qatar-participates-in-2nd-regional-review-of-ggobal-compact-for-safe-migration-in-arab-region."
      }
    ],
    sessions: [],
    inputs: [
      {
        id: "written-inputs",
        kind: "written-input",
        description: "Written inputs of Member States and stakeholders to the conference, published on the UN Network on Migration website.",
        from: ["Member States", "stakeholders"],
        publishedAt: NETWORK_SITE,
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "background-papers",
        kind: "background-paper",
        description: "One background paper per session on the six priority areas of the first regional review: a short overview of the regional situation, key issues and challenges, and guiding questions.",
        from: ["Regional United Nations Network on Migration in the Arab Region"],
        perSession: true,
        source: CONCEPT_NOTE,
        status: "official",
        note: "The note says the papers are prepared with the contribution of the Regional Network."
      }
    ],
    outputs: [
      {
        id: "summary-reports",
        kind: "summary-report",
        description: "Summary reports of the regional review meetings.",
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "stakeholder-key-messages",
        kind: "key-messages",
        description: "Key messages of the stakeholder consultation(s).",
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "outcome-document",
        kind: "outcome-document",
        description: "Outcome document of the conference summarizing the key messages of all participants.",
        annexes: ["stakeholder-key-messages"],
        source: CONCEPT_NOTE,
        status: "official"
      }
    ],
    milestones: [
      {
        id: "conference",
        title: "Second Regional Review Conference, Cairo",
        due: "2024-07-03",
        kind: "meeting",
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "outcome-document-final",
        title: "Outcome document finalized",
        due: "2024-09",
        kind: "output-deadline",
        source: CONCEPT_NOTE,
        status: "official"
      },
      {
        id: "general-assembly-plenary",
        title: "Network Coordinator presents the outcome at the General Assembly plenary",
        due: "2024-H2",
        kind: "presentation",
        source: CONCEPT_NOTE,
        status: "official",
        note: "The note cites A/RES/76/266 para 77; the request itself is confirmed by https://migrationnetwork.un.org/regional-reviews-2024, the paragraph number by no second source."
      },
      {
        id: "imrf-2026",
        title: "Outcome submitted to the International Migration Review Forum 2026",
        due: "2026",
        kind: "presentation",
        source: CONCEPT_NOTE,
        status: "official"
      }
    ],
    phase: "concluded",
    source: CONCEPT_NOTE,
    status: "official",
    note: "The conference took place on 3-4 July 2024 (ESCWA/IOM release of 4 July 2024); no outcome document was found."
  }
];
var regionalReviews = entries;

// ../domain/src/data/round-tables.ts
var IMRF_2022 = "https://www.un.org/en/migration2022/about-the-forum";
var CLUSTER_NOTE = "The IMRF 2022 site reports this as the indicative allocation decided in A/RES/73/326; the resolution text and its paragraph number were not seen.";
var AFRICA_2024 = "https://migrationnetwork.un.org/africa-holds-second-review-conference-global-compact-safe-orderly-and-regular-migration-ethiopia";
var TITLE_NOTE = "Thematic title used in the 2024 Africa regional review (ECA, IOM); not verified as A/RES/73/326 text.";
var roundTables = [
  {
    number: 1,
    id: "round-table-1",
    objectives: [2, 5, 6, 12, 18],
    title: {
      value: "Ensuring that migration is voluntary, orderly and regular",
      source: AFRICA_2024,
      status: "reported",
      note: TITLE_NOTE
    },
    source: IMRF_2022,
    status: "reported",
    note: CLUSTER_NOTE
  },
  {
    number: 2,
    id: "round-table-2",
    objectives: [4, 8, 9, 10, 11, 13, 21],
    title: {
      value: "Protecting migrants through rights-based border governance",
      source: AFRICA_2024,
      status: "reported",
      note: `${TITLE_NOTE} The 2021 ECA report reads '... border governance measures'.`
    },
    source: IMRF_2022,
    status: "reported",
    note: CLUSTER_NOTE
  },
  {
    number: 3,
    id: "round-table-3",
    objectives: [14, 15, 16, 19, 20, 22],
    title: {
      value: "Supporting the integration of migrants and their contribution to development",
      source: AFRICA_2024,
      status: "reported",
      note: `${TITLE_NOTE} The 2021 ECA report reads '... and acknowledging their contribution to development'.`
    },
    source: "https://migrationnetwork.un.org/hub/discussion-space/international-migration-review-forum-2022/content/imrf-roundtable-3-0",
    status: "reported",
    note: "The Network's IMRF 2022 round table 3 page lists these objectives; the IMRF 2022 site lists the same cluster (excerpt cut after objective 19). A/RES/73/326 text not seen."
  },
  {
    number: 4,
    id: "round-table-4",
    objectives: [1, 3, 7, 17, 23],
    title: {
      value: "Data, evidence-based policies and international cooperation",
      source: AFRICA_2024,
      status: "reported",
      note: `${TITLE_NOTE} The 2021 ECA report reads 'Improving value- and evidence-based policymaking and public debate, and enhancing cooperation on migration'.`
    },
    source: IMRF_2022,
    status: "derived",
    note: "The objectives of 1-23 not in round tables 1-3, since the round tables cover all 23 objectives; the page's round table four entry was not in the excerpt read."
  }
];

// ../domain/src/data/stakeholders.ts
var GCM_44 = { source: "A/RES/73/195 para 44", status: "official" };
var GCM_15J = { source: "A/RES/73/195 para 15(j)", status: "official" };
var GCM_40 = { source: "A/RES/73/195 para 40", status: "official" };
var ARAB_REVIEW_1 = {
  source: "https://archive.unescwa.org/events/regional-review-conference-global-compact-safe-orderly-and-regular-migration-arab-region",
  status: "official"
};
var UNECE_REVIEW_1 = {
  source: "https://migrationnetwork.un.org/unece-region-hold-first-regional-review-global-compact-safe-orderly-and-regular-migration",
  status: "official"
};
var CONCEPT_NOTE_2024 = {
  source: "ref:escwa-2024-concept-note",
  status: "official"
};
var stakeholderCategories = [
  {
    id: "governments",
    name: "Governmental institutions",
    ...ARAB_REVIEW_1,
    note: "The 2024 concept note (section II.E) lists the same government participants."
  },
  { id: "ministries", name: "Relevant ministries", parent: "governments", ...ARAB_REVIEW_1 },
  {
    id: "national-population-councils",
    name: "National population councils",
    parent: "governments",
    ...ARAB_REVIEW_1
  },
  {
    id: "other-government-agencies",
    name: "Other government agencies",
    parent: "governments",
    ...ARAB_REVIEW_1
  },
  { id: "un-system", name: "The United Nations system", ...GCM_40 },
  {
    id: "un-network-members",
    name: "Members of the United Nations Network on Migration",
    parent: "un-system",
    ...ARAB_REVIEW_1,
    note: "The Network is established under A/RES/73/195 para 45."
  },
  {
    id: "regional-organizations",
    name: "Subregional, regional and cross-regional processes, platforms and organizations",
    ...ARAB_REVIEW_1,
    note: "The wording of A/RES/73/195 para 50, which invites these bodies to review the Compact in their regions."
  },
  {
    id: "subregional-organizations",
    name: "Relevant subregional organizations",
    parent: "regional-organizations",
    ...ARAB_REVIEW_1,
    aliases: ["regional-economic-communities"],
    note: "The sources say subregional organizations; regional-economic-communities is only a lookup alias, not a sourced name."
  },
  {
    id: "regional-commissions",
    name: "United Nations regional economic commissions",
    parent: "regional-organizations",
    ...ARAB_REVIEW_1
  },
  {
    id: "regional-consultative-processes",
    name: "Regional consultative processes",
    parent: "regional-organizations",
    ...ARAB_REVIEW_1,
    aliases: ["RCPs"]
  },
  { id: "whole-of-society", name: "All relevant stakeholders", ...GCM_15J },
  { id: "migrants", name: "Migrants", parent: "whole-of-society", ...GCM_44 },
  { id: "civil-society", name: "Civil society", parent: "whole-of-society", ...GCM_44 },
  {
    id: "migrant-diaspora-organizations",
    name: "Migrant and diaspora organizations",
    parent: "whole-of-society",
    ...GCM_44
  },
  { id: "diasporas", name: "Diasporas", parent: "whole-of-society", ...GCM_15J },
  {
    id: "faith-based-organizations",
    name: "Faith-based organizations",
    parent: "whole-of-society",
    ...GCM_44
  },
  {
    id: "local-authorities-and-communities",
    name: "Local authorities and communities",
    parent: "whole-of-society",
    ...GCM_44,
    note: "Kept as in para 44, with local authorities and local communities as children because para 15(j) names local communities on their own."
  },
  {
    id: "local-authorities",
    name: "Local authorities",
    parent: "local-authorities-and-communities",
    ...GCM_44
  },
  {
    id: "local-communities",
    name: "Local communities",
    parent: "local-authorities-and-communities",
    ...GCM_15J
  },
  { id: "private-sector", name: "The private sector", parent: "whole-of-society", ...GCM_44 },
  {
    id: "employers-organizations",
    name: "Employers' organizations",
    parent: "whole-of-society",
    ...CONCEPT_NOTE_2024,
    note: "Section II.A names them with the private sector among the participants of the 2023-2024 multi-stakeholder dialogues."
  },
  { id: "trade-unions", name: "Trade unions", parent: "whole-of-society", ...GCM_44 },
  { id: "parliamentarians", name: "Parliamentarians", parent: "whole-of-society", ...GCM_44 },
  {
    id: "national-human-rights-institutions",
    name: "National human rights institutions",
    parent: "whole-of-society",
    ...GCM_44,
    aliases: ["NHRIs"]
  },
  {
    id: "red-cross-red-crescent",
    name: "The International Red Cross and Red Crescent Movement",
    parent: "whole-of-society",
    ...GCM_44
  },
  { id: "academia", name: "Academia", parent: "whole-of-society", ...GCM_44 },
  { id: "media", name: "The media", parent: "whole-of-society", ...GCM_44 },
  {
    id: "children-and-youth",
    name: "Children and young people",
    parent: "whole-of-society",
    ...UNECE_REVIEW_1,
    note: "Named among the participants of the UNECE consultation of 9 November 2020; not a group of para 44."
  },
  {
    id: "other-stakeholders",
    name: "Other relevant stakeholders",
    parent: "whole-of-society",
    ...GCM_44
  }
];

// ../domain/src/data/states.ts
var M49 = {
  source: "https://github.com/dfnd/countrycodes/blob/49479a15c4246c7feeb2b7f379d0b88a31a57b06/UNSD%20%E2%80%94%20Methodology.csv",
  status: "reported"
};
var states = [
  { iso3: "AFG", name: "Afghanistan", unMember: true, ...M49 },
  { iso3: "AGO", name: "Angola", unMember: true, ...M49 },
  { iso3: "ALB", name: "Albania", unMember: true, ...M49 },
  { iso3: "AND", name: "Andorra", unMember: true, ...M49 },
  { iso3: "ARE", name: "United Arab Emirates", unMember: true, ...M49 },
  { iso3: "ARG", name: "Argentina", unMember: true, ...M49 },
  { iso3: "ARM", name: "Armenia", unMember: true, ...M49 },
  { iso3: "ATG", name: "Antigua and Barbuda", unMember: true, ...M49 },
  { iso3: "AUS", name: "Australia", unMember: true, ...M49 },
  { iso3: "AUT", name: "Austria", unMember: true, ...M49 },
  { iso3: "AZE", name: "Azerbaijan", unMember: true, ...M49 },
  { iso3: "BDI", name: "Burundi", unMember: true, ...M49 },
  { iso3: "BEL", name: "Belgium", unMember: true, ...M49 },
  { iso3: "BEN", name: "Benin", unMember: true, ...M49 },
  { iso3: "BFA", name: "Burkina Faso", unMember: true, ...M49 },
  { iso3: "BGD", name: "Bangladesh", unMember: true, ...M49 },
  { iso3: "BGR", name: "Bulgaria", unMember: true, ...M49 },
  { iso3: "BHR", name: "Bahrain", unMember: true, ...M49 },
  { iso3: "BHS", name: "Bahamas", unMember: true, ...M49 },
  { iso3: "BIH", name: "Bosnia and Herzegovina", unMember: true, ...M49 },
  { iso3: "BLR", name: "Belarus", unMember: true, ...M49 },
  { iso3: "BLZ", name: "Belize", unMember: true, ...M49 },
  { iso3: "BOL", name: "Bolivia (Plurinational State of)", unMember: true, ...M49 },
  { iso3: "BRA", name: "Brazil", unMember: true, ...M49 },
  { iso3: "BRB", name: "Barbados", unMember: true, ...M49 },
  { iso3: "BRN", name: "Brunei Darussalam", unMember: true, ...M49 },
  { iso3: "BTN", name: "Bhutan", unMember: true, ...M49 },
  { iso3: "BWA", name: "Botswana", unMember: true, ...M49 },
  { iso3: "CAF", name: "Central African Republic", unMember: true, ...M49 },
  { iso3: "CAN", name: "Canada", unMember: true, ...M49 },
  { iso3: "CHE", name: "Switzerland", unMember: true, ...M49 },
  { iso3: "CHL", name: "Chile", unMember: true, ...M49 },
  { iso3: "CHN", name: "China", unMember: true, ...M49 },
  { iso3: "CIV", name: "C\xF4te d\u2019Ivoire", unMember: true, ...M49 },
  { iso3: "CMR", name: "Cameroon", unMember: true, ...M49 },
  { iso3: "COD", name: "Democratic Republic of the Congo", unMember: true, ...M49 },
  { iso3: "COG", name: "Congo", unMember: true, ...M49 },
  { iso3: "COL", name: "Colombia", unMember: true, ...M49 },
  { iso3: "COM", name: "Comoros", unMember: true, ...M49 },
  { iso3: "CPV", name: "Cabo Verde", unMember: true, ...M49 },
  { iso3: "CRI", name: "Costa Rica", unMember: true, ...M49 },
  { iso3: "CUB", name: "Cuba", unMember: true, ...M49 },
  { iso3: "CYP", name: "Cyprus", unMember: true, ...M49 },
  { iso3: "CZE", name: "Czechia", unMember: true, ...M49 },
  { iso3: "DEU", name: "Germany", unMember: true, ...M49 },
  { iso3: "DJI", name: "Djibouti", unMember: true, ...M49 },
  { iso3: "DMA", name: "Dominica", unMember: true, ...M49 },
  { iso3: "DNK", name: "Denmark", unMember: true, ...M49 },
  { iso3: "DOM", name: "Dominican Republic", unMember: true, ...M49 },
  { iso3: "DZA", name: "Algeria", unMember: true, ...M49 },
  { iso3: "ECU", name: "Ecuador", unMember: true, ...M49 },
  { iso3: "EGY", name: "Egypt", unMember: true, ...M49 },
  { iso3: "ERI", name: "Eritrea", unMember: true, ...M49 },
  { iso3: "ESP", name: "Spain", unMember: true, ...M49 },
  { iso3: "EST", name: "Estonia", unMember: true, ...M49 },
  { iso3: "ETH", name: "Ethiopia", unMember: true, ...M49 },
  { iso3: "FIN", name: "Finland", unMember: true, ...M49 },
  { iso3: "FJI", name: "Fiji", unMember: true, ...M49 },
  { iso3: "FRA", name: "France", unMember: true, ...M49 },
  { iso3: "FSM", name: "Micronesia (Federated States of)", unMember: true, ...M49 },
  { iso3: "GAB", name: "Gabon", unMember: true, ...M49 },
  {
    iso3: "GBR",
    name: "United Kingdom of Great Britain and Northern Ireland",
    unMember: true,
    ...M49
  },
  { iso3: "GEO", name: "Georgia", unMember: true, ...M49 },
  { iso3: "GHA", name: "Ghana", unMember: true, ...M49 },
  { iso3: "GIN", name: "Guinea", unMember: true, ...M49 },
  { iso3: "GMB", name: "Gambia", unMember: true, ...M49 },
  { iso3: "GNB", name: "Guinea-Bissau", unMember: true, ...M49 },
  { iso3: "GNQ", name: "Equatorial Guinea", unMember: true, ...M49 },
  { iso3: "GRC", name: "Greece", unMember: true, ...M49 },
  { iso3: "GRD", name: "Grenada", unMember: true, ...M49 },
  { iso3: "GTM", name: "Guatemala", unMember: true, ...M49 },
  { iso3: "GUY", name: "Guyana", unMember: true, ...M49 },
  { iso3: "HND", name: "Honduras", unMember: true, ...M49 },
  { iso3: "HRV", name: "Croatia", unMember: true, ...M49 },
  { iso3: "HTI", name: "Haiti", unMember: true, ...M49 },
  { iso3: "HUN", name: "Hungary", unMember: true, ...M49 },
  { iso3: "IDN", name: "Indonesia", unMember: true, ...M49 },
  { iso3: "IND", name: "India", unMember: true, ...M49 },
  { iso3: "IRL", name: "Ireland", unMember: true, ...M49 },
  { iso3: "IRN", name: "Iran (Islamic Republic of)", unMember: true, ...M49 },
  { iso3: "IRQ", name: "Iraq", unMember: true, ...M49 },
  { iso3: "ISL", name: "Iceland", unMember: true, ...M49 },
  { iso3: "ISR", name: "Israel", unMember: true, ...M49 },
  { iso3: "ITA", name: "Italy", unMember: true, ...M49 },
  { iso3: "JAM", name: "Jamaica", unMember: true, ...M49 },
  { iso3: "JOR", name: "Jordan", unMember: true, ...M49 },
  { iso3: "JPN", name: "Japan", unMember: true, ...M49 },
  { iso3: "KAZ", name: "Kazakhstan", unMember: true, ...M49 },
  { iso3: "KEN", name: "Kenya", unMember: true, ...M49 },
  { iso3: "KGZ", name: "Kyrgyzstan", unMember: true, ...M49 },
  { iso3: "KHM", name: "Cambodia", unMember: true, ...M49 },
  { iso3: "KIR", name: "Kiribati", unMember: true, ...M49 },
  { iso3: "KNA", name: "Saint Kitts and Nevis", unMember: true, ...M49 },
  { iso3: "KOR", name: "Republic of Korea", unMember: true, ...M49 },
  { iso3: "KWT", name: "Kuwait", unMember: true, ...M49 },
  { iso3: "LAO", name: "Lao People's Democratic Republic", unMember: true, ...M49 },
  { iso3: "LBN", name: "Lebanon", unMember: true, ...M49 },
  { iso3: "LBR", name: "Liberia", unMember: true, ...M49 },
  { iso3: "LBY", name: "Libya", unMember: true, ...M49 },
  { iso3: "LCA", name: "Saint Lucia", unMember: true, ...M49 },
  { iso3: "LIE", name: "Liechtenstein", unMember: true, ...M49 },
  { iso3: "LKA", name: "Sri Lanka", unMember: true, ...M49 },
  { iso3: "LSO", name: "Lesotho", unMember: true, ...M49 },
  { iso3: "LTU", name: "Lithuania", unMember: true, ...M49 },
  { iso3: "LUX", name: "Luxembourg", unMember: true, ...M49 },
  { iso3: "LVA", name: "Latvia", unMember: true, ...M49 },
  { iso3: "MAR", name: "Morocco", unMember: true, ...M49 },
  { iso3: "MCO", name: "Monaco", unMember: true, ...M49 },
  { iso3: "MDA", name: "Republic of Moldova", unMember: true, ...M49 },
  { iso3: "MDG", name: "Madagascar", unMember: true, ...M49 },
  { iso3: "MDV", name: "Maldives", unMember: true, ...M49 },
  { iso3: "MEX", name: "Mexico", unMember: true, ...M49 },
  { iso3: "MHL", name: "Marshall Islands", unMember: true, ...M49 },
  { iso3: "MKD", name: "North Macedonia", unMember: true, ...M49 },
  { iso3: "MLI", name: "Mali", unMember: true, ...M49 },
  { iso3: "MLT", name: "Malta", unMember: true, ...M49 },
  { iso3: "MMR", name: "Myanmar", unMember: true, ...M49 },
  { iso3: "MNE", name: "Montenegro", unMember: true, ...M49 },
  { iso3: "MNG", name: "Mongolia", unMember: true, ...M49 },
  { iso3: "MOZ", name: "Mozambique", unMember: true, ...M49 },
  { iso3: "MRT", name: "Mauritania", unMember: true, ...M49 },
  { iso3: "MUS", name: "Mauritius", unMember: true, ...M49 },
  { iso3: "MWI", name: "Malawi", unMember: true, ...M49 },
  { iso3: "MYS", name: "Malaysia", unMember: true, ...M49 },
  { iso3: "NAM", name: "Namibia", unMember: true, ...M49 },
  { iso3: "NER", name: "Niger", unMember: true, ...M49 },
  { iso3: "NGA", name: "Nigeria", unMember: true, ...M49 },
  { iso3: "NIC", name: "Nicaragua", unMember: true, ...M49 },
  {
    iso3: "NLD",
    name: "Netherlands (Kingdom of the)",
    unMember: true,
    ...M49,
    note: 'The M49 copy has "Netherlands"; ISO 3166 and the UN now use "Netherlands (Kingdom of the)" (renamed after that copy was made).'
  },
  { iso3: "NOR", name: "Norway", unMember: true, ...M49 },
  { iso3: "NPL", name: "Nepal", unMember: true, ...M49 },
  { iso3: "NRU", name: "Nauru", unMember: true, ...M49 },
  { iso3: "NZL", name: "New Zealand", unMember: true, ...M49 },
  { iso3: "OMN", name: "Oman", unMember: true, ...M49 },
  { iso3: "PAK", name: "Pakistan", unMember: true, ...M49 },
  { iso3: "PAN", name: "Panama", unMember: true, ...M49 },
  { iso3: "PER", name: "Peru", unMember: true, ...M49 },
  { iso3: "PHL", name: "Philippines", unMember: true, ...M49 },
  { iso3: "PLW", name: "Palau", unMember: true, ...M49 },
  { iso3: "PNG", name: "Papua New Guinea", unMember: true, ...M49 },
  { iso3: "POL", name: "Poland", unMember: true, ...M49 },
  { iso3: "PRK", name: "Democratic People's Republic of Korea", unMember: true, ...M49 },
  { iso3: "PRT", name: "Portugal", unMember: true, ...M49 },
  { iso3: "PRY", name: "Paraguay", unMember: true, ...M49 },
  {
    iso3: "PSE",
    name: "State of Palestine",
    unMember: false,
    ...M49,
    note: "Non-member observer State of the UN."
  },
  { iso3: "QAT", name: "Qatar", unMember: true, ...M49 },
  { iso3: "ROU", name: "Romania", unMember: true, ...M49 },
  { iso3: "RUS", name: "Russian Federation", unMember: true, ...M49 },
  { iso3: "RWA", name: "Rwanda", unMember: true, ...M49 },
  { iso3: "SAU", name: "Saudi Arabia", unMember: true, ...M49 },
  { iso3: "SDN", name: "Sudan", unMember: true, ...M49 },
  { iso3: "SEN", name: "Senegal", unMember: true, ...M49 },
  { iso3: "SGP", name: "Singapore", unMember: true, ...M49 },
  { iso3: "SLB", name: "Solomon Islands", unMember: true, ...M49 },
  { iso3: "SLE", name: "Sierra Leone", unMember: true, ...M49 },
  { iso3: "SLV", name: "El Salvador", unMember: true, ...M49 },
  { iso3: "SMR", name: "San Marino", unMember: true, ...M49 },
  { iso3: "SOM", name: "Somalia", unMember: true, ...M49 },
  { iso3: "SRB", name: "Serbia", unMember: true, ...M49 },
  { iso3: "SSD", name: "South Sudan", unMember: true, ...M49 },
  { iso3: "STP", name: "Sao Tome and Principe", unMember: true, ...M49 },
  { iso3: "SUR", name: "Suriname", unMember: true, ...M49 },
  { iso3: "SVK", name: "Slovakia", unMember: true, ...M49 },
  { iso3: "SVN", name: "Slovenia", unMember: true, ...M49 },
  { iso3: "SWE", name: "Sweden", unMember: true, ...M49 },
  { iso3: "SWZ", name: "Eswatini", unMember: true, ...M49 },
  { iso3: "SYC", name: "Seychelles", unMember: true, ...M49 },
  { iso3: "SYR", name: "Syrian Arab Republic", unMember: true, ...M49 },
  { iso3: "TCD", name: "Chad", unMember: true, ...M49 },
  { iso3: "TGO", name: "Togo", unMember: true, ...M49 },
  { iso3: "THA", name: "Thailand", unMember: true, ...M49 },
  { iso3: "TJK", name: "Tajikistan", unMember: true, ...M49 },
  { iso3: "TKM", name: "Turkmenistan", unMember: true, ...M49 },
  { iso3: "TLS", name: "Timor-Leste", unMember: true, ...M49 },
  { iso3: "TON", name: "Tonga", unMember: true, ...M49 },
  { iso3: "TTO", name: "Trinidad and Tobago", unMember: true, ...M49 },
  { iso3: "TUN", name: "Tunisia", unMember: true, ...M49 },
  {
    iso3: "TUR",
    name: "T\xFCrkiye",
    unMember: true,
    ...M49,
    note: 'The M49 copy has "Turkey"; ISO 3166 and the UN now use "T\xFCrkiye" (renamed after that copy was made).'
  },
  { iso3: "TUV", name: "Tuvalu", unMember: true, ...M49 },
  { iso3: "TZA", name: "United Republic of Tanzania", unMember: true, ...M49 },
  { iso3: "UGA", name: "Uganda", unMember: true, ...M49 },
  { iso3: "UKR", name: "Ukraine", unMember: true, ...M49 },
  { iso3: "URY", name: "Uruguay", unMember: true, ...M49 },
  { iso3: "USA", name: "United States of America", unMember: true, ...M49 },
  { iso3: "UZB", name: "Uzbekistan", unMember: true, ...M49 },
  {
    iso3: "VAT",
    name: "Holy See",
    unMember: false,
    ...M49,
    note: "Non-member observer State of the UN."
  },
  { iso3: "VCT", name: "Saint Vincent and the Grenadines", unMember: true, ...M49 },
  { iso3: "VEN", name: "Venezuela (Bolivarian Republic of)", unMember: true, ...M49 },
  { iso3: "VNM", name: "Viet Nam", unMember: true, ...M49 },
  { iso3: "VUT", name: "Vanuatu", unMember: true, ...M49 },
  { iso3: "WSM", name: "Samoa", unMember: true, ...M49 },
  { iso3: "YEM", name: "Yemen", unMember: true, ...M49 },
  { iso3: "ZAF", name: "South Africa", unMember: true, ...M49 },
  { iso3: "ZMB", name: "Zambia", unMember: true, ...M49 },
  { iso3: "ZWE", name: "Zimbabwe", unMember: true, ...M49 }
];

// ../domain/src/framework.ts
var allObjectives = objectives;
var allRoundTables = roundTables;
function unknownId(what, ref, expected) {
  return new DomainError(
    DomainErrorCode.UNKNOWN_ID,
    `Unknown ${what}: ${String(ref)} (expected ${expected})`,
    {
      params: { ref }
    }
  );
}
var OBJECTIVE_RANGE = `a number from 1 to 23 or an id such as "data" or "international-cooperation"`;
function objective(ref) {
  const number = typeof ref === "string" && /^\d+$/.test(ref) ? Number(ref) : ref;
  const found = typeof number === "number" ? allObjectives.find((candidate) => candidate.number === number) : allObjectives.find((candidate) => candidate.id === number);
  if (!found) throw unknownId("GCM objective", ref, OBJECTIVE_RANGE);
  return found;
}
function roundTable(ref) {
  const found = allRoundTables.find(
    (candidate) => candidate.number === ref || candidate.id === ref
  );
  if (!found)
    throw unknownId(
      "IMRF round table",
      ref,
      `a number from 1 to 4 or an id such as "round-table-1"`
    );
  return found;
}
function roundTableOf(objectiveRef) {
  return roundTable(objective(objectiveRef).roundTable);
}

// ../domain/src/language.ts
import { z as z3 } from "zod";
var UnLanguage = z3.enum(["ar", "zh", "en", "fr", "ru", "es"]);

// ../domain/src/regions.ts
var byIso3 = new Map(states.map((s) => [s.iso3, s]));
function yearOf(on) {
  if (on === void 0) return void 0;
  const match = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(on);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2] ?? 1), Number(match?.[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = match !== null && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid || year < 1945) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Not an ISO date from 1945 on: ${on}`, {
      params: { on }
    });
  }
  return year;
}
function isCurrent(m, year) {
  if (year === void 0) return m.to === void 0;
  return (m.from === void 0 || m.from <= year) && (m.to === void 0 || year < m.to);
}
var isGroup = (group2) => membershipGroups.includes(group2);
function checkGroup(group2) {
  if (!isGroup(group2)) {
    throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown group: ${group2}`, {
      params: { group: group2 }
    });
  }
  return group2;
}
function membersOf(group2, options = {}) {
  const checked = checkGroup(group2);
  const year = yearOf(options.on);
  const codes = new Set(
    memberships.filter((m) => m.group === checked && isCurrent(m, year)).map((m) => m.iso3)
  );
  return states.filter((s) => codes.has(s.iso3));
}
function arabRegion() {
  return membersOf("las");
}

// ../domain/src/review-schema.ts
import { z as z4 } from "zod";
var Slug = z4.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id");
var Text = z4.string().min(1);
var Objective = z4.int().min(1).max(23);
var Alpha3 = z4.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code");
var Modality = z4.enum(["in-person", "virtual", "hybrid"]);
var EventKind = z4.enum([
  "briefing",
  "consultation",
  "dialogue",
  "hearing",
  "conference",
  "side-event"
]);
var Venue = z4.strictObject({
  name: Text.optional(),
  city: Text,
  country: Alpha3
});
var ReviewEvent = z4.strictObject({
  id: Slug,
  kind: EventKind,
  title: Text,
  start: z4.iso.date(),
  end: z4.iso.date(),
  approximate: z4.literal("month").optional(),
  venue: Venue.optional(),
  modality: Modality.optional(),
  /** Languages of simultaneous interpretation. */
  interpretation: z4.array(UnLanguage).min(1).optional(),
  /** Ids of the organizing bodies (kebab-case, as in `Organizer.id` where the body is also a review organizer). */
  organizers: z4.array(Slug).min(1).optional(),
  /** Stakeholder category ids. */
  participants: z4.array(Slug).min(1).optional(),
  ...Provenance.shape
}).check((ctx) => {
  const event = ctx.value;
  if (event.end < event.start) {
    ctx.issues.push({
      code: "custom",
      message: "end is before start",
      input: event.end,
      path: ["end"]
    });
  }
  if (event.approximate === "month" && (!event.start.endsWith("-01") || event.end !== event.start)) {
    ctx.issues.push({
      code: "custom",
      message: "a month-precision event has start = end = the first day of the month",
      input: event.start,
      path: ["start"]
    });
  }
});
var ReviewSession = z4.strictObject({
  id: Slug,
  theme: Text,
  objectives: z4.array(Objective),
  /** Id of the `BackgroundPaper` prepared for the session. */
  backgroundPaper: Slug.optional(),
  /** Id of the `ReviewEvent` the session belongs to. */
  event: Slug.optional(),
  ...Provenance.shape
});
var MilestoneKind = z4.enum([
  "input-deadline",
  "output-deadline",
  "meeting",
  "presentation"
]);
var DueDate = z4.union([
  z4.iso.date(),
  z4.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/),
  z4.string().regex(/^\d{4}-H[12]$/),
  z4.string().regex(/^\d{4}$/)
]);
var Milestone = z4.strictObject({
  id: Slug,
  title: Text,
  due: DueDate,
  kind: MilestoneKind,
  ...Provenance.shape
});
var Translation = z4.strictObject({
  language: UnLanguage,
  value: Text,
  ...Provenance.shape
});
var ReviewObjective = z4.strictObject({
  id: Slug,
  text: Text,
  language: UnLanguage,
  translations: z4.array(Translation).min(1).optional(),
  ...Provenance.shape
});
var InputKind = z4.enum(["written-input", "background-paper", "national-report", "survey"]);
var ExpectedInput = z4.strictObject({
  id: Slug,
  kind: InputKind,
  description: Text,
  /** Who submits or prepares it, in the source's words. */
  from: z4.array(Text).min(1).optional(),
  /** `true` when one is prepared for each session. */
  perSession: z4.boolean().optional(),
  publishedAt: z4.url().optional(),
  ...Provenance.shape
});
var OutputKind = z4.enum([
  "summary-report",
  "outcome-document",
  "key-messages",
  "chair-summary"
]);
var ExpectedOutput = z4.strictObject({
  id: Slug,
  kind: OutputKind,
  description: Text,
  annexes: z4.array(Slug).min(1).optional(),
  ...Provenance.shape
});
var OrganizerRole = z4.enum([
  "organizer",
  "host",
  "chair",
  "partner",
  "collaborator",
  "supporter"
]);
var Organizer = z4.strictObject({
  id: Slug,
  name: Text,
  role: OrganizerRole.optional(),
  ...Provenance.shape
});
var PriorityTheme = z4.strictObject({
  id: Slug,
  label: Text,
  ...Provenance.shape
});
var ReviewThemes = z4.strictObject({
  expected: sourced(z4.int().positive()).optional(),
  known: z4.array(PriorityTheme),
  complete: z4.boolean()
});
var ReviewPhase = z4.enum(["planned", "in-progress", "concluded"]);
var ReviewId = z4.string().regex(/^(?:eca|ece|eclac|escap|escwa)-[1-9]\d*$/, "expected <commission>-<round>");
var Review = z4.strictObject({
  id: ReviewId,
  region: CommissionId,
  round: z4.int().positive(),
  title: Text,
  organizers: z4.array(Organizer).min(1),
  /** Working or interpretation languages, where the sources give them. */
  languages: z4.array(UnLanguage).min(1).optional(),
  objectives: z4.array(ReviewObjective),
  themes: ReviewThemes,
  events: z4.array(ReviewEvent),
  sessions: z4.array(ReviewSession),
  inputs: z4.array(ExpectedInput),
  outputs: z4.array(ExpectedOutput),
  milestones: z4.array(Milestone),
  phase: ReviewPhase,
  ...Provenance.shape
}).check((ctx) => {
  const review = ctx.value;
  if (review.id !== `${review.region}-${review.round}`) {
    ctx.issues.push({
      code: "custom",
      message: "id must be <region>-<round>",
      input: review.id,
      path: ["id"]
    });
  }
});
var WrittenInputKind = z4.enum([
  "member-state",
  "stakeholder",
  "un-entity",
  "regional-organization"
]);
var ObjectiveReport = z4.strictObject({
  objective: Objective,
  progress: Text,
  practices: z4.array(Text).optional(),
  challenges: z4.array(Text).optional()
});
var WrittenInput = z4.strictObject({
  id: Slug,
  kind: WrittenInputKind,
  submitter: z4.strictObject({
    name: Text,
    country: Alpha3.optional(),
    /** Stakeholder category id. */
    category: Slug.optional()
  }),
  language: UnLanguage,
  submittedOn: z4.iso.date(),
  title: Text,
  summary: Text,
  objectives: z4.array(ObjectiveReport).min(1),
  /** Guiding principle ids. */
  principles: z4.array(Slug).optional(),
  /** Priority theme ids. */
  themes: z4.array(Slug).optional(),
  recommendations: z4.array(Text).optional(),
  // `consent`: the submitter agrees to publication; `publish`: the secretariat intends to publish it.
  publication: z4.strictObject({ consent: z4.boolean(), publish: z4.boolean().optional() }),
  /** `true` for made-up example data, never for a real submission. */
  sample: z4.boolean().optional()
});
var BackgroundPaper = z4.strictObject({
  id: Slug,
  session: Slug.optional(),
  title: Text,
  language: UnLanguage,
  themes: z4.array(Slug),
  objectives: z4.array(Objective),
  body: Text
});
var KeyMessageCitation = z4.strictObject({
  kind: z4.enum(["input", "session", "document"]),
  ref: Text
});
var KeyMessageOrigin = z4.enum(["conference", "stakeholder-consultation"]);
var KeyMessage = z4.strictObject({
  id: Slug,
  origin: KeyMessageOrigin.default("conference"),
  language: UnLanguage.optional(),
  text: Text,
  theme: Slug.optional(),
  objectives: z4.array(Objective),
  roundTable: z4.int().min(1).max(4).optional(),
  citations: z4.array(KeyMessageCitation).min(1)
});
var SummaryReport = z4.strictObject({
  id: Slug,
  review: ReviewId,
  /** Id of the `ReviewEvent` summarized. */
  event: Slug.optional(),
  title: Text,
  language: UnLanguage,
  body: Text,
  keyMessages: z4.array(KeyMessage).optional()
});
var OutcomeDocument = z4.strictObject({
  id: Slug,
  review: ReviewId,
  title: Text,
  language: UnLanguage,
  adoptedOn: z4.iso.date().optional(),
  body: Text.optional(),
  keyMessages: z4.array(KeyMessage).min(1),
  annexes: z4.array(z4.strictObject({ id: Slug, title: Text, keyMessages: z4.array(KeyMessage).min(1) })).optional()
});
var Commission = z4.strictObject({
  id: CommissionId,
  acronym: Text,
  name: Text,
  headquarters: z4.strictObject({ city: Text, country: Alpha3 }),
  url: z4.url(),
  ...Provenance.shape
});
var DateRange = z4.strictObject({ start: z4.iso.date(), end: z4.iso.date() });
var ImrfEdition = z4.strictObject({
  id: z4.string().regex(/^imrf-\d{4}$/),
  edition: z4.int().positive(),
  year: z4.int().min(2022),
  dates: disputed(DateRange).optional(),
  /** The informal multi-stakeholder hearing held the day before the Forum. */
  hearing: sourced(z4.iso.date()).optional(),
  venue: Venue.optional(),
  ...Provenance.shape
});

// ../domain/src/reviews.ts
var aliases = commissionAliases;
function resolveRegion(idOrAlias) {
  const key = idOrAlias.trim().toLowerCase();
  const own = commissions.find((candidate) => candidate.id === key);
  if (own !== void 0) return own.id;
  const alias = aliases[key];
  if (alias !== void 0) return alias;
  throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown region: ${idOrAlias}`, {
    params: { idOrAlias }
  });
}
function regionalReview(id) {
  const review = regionalReviews.find((candidate) => candidate.id === id);
  if (review === void 0) {
    throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown regional review: ${id}`, {
      params: { id }
    });
  }
  return review;
}

// ../domain/src/stakeholders.ts
var byId = new Map(stakeholderCategories.map((c2) => [c2.id, c2]));
var byAlias = new Map(
  stakeholderCategories.flatMap(
    (c2) => "aliases" in c2 ? c2.aliases.map((a) => [a.toLowerCase(), c2]) : []
  )
);
function isStakeholderCategory(id) {
  return byId.has(id);
}

// src/limits.ts
var limits = {
  /** Bytes of one file. */
  fileBytes: 2 * 1024 * 1024,
  /** Files in one dossier. */
  files: 5e3,
  /** Nesting of mappings and sequences in one document. */
  depth: 32,
  /** Characters of one text field. */
  textLength: 2e4,
  /** YAML aliases resolved in one document (guards against alias bombs). */
  aliases: 100
};

// src/decode.ts
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length = byte < 128 ? 1 : byte >= 194 && byte < 224 ? 2 : byte >= 224 && byte < 240 ? 3 : byte >= 240 && byte < 245 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 192) !== 128) return i;
    i += length;
  }
  return -1;
}
function decode(bytes) {
  if (bytes.length > limits.fileBytes) {
    return {
      ok: false,
      problem: { code: "file-too-large", params: { size: bytes.length, limit: limits.fileBytes } }
    };
  }
  const [first, second, third] = bytes;
  if (first === 255 && second === 254 || first === 254 && second === 255) {
    const text = new TextDecoder(first === 255 ? "utf-16le" : "utf-16be").decode(
      bytes.subarray(2)
    );
    return { ok: true, text, utf16: true };
  }
  const start = first === 239 && second === 187 && third === 191 ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0)) return { ok: false, problem: { code: "file-binary", params: {} } };
  const invalid = firstInvalidUtf8(body);
  if (invalid >= 0)
    return { ok: false, problem: { code: "file-encoding", params: { offset: invalid + start } } };
  return { ok: true, text: new TextDecoder("utf-8").decode(body), utf16: false };
}

// src/dossier.ts
function kindOfPath(path) {
  const name = path.split("/").at(-1) ?? "";
  if (name.startsWith(".") || /^readme\.md$/i.test(name) || path.split("/").some((part) => part.startsWith("."))) {
    return "skipped";
  }
  const data = /\.(ya?ml|json)$/i;
  if (/^review\.(ya?ml|json)$/i.test(path)) return "review";
  if (/^participation\.(ya?ml|json)$/i.test(path)) return "participation";
  if (path.startsWith("inputs/") && data.test(path)) return "input";
  if (path.startsWith("messages/") && data.test(path)) return "message";
  if (path.startsWith("papers/") && /\.md$/i.test(path)) return "paper";
  return "ignored";
}

// src/dossier-schema.ts
import { z as z5 } from "zod";
var Slug2 = z5.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
var Text2 = z5.string().min(1);
var ObjectiveNumber = z5.int().min(1).max(23);
var Month = z5.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/);
var DossierTheme = z5.strictObject({ id: Slug2, title: Text2 });
var DossierEvent = z5.strictObject({
  id: Slug2,
  kind: EventKind,
  title: Text2,
  start: z5.iso.date(),
  end: z5.iso.date(),
  venue: Venue.optional(),
  modality: Modality.optional(),
  interpretation: z5.array(UnLanguage).optional()
});
var DossierSession = z5.strictObject({
  id: Slug2,
  event: Slug2,
  title: Text2,
  theme: Slug2.optional(),
  objectives: z5.array(ObjectiveNumber).optional(),
  paper: Slug2.optional()
});
var DossierReview = z5.strictObject({
  registry: z5.string().optional(),
  region: z5.string().optional(),
  round: z5.int().min(1).max(20).optional(),
  title: Text2,
  languages: z5.array(UnLanguage).min(1),
  themes: z5.array(DossierTheme).optional(),
  deadlines: z5.strictObject({
    inputs: z5.iso.date().optional(),
    outcome: z5.union([z5.iso.date(), Month]).optional()
  }).optional(),
  events: z5.array(DossierEvent).optional(),
  sessions: z5.array(DossierSession).optional()
});
var PaperFrontMatter = z5.strictObject({
  id: Slug2,
  session: Slug2.optional(),
  title: Text2,
  language: UnLanguage,
  themes: z5.array(Slug2).optional(),
  objectives: z5.array(ObjectiveNumber).optional()
});
var Count = z5.int().min(0).max(1e6);
var Participation = z5.strictObject({
  events: z5.array(
    z5.strictObject({
      event: Slug2,
      byCategory: z5.array(z5.strictObject({ category: Slug2, inPerson: Count, remote: Count })).optional(),
      byState: z5.array(
        z5.strictObject({
          country: z5.string().regex(/^[A-Z]{3}$/),
          inPerson: Count,
          remote: Count
        })
      ).optional()
    })
  )
});
var documentSchemas = {
  review: DossierReview,
  input: WrittenInput,
  paper: PaperFrontMatter,
  message: KeyMessage,
  participation: Participation
};

// src/issue-codes.ts
var issueCodes = {
  // Files: reading, encoding, syntax, size.
  "file-unreadable": "error",
  "file-too-large": "error",
  "file-binary": "error",
  "file-encoding": "error",
  "file-utf16": "warning",
  "file-ignored": "info",
  "too-many-files": "error",
  "missing-review": "error",
  "yaml-syntax": "error",
  "json-syntax": "error",
  "duplicate-key": "error",
  "too-deep": "error",
  "not-a-mapping": "error",
  "missing-front-matter": "error",
  // Shape (mapped from the schemas).
  "missing-field": "error",
  "unknown-field": "error",
  "invalid-type": "error",
  "invalid-value": "error",
  "invalid-format": "error",
  "invalid-date": "error",
  "out-of-range": "error",
  "too-few-items": "error",
  // Content of any text a person wrote.
  "empty-text": "error",
  "text-too-long": "error",
  "control-character": "error",
  "bidi-control": "error",
  "personal-data": "warning",
  "script-mismatch": "warning",
  // References.
  "unknown-objective": "error",
  "unknown-principle": "error",
  "unknown-theme": "error",
  "unknown-stakeholder-category": "error",
  "unknown-country": "error",
  "unknown-region": "error",
  "unknown-registry-review": "error",
  "unknown-session": "error",
  "unknown-event": "error",
  "unknown-paper": "error",
  "unknown-citation": "error",
  "duplicate-id": "error",
  "duplicate-objective": "warning",
  // The rules of a review.
  "missing-country": "error",
  "missing-category": "error",
  "state-outside-region": "warning",
  "language-not-of-review": "warning",
  "publication-without-consent": "error",
  "sample-not-marked": "warning",
  "submitted-after-deadline": "warning",
  "submitted-in-future": "warning",
  "date-outside-round": "warning",
  "event-dates-reversed": "error",
  "registry-mismatch": "warning",
  "session-without-paper": "warning",
  "paper-session-mismatch": "warning",
  "message-without-citation": "error",
  "round-table-mismatch": "warning",
  "participation-negative": "error"
};

// src/pointer.ts
function toPointer(path) {
  return path.map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

// src/rules/content.ts
var scripts = ["Latn", "Arab", "Cyrl", "Hani"];
var scriptOfLanguage = {
  ar: "Arab",
  en: "Latn",
  fr: "Latn",
  es: "Latn",
  ru: "Cyrl",
  zh: "Hani"
};
var sampleMarkers = [
  "Sample \u2014 fictional",
  "Exemple \u2014 fictif",
  "\u0645\u062B\u0627\u0644 \u2014 \u0627\u0641\u062A\u0631\u0627\u0636\u064A",
  "Ejemplo \u2014 ficticio",
  "\u041F\u0440\u0438\u043C\u0435\u0440 \u2014 \u0432\u044B\u043C\u044B\u0448\u043B\u0435\u043D\u043D\u044B\u0439",
  "\u793A\u4F8B \u2014 \u865A\u6784"
];
var publishedFields = /* @__PURE__ */ new Set([
  "name",
  "title",
  "summary",
  "progress",
  "practices",
  "challenges",
  "recommendations",
  "text",
  "body"
]);
var mainFields = /* @__PURE__ */ new Set(["title", "summary", "progress", "text", "body"]);
var minimumLetters = 20;
var hex = (codePoint) => `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
var isControl = (c2) => c2 < 32 && c2 !== 9 && c2 !== 10 && c2 !== 13 || c2 >= 127 && c2 <= 159;
var isEmbedding = (c2) => c2 >= 8234 && c2 <= 8238;
var isParagraphEnd = (c2) => c2 === 10 || c2 === 13 || c2 === 133 || c2 === 8233 || c2 >= 28 && c2 <= 30;
function scanCharacters(text) {
  let offset = 0;
  let control;
  let bidi;
  const open = [];
  const misused = (found) => {
    if (bidi === void 0 || found.offset < bidi.offset) bidi = found;
  };
  for (let index = 0; index < text.length; index += 1, offset += 1) {
    const c2 = text.charCodeAt(index);
    if (c2 >= 32 && c2 < 127) continue;
    if (c2 >= 55296 && c2 <= 56319) {
      const next = text.charCodeAt(index + 1);
      if (next >= 56320 && next <= 57343) index += 1;
      continue;
    }
    if (control === void 0 && isControl(c2)) control = { codePoint: c2, offset };
    if (isEmbedding(c2)) misused({ codePoint: c2, offset });
    else if (c2 >= 8294 && c2 <= 8296) open.push({ codePoint: c2, offset });
    else if (c2 === 8297) {
      if (open.pop() === void 0) misused({ codePoint: c2, offset });
    } else if (isParagraphEnd(c2)) {
      const unclosed2 = open[0];
      if (unclosed2 !== void 0) misused(unclosed2);
      open.length = 0;
    }
  }
  const unclosed = open[0];
  if (unclosed !== void 0) misused(unclosed);
  return { length: offset, control, bidi };
}
function scriptOf(c2) {
  if (c2 >= 65 && c2 <= 90 || c2 >= 97 && c2 <= 122) return "Latn";
  if (c2 < 192) return void 0;
  if (c2 <= 591 && c2 !== 215 && c2 !== 247 || c2 >= 7680 && c2 <= 7935) return "Latn";
  if (c2 >= 1024 && c2 <= 1154 || c2 >= 1162 && c2 <= 1327) return "Cyrl";
  if (c2 >= 1568 && c2 <= 1610 || c2 >= 1646 && c2 <= 1747 && c2 !== 1648 || c2 === 1749 || c2 >= 1786 && c2 <= 1788 || c2 >= 1872 && c2 <= 1919 || c2 >= 2208 && c2 <= 2249 || c2 >= 64336 && c2 <= 65019 || c2 >= 65136 && c2 <= 65276) {
    return "Arab";
  }
  if (c2 >= 13312 && c2 <= 19903 || c2 >= 19968 && c2 <= 40959 || c2 >= 63744 && c2 <= 64255)
    return "Hani";
  return void 0;
}
var unitClass = new Uint8Array(65536);
for (let c2 = 0; c2 < 65536; c2 += 1) {
  const script = scriptOf(c2);
  if (script !== void 0) unitClass[c2] = scripts.indexOf(script) + 1;
}
unitClass.fill(5, 55360, 55424);
for (const c2 of "0123456789/@_:") unitClass[c2.charCodeAt(0)] = 6;
for (const c2 of ".-'\u2019") unitClass[c2.charCodeAt(0)] = 7;
function countLetters(text) {
  const counts = [0, 0, 0, 0, 0, 0];
  let latin = 0;
  let ignored = false;
  for (let index = 0; index < text.length; index += 1) {
    const unit = unitClass[text.charCodeAt(index)] ?? 0;
    if (unit === 1) latin += 1;
    else if (unit === 6) ignored = true;
    else if (unit !== 7) {
      if (!ignored) counts[1] = (counts[1] ?? 0) + latin;
      latin = 0;
      ignored = false;
      if (unit === 5) index += 1;
      counts[unit] = (counts[unit] ?? 0) + 1;
    }
  }
  if (!ignored) counts[1] = (counts[1] ?? 0) + latin;
  const [, latn = 0, arab = 0, cyrl = 0, hani = 0, astralHan = 0] = counts;
  return { Latn: latn, Arab: arab, Cyrl: cyrl, Hani: hani + astralHan };
}
var emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
var digit = "[0-9\\u0660-\\u0669\\u06f0-\\u06f9]";
var group = `(?:\\(${digit}{1,5}\\)|${digit})`;
var phonePattern = new RegExp(
  `(?<![\\p{L}\\p{N}_@+])\\+?${group}(?:[ .\\u00a0\\u202f-]?${group})*(?![\\p{L}\\p{N}])`,
  "gu"
);
var notPhone = [
  /^\d{4}[-.]\d{1,2}[-.]\d{1,2}$/,
  /^\d{1,2}[-.]\d{1,2}[-.]\d{4}$/,
  /^(?:19|20)\d\d(?:[ -](?:19|20)\d\d)+$/,
  /^[1-9]\d{0,2}([ .\u00a0\u202f])\d{3}(?:\1\d{3})*$/,
  /^\d+\.\d+$/,
  /^[1-9]\d*$/
];
var bookNumber = /\bIS[BS]N[\s:-]*$/i;
var asciiDigits = (text) => text.replace(
  /[\u0660-\u0669\u06f0-\u06f9]/g,
  (digit2) => String((digit2.codePointAt(0) ?? 0) % 16)
);
var isDigit = (ch) => /[0-9\u0660-\u0669\u06f0-\u06f9]/.test(ch);
function maskPhone(phone) {
  const total = [...phone].filter(isDigit).length;
  let seen = 0;
  return [...phone].map((ch) => {
    if (!isDigit(ch)) return ch;
    seen += 1;
    return seen <= 2 || seen > total - 2 ? ch : "*";
  }).join("");
}
function findPhone(text) {
  for (const match of text.matchAll(phonePattern)) {
    const candidate = match[0];
    if (candidate.length < 8) continue;
    const phone = asciiDigits(candidate);
    const digits = phone.replace(/\D/g, "").length;
    if (digits < 8 || digits > 15) continue;
    if (bookNumber.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    const international = phone.startsWith("+") || phone.startsWith("00");
    if (international || !notPhone.some((pattern) => pattern.test(phone))) return candidate;
  }
  return void 0;
}
function findEmail(text) {
  if (!text.includes("@")) return void 0;
  const address = emailPattern.exec(text)?.[0];
  if (address === void 0) return void 0;
  const at = address.indexOf("@");
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}
function fieldOf(path) {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const part = path[index];
    if (typeof part === "string") return part;
  }
  return "";
}
function walkStrings(value, path, visit) {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value))
    value.forEach((item, index) => walkStrings(item, [...path, index], visit));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}
function checkDocument({ doc, published, language }, report) {
  const letters = { Arab: 0, Latn: 0, Cyrl: 0, Hani: 0 };
  walkStrings(doc.value, [], (text, path) => {
    const at = { doc, path };
    if (text.trim() === "") {
      report("empty-text", at, {});
      return;
    }
    const field = fieldOf(path);
    const { length, control, bidi } = scanCharacters(text);
    if (length > limits.textLength && field !== "body")
      report("text-too-long", at, { length, limit: limits.textLength });
    if (control !== void 0)
      report("control-character", at, {
        codePoint: hex(control.codePoint),
        offset: control.offset
      });
    if (bidi !== void 0)
      report("bidi-control", at, { codePoint: hex(bidi.codePoint), offset: bidi.offset });
    if (published && publishedFields.has(field)) {
      const email = findEmail(text);
      if (email !== void 0) report("personal-data", at, { kind: "email", excerpt: email });
      const phone = findPhone(text);
      if (phone !== void 0)
        report("personal-data", at, { kind: "phone", excerpt: maskPhone(phone) });
    }
    if (language !== void 0 && mainFields.has(field)) {
      const counted = countLetters(text);
      const total2 = counted.Arab + counted.Latn + counted.Cyrl + counted.Hani;
      if (total2 >= minimumLetters) {
        for (const script2 of scripts) letters[script2] += counted[script2];
      }
    }
  });
  if (language === void 0) return;
  const expected = scriptOfLanguage[language];
  const total = letters.Arab + letters.Latn + letters.Cyrl + letters.Hani;
  if (total < minimumLetters || letters[expected] * 2 >= total) return;
  const script = scripts.reduce(
    (best, candidate) => letters[candidate] > letters[best] ? candidate : best
  );
  if (script !== expected)
    report("script-mismatch", { doc, path: ["language"] }, { language, script });
}
var texts = {
  name: "texts",
  codes: [
    "empty-text",
    "text-too-long",
    "control-character",
    "bidi-control",
    "personal-data",
    "script-mismatch"
  ],
  check({ dossier, report }) {
    const { review, participation } = dossier;
    if (review !== void 0)
      checkDocument({ doc: review, published: false, language: void 0 }, report);
    if (participation !== void 0)
      checkDocument({ doc: participation, published: false, language: void 0 }, report);
    for (const doc of [...dossier.inputs, ...dossier.papers, ...dossier.messages])
      checkDocument({ doc, published: true, language: doc.value.language }, report);
  }
};
var sampleMarked = {
  name: "sample-marked",
  codes: ["sample-not-marked"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      const { sample, title } = doc.value;
      if (sample === true && !sampleMarkers.some((marker) => title.startsWith(marker)))
        report("sample-not-marked", { doc, path: ["title"] }, {});
    }
  }
};
var contentRules = [texts, sampleMarked];

// src/rules/references.ts
var principleIds = new Set(guidingPrinciples.map((principle) => principle.id));
var stateCodes = new Set(states.map((member) => member.iso3));
var principles2 = {
  name: "principles",
  codes: ["unknown-principle"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      doc.value.principles?.forEach((value, index) => {
        if (!principleIds.has(value))
          report("unknown-principle", { doc, path: ["principles", index] }, { value });
      });
    }
  }
};
var themes2 = {
  name: "themes",
  codes: ["unknown-theme"],
  check({ dossier, review, report }) {
    if (review === void 0) return;
    const known = new Set((review.themes ?? []).map((theme) => theme.id));
    const list = [...known].join(", ");
    const check = (doc, value, path) => {
      if (value !== void 0 && !known.has(value))
        report("unknown-theme", { doc, path }, { value, themes: list });
    };
    for (const doc of dossier.inputs)
      doc.value.themes?.forEach((value, index) => check(doc, value, ["themes", index]));
    for (const doc of dossier.papers)
      doc.value.themes?.forEach((value, index) => check(doc, value, ["themes", index]));
    for (const doc of dossier.messages) check(doc, doc.value.theme, ["theme"]);
    const reviewDoc = dossier.review;
    if (reviewDoc !== void 0) {
      review.sessions?.forEach(
        (session, index) => check(reviewDoc, session.theme, ["sessions", index, "theme"])
      );
    }
  }
};
var categories2 = {
  name: "stakeholder-categories",
  codes: ["unknown-stakeholder-category"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      const value = doc.value.submitter.category;
      if (value !== void 0 && !isStakeholderCategory(value)) {
        report("unknown-stakeholder-category", { doc, path: ["submitter", "category"] }, { value });
      }
    }
    const participation = dossier.participation;
    participation?.value.events.forEach(
      (event, eventIndex) => event.byCategory?.forEach((row, index) => {
        if (!isStakeholderCategory(row.category)) {
          report(
            "unknown-stakeholder-category",
            { doc: participation, path: ["events", eventIndex, "byCategory", index, "category"] },
            { value: row.category }
          );
        }
      })
    );
  }
};
var countries2 = {
  name: "countries",
  codes: ["unknown-country"],
  check({ dossier, review, report }) {
    for (const doc of dossier.inputs) {
      const value = doc.value.submitter.country;
      if (value !== void 0 && !stateCodes.has(value)) {
        report("unknown-country", { doc, path: ["submitter", "country"] }, { value });
      }
    }
    const participation = dossier.participation;
    participation?.value.events.forEach(
      (event, eventIndex) => event.byState?.forEach((row, index) => {
        if (!stateCodes.has(row.country)) {
          report(
            "unknown-country",
            { doc: participation, path: ["events", eventIndex, "byState", index, "country"] },
            { value: row.country }
          );
        }
      })
    );
    const reviewDoc = dossier.review;
    if (reviewDoc === void 0) return;
    review?.events?.forEach((event, index) => {
      if (event.venue !== void 0 && !stateCodes.has(event.venue.country)) {
        report(
          "unknown-country",
          { doc: reviewDoc, path: ["events", index, "venue", "country"] },
          { value: event.venue.country }
        );
      }
    });
  }
};
var regionAndRegistry = {
  name: "region-and-registry",
  codes: ["unknown-region", "unknown-registry-review"],
  check({ dossier, review, report }) {
    const doc = dossier.review;
    if (doc === void 0 || review === void 0) return;
    if (review.region !== void 0) {
      try {
        resolveRegion(review.region);
      } catch {
        report("unknown-region", { doc, path: ["region"] }, { value: review.region });
      }
    }
    if (review.registry !== void 0) {
      try {
        regionalReview(review.registry);
      } catch {
        report("unknown-registry-review", { doc, path: ["registry"] }, { value: review.registry });
      }
    }
  }
};
var duplicateIds = {
  name: "duplicate-ids",
  codes: ["duplicate-id"],
  check({ dossier, review, report }) {
    const seen = /* @__PURE__ */ new Map();
    const visit = (doc, id, path) => {
      const first = seen.get(id);
      if (first !== void 0) {
        report("duplicate-id", { doc, path }, { id, firstFile: first.file, firstLine: first.line });
        return;
      }
      seen.set(id, {
        file: doc.file,
        line: doc.source.locate(path, { lineOffset: doc.lineOffset }).line
      });
    };
    const reviewDoc = dossier.review;
    if (reviewDoc !== void 0) {
      review?.events?.forEach(
        (event, index) => visit(reviewDoc, event.id, ["events", index, "id"])
      );
      review?.sessions?.forEach(
        (session, index) => visit(reviewDoc, session.id, ["sessions", index, "id"])
      );
    }
    for (const doc of [...dossier.inputs, ...dossier.papers, ...dossier.messages])
      visit(doc, doc.value.id, ["id"]);
  }
};
var referenceRules = [
  principles2,
  themes2,
  categories2,
  countries2,
  regionAndRegistry,
  duplicateIds
];

// src/rules/review.ts
var stateCodes2 = new Set(states.map((member) => member.iso3));
var ROUND_YEARS = { base: 2016, every: 4, length: 2, early: 1 };
function roundWindow(round, early) {
  const first = ROUND_YEARS.base + ROUND_YEARS.every * round;
  const from = early ? first - ROUND_YEARS.early : first;
  return { from: `${from}-01-01`, to: `${first + ROUND_YEARS.length - 1}-12-31` };
}
var regionCache = /* @__PURE__ */ new Map();
function regionStates(region) {
  if (regionCache.has(region)) return regionCache.get(region);
  const groups = region === "escwa" ? ["las", "escwa"] : [region];
  const partial = membershipCoverage.some(
    (entry) => groups.includes(entry.group) && entry.coverage === "partial"
  );
  const members = partial ? void 0 : new Set(
    [...region === "escwa" ? arabRegion() : [], ...membersOf(region)].map((s) => s.iso3)
  );
  regionCache.set(region, members);
  return members;
}
var submitters = {
  name: "submitters",
  codes: ["missing-country", "missing-category"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      const { kind, submitter } = doc.value;
      if (kind === "member-state" && submitter.country === void 0)
        report("missing-country", { doc, path: ["submitter"] }, {});
      if (kind === "stakeholder" && submitter.category === void 0)
        report("missing-category", { doc, path: ["submitter"] }, {});
    }
  }
};
var stateInRegion = {
  name: "state-in-region",
  codes: ["state-outside-region"],
  check({ dossier, region, report }) {
    if (region === void 0) return;
    const members = regionStates(region);
    if (members === void 0) return;
    for (const doc of dossier.inputs) {
      const country = doc.value.submitter.country;
      if (doc.value.kind !== "member-state" || country === void 0 || !stateCodes2.has(country) || members.has(country))
        continue;
      report("state-outside-region", { doc, path: ["submitter", "country"] }, { country, region });
    }
  }
};
var languages = {
  name: "languages",
  codes: ["language-not-of-review"],
  check({ dossier, review, report }) {
    if (review === void 0) return;
    const known = new Set(review.languages);
    const list = review.languages.join(", ");
    const check = (doc, language) => {
      if (language !== void 0 && !known.has(language))
        report(
          "language-not-of-review",
          { doc, path: ["language"] },
          { language, languages: list }
        );
    };
    for (const doc of dossier.inputs) check(doc, doc.value.language);
    for (const doc of dossier.papers) check(doc, doc.value.language);
    for (const doc of dossier.messages) check(doc, doc.value.language);
  }
};
var publicationConsent = {
  name: "publication-consent",
  codes: ["publication-without-consent"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      const { publish, consent } = doc.value.publication;
      if (publish === true && !consent)
        report("publication-without-consent", { doc, path: ["publication", "consent"] }, {});
    }
  }
};
var submissionDates = {
  name: "submission-dates",
  codes: ["submitted-after-deadline", "submitted-in-future"],
  check({ dossier, review, today, report }) {
    const deadline = review?.deadlines?.inputs;
    for (const doc of dossier.inputs) {
      const date = doc.value.submittedOn;
      if (deadline !== void 0 && date > deadline)
        report("submitted-after-deadline", { doc, path: ["submittedOn"] }, { date, deadline });
      if (date > today) report("submitted-in-future", { doc, path: ["submittedOn"] }, { date });
    }
  }
};
var roundDates = {
  name: "round-dates",
  codes: ["date-outside-round"],
  check({ dossier, review, registry, report }) {
    const round = review?.round ?? registry?.round;
    if (round === void 0) return;
    const strict = roundWindow(round, false);
    const early = roundWindow(round, true);
    const check = (doc, date, at) => {
      const window = at.early ? early : strict;
      if (date < window.from || date > window.to)
        report("date-outside-round", { doc, path: at.path }, { date, ...window });
    };
    const reviewDoc = dossier.review;
    if (reviewDoc !== void 0) {
      review?.events?.forEach((event, index) => {
        const isEarly = event.kind !== "conference";
        check(reviewDoc, event.start, { path: ["events", index, "start"], early: isEarly });
        check(reviewDoc, event.end, { path: ["events", index, "end"], early: isEarly });
      });
    }
    for (const doc of dossier.inputs)
      check(doc, doc.value.submittedOn, { path: ["submittedOn"], early: true });
  }
};
var eventDates = {
  name: "event-dates",
  codes: ["event-dates-reversed"],
  check({ dossier, review, report }) {
    const doc = dossier.review;
    if (doc === void 0) return;
    review?.events?.forEach(({ start, end }, index) => {
      if (end < start)
        report("event-dates-reversed", { doc, path: ["events", index, "end"] }, { start, end });
    });
  }
};
var sameText = (a, b) => a.normalize("NFC").trim().toLowerCase() === b.normalize("NFC").trim().toLowerCase();
function sameDate(value, registry, event) {
  return event.approximate === "month" ? value.slice(0, 7) === registry.slice(0, 7) : value === registry;
}
function eventMismatches(event, known) {
  const found = [];
  const shown2 = (date) => known.approximate === "month" ? date.slice(0, 7) : date;
  if (!sameDate(event.start, known.start, known))
    found.push({
      path: ["start"],
      field: "start",
      value: event.start,
      registry: shown2(known.start)
    });
  if (!sameDate(event.end, known.end, known))
    found.push({ path: ["end"], field: "end", value: event.end, registry: shown2(known.end) });
  if (event.venue !== void 0 && known.venue !== void 0 && !sameText(event.venue.city, known.venue.city))
    found.push({
      path: ["venue", "city"],
      field: "venue.city",
      value: event.venue.city,
      registry: known.venue.city
    });
  if (event.modality !== void 0 && known.modality !== void 0 && event.modality !== known.modality)
    found.push({
      path: ["modality"],
      field: "modality",
      value: event.modality,
      registry: known.modality
    });
  return found;
}
var registryAgreement = {
  name: "registry-agreement",
  codes: ["registry-mismatch"],
  check({ dossier, review, registry, region, report }) {
    const doc = dossier.review;
    if (doc === void 0 || review === void 0 || registry === void 0) return;
    if (review.region !== void 0 && region !== void 0 && region !== registry.region) {
      report(
        "registry-mismatch",
        { doc, path: ["region"] },
        { field: "region", value: review.region, registry: registry.region }
      );
    }
    if (review.round !== void 0 && review.round !== registry.round) {
      report(
        "registry-mismatch",
        { doc, path: ["round"] },
        { field: "round", value: String(review.round), registry: String(registry.round) }
      );
    }
    const known = new Map(registry.events.map((event) => [event.id, event]));
    review.events?.forEach((event, index) => {
      const match = known.get(event.id);
      if (match === void 0) return;
      for (const { path, ...params } of eventMismatches(event, match))
        report("registry-mismatch", { doc, path: ["events", index, ...path] }, params);
    });
  }
};
var reviewRules = [
  submitters,
  stateInRegion,
  languages,
  publicationConsent,
  submissionDates,
  roundDates,
  eventDates,
  registryAgreement
];

// src/rules/structure.ts
var roundTableByObjective = new Map(
  objectives.map((objective2) => [objective2.number, roundTableOf(objective2.number).number])
);
var isCitation = (source) => {
  try {
    parseCitation(source);
    return true;
  } catch {
    return false;
  }
};
var events = {
  name: "events",
  codes: ["unknown-event"],
  check({ dossier, review, registry, report }) {
    if (review === void 0) return;
    if (review.registry !== void 0 && registry === void 0) return;
    const known = /* @__PURE__ */ new Set();
    for (const event of review.events ?? []) known.add(event.id);
    for (const event of registry?.events ?? []) known.add(event.id);
    const reviewDoc = dossier.review;
    if (reviewDoc !== void 0) {
      review.sessions?.forEach((session, index) => {
        if (!known.has(session.event))
          report(
            "unknown-event",
            { doc: reviewDoc, path: ["sessions", index, "event"] },
            { value: session.event }
          );
      });
    }
    const participation = dossier.participation;
    participation?.value.events.forEach((entry, index) => {
      if (!known.has(entry.event))
        report(
          "unknown-event",
          { doc: participation, path: ["events", index, "event"] },
          { value: entry.event }
        );
    });
  }
};
var sessionsAndPapers = {
  name: "sessions-and-papers",
  codes: ["unknown-paper", "session-without-paper", "unknown-session", "paper-session-mismatch"],
  check({ dossier, review, report }) {
    const reviewDoc = dossier.review;
    if (reviewDoc === void 0 || review === void 0) return;
    const paperIds = /* @__PURE__ */ new Set([
      ...dossier.papers.map((doc) => doc.value.id),
      ...dossier.rejected.flatMap(
        (doc) => doc.kind === "paper" && doc.id !== void 0 ? [doc.id] : []
      )
    ]);
    const sessions = /* @__PURE__ */ new Map();
    for (const session of review.sessions ?? [])
      if (!sessions.has(session.id)) sessions.set(session.id, session);
    const named = /* @__PURE__ */ new Set();
    for (const doc of dossier.papers) {
      const id = doc.value.session;
      if (id === void 0) continue;
      named.add(id);
      const session = sessions.get(id);
      if (session === void 0) {
        report("unknown-session", { doc, path: ["session"] }, { value: id });
      } else if (session.paper !== doc.value.id) {
        report(
          "paper-session-mismatch",
          { doc, path: ["session"] },
          { paper: doc.value.id, session: id }
        );
      }
    }
    review.sessions?.forEach((session, index) => {
      if (session.paper === void 0) {
        if (!named.has(session.id))
          report(
            "session-without-paper",
            { doc: reviewDoc, path: ["sessions", index] },
            { session: session.id }
          );
      } else if (!paperIds.has(session.paper)) {
        report(
          "unknown-paper",
          { doc: reviewDoc, path: ["sessions", index, "paper"] },
          { value: session.paper }
        );
      }
    });
  }
};
var citations = {
  name: "citations",
  codes: ["unknown-citation"],
  check({ dossier, review, report }) {
    const inputIds = /* @__PURE__ */ new Set([
      ...dossier.inputs.map((doc) => doc.value.id),
      ...dossier.rejected.flatMap(
        (doc) => doc.kind === "input" && doc.id !== void 0 ? [doc.id] : []
      )
    ]);
    const sessionIds = review === void 0 ? void 0 : new Set((review.sessions ?? []).map((session) => session.id));
    const isKnown = (kind, ref) => {
      switch (kind) {
        case "input":
          return inputIds.has(ref);
        case "session":
          return sessionIds?.has(ref) ?? true;
        case "document":
          return isCitation(ref);
      }
    };
    for (const doc of dossier.messages) {
      doc.value.citations.forEach(({ kind, ref }, index) => {
        if (!isKnown(kind, ref))
          report(
            "unknown-citation",
            { doc, path: ["citations", index, "ref"] },
            { kind, value: ref }
          );
      });
    }
  }
};
var roundTables2 = {
  name: "round-tables",
  codes: ["round-table-mismatch"],
  check({ dossier, report }) {
    for (const doc of dossier.messages) {
      const { roundTable: roundTable2, objectives: objectives2 } = doc.value;
      if (roundTable2 === void 0 || objectives2.length === 0) continue;
      if (objectives2.some((objective2) => roundTableByObjective.get(objective2) === roundTable2))
        continue;
      report(
        "round-table-mismatch",
        { doc, path: ["roundTable"] },
        { roundTable: roundTable2, objectives: objectives2.join(", ") }
      );
    }
  }
};
var duplicateObjectives = {
  name: "duplicate-objectives",
  codes: ["duplicate-objective"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      const seen = /* @__PURE__ */ new Set();
      doc.value.objectives.forEach(({ objective: objective2 }, index) => {
        if (seen.has(objective2))
          report(
            "duplicate-objective",
            { doc, path: ["objectives", index, "objective"] },
            { objective: objective2 }
          );
        seen.add(objective2);
      });
    }
  }
};
var structureRules = [
  events,
  sessionsAndPapers,
  citations,
  roundTables2,
  duplicateObjectives
];

// src/rules/index.ts
var rules = [
  ...referenceRules,
  ...reviewRules,
  ...structureRules,
  ...contentRules
];

// src/source-file.ts
import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, parseDocument } from "yaml";
var START = { line: 1, column: 1 };
function flowDepth(text) {
  let depth = 0;
  let max = 0;
  let quote;
  for (const ch of text) {
    if (quote !== void 0) {
      if (ch === quote) quote = void 0;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "[" || ch === "{") max = Math.max(max, depth += 1);
    else if (ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
    else if (ch === "\n") quote = void 0;
  }
  return max;
}
function nodeDepth(node, depth) {
  if (depth > limits.depth) return depth;
  if (isMap(node))
    return Math.max(depth, ...node.items.map((pair) => nodeDepth(pair.value, depth + 1)));
  if (isSeq(node)) return Math.max(depth, ...node.items.map((item) => nodeDepth(item, depth + 1)));
  return depth;
}
function nodeAt(doc, path) {
  let value = doc.contents;
  let pair;
  for (const part of path) {
    if (isMap(value)) {
      const next = value.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(part)
      );
      if (next === void 0) break;
      pair = next;
      value = next.value;
    } else if (isSeq(value) && typeof part === "number" && value.items[part] !== void 0) {
      pair = void 0;
      value = value.items[part];
    } else break;
  }
  return { value, pair };
}
function countLines(lineCounter, text) {
  lineCounter.addNewLine(0);
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) {
    lineCounter.addNewLine(index + 1);
  }
}
function strictJsonProblem(text, lineCounter, position) {
  try {
    JSON.parse(text);
    return void 0;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(detail)?.[1] ?? 0);
    countLines(lineCounter, text);
    return {
      code: "json-syntax",
      position: position(Math.min(offset, text.length)),
      params: { detail }
    };
  }
}
function parseSource(text, options = {}) {
  return options.json ? parseJson(text) : parseYaml(text, options);
}
function parseYaml(text, options) {
  const lineCounter = new LineCounter();
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (flowDepth(text) > limits.depth) {
    return {
      data: void 0,
      problems: [{ code: "too-deep", position: START, params: { limit: limits.depth } }],
      locate: () => START
    };
  }
  if (options.json) {
    const jsonProblem = strictJsonProblem(text, lineCounter, position);
    if (jsonProblem !== void 0)
      return { data: void 0, problems: [jsonProblem], locate: () => START };
  }
  let doc;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      version: "1.2"
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      data: void 0,
      problems: [
        { code: options.json ? "json-syntax" : "yaml-syntax", position: START, params: { detail } }
      ],
      locate: () => START
    };
  }
  const problems = doc.errors.map((error) => {
    const at = position(error.pos[0]);
    if (error.code === "DUPLICATE_KEY") {
      const key = (/^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0] ?? "").trim().replace(/^["']|["']$/g, "");
      return { code: "duplicate-key", position: at, params: { key } };
    }
    return {
      code: options.json ? "json-syntax" : "yaml-syntax",
      position: at,
      params: { detail: error.message.split("\n")[0] ?? "" }
    };
  });
  if (problems.length === 0 && nodeDepth(doc.contents, 0) > limits.depth) {
    problems.push({ code: "too-deep", position: START, params: { limit: limits.depth } });
  }
  let data;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: limits.aliases });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({
        code: options.json ? "json-syntax" : "yaml-syntax",
        position: START,
        params: { detail }
      });
    }
  }
  const locate = (path, locateOptions = {}) => {
    const { value, pair } = nodeAt(doc, path);
    const offsetLines = locateOptions.lineOffset ?? 0;
    const wantKey = isPair(pair) && (locateOptions.key === true || !isNode(value));
    const target = wantKey && isPair(pair) ? pair.key : value;
    const range = isNode(target) ? target.range : void 0;
    const at = range === void 0 || range === null ? START : position(range[0]);
    return { line: at.line + offsetLines, column: at.column };
  };
  return { data, problems, locate };
}
function duplicateJsonKey(text) {
  const stack = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const top = stack.at(-1);
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (top?.keys !== void 0 && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1));
        if (top.keys.has(key)) return { key, offset: i };
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
    } else if (ch === "{") stack.push({ keys: /* @__PURE__ */ new Set(), expectKey: true });
    else if (ch === "[") stack.push({ keys: void 0, expectKey: false });
    else if (ch === "}" || ch === "]") stack.pop();
    else if (ch === "," && top?.keys !== void 0) top.expectKey = true;
  }
  return void 0;
}
function valueDepth(value, depth) {
  if (depth > limits.depth || typeof value !== "object" || value === null) return depth;
  const children = Array.isArray(value) ? value : Object.values(value);
  let max = depth;
  for (const child of children) max = Math.max(max, valueDepth(child, depth + 1));
  return max;
}
function parseJson(text) {
  const lineCounter = new LineCounter();
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (flowDepth(text) > limits.depth) {
    return {
      data: void 0,
      problems: [{ code: "too-deep", position: START, params: { limit: limits.depth } }],
      locate: () => START
    };
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    const problem = strictJsonProblem(text, lineCounter, position);
    return {
      data: void 0,
      problems: problem === void 0 ? [] : [problem],
      locate: () => START
    };
  }
  const duplicate = duplicateJsonKey(text);
  if (duplicate !== void 0) {
    countLines(lineCounter, text);
    return {
      data: void 0,
      problems: [
        {
          code: "duplicate-key",
          position: position(duplicate.offset),
          params: { key: duplicate.key }
        }
      ],
      locate: () => START
    };
  }
  if (valueDepth(data, 0) > limits.depth) {
    return {
      data: void 0,
      problems: [{ code: "too-deep", position: START, params: { limit: limits.depth } }],
      locate: () => START
    };
  }
  let located;
  return {
    data,
    problems: [],
    locate: (path, options) => (located ??= parseYaml(text, { json: true })).locate(path, options)
  };
}

// src/zod-issues.ts
var describe = (value) => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "mapping";
  return typeof value;
};
var shown = (value) => {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
var pathOf = (issue2) => issue2.path.filter((part) => typeof part !== "symbol");
var isObjectivePath = (path) => path.at(-1) === "objective" || path.at(-2) === "objectives";
function shapeFindings(issue2) {
  const path = pathOf(issue2);
  switch (issue2.code) {
    case "invalid_type":
      if (issue2.input === void 0) {
        return [{ code: "missing-field", params: { field: String(path.at(-1) ?? "") }, path }];
      }
      return [
        {
          code: "invalid-type",
          params: { expected: issue2.expected, received: describe(issue2.input) },
          path
        }
      ];
    case "unrecognized_keys":
      return issue2.keys.map((field) => ({
        code: "unknown-field",
        params: { field },
        path: [...path, field],
        key: true
      }));
    case "invalid_value":
      return [
        {
          code: "invalid-value",
          params: {
            value: shown(issue2.input),
            allowed: issue2.values.map((value) => String(value)).join(", ")
          },
          path
        }
      ];
    case "invalid_format":
      if (issue2.format === "date")
        return [{ code: "invalid-date", params: { value: shown(issue2.input) }, path }];
      return [
        {
          code: "invalid-format",
          params: { value: shown(issue2.input), format: issue2.format },
          path
        }
      ];
    case "too_small":
      if (issue2.origin === "string") return [{ code: "empty-text", params: {}, path }];
      if (path.at(-1) === "citations")
        return [{ code: "message-without-citation", params: {}, path }];
      if (path.at(-1) === "inPerson" || path.at(-1) === "remote") {
        return [{ code: "participation-negative", params: { value: Number(issue2.input) }, path }];
      }
      if (issue2.origin === "array" || issue2.origin === "set") {
        return [{ code: "too-few-items", params: { minimum: Number(issue2.minimum) }, path }];
      }
      if (isObjectivePath(path))
        return [{ code: "unknown-objective", params: { value: shown(issue2.input) }, path }];
      return [
        {
          code: "out-of-range",
          params: { value: shown(issue2.input), min: String(issue2.minimum), max: "" },
          path
        }
      ];
    case "too_big":
      if (issue2.origin === "string") {
        return [
          {
            code: "text-too-long",
            params: {
              length: typeof issue2.input === "string" ? issue2.input.length : 0,
              limit: Number(issue2.maximum)
            },
            path
          }
        ];
      }
      if (isObjectivePath(path))
        return [{ code: "unknown-objective", params: { value: shown(issue2.input) }, path }];
      return [
        {
          code: "out-of-range",
          params: { value: shown(issue2.input), min: "", max: String(issue2.maximum) },
          path
        }
      ];
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
    case "not_multiple_of":
    case "custom":
      return [{ code: "invalid-value", params: { value: shown(issue2.input), allowed: "" }, path }];
  }
}

// src/validate.ts
function issue(code, where, params) {
  return { code, severity: issueCodes[code], ...where, params };
}
function splitFrontMatter(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (match === null) return void 0;
  return { front: match[1] ?? "", body: text.slice(match[0].length) };
}
function load(files, issues) {
  const loaded = [];
  const top = { line: 1, column: 1, path: "" };
  if (files.length > limits.files) {
    issues.push(issue("too-many-files", { file: "", ...top }, { limit: limits.files }));
    return loaded;
  }
  for (const { path, bytes, size } of files) {
    const kind = kindOfPath(path);
    if (kind === "skipped") continue;
    if (kind === "ignored") {
      issues.push(
        issue(
          "file-ignored",
          { file: path, ...top },
          { extension: /\.[^./]+$/.exec(path)?.[0] ?? "" }
        )
      );
      continue;
    }
    if (size !== void 0 && size > limits.fileBytes) {
      issues.push(
        issue("file-too-large", { file: path, ...top }, { size, limit: limits.fileBytes })
      );
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      issues.push(
        issue(decoded.problem.code, { file: path, ...top }, decoded.problem.params)
      );
      continue;
    }
    if (decoded.utf16) issues.push(issue("file-utf16", { file: path, ...top }, {}));
    let text = decoded.text;
    let lineOffset = 0;
    let body;
    if (kind === "paper") {
      const parts = splitFrontMatter(text);
      if (parts === void 0) {
        issues.push(issue("missing-front-matter", { file: path, ...top }, {}));
        continue;
      }
      text = parts.front;
      body = parts.body;
      lineOffset = 1;
    }
    const source = parseSource(text, { json: /\.json$/i.test(path) });
    for (const problem of source.problems) {
      const where = {
        file: path,
        line: problem.position.line + lineOffset,
        column: problem.position.column,
        path: ""
      };
      issues.push(issue(problem.code, where, problem.params));
    }
    if (source.data === void 0) continue;
    loaded.push({ kind, file: path, source, lineOffset, ...body === void 0 ? {} : { body } });
  }
  return loaded;
}
function locateIn(doc, at) {
  const position = doc.source.locate(at.path, { key: at.key ?? false, lineOffset: doc.lineOffset });
  return { file: doc.file, line: position.line, column: position.column, path: toPointer(at.path) };
}
function shape(loaded, issues) {
  const dossier = {
    review: void 0,
    inputs: [],
    papers: [],
    messages: [],
    participation: void 0,
    rejected: []
  };
  for (const doc of loaded) {
    if (typeof doc.source.data !== "object" || doc.source.data === null || Array.isArray(doc.source.data)) {
      issues.push(
        issue(
          "not-a-mapping",
          { file: doc.file, line: 1 + doc.lineOffset, column: 1, path: "" },
          {}
        )
      );
      continue;
    }
    const result = documentSchemas[doc.kind].safeParse(doc.source.data, { reportInput: true });
    if (!result.success) {
      for (const zodIssue of result.error.issues) {
        for (const finding of shapeFindings(zodIssue)) {
          issues.push(issue(finding.code, locateIn(doc, finding), finding.params));
        }
      }
      const id = doc.source.data.id;
      dossier.rejected.push({
        kind: doc.kind,
        file: doc.file,
        id: typeof id === "string" ? id : void 0
      });
      continue;
    }
    const parsed = {
      kind: doc.kind,
      file: doc.file,
      source: doc.source,
      lineOffset: doc.lineOffset
    };
    switch (doc.kind) {
      case "review":
        dossier.review = { ...parsed, value: result.data };
        break;
      case "input":
        dossier.inputs.push({ ...parsed, value: result.data });
        break;
      case "paper":
        dossier.papers.push({
          ...parsed,
          value: { ...result.data, body: doc.body ?? "" }
        });
        break;
      case "message":
        dossier.messages.push({ ...parsed, value: result.data });
        break;
      case "participation":
        dossier.participation = { ...parsed, value: result.data };
        break;
    }
  }
  return dossier;
}
function regionOf(dossier, registry) {
  const stated = dossier.review?.value.region;
  if (stated !== void 0) {
    try {
      return resolveRegion(stated);
    } catch {
      return void 0;
    }
  }
  return registry?.region;
}
function registryOf(dossier) {
  const id = dossier.review?.value.registry;
  if (id === void 0) return void 0;
  try {
    return regionalReview(id);
  } catch {
    return void 0;
  }
}
var byPosition = (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
function validateDossierFiles(files, options = {}) {
  const issues = [];
  const dossier = shape(load(files, issues), issues);
  if (dossier.review === void 0 && !files.some((file) => kindOfPath(file.path) === "review")) {
    issues.push(issue("missing-review", { file: "review.yaml", line: 1, column: 1, path: "" }, {}));
  }
  const registry = registryOf(dossier);
  const context = {
    dossier,
    review: dossier.review?.value,
    registry,
    region: regionOf(dossier, registry),
    today: options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    report: (code, at, params) => {
      issues.push(issue(code, locateIn(at.doc, at), params));
    }
  };
  for (const rule of options.rules ?? rules) rule.check(context);
  issues.sort(byPosition);
  const ok = !issues.some((found) => found.severity === "error");
  return ok ? { ok, value: dossier, issues } : { ok, issues };
}

// ../../../../tmp/h14/quick2.ts
var c = makeCorpus(1e4);
var variants = {
  none: [],
  all: rules,
  noDup: rules.filter((r) => r.name !== "duplicate-ids")
};
for (const size of [3334, 100, 1]) for (const [name, rs] of Object.entries(variants)) {
  const times = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    for (let i = 0; i < c.inputs.length; i += size) validateDossierFiles([c.review, ...c.inputs.slice(i, i + size)], { today: TODAY, rules: rs });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log("batch", size, name, "ms", times.map((x) => x.toFixed(0)).join(" "), "\xB5s/doc", (times[1] / 10).toFixed(0));
}
