import {
  arabRegion,
  commissions,
  guidingPrinciples,
  objectives,
  parseCitation,
  resolutions,
  roundTables,
  stakeholderCategories,
} from "@gcm-review/domain";
import { describe, expect, it } from "vitest";

import type { EntityLabels } from "../src/entity-labels-schema.js";
import type { Label } from "../src/label-schema.js";
import type { Locale } from "../src/locale.js";

import { entityLabels, objectiveLabel } from "../src/entity-labels.js";
import { EntityLabels as EntityLabelsSchema, ObjectiveKey } from "../src/entity-labels-schema.js";
import { I18nError } from "../src/errors.js";
import { Label as LabelSchema } from "../src/label-schema.js";
import { ar } from "../src/labels/ar.js";
import { en } from "../src/labels/en.js";
import { es } from "../src/labels/es.js";
import { fr } from "../src/labels/fr.js";
import { ru } from "../src/labels/ru.js";
import { zh } from "../src/labels/zh.js";

const tables: Record<Locale, EntityLabels> = { ar, en, fr, es, ru, zh };

function labelsOf(table: EntityLabels): Label[] {
  return [
    table.compact,
    ...Object.values(table.objectives).flatMap((objective) => [
      objective.title,
      objective.shortName,
    ]),
    ...Object.values(table.principles),
    ...Object.values(table.roundTables),
    ...Object.values(table.commissions),
    ...Object.values(table.resolutions),
    ...Object.values(table.stakeholders),
    ...Object.values(table.states),
  ];
}

// Sourced French titles (gcm-facts.md §1.2, gcm-facts-2.md §1.2); 17 and 18 are not official.
const sourcedFrench: Record<number, string> = {
  1: "Collecter et utiliser des données précises et ventilées qui serviront à l'élaboration de politiques fondées sur la connaissance des faits",
  2: "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d'origine",
  3: "Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration",
  4: "Munir tous les migrants d'une preuve d'identité légale et de papiers adéquats",
  5: "Faire en sorte que les filières de migration régulière soient accessibles et plus souples",
  6: "Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d'un travail décent",
  7: "S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire",
  8: "Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus",
  9: "Renforcer l'action transnationale face au trafic de migrants",
  10: "Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales",
  11: "Gérer les frontières de manière intégrée, sûre et coordonnée",
  12: "Veiller à l'invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés",
  13: "Ne recourir au placement en rétention administrative des migrants qu'en dernier ressort et chercher des solutions de rechange",
  14: "Renforcer la protection, l'assistance et la coopération consulaires tout au long du cycle migratoire",
  15: "Assurer l'accès des migrants aux services de base",
  16: "Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale",
  19: "Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays",
  20: "Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser l'inclusion financière des migrants",
  21: "Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dignité, ainsi que leur réintégration durable",
  22: "Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis",
  23: "Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières",
};

const scripts: Partial<Record<Locale, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
};

