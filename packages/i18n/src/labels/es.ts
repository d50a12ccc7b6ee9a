import type { EntityLabels } from "../entity-labels.js";

/** Spanish labels of GCM entities: Network short names and principle labels, objective 1 as quoted by IOM, working translations elsewhere. */
export const es = {
  compact: {
    text: "Pacto Mundial para la Migración Segura, Ordenada y Regular",
    status: "working",
  },
  objectives: {
    1: {
      title: {
        text: "Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica",
        status: "official",
        source:
          "https://emm.iom.int/es/handbooks/trata-de-personas-y-formas-conexas-de-explotacion-y-abuso/recopilacion-de-datos-analisis",
        note: "IOM quoting objective 1",
      },
      shortName: {
        text: "Datos",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    2: {
      title: {
        text: "Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen",
        status: "working",
      },
      shortName: {
        text: "Minimizar factores adversos",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    3: {
      title: {
        text: "Proporcionar información exacta y oportuna en todas las etapas de la migración",
        status: "working",
      },
      shortName: {
        text: "Proporcionar información",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    4: {
      title: {
        text: "Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada",
        status: "working",
      },
      shortName: {
        text: "Identidad jurídica y documentación",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    5: {
      title: {
        text: "Aumentar la disponibilidad y flexibilidad de las vías de migración regular",
        status: "working",
      },
      shortName: {
        text: "Vías de migración regular",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    6: {
      title: {
        text: "Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente",
        status: "working",
      },
      shortName: {
        text: "Contratación y trabajo decente",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    7: {
      title: { text: "Abordar y reducir las vulnerabilidades en la migración", status: "working" },
      shortName: {
        text: "Reducir vulnerabilidades",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    8: {
      title: {
        text: "Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos",
        status: "working",
      },
      shortName: {
        text: "Salvar vidas",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    9: {
      title: {
        text: "Reforzar la respuesta transnacional al tráfico ilícito de migrantes",
        status: "working",
      },
      shortName: {
        text: "Combatir el tráfico de migrantes",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    10: {
      title: {
        text: "Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional",
        status: "working",
      },
      shortName: {
        text: "Erradicar la trata de personas",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    11: {
      title: {
        text: "Gestionar las fronteras de manera integrada, segura y coordinada",
        status: "working",
      },
      shortName: {
        text: "Gestión de fronteras",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    12: {
      title: {
        text: "Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación",
        status: "working",
      },
      shortName: {
        text: "Verificación de antecedentes y derivación",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    13: {
      title: {
        text: "Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas",
        status: "working",
      },
      shortName: {
        text: "Alternativas a la detención",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    14: {
      title: {
        text: "Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio",
        status: "working",
      },
      shortName: {
        text: "Protección consular",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    15: {
      title: { text: "Proporcionar a los migrantes acceso a servicios básicos", status: "working" },
      shortName: {
        text: "Acceso a los servicios básicos",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    16: {
      title: {
        text: "Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social",
        status: "working",
      },
      shortName: {
        text: "Inclusión y cohesión social",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    17: {
      title: {
        text: "Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración",
        status: "working",
      },
      shortName: {
        text: "Eliminar la discriminación",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    18: {
      title: {
        text: "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias",
        status: "working",
      },
      shortName: {
        text: "Desarrollo y reconocimiento de competencias",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    19: {
      title: {
        text: "Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países",
        status: "working",
      },
      shortName: {
        text: "Contribución de migrantes y diásporas",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    20: {
      title: {
        text: "Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes",
        status: "working",
      },
      shortName: {
        text: "Remesas",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    21: {
      title: {
        text: "Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible",
        status: "working",
      },
      shortName: {
        text: "Retorno y reintegración dignos",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    22: {
      title: {
        text: "Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas",
        status: "working",
      },
      shortName: {
        text: "Protección social",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
    23: {
      title: {
        text: "Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular",
        status: "working",
      },
      shortName: {
        text: "Cooperación internacional",
        status: "network",
        source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
      },
    },
  },
  principles: {
    "people-centred": {
      text: "Centrada en las personas",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
    "international-cooperation": {
      text: "Cooperación internacional",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
    "national-sovereignty": {
      text: "Soberanía nacional",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
    "rule-of-law-and-due-process": {
      text: "Estado de derecho y garantías procesales",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
    "sustainable-development": {
      text: "Desarrollo sostenible",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
    "human-rights": {
      text: "Derechos humanos",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
    "gender-responsive": {
      text: "Perspectiva de género",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
    "child-sensitive": {
      text: "Perspectiva infantil",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
    "whole-of-government-approach": {
      text: "Enfoque pangubernamental",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
    "whole-of-society-approach": {
      text: "Enfoque pansocial",
      status: "network",
      source: "https://migrationnetwork.un.org/es/hub?gcm_objectives=279",
    },
  },
  roundTables: {
    1: {
      text: "Garantizar que la migración sea voluntaria, ordenada y regular",
      status: "working",
    },
    2: {
      text: "Proteger a los migrantes mediante medidas de gobernanza de fronteras basadas en los derechos",
      status: "working",
    },
    3: {
      text: "Apoyar la integración de los migrantes y reconocer su contribución al desarrollo",
      status: "working",
    },
    4: {
      text: "Mejorar la formulación de políticas y el debate público basados en valores y datos empíricos, y reforzar la cooperación en materia de migración",
      status: "working",
    },
  },
  commissions: {
    eca: { text: "Comisión Económica para África", status: "working" },
    ece: { text: "Comisión Económica para Europa", status: "working" },
    eclac: { text: "Comisión Económica para América Latina y el Caribe", status: "working" },
    escap: { text: "Comisión Económica y Social para Asia y el Pacífico", status: "working" },
    escwa: { text: "Comisión Económica y Social para Asia Occidental", status: "working" },
  },
  resolutions: {
    "A/RES/73/195": {
      text: "Pacto Mundial para la Migración Segura, Ordenada y Regular",
      status: "working",
    },
    "A/RES/73/326": {
      text: "Formato y aspectos organizativos de los foros de examen de la migración internacional",
      status: "working",
    },
    "A/RES/76/266": {
      text: "Declaración sobre los Progresos del Foro de Examen de la Migración Internacional",
      status: "working",
    },
    "A/RES/71/1": {
      text: "Declaración de Nueva York para los Refugiados y los Migrantes",
      status: "working",
    },
    "A/RES/70/1": {
      text: "Transformar nuestro mundo: la Agenda 2030 para el Desarrollo Sostenible",
      status: "working",
    },
    "A/RES/71/280": {
      text: "Modalidades de las negociaciones intergubernamentales del pacto mundial para una migración segura, ordenada y regular",
      status: "working",
    },
    "A/RES/68/4": {
      text: "Declaración del Diálogo de Alto Nivel sobre la Migración Internacional y el Desarrollo",
      status: "working",
    },
  },
  stakeholders: {
    governments: { text: "Gobiernos", status: "working" },
    ministries: { text: "Ministerios", status: "working" },
    "national-population-councils": { text: "Consejos nacionales de población", status: "working" },
    "other-government-agencies": { text: "Otros organismos gubernamentales", status: "working" },
    "un-system": { text: "Sistema de las Naciones Unidas", status: "working" },
    "un-network-members": {
      text: "Miembros de la Red de las Naciones Unidas sobre la Migración",
      status: "working",
    },
    "regional-organizations": { text: "Organizaciones regionales", status: "working" },
    "subregional-organizations": { text: "Organizaciones subregionales", status: "working" },
    "regional-consultative-processes": {
      text: "Procesos consultivos regionales",
      status: "working",
    },
    "regional-commissions": {
      text: "Comisiones regionales de las Naciones Unidas",
      status: "working",
    },
    "whole-of-society": { text: "Toda la sociedad", status: "working" },
    migrants: { text: "Migrantes", status: "working" },
    "civil-society": { text: "Sociedad civil", status: "working" },
    "migrant-diaspora-organizations": {
      text: "Organizaciones de migrantes y de la diáspora",
      status: "working",
    },
    diasporas: { text: "Diásporas", status: "working" },
    "faith-based-organizations": { text: "Organizaciones confesionales", status: "working" },
    "local-authorities-and-communities": {
      text: "Autoridades y comunidades locales",
      status: "working",
    },
    "local-authorities": { text: "Autoridades locales", status: "working" },
    "local-communities": { text: "Comunidades locales", status: "working" },
    "private-sector": { text: "Sector privado", status: "working" },
    "employers-organizations": { text: "Organizaciones de empleadores", status: "working" },
    "trade-unions": { text: "Sindicatos", status: "working" },
    parliamentarians: { text: "Parlamentarios", status: "working" },
    "national-human-rights-institutions": {
      text: "Instituciones nacionales de derechos humanos",
      status: "working",
    },
    "red-cross-red-crescent": {
      text: "Movimiento Internacional de la Cruz Roja y de la Media Luna Roja",
      status: "working",
    },
    academia: { text: "Círculos académicos", status: "working" },
    media: { text: "Medios de comunicación", status: "working" },
    "children-and-youth": { text: "Niños y jóvenes", status: "working" },
    "other-stakeholders": { text: "Otros interesados pertinentes", status: "working" },
  },
  states: {
    DZA: { text: "Argelia", status: "working" },
    BHR: { text: "Bahrein", status: "working" },
    COM: { text: "Comoras", status: "working" },
    DJI: { text: "Djibouti", status: "working" },
    EGY: { text: "Egipto", status: "working" },
    IRQ: { text: "Iraq", status: "working" },
    JOR: { text: "Jordania", status: "working" },
    KWT: { text: "Kuwait", status: "working" },
    LBN: { text: "Líbano", status: "working" },
    LBY: { text: "Libia", status: "working" },
    MRT: { text: "Mauritania", status: "working" },
    MAR: { text: "Marruecos", status: "working" },
    OMN: { text: "Omán", status: "working" },
    PSE: { text: "Estado de Palestina", status: "working" },
    QAT: { text: "Qatar", status: "working" },
    SAU: { text: "Arabia Saudita", status: "working" },
    SOM: { text: "Somalia", status: "working" },
    SDN: { text: "Sudán", status: "working" },
    SYR: { text: "República Árabe Siria", status: "working" },
    TUN: { text: "Túnez", status: "working" },
    ARE: { text: "Emiratos Árabes Unidos", status: "working" },
    YEM: { text: "Yemen", status: "working" },
  },
} satisfies EntityLabels;
