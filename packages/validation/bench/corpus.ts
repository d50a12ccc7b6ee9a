// A corpus of realistic written inputs (JSON, about 12 KB each, in Arabic, English or French) for the benchmark:
// deterministic, 90% valid, 10% invalid in varied ways, with a review.yaml they all refer to.

import type { DossierFile } from "../src/dossier.js";

export const TODAY = "2024-12-01";

export const reviewYaml = `registry: escwa-2
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

const sentences = {
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
    "Campaigns with the media and municipalities sought to counter discrimination and misleading narratives about migrants in public debate.",
  ],
  fr: [
    "Le Gouvernement a révisé ses accords bilatéraux de main-d'œuvre avec les pays de destination et y a ajouté des dispositions sur le recrutement équitable et les contrats types.",
    "Un comité national de coordination réunit les ministères du travail, de l'intérieur, des affaires étrangères et du développement social, ainsi que la société civile.",
    "Les travailleuses et travailleurs domestiques migrants restent exclus d'une partie du code du travail, ce qui limite leur accès aux mécanismes de plainte et à la protection sociale.",
    "Les services consulaires ont été étendus dans les principaux pays de destination, avec des journées consulaires mobiles et des rendez-vous en ligne pour les documents.",
    "Les autorités locales des zones frontalières ont ouvert des guichets uniques où les migrants reçoivent information, soins de santé et orientation vers les services de protection.",
    "Les données sur les flux migratoires restent dispersées entre les institutions ; un groupe de travail harmonise les définitions avec l'office national de la statistique.",
    "Des solutions de substitution à la rétention ont été expérimentées pour les familles avec enfants, avec un suivi par des travailleurs sociaux plutôt qu'un enfermement.",
    "Le coût des envois de fonds a baissé dans la région après l'agrément de nouveaux canaux numériques, mais les frais restent élevés dans plusieurs corridors.",
    "Les migrants de retour bénéficient d'un appui à la réintégration : formation professionnelle, petites subventions et accompagnement psychosocial avec les associations locales.",
    "Des campagnes menées avec les médias et les municipalités ont visé à combattre la discrimination et les récits trompeurs sur les migrants dans le débat public.",
  ],
  ar: [
    "راجعت الحكومة اتفاقيات العمل الثنائية مع بلدان المقصد وأضافت إليها أحكامًا بشأن التوظيف العادل والعقود الموحدة وإمكانية لجوء العمال المهاجرين إلى القضاء.",
    "تجمع لجنة تنسيق وطنية وزارات العمل والداخلية والخارجية والتنمية الاجتماعية، وتجتمع كل ثلاثة أشهر مع منظمات المجتمع المدني وأصحاب العمل.",
    "لا يزال العمال المهاجرون في العمل المنزلي مستثنين من أجزاء من قانون العمل، مما يحد من وصولهم إلى آليات الشكاوى والحماية الاجتماعية.",
    "توسعت الخدمات القنصلية في بلدان المقصد الرئيسية، مع أيام قنصلية متنقلة ومواعيد عبر الإنترنت لاستخراج الوثائق وتقديم المساعدة القانونية.",
    "افتتحت السلطات المحلية في المناطق الحدودية مراكز موحدة يحصل فيها المهاجرون على المعلومات والرعاية الصحية والإحالة إلى خدمات الحماية أيًا كان وضعهم.",
    "لا تزال البيانات المتعلقة بتدفقات الهجرة موزعة بين المؤسسات، ويعمل فريق عامل على توحيد التعاريف مع الجهاز الوطني للإحصاء والشركاء الإقليميين.",
    "جُرّبت بدائل للاحتجاز للأسر التي لديها أطفال، مع إدارة الحالات من قبل أخصائيين اجتماعيين والإبلاغ الدوري بدلًا من الاحتجاز.",
    "انخفضت تكلفة إرسال التحويلات المالية في المنطقة بعد الترخيص لقنوات رقمية جديدة، لكن الرسوم لا تزال مرتفعة في عدة ممرات.",
    "يحصل المهاجرون العائدون على دعم لإعادة الإدماج من خلال التدريب المهني والمنح الصغيرة والإرشاد النفسي والاجتماعي بالتعاون مع المنظمات المجتمعية.",
    "سعت حملات مع وسائل الإعلام والبلديات إلى مكافحة التمييز والروايات المضللة عن المهاجرين في النقاش العام.",
  ],
} as const;

type Language = keyof typeof sentences;

const countries = ["EGY", "JOR", "MAR", "TUN", "LBN", "IRQ", "QAT", "OMN", "SDN", "MRT"];
const categories = ["civil-society", "academia", "private-sector", "diasporas", "migrants"];
const principles = ["people-centred", "human-rights", "gender-responsive", "child-sensitive"];
const themes = ["regular-pathways", "irregular-migration", "basic-services"];

// A small deterministic generator (mulberry32), so every run measures the same corpus.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ways an input is made invalid, one per invalid document in turn; each yields at least one error. */
export const defects = [
  "unknown-objective",
  "missing-field",
  "bad-date",
  "bidi-override",
  "unknown-category",
  "unknown-principle",
  "unknown-theme",
  "wrong-type",
  "unknown-field",
  "control-character",
] as const;
export type Defect = (typeof defects)[number];

function breakInput(input: Record<string, unknown>, defect: Defect): void {
  const objectives = input.objectives as Record<string, unknown>[];
  const first = objectives[0] ?? {};
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
      input.summary = `${String(input.summary)}\u0007`;
      break;
  }
}

export interface Corpus {
  review: DossierFile;
  /** Every input, in order: `valid[index]` says whether it is meant to pass. */
  inputs: DossierFile[];
  valid: boolean[];
  defectOf: (Defect | undefined)[];
}

/** `count` written inputs as JSON files, one in ten invalid. */
export function makeCorpus(count: number): Corpus {
  const next = random(2024);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const paragraph = (language: Language, length: number) =>
    Array.from({ length }, () => pick(sentences[language])).join(" ");
  const encoder = new TextEncoder();
  const inputs: DossierFile[] = [];
  const valid: boolean[] = [];
  const defectOf: (Defect | undefined)[] = [];
  for (let index = 0; index < count; index += 1) {
    const language = pick(["ar", "en", "fr"] as const);
    // Arabic takes two bytes a letter: fewer sentences give about the same size.
    const size = language === "ar" ? 0.6 : 1;
    const state = next() < 0.5;
    const objectiveNumbers = Array.from({ length: 23 }, (_, number) => number + 1)
      .sort(() => next() - 0.5)
      .slice(0, 5);
    const input: Record<string, unknown> = {
      id: `input-${index}`,
      kind: state ? "member-state" : "stakeholder",
      submitter: state
        ? { name: `Submitter ${index}`, country: pick(countries) }
        : { name: `Network ${index}`, category: pick(categories) },
      language,
      submittedOn: `2024-0${1 + Math.floor(next() * 5)}-1${Math.floor(next() * 10)}`,
      title: paragraph(language, 1).slice(0, 90),
      summary: paragraph(language, Math.round(5 * size)),
      objectives: objectiveNumbers.map((objective) => ({
        objective,
        progress: paragraph(language, Math.round(6 * size)),
        practices: [paragraph(language, 1), paragraph(language, 1)],
        challenges: [paragraph(language, 1), paragraph(language, 1)],
      })),
      principles: [pick(principles)],
      themes: [pick(themes)],
      recommendations: Array.from({ length: 4 }, () => paragraph(language, 1)),
      publication: { consent: true, publish: next() < 0.5 },
    };
    const invalid = index % 10 === 9;
    const defect = invalid ? defects[Math.floor(index / 10) % defects.length] : undefined;
    if (defect !== undefined) breakInput(input, defect);
    inputs.push({
      path: `inputs/input-${index}.json`,
      bytes: encoder.encode(JSON.stringify(input, null, 2)),
    });
    valid.push(!invalid);
    defectOf.push(defect);
  }
  return {
    review: { path: "review.yaml", bytes: encoder.encode(reviewYaml) },
    inputs,
    valid,
    defectOf,
  };
}