describe.each(Object.entries(tables))("labels/%s", (locale, table) => {
  it("parses against EntityLabels, so every key is present and none is unknown", () => {
    expect(EntityLabelsSchema.safeParse(table).success).toBe(true);
  });

  it("labels exactly the entities of the domain model", () => {
    const sorted = (keys: Iterable<string>) => [...keys].sort();
    expect(sorted(Object.keys(table.objectives))).toEqual(
      sorted(objectives.map((o) => String(o.number))),
    );
    expect(sorted(Object.keys(table.principles))).toEqual(
      sorted(guidingPrinciples.map((p) => p.id)),
    );
    expect(sorted(Object.keys(table.roundTables))).toEqual(
      sorted(roundTables.map((t) => String(t.number))),
    );
    expect(sorted(Object.keys(table.commissions))).toEqual(sorted(commissions.map((c) => c.id)));
    expect(sorted(Object.keys(table.resolutions))).toEqual(
      sorted(resolutions.map((r) => r.symbol)),
    );
    expect(sorted(Object.keys(table.stakeholders))).toEqual(
      sorted(stakeholderCategories.map((c) => c.id)),
    );
    expect(sorted(Object.keys(table.states))).toEqual(sorted(arabRegion().map((s) => s.iso3)));
  });

  it("cites every source as a document symbol, paragraph or URL that the domain package can read", () => {
    for (const label of labelsOf(table)) {
      if (label.source !== undefined) expect(() => parseCitation(label.source ?? "")).not.toThrow();
    }
  });

  it("gives a source for every official and network label and no empty text", () => {
    for (const label of labelsOf(table)) {
      expect(label.text.trim()).not.toBe("");
      if (label.status !== "working") expect(label.source.trim()).not.toBe("");
    }
  });

  it("writes non-Latin locales in their own script, with no Latin letters", () => {
    const script = scripts[locale as Locale];
    if (script === undefined) return;
    for (const label of labelsOf(table)) {
      expect(label.text, label.text).toMatch(script);
      expect(label.text, label.text).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe("French objective titles", () => {
  it.each(Object.entries(sourcedFrench))(
    "objective %s equals the sourced form and is official",
    (number, text) => {
      const { title } = objectiveLabel(Number(number), "fr");
      expect(title).toMatchObject({ text, status: "official" });
    },
  );

  it("marks 17 (secondary source) and 18 (not found) as working", () => {
    expect(objectiveLabel(17, "fr").title.status).toBe("working");
    expect(objectiveLabel(18, "fr").title.status).toBe("working");
  });
});

// Spanish titles as quoted by UN Network on Migration, IOM or UN Women pages (docs/sources/i18n-labels.md); the rest are working.
const sourcedSpanish: Record<number, string> = {
  1: "Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica",
  2: "Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen",
  3: "Proporcionar información exacta y oportuna en todas las etapas de la migración",
  4: "Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada",
  5: "Aumentar la disponibilidad y flexibilidad de las vías de migración regular",
  6: "Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente",
  7: "Abordar y reducir las vulnerabilidades en la migración",
  8: "Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos",
  9: "Reforzar la respuesta transnacional al tráfico ilícito de migrantes",
  10: "Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional",
  11: "Gestionar las fronteras de manera integrada, segura y coordinada",
  12: "Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación",
  13: "Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas",
  14: "Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio",
  18: "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias",
  19: "Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países",
  20: "Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes",
  21: "Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible",
  22: "Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas",
  23: "Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular",
};

// A UN Women guide page is one page per objective, so it can only source the title of its own objective.
const spanishTitleSource = (number: number) =>
  new RegExp(
    `^https://(migrationnetwork\\.un\\.org/es/|[a-z]+\\.iom\\.int/es/|ppguide\\.unwomen\\.org/es/objective/${number}$)`,
  );

describe("Spanish objective titles", () => {
  it.each(Object.entries(sourcedSpanish))(
    "objective %s equals the quoted form and is official with a source",
    (number, text) => {
      const { title } = objectiveLabel(Number(number), "es");
      expect(title).toMatchObject({ text, status: "official" });
      expect(title.status === "official" && title.source).toMatch(
        spanishTitleSource(Number(number)),
      );
    },
  );

  it.each([15, 16, 17])(
    "marks objective %s (no Spanish page quoting it was reached) as working",
    (number) => {
      expect(objectiveLabel(number, "es").title.status).toBe("working");
    },
  );
});

describe("English labels", () => {
  it("uses the para 16 wording 'migration detention' for objective 13", () => {
    expect(objectiveLabel(13, "en").title).toEqual({
      text: "Use migration detention only as a measure of last resort and work towards alternatives",
      status: "official",
      source: "A/RES/73/195 para 16",
    });
  });
});

describe("Label", () => {
  it("accepts a working label without a source", () => {
    expect(LabelSchema.safeParse({ text: "x", status: "working" }).success).toBe(true);
  });

  it.each(["official", "network"])("rejects a %s label without a source", (status) => {
    expect(LabelSchema.safeParse({ text: "x", status }).success).toBe(false);
  });

  it("rejects an empty text and an unknown status", () => {
    expect(LabelSchema.safeParse({ text: "  ", status: "working" }).success).toBe(false);
    expect(LabelSchema.safeParse({ text: "x", status: "draft", source: "y" }).success).toBe(false);
  });
});

describe("EntityLabels", () => {
  it("rejects a table with a missing key", () => {
    const { YEM: _yemen, ...states } = ar.states;
    expect(EntityLabelsSchema.safeParse({ ...ar, states }).success).toBe(false);
  });
});

describe("entityLabels", () => {
  it("returns the table of a locale", () => {
    expect(entityLabels("ar")).toBe(ar);
    expect(entityLabels("zh").compact.text).toBe("安全、有序和正常移民全球契约");
  });

  it("throws an I18nError on an unknown locale", () => {
    expect(() => entityLabels("de" as Locale)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});

describe("objectiveLabel", () => {
  it("returns title and short name", () => {
    expect(objectiveLabel(1, "en").shortName).toEqual({
      text: "Data",
      status: "network",
      source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
    });
    expect(ObjectiveKey.options).toHaveLength(23);
  });

  it.each([0, 24, 1.5, Number.NaN])("throws an I18nError on objective %s", (number) => {
    expect(() => objectiveLabel(number, "en")).toThrow(I18nError);
  });

  it("throws an I18nError on an unknown locale", () => {
    expect(() => objectiveLabel(1, "xx" as Locale)).toThrow(I18nError);
  });
});
