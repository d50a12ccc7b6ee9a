import type { EntityLabels } from "../entity-labels.js";

/** French labels of GCM entities: objective titles as sourced (17 secondary, 18 a working translation), Network short names and principle labels, working labels elsewhere. */
export const fr = {
  compact: {
    text: "Pacte mondial pour des migrations sûres, ordonnées et régulières",
    status: "official",
    source: "https://www.un.org/fr/migration2022/about-the-forum",
  },
  objectives: {
    1: {
      title: {
        text: "Collecter et utiliser des données précises et ventilées qui serviront à l'élaboration de politiques fondées sur la connaissance des faits",
        status: "official",
        source: "https://migrationnetwork.un.org/fr/taxonomy/term/detail/279",
      },
      shortName: {
        text: "Données",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    2: {
      title: {
        text: "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d'origine",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Lutter contre les facteurs négatifs",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    3: {
      title: {
        text: "Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Fourniture d'informations",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    4: {
      title: {
        text: "Munir tous les migrants d'une preuve d'identité légale et de papiers adéquats",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Identité légale et papiers",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    5: {
      title: {
        text: "Faire en sorte que les filières de migration régulière soient accessibles et plus souples",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Filières de migration régulière",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    6: {
      title: {
        text: "Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d'un travail décent",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Recrutement et travail décent",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    7: {
      title: {
        text: "S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Réduire la vulnérabilité",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    8: {
      title: {
        text: "Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Sauver des vies",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    9: {
      title: {
        text: "Renforcer l'action transnationale face au trafic de migrants",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Combattre le trafic de migrants",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    10: {
      title: {
        text: "Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Éradiquer la traite de personnes",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    11: {
      title: {
        text: "Gérer les frontières de manière intégrée, sûre et coordonnée",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Gérer les frontières",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    12: {
      title: {
        text: "Veiller à l'invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Contrôle, évaluation et orientation",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    13: {
      title: {
        text: "Ne recourir au placement en rétention administrative des migrants qu'en dernier ressort et chercher des solutions de rechange",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Alternatives à la rétention",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    14: {
      title: {
        text: "Renforcer la protection, l'assistance et la coopération consulaires tout au long du cycle migratoire",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Protection consulaire",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    15: {
      title: {
        text: "Assurer l'accès des migrants aux services de base",
        status: "official",
        source: "https://noscommunes.ca/documentviewer/fr/42-1/CIMM/rapport-23/page-51",
      },
      shortName: {
        text: "Accès aux services de base",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    16: {
      title: {
        text: "Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale",
        status: "official",
        source: "https://migrationnetwork.un.org/fr/taxonomy/term/294",
      },
      shortName: {
        text: "Intégration et cohésion sociale",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    17: {
      title: {
        text: "Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l'analyse des faits afin de faire évoluer la manière dont les migrations sont perçues",
        status: "working",
        source:
          "https://www.carolesalas.com/fr/2023/03/02/justice-en-matiere-de-migration-tenir-les-promesses-du-pacte-mondial-pour-les-migrations-5/",
        note: "secondary; not confirmed against A/RES/73/195 (F)",
      },
      shortName: {
        text: "Éliminer les discriminations",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    18: {
      title: {
        text: "Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, des qualifications et des compétences",
        status: "working",
      },
      shortName: {
        text: "Perfectionnement et reconnaissance des qualifications",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    19: {
      title: {
        text: "Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays",
        status: "official",
        source: "https://migrationnetwork.un.org/fr/taxonomy/term/detail/297?page=14",
      },
      shortName: {
        text: "Contributions des migrants et diaspora",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    20: {
      title: {
        text: "Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser l'inclusion financière des migrants",
        status: "official",
        source: "https://migrationnetwork.un.org/fr/taxonomy/term/298?page=2",
      },
      shortName: {
        text: "Envois de fonds",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    21: {
      title: {
        text: "Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dignité, ainsi que leur réintégration durable",
        status: "official",
        source: "https://migrationnetwork.un.org/fr/taxonomy/term/299?page=1",
      },
      shortName: {
        text: "Retour digne et réintégration durable",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    22: {
      title: {
        text: "Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis",
        status: "official",
        source: "https://migrationnetwork.un.org/fr/taxonomy/term/detail/300?type=video",
      },
      shortName: {
        text: "Protection sociale",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
    23: {
      title: {
        text: "Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières",
        status: "official",
        source: "https://newssummedup.com",
        note: "La Croix, via this aggregator (secondary)",
      },
      shortName: {
        text: "Coopération internationale",
        status: "network",
        source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
      },
    },
  },
  principles: {
    "people-centred": {
      text: "Priorité à la dimension humaine",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
    "international-cooperation": {
      text: "Coopération internationale",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
    "national-sovereignty": {
      text: "Souveraineté nationale",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
    "rule-of-law-and-due-process": {
      text: "Primauté du droit et garanties d'une procédure régulière",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
    "sustainable-development": {
      text: "Développement durable",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
    "human-rights": {
      text: "Droits de l'homme",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
    "gender-responsive": {
      text: "Prise en compte de la problématique femmes-hommes",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
    "child-sensitive": {
      text: "Adaptation aux besoins de l'enfant",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
    "whole-of-government-approach": {
      text: "Approche mobilisant l'ensemble des pouvoirs publics",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
    "whole-of-society-approach": {
      text: "Approche mobilisant l'ensemble de la société",
      status: "network",
      source: "https://migrationnetwork.un.org/fr/hub?gcm_objectives=279",
    },
  },
  roundTables: {
    1: {
      text: "Faire en sorte que les migrations soient volontaires, ordonnées et régulières",
      status: "working",
    },
    2: {
      text: "Protéger les migrants grâce à des mesures de gouvernance des frontières fondées sur les droits",
      status: "working",
    },
    3: {
      text: "Favoriser l'intégration des migrants et reconnaître leur contribution au développement",
      status: "working",
    },
    4: {
      text: "Améliorer l'élaboration des politiques et le débat public fondés sur des valeurs et des données factuelles, et renforcer la coopération en matière de migrations",
      status: "working",
    },
  },
  commissions: {
    eca: { text: "Commission économique pour l'Afrique", status: "working" },
    ece: { text: "Commission économique pour l'Europe", status: "working" },
    eclac: {
      text: "Commission économique pour l'Amérique latine et les Caraïbes",
      status: "working",
    },
    escap: {
      text: "Commission économique et sociale pour l'Asie et le Pacifique",
      status: "working",
    },
    escwa: { text: "Commission économique et sociale pour l'Asie occidentale", status: "working" },
  },
  resolutions: {
    "A/RES/73/195": {
      text: "Pacte mondial pour des migrations sûres, ordonnées et régulières",
      status: "official",
      source: "https://www.un.org/fr/migration2022/about-the-forum",
    },
    "A/RES/73/326": {
      text: "Format et modalités d'organisation des forums d'examen des migrations internationales",
      status: "working",
    },
    "A/RES/76/266": {
      text: "Déclaration du Forum d'examen des migrations internationales sur les progrès réalisés",
      status: "working",
      source: "https://press.un.org/fr/2022/ag12422.doc.htm",
      note: "UN press release, not the resolution text",
    },
    "A/RES/71/1": {
      text: "Déclaration de New York pour les réfugiés et les migrants",
      status: "working",
    },
    "A/RES/70/1": {
      text: "Transformer notre monde : le Programme de développement durable à l'horizon 2030",
      status: "working",
    },
    "A/RES/71/280": {
      text: "Modalités des négociations intergouvernementales relatives au pacte mondial pour des migrations sûres, ordonnées et régulières",
      status: "working",
    },
    "A/RES/68/4": {
      text: "Déclaration du Dialogue de haut niveau sur les migrations internationales et le développement",
      status: "official",
      source: "https://www.girlsrightsplatform.org/fr/entity/5ymvtt0nois?page=2",
      note: "title of A/RES/68/4, read on a copy of the French document",
    },
  },
  stakeholders: {
    governments: { text: "Gouvernements", status: "working" },
    ministries: { text: "Ministères", status: "working" },
    "national-population-councils": {
      text: "Conseils nationaux de la population",
      status: "working",
    },
    "other-government-agencies": { text: "Autres organismes publics", status: "working" },
    "un-system": { text: "Système des Nations Unies", status: "working" },
    "un-network-members": {
      text: "Membres du Réseau des Nations Unies sur les migrations",
      status: "working",
    },
    "regional-organizations": { text: "Organisations régionales", status: "working" },
    "subregional-organizations": { text: "Organisations sous-régionales", status: "working" },
    "regional-consultative-processes": {
      text: "Processus consultatifs régionaux",
      status: "working",
    },
    "regional-commissions": { text: "Commissions régionales des Nations Unies", status: "working" },
    "whole-of-society": { text: "Ensemble de la société", status: "working" },
    migrants: { text: "Migrants", status: "working" },
    "civil-society": { text: "Société civile", status: "working" },
    "migrant-diaspora-organizations": {
      text: "Organisations de migrants et de la diaspora",
      status: "working",
    },
    diasporas: { text: "Diasporas", status: "working" },
    "faith-based-organizations": { text: "Organisations confessionnelles", status: "working" },
    "local-authorities-and-communities": {
      text: "Autorités et communautés locales",
      status: "working",
    },
    "local-authorities": { text: "Autorités locales", status: "working" },
    "local-communities": { text: "Communautés locales", status: "working" },
    "private-sector": { text: "Secteur privé", status: "working" },
    "employers-organizations": { text: "Organisations d'employeurs", status: "working" },
    "trade-unions": { text: "Syndicats", status: "working" },
    parliamentarians: { text: "Parlementaires", status: "working" },
    "national-human-rights-institutions": {
      text: "Institutions nationales des droits de l'homme",
      status: "working",
    },
    "red-cross-red-crescent": {
      text: "Mouvement international de la Croix-Rouge et du Croissant-Rouge",
      status: "working",
    },
    academia: { text: "Milieux universitaires", status: "working" },
    media: { text: "Médias", status: "working" },
    "children-and-youth": { text: "Enfants et jeunes", status: "working" },
    "other-stakeholders": { text: "Autres parties prenantes concernées", status: "working" },
  },
  states: {
    DZA: { text: "Algérie", status: "working" },
    BHR: { text: "Bahreïn", status: "working" },
    COM: { text: "Comores", status: "working" },
    DJI: { text: "Djibouti", status: "working" },
    EGY: { text: "Égypte", status: "working" },
    IRQ: { text: "Iraq", status: "working" },
    JOR: { text: "Jordanie", status: "working" },
    KWT: { text: "Koweït", status: "working" },
    LBN: { text: "Liban", status: "working" },
    LBY: { text: "Libye", status: "working" },
    MRT: { text: "Mauritanie", status: "working" },
    MAR: { text: "Maroc", status: "working" },
    OMN: { text: "Oman", status: "working" },
    PSE: { text: "État de Palestine", status: "working" },
    QAT: { text: "Qatar", status: "working" },
    SAU: { text: "Arabie saoudite", status: "working" },
    SOM: { text: "Somalie", status: "working" },
    SDN: { text: "Soudan", status: "working" },
    SYR: { text: "République arabe syrienne", status: "working" },
    TUN: { text: "Tunisie", status: "working" },
    ARE: { text: "Émirats arabes unis", status: "working" },
    YEM: { text: "Yémen", status: "working" },
  },
} satisfies EntityLabels;
