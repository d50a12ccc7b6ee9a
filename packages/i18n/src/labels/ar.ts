import type { EntityLabels } from "../entity-labels.js";

/** Arabic labels of GCM entities: the compact and ESCWA names as sourced, careful working translations elsewhere (the Arabic text of A/RES/73/195 was not found). */
export const ar = {
  compact: {
    text: "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
    status: "official",
    source: "https://www.un.org/ar/migration2022/global-compact-for-migration",
  },
  objectives: {
    1: {
      title: {
        text: "جمع بيانات دقيقة ومصنفة واستخدامها كأساس لوضع سياسات قائمة على الأدلة",
        status: "working",
      },
      shortName: { text: "البيانات", status: "working" },
    },
    2: {
      title: {
        text: "التقليل إلى أدنى حد من الدوافع السلبية والعوامل الهيكلية التي تضطر الناس إلى مغادرة بلدهم الأصلي",
        status: "working",
      },
      shortName: { text: "الحد من الدوافع السلبية", status: "working" },
    },
    3: {
      title: {
        text: "توفير معلومات دقيقة وفي الوقت المناسب في جميع مراحل الهجرة",
        status: "working",
      },
      shortName: { text: "توفير المعلومات", status: "working" },
    },
    4: {
      title: {
        text: "كفالة حصول جميع المهاجرين على ما يثبت هويتهم القانونية وعلى الوثائق الملائمة",
        status: "working",
      },
      shortName: { text: "الهوية القانونية والوثائق", status: "working" },
    },
    5: {
      title: { text: "تعزيز توافر مسارات الهجرة النظامية ومرونتها", status: "working" },
      shortName: { text: "مسارات الهجرة النظامية", status: "working" },
    },
    6: {
      title: {
        text: "تيسير التوظيف المنصف والأخلاقي وضمان الظروف التي تكفل العمل اللائق",
        status: "working",
      },
      shortName: { text: "التوظيف والعمل اللائق", status: "working" },
    },
    7: {
      title: { text: "معالجة أوجه الضعف في الهجرة والحد منها", status: "working" },
      shortName: { text: "الحد من أوجه الضعف", status: "working" },
    },
    8: {
      title: {
        text: "إنقاذ الأرواح وتنسيق الجهود الدولية بشأن المهاجرين المفقودين",
        status: "working",
      },
      shortName: { text: "إنقاذ الأرواح", status: "working" },
    },
    9: {
      title: { text: "تعزيز التصدي عبر الوطني لتهريب المهاجرين", status: "working" },
      shortName: { text: "مكافحة تهريب المهاجرين", status: "working" },
    },
    10: {
      title: {
        text: "منع الاتجار بالأشخاص ومكافحته والقضاء عليه في سياق الهجرة الدولية",
        status: "working",
      },
      shortName: { text: "القضاء على الاتجار بالأشخاص", status: "working" },
    },
    11: {
      title: { text: "إدارة الحدود على نحو متكامل وآمن ومنسق", status: "working" },
      shortName: { text: "إدارة الحدود", status: "working" },
    },
    12: {
      title: {
        text: "تعزيز اليقين وإمكانية التنبؤ في إجراءات الهجرة من أجل الفرز والتقييم والإحالة على النحو المناسب",
        status: "working",
      },
      shortName: { text: "الفرز والإحالة", status: "working" },
    },
    13: {
      title: {
        text: "عدم اللجوء إلى احتجاز المهاجرين إلا كملاذ أخير والعمل على إيجاد بدائل له",
        status: "working",
      },
      shortName: { text: "بدائل الاحتجاز", status: "working" },
    },
    14: {
      title: {
        text: "تعزيز الحماية والمساعدة والتعاون في المجال القنصلي طوال دورة الهجرة",
        status: "working",
      },
      shortName: { text: "الحماية القنصلية", status: "working" },
    },
    15: {
      title: { text: "توفير إمكانية حصول المهاجرين على الخدمات الأساسية", status: "working" },
      shortName: { text: "الحصول على الخدمات الأساسية", status: "working" },
    },
    16: {
      title: {
        text: "تمكين المهاجرين والمجتمعات من تحقيق الإدماج الكامل والتماسك الاجتماعي",
        status: "working",
      },
      shortName: { text: "الإدماج والتماسك الاجتماعي", status: "working" },
    },
    17: {
      title: {
        text: "القضاء على جميع أشكال التمييز وتشجيع خطاب عام قائم على الأدلة من أجل تشكيل التصورات عن الهجرة",
        status: "working",
      },
      shortName: { text: "القضاء على التمييز", status: "working" },
    },
    18: {
      title: {
        text: "الاستثمار في تنمية المهارات وتيسير الاعتراف المتبادل بالمهارات والمؤهلات والكفاءات",
        status: "working",
      },
      shortName: { text: "تنمية المهارات والاعتراف بها", status: "working" },
    },
    19: {
      title: {
        text: "تهيئة الظروف التي تمكّن المهاجرين والمغتربين من الإسهام الكامل في التنمية المستدامة في جميع البلدان",
        status: "working",
      },
      shortName: { text: "إسهامات المهاجرين والمغتربين", status: "working" },
    },
    20: {
      title: {
        text: "تعزيز إرسال التحويلات المالية بطرق أسرع وأكثر أمانا وأقل تكلفة وتيسير الشمول المالي للمهاجرين",
        status: "working",
      },
      shortName: { text: "التحويلات المالية", status: "working" },
    },
    21: {
      title: {
        text: "التعاون في تيسير العودة وإعادة القبول بصورة آمنة وكريمة، فضلا عن إعادة الإدماج المستدامة",
        status: "working",
      },
      shortName: { text: "العودة الكريمة وإعادة الإدماج", status: "working" },
    },
    22: {
      title: {
        text: "إنشاء آليات لإمكانية نقل استحقاقات الضمان الاجتماعي والمزايا المكتسبة",
        status: "working",
      },
      shortName: { text: "الحماية الاجتماعية", status: "working" },
    },
    23: {
      title: {
        text: "تعزيز التعاون الدولي والشراكات العالمية من أجل الهجرة الآمنة والمنظمة والنظامية",
        status: "working",
      },
      shortName: { text: "التعاون الدولي", status: "working" },
    },
  },
  principles: {
    "people-centred": { text: "التركيز على الناس", status: "working" },
    "international-cooperation": { text: "التعاون الدولي", status: "working" },
    "national-sovereignty": { text: "السيادة الوطنية", status: "working" },
    "rule-of-law-and-due-process": {
      text: "سيادة القانون وضمانات مراعاة الأصول القانونية",
      status: "working",
    },
    "sustainable-development": { text: "التنمية المستدامة", status: "working" },
    "human-rights": { text: "حقوق الإنسان", status: "working" },
    "gender-responsive": { text: "مراعاة الاعتبارات الجنسانية", status: "working" },
    "child-sensitive": { text: "مراعاة مصالح الطفل", status: "working" },
    "whole-of-government-approach": {
      text: "نهج شامل للحكومة بأكملها",
      status: "working",
      source: "https://stage-unescwa.unescwa.org/ar/international-migration",
      note: "usage",
    },
    "whole-of-society-approach": {
      text: "نهج شامل للمجتمع بأكمله",
      status: "working",
      source: "https://stage-unescwa.unescwa.org/ar/international-migration",
      note: "usage",
    },
  },
  roundTables: {
    1: { text: "ضمان أن تكون الهجرة طوعية ومنظمة ونظامية", status: "working" },
    2: { text: "حماية المهاجرين من خلال تدابير لإدارة الحدود قائمة على الحقوق", status: "working" },
    3: { text: "دعم إدماج المهاجرين والاعتراف بإسهامهم في التنمية", status: "working" },
    4: {
      text: "تحسين رسم السياسات والنقاش العام على أساس القيم والأدلة، وتعزيز التعاون بشأن الهجرة",
      status: "working",
    },
  },
  commissions: {
    eca: { text: "اللجنة الاقتصادية لأفريقيا", status: "working" },
    ece: { text: "اللجنة الاقتصادية لأوروبا", status: "working" },
    eclac: { text: "اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي", status: "working" },
    escap: { text: "اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ", status: "working" },
    escwa: {
      text: "لجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا",
      status: "official",
      source:
        "https://stage-unescwa.unescwa.org/ar/events/الاجتماع-التشاوري-الإقليمي-المعني-بالهجرة-الدولية-في-المنطقة-العربية",
    },
  },
  resolutions: {
    "A/RES/73/195": {
      text: "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
      status: "official",
      source: "https://www.un.org/ar/migration2022/global-compact-for-migration",
    },
    "A/RES/73/326": {
      text: "شكل منتديات استعراض الهجرة الدولية وجوانبها التنظيمية",
      status: "working",
    },
    "A/RES/76/266": {
      text: "إعلان التقدم المحرز الصادر عن المنتدى الدولي لاستعراض الهجرة",
      status: "working",
    },
    "A/RES/71/1": { text: "إعلان نيويورك من أجل اللاجئين والمهاجرين", status: "working" },
    "A/RES/70/1": { text: "تحويل عالمنا: خطة التنمية المستدامة لعام 2030", status: "working" },
    "A/RES/71/280": {
      text: "طرائق إجراء المفاوضات الحكومية الدولية بشأن الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
      status: "working",
    },
    "A/RES/68/4": {
      text: "إعلان الحوار الرفيع المستوى بشأن الهجرة الدولية والتنمية",
      status: "working",
    },
  },
  stakeholders: {
    governments: { text: "الحكومات", status: "working" },
    ministries: { text: "الوزارات", status: "working" },
    "national-population-councils": { text: "المجالس الوطنية للسكان", status: "working" },
    "other-government-agencies": { text: "الهيئات الحكومية الأخرى", status: "working" },
    "un-system": { text: "منظومة الأمم المتحدة", status: "working" },
    "un-network-members": { text: "أعضاء شبكة الأمم المتحدة المعنية بالهجرة", status: "working" },
    "regional-organizations": { text: "المنظمات الإقليمية", status: "working" },
    "subregional-organizations": { text: "المنظمات دون الإقليمية", status: "working" },
    "regional-consultative-processes": { text: "العمليات التشاورية الإقليمية", status: "working" },
    "regional-commissions": { text: "اللجان الإقليمية التابعة للأمم المتحدة", status: "working" },
    "whole-of-society": { text: "المجتمع بأكمله", status: "working" },
    migrants: { text: "المهاجرون", status: "working" },
    "civil-society": { text: "المجتمع المدني", status: "working" },
    "migrant-diaspora-organizations": { text: "منظمات المهاجرين والمغتربين", status: "working" },
    diasporas: { text: "المغتربون", status: "working" },
    "faith-based-organizations": { text: "المنظمات الدينية", status: "working" },
    "local-authorities-and-communities": { text: "السلطات والمجتمعات المحلية", status: "working" },
    "local-authorities": { text: "السلطات المحلية", status: "working" },
    "local-communities": { text: "المجتمعات المحلية", status: "working" },
    "private-sector": { text: "القطاع الخاص", status: "working" },
    "employers-organizations": { text: "منظمات أصحاب العمل", status: "working" },
    "trade-unions": { text: "النقابات العمالية", status: "working" },
    parliamentarians: { text: "البرلمانيون", status: "working" },
    "national-human-rights-institutions": {
      text: "المؤسسات الوطنية لحقوق الإنسان",
      status: "working",
    },
    "red-cross-red-crescent": {
      text: "الحركة الدولية للصليب الأحمر والهلال الأحمر",
      status: "working",
    },
    academia: { text: "الأوساط الأكاديمية", status: "working" },
    media: { text: "وسائط الإعلام", status: "working" },
    "children-and-youth": { text: "الأطفال والشباب", status: "working" },
    "other-stakeholders": { text: "أصحاب المصلحة المعنيون الآخرون", status: "working" },
  },
  states: {
    DZA: { text: "الجزائر", status: "working" },
    BHR: { text: "البحرين", status: "working" },
    COM: { text: "جزر القمر", status: "working" },
    DJI: { text: "جيبوتي", status: "working" },
    EGY: { text: "مصر", status: "working" },
    IRQ: { text: "العراق", status: "working" },
    JOR: { text: "الأردن", status: "working" },
    KWT: { text: "الكويت", status: "working" },
    LBN: { text: "لبنان", status: "working" },
    LBY: { text: "ليبيا", status: "working" },
    MRT: { text: "موريتانيا", status: "working" },
    MAR: { text: "المغرب", status: "working" },
    OMN: { text: "عُمان", status: "working" },
    PSE: { text: "دولة فلسطين", status: "working" },
    QAT: { text: "قطر", status: "working" },
    SAU: { text: "المملكة العربية السعودية", status: "working" },
    SOM: { text: "الصومال", status: "working" },
    SDN: { text: "السودان", status: "working" },
    SYR: { text: "الجمهورية العربية السورية", status: "working" },
    TUN: { text: "تونس", status: "working" },
    ARE: { text: "الإمارات العربية المتحدة", status: "working" },
    YEM: { text: "اليمن", status: "working" },
  },
} satisfies EntityLabels;
