import type { EntityLabels } from "../entity-labels.js";

/** Russian labels of GCM entities: the compact name as published by the UN Network, working translations elsewhere (the Russian para 16 list was not reached). */
export const ru = {
  compact: {
    text: "Глобальный договор о безопасной, упорядоченной и легальной миграции",
    status: "official",
    source: "https://migrationnetwork.un.org/ru/network-terms-of-reference",
  },
  objectives: {
    1: {
      title: {
        text: "Сбор и использование точных и дезагрегированных данных в качестве основы для выработки эмпирически обоснованной политики",
        status: "working",
        source: "https://rus.err.ee/877566/globalnyj-dogovor-oon-o-migracii-polnyj-tekst",
        note: "draft text, secondary",
      },
      shortName: { text: "Данные", status: "working" },
    },
    2: {
      title: {
        text: "Сведение к минимуму неблагоприятных факторов и структурных причин, вынуждающих людей покидать страну своего происхождения",
        status: "working",
      },
      shortName: { text: "Минимизация неблагоприятных факторов", status: "working" },
    },
    3: {
      title: {
        text: "Предоставление точной и своевременной информации на всех этапах миграции",
        status: "working",
      },
      shortName: { text: "Предоставление информации", status: "working" },
    },
    4: {
      title: {
        text: "Обеспечение наличия у всех мигрантов доказательств законной личности и надлежащих документов",
        status: "working",
      },
      shortName: { text: "Законная личность и документы", status: "working" },
    },
    5: {
      title: {
        text: "Расширение доступности и гибкости путей легальной миграции",
        status: "working",
      },
      shortName: { text: "Пути легальной миграции", status: "working" },
    },
    6: {
      title: {
        text: "Содействие справедливому и этичному найму и обеспечение условий для достойной работы",
        status: "working",
      },
      shortName: { text: "Наем и достойная работа", status: "working" },
    },
    7: {
      title: {
        text: "Устранение и уменьшение факторов уязвимости в процессе миграции",
        status: "working",
      },
      shortName: { text: "Уменьшение уязвимости", status: "working" },
    },
    8: {
      title: {
        text: "Спасение жизней и координация международных усилий в отношении пропавших без вести мигрантов",
        status: "working",
      },
      shortName: { text: "Спасение жизней", status: "working" },
    },
    9: {
      title: {
        text: "Повышение эффективности транснациональных мер противодействия незаконному ввозу мигрантов",
        status: "working",
      },
      shortName: { text: "Противодействие незаконному ввозу мигрантов", status: "working" },
    },
    10: {
      title: {
        text: "Предупреждение торговли людьми в контексте международной миграции, борьба с ней и ее искоренение",
        status: "working",
      },
      shortName: { text: "Искоренение торговли людьми", status: "working" },
    },
    11: {
      title: {
        text: "Комплексное, безопасное и скоординированное управление границами",
        status: "working",
      },
      shortName: { text: "Управление границами", status: "working" },
    },
    12: {
      title: {
        text: "Повышение определенности и предсказуемости миграционных процедур для надлежащей проверки, оценки и перенаправления",
        status: "working",
      },
      shortName: { text: "Проверка и перенаправление", status: "working" },
    },
    13: {
      title: {
        text: "Использование содержания мигрантов под стражей лишь в качестве крайней меры и поиск альтернатив",
        status: "working",
      },
      shortName: { text: "Альтернативы содержанию под стражей", status: "working" },
    },
    14: {
      title: {
        text: "Усиление консульской защиты, помощи и сотрудничества на протяжении всего миграционного цикла",
        status: "working",
      },
      shortName: { text: "Консульская защита", status: "working" },
    },
    15: {
      title: { text: "Обеспечение доступа мигрантов к базовым услугам", status: "working" },
      shortName: { text: "Доступ к базовым услугам", status: "working" },
    },
    16: {
      title: {
        text: "Создание для мигрантов и обществ условий, обеспечивающих полную интеграцию и социальную сплоченность",
        status: "working",
      },
      shortName: { text: "Интеграция и социальная сплоченность", status: "working" },
    },
    17: {
      title: {
        text: "Искоренение всех форм дискриминации и поощрение основанного на фактических данных общественного обсуждения в целях формирования представлений о миграции",
        status: "working",
      },
      shortName: { text: "Искоренение дискриминации", status: "working" },
    },
    18: {
      title: {
        text: "Инвестирование в развитие навыков и содействие взаимному признанию навыков, квалификаций и компетенций",
        status: "working",
      },
      shortName: { text: "Развитие и признание навыков", status: "working" },
    },
    19: {
      title: {
        text: "Создание условий, позволяющих мигрантам и диаспорам в полной мере способствовать устойчивому развитию во всех странах",
        status: "working",
      },
      shortName: { text: "Вклад мигрантов и диаспор", status: "working" },
    },
    20: {
      title: {
        text: "Содействие более быстрым, безопасным и дешевым денежным переводам и финансовой доступности для мигрантов",
        status: "working",
      },
      shortName: { text: "Денежные переводы", status: "working" },
    },
    21: {
      title: {
        text: "Сотрудничество в содействии безопасному и достойному возвращению и реадмиссии, а также устойчивой реинтеграции",
        status: "working",
      },
      shortName: { text: "Достойное возвращение и реинтеграция", status: "working" },
    },
    22: {
      title: {
        text: "Создание механизмов переносимости прав на социальное обеспечение и заработанных пособий",
        status: "working",
      },
      shortName: { text: "Социальная защита", status: "working" },
    },
    23: {
      title: {
        text: "Укрепление международного сотрудничества и глобальных партнерств в интересах безопасной, упорядоченной и легальной миграции",
        status: "working",
      },
      shortName: { text: "Международное сотрудничество", status: "working" },
    },
  },
  principles: {
    "people-centred": { text: "Ориентированность на человека", status: "working" },
    "international-cooperation": { text: "Международное сотрудничество", status: "working" },
    "national-sovereignty": { text: "Национальный суверенитет", status: "working" },
    "rule-of-law-and-due-process": {
      text: "Верховенство права и надлежащие правовые процедуры",
      status: "working",
    },
    "sustainable-development": { text: "Устойчивое развитие", status: "working" },
    "human-rights": { text: "Права человека", status: "working" },
    "gender-responsive": { text: "Учет гендерной проблематики", status: "working" },
    "child-sensitive": { text: "Учет интересов детей", status: "working" },
    "whole-of-government-approach": { text: "Общегосударственный подход", status: "working" },
    "whole-of-society-approach": { text: "Общесоциальный подход", status: "working" },
  },
  roundTables: {
    1: {
      text: "Обеспечение добровольного, упорядоченного и легального характера миграции",
      status: "working",
    },
    2: {
      text: "Защита мигрантов с помощью основанных на правах мер управления границами",
      status: "working",
    },
    3: {
      text: "Поддержка интеграции мигрантов и признание их вклада в развитие",
      status: "working",
    },
    4: {
      text: "Совершенствование основанной на ценностях и фактических данных политики и общественного обсуждения и укрепление сотрудничества в области миграции",
      status: "working",
    },
  },
  commissions: {
    eca: { text: "Экономическая комиссия для Африки", status: "working" },
    ece: { text: "Европейская экономическая комиссия", status: "working" },
    eclac: {
      text: "Экономическая комиссия для Латинской Америки и Карибского бассейна",
      status: "working",
    },
    escap: {
      text: "Экономическая и социальная комиссия для Азии и Тихого океана",
      status: "working",
    },
    escwa: { text: "Экономическая и социальная комиссия для Западной Азии", status: "working" },
  },
  resolutions: {
    "A/RES/73/195": {
      text: "Глобальный договор о безопасной, упорядоченной и легальной миграции",
      status: "official",
      source: "https://migrationnetwork.un.org/ru/network-terms-of-reference",
    },
    "A/RES/73/326": {
      text: "Формат и организационные аспекты форумов по обзору международной миграции",
      status: "working",
    },
    "A/RES/76/266": {
      text: "Декларация о прогрессе Форума по обзору международной миграции",
      status: "working",
    },
    "A/RES/71/1": {
      text: "Нью-Йоркская декларация о беженцах и мигрантах",
      status: "official",
      source:
        "http://soc-in.com/zakonodavstvo/mizhnarodni-dogovory/bagatostoronni/10670-rezolyuciya-711-prinyataya-generalnoj-assambleej-organizacii-obedinennyh-nacij-nyu-jorkskaya-deklara.html",
      note: "reproduction of A/RES/71/1 (R)",
    },
    "A/RES/70/1": {
      text: "Преобразование нашего мира: Повестка дня в области устойчивого развития на период до 2030 года",
      status: "working",
    },
    "A/RES/71/280": {
      text: "Условия проведения межправительственных переговоров по глобальному договору о безопасной, упорядоченной и легальной миграции",
      status: "working",
    },
    "A/RES/68/4": {
      text: "Декларация диалога на высоком уровне по вопросу о международной миграции и развитии",
      status: "working",
    },
  },
  stakeholders: {
    governments: { text: "Правительства", status: "working" },
    ministries: { text: "Министерства", status: "working" },
    "national-population-councils": {
      text: "Национальные советы по народонаселению",
      status: "working",
    },
    "other-government-agencies": { text: "Другие государственные учреждения", status: "working" },
    "un-system": { text: "Система Организации Объединенных Наций", status: "working" },
    "un-network-members": { text: "Члены Сети ООН по вопросам миграции", status: "working" },
    "regional-organizations": { text: "Региональные организации", status: "working" },
    "subregional-organizations": { text: "Субрегиональные организации", status: "working" },
    "regional-consultative-processes": {
      text: "Региональные консультативные процессы",
      status: "working",
    },
    "regional-commissions": { text: "Региональные комиссии ООН", status: "working" },
    "whole-of-society": { text: "Общество в целом", status: "working" },
    migrants: { text: "Мигранты", status: "working" },
    "civil-society": { text: "Гражданское общество", status: "working" },
    "migrant-diaspora-organizations": {
      text: "Организации мигрантов и диаспор",
      status: "working",
    },
    diasporas: { text: "Диаспоры", status: "working" },
    "faith-based-organizations": { text: "Религиозные организации", status: "working" },
    "local-authorities-and-communities": {
      text: "Местные органы власти и общины",
      status: "working",
    },
    "local-authorities": { text: "Местные органы власти", status: "working" },
    "local-communities": { text: "Местные общины", status: "working" },
    "private-sector": { text: "Частный сектор", status: "working" },
    "employers-organizations": { text: "Организации работодателей", status: "working" },
    "trade-unions": { text: "Профсоюзы", status: "working" },
    parliamentarians: { text: "Парламентарии", status: "working" },
    "national-human-rights-institutions": {
      text: "Национальные правозащитные учреждения",
      status: "working",
    },
    "red-cross-red-crescent": {
      text: "Международное движение Красного Креста и Красного Полумесяца",
      status: "working",
    },
    academia: { text: "Научные круги", status: "working" },
    media: { text: "Средства массовой информации", status: "working" },
    "children-and-youth": { text: "Дети и молодежь", status: "working" },
    "other-stakeholders": {
      text: "Другие соответствующие заинтересованные стороны",
      status: "working",
    },
  },
  states: {
    DZA: { text: "Алжир", status: "working" },
    BHR: { text: "Бахрейн", status: "working" },
    COM: { text: "Коморские Острова", status: "working" },
    DJI: { text: "Джибути", status: "working" },
    EGY: { text: "Египет", status: "working" },
    IRQ: { text: "Ирак", status: "working" },
    JOR: { text: "Иордания", status: "working" },
    KWT: { text: "Кувейт", status: "working" },
    LBN: { text: "Ливан", status: "working" },
    LBY: { text: "Ливия", status: "working" },
    MRT: { text: "Мавритания", status: "working" },
    MAR: { text: "Марокко", status: "working" },
    OMN: { text: "Оман", status: "working" },
    PSE: { text: "Государство Палестина", status: "working" },
    QAT: { text: "Катар", status: "working" },
    SAU: { text: "Саудовская Аравия", status: "working" },
    SOM: { text: "Сомали", status: "working" },
    SDN: { text: "Судан", status: "working" },
    SYR: { text: "Сирийская Арабская Республика", status: "working" },
    TUN: { text: "Тунис", status: "working" },
    ARE: { text: "Объединенные Арабские Эмираты", status: "working" },
    YEM: { text: "Йемен", status: "working" },
  },
} satisfies EntityLabels;
