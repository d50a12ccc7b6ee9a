import type { EntityLabels } from "../entity-labels.js";

/** Chinese labels of GCM entities: the compact, the Progress Declaration and the ten principles as in the UN Chinese text of A/RES/76/266, working translations elsewhere. */
export const zh = {
  compact: {
    text: "安全、有序和正常移民全球契约",
    status: "official",
    source: "A/RES/76/266 para 2, https://www.un.org/zh/documents/treaty/A-RES-76-266",
  },
  objectives: {
    1: {
      title: { text: "收集和利用准确和分类数据作为循证政策的依据", status: "working" },
      shortName: { text: "数据", status: "working" },
    },
    2: {
      title: { text: "尽量减少迫使人们离开原籍国的不利驱动因素和结构性因素", status: "working" },
      shortName: { text: "减少不利驱动因素", status: "working" },
    },
    3: {
      title: { text: "在移民的各个阶段提供准确和及时的信息", status: "working" },
      shortName: { text: "提供信息", status: "working" },
    },
    4: {
      title: { text: "确保所有移民都有合法身份证明和适当证件", status: "working" },
      shortName: { text: "合法身份与证件", status: "working" },
    },
    5: {
      title: { text: "增加正常移民途径的可用性和灵活性", status: "working" },
      shortName: { text: "正常移民途径", status: "working" },
    },
    6: {
      title: { text: "促进公平和合乎道德的招聘，保障确保体面工作的条件", status: "working" },
      shortName: { text: "招聘与体面工作", status: "working" },
    },
    7: {
      title: { text: "应对和减少移民方面的脆弱性", status: "working" },
      shortName: { text: "减少脆弱性", status: "working" },
    },
    8: {
      title: { text: "拯救生命，就失踪移民问题开展协调一致的国际行动", status: "working" },
      shortName: { text: "拯救生命", status: "working" },
    },
    9: {
      title: { text: "加强跨国应对偷运移民行为", status: "working" },
      shortName: { text: "打击偷运移民", status: "working" },
    },
    10: {
      title: { text: "在国际移民背景下预防、打击和消除人口贩运", status: "working" },
      shortName: { text: "消除人口贩运", status: "working" },
    },
    11: {
      title: { text: "以综合、安全和协调的方式管理边界", status: "working" },
      shortName: { text: "边界管理", status: "working" },
    },
    12: {
      title: {
        text: "加强移民程序的确定性和可预测性，以便进行适当的甄别、评估和转介",
        status: "working",
      },
      shortName: { text: "甄别与转介", status: "working" },
    },
    13: {
      title: { text: "仅将移民拘留作为最后手段，并努力寻求替代办法", status: "working" },
      shortName: { text: "拘留替代办法", status: "working" },
    },
    14: {
      title: { text: "在整个移民周期加强领事保护、援助与合作", status: "working" },
      shortName: { text: "领事保护", status: "working" },
    },
    15: {
      title: { text: "为移民提供获得基本服务的机会", status: "working" },
      shortName: { text: "获得基本服务", status: "working" },
    },
    16: {
      title: { text: "增强移民和社会的能力，实现充分包容和社会凝聚力", status: "working" },
      shortName: { text: "包容与社会凝聚力", status: "working" },
    },
    17: {
      title: {
        text: "消除一切形式的歧视，促进以证据为基础的公共言论，以塑造对移民的看法",
        status: "working",
      },
      shortName: { text: "消除歧视", status: "working" },
    },
    18: {
      title: { text: "投资于技能发展，促进技能、资格和能力的相互承认", status: "working" },
      shortName: { text: "技能发展与承认", status: "working" },
    },
    19: {
      title: { text: "为移民和侨民充分促进所有国家的可持续发展创造条件", status: "working" },
      shortName: { text: "移民与侨民的贡献", status: "working" },
    },
    20: {
      title: { text: "促进更快、更安全和更便宜的汇款转移，促进移民的金融包容", status: "working" },
      shortName: { text: "汇款", status: "working" },
    },
    21: {
      title: {
        text: "合作便利安全而有尊严的返回和重新接纳以及可持续的重新融入",
        status: "working",
      },
      shortName: { text: "有尊严的返回与重新融入", status: "working" },
    },
    22: {
      title: { text: "建立社会保障权利和既得福利可转移的机制", status: "working" },
      shortName: { text: "社会保护", status: "working" },
    },
    23: {
      title: { text: "加强国际合作和全球伙伴关系，促进安全、有序和正常移民", status: "working" },
      shortName: { text: "国际合作", status: "working" },
    },
  },
  principles: {
    "people-centred": {
      text: "以人为中心",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "international-cooperation": {
      text: "国际合作",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "national-sovereignty": {
      text: "国家主权",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "rule-of-law-and-due-process": {
      text: "法治和正当程序",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "sustainable-development": {
      text: "可持续发展",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "human-rights": {
      text: "人权",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "gender-responsive": {
      text: "促进性别平等",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "child-sensitive": {
      text: "敏感认识到儿童问题",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "whole-of-government-approach": {
      text: "全政府办法",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "whole-of-society-approach": {
      text: "全社会办法",
      status: "official",
      source:
        "A/RES/76/266 para 3 (reaffirms the principles of A/RES/73/195), https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
  },
  roundTables: {
    1: { text: "确保移民是自愿、有序和正常的", status: "working" },
    2: { text: "通过基于权利的边境治理措施保护移民", status: "working" },
    3: { text: "支持移民融入并承认其对发展的贡献", status: "working" },
    4: { text: "改进以价值观和证据为基础的决策和公共辩论，加强移民问题合作", status: "working" },
  },
  commissions: {
    eca: { text: "非洲经济委员会", status: "working" },
    ece: { text: "欧洲经济委员会", status: "working" },
    eclac: { text: "拉丁美洲和加勒比经济委员会", status: "working" },
    escap: { text: "亚洲及太平洋经济社会委员会", status: "working" },
    escwa: { text: "西亚经济社会委员会", status: "working" },
  },
  resolutions: {
    "A/RES/73/195": {
      text: "安全、有序和正常移民全球契约",
      status: "official",
      source: "A/RES/76/266 para 2, https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "A/RES/73/326": { text: "国际移民问题审查论坛的形式和组织事宜", status: "working" },
    "A/RES/76/266": {
      text: "国际移民问题审查论坛进展宣言",
      status: "official",
      source: "https://www.un.org/zh/documents/treaty/A-RES-76-266",
    },
    "A/RES/71/1": { text: "关于难民和移民的纽约宣言", status: "working" },
    "A/RES/70/1": { text: "变革我们的世界：2030年可持续发展议程", status: "working" },
    "A/RES/68/4": { text: "国际移民与发展问题高级别对话宣言", status: "working" },
  },
  stakeholders: {
    governments: { text: "各国政府", status: "working" },
    ministries: { text: "政府各部", status: "working" },
    "national-population-councils": { text: "国家人口委员会", status: "working" },
    "other-government-agencies": { text: "其他政府机构", status: "working" },
    "un-system": { text: "联合国系统", status: "working" },
    "un-network-members": { text: "联合国移民问题网络成员", status: "working" },
    "regional-organizations": { text: "区域组织", status: "working" },
    "regional-economic-communities": { text: "区域经济共同体", status: "working" },
    "regional-consultative-processes": { text: "区域协商进程", status: "working" },
    "regional-commissions": { text: "联合国区域委员会", status: "working" },
    "whole-of-society": { text: "全社会", status: "working" },
    migrants: { text: "移民", status: "working" },
    "civil-society": { text: "民间社会", status: "working" },
    "migrant-diaspora-organizations": { text: "移民和侨民组织", status: "working" },
    diasporas: { text: "侨民", status: "working" },
    "faith-based-organizations": { text: "信仰组织", status: "working" },
    "local-authorities": { text: "地方当局", status: "working" },
    "local-communities": { text: "地方社区", status: "working" },
    "private-sector": { text: "私营部门", status: "working" },
    "employers-organizations": { text: "雇主组织", status: "working" },
    "trade-unions": { text: "工会", status: "working" },
    parliamentarians: { text: "议员", status: "working" },
    "national-human-rights-institutions": { text: "国家人权机构", status: "working" },
    "red-cross-red-crescent": { text: "国际红十字与红新月运动", status: "working" },
    academia: { text: "学术界", status: "working" },
    media: { text: "媒体", status: "working" },
    "children-and-youth": { text: "儿童和青年", status: "working" },
    "other-stakeholders": { text: "其他相关利益攸关方", status: "working" },
  },
  states: {
    DZA: { text: "阿尔及利亚", status: "working" },
    BHR: { text: "巴林", status: "working" },
    COM: { text: "科摩罗", status: "working" },
    DJI: { text: "吉布提", status: "working" },
    EGY: { text: "埃及", status: "working" },
    IRQ: { text: "伊拉克", status: "working" },
    JOR: { text: "约旦", status: "working" },
    KWT: { text: "科威特", status: "working" },
    LBN: { text: "黎巴嫩", status: "working" },
    LBY: { text: "利比亚", status: "working" },
    MRT: { text: "毛里塔尼亚", status: "working" },
    MAR: { text: "摩洛哥", status: "working" },
    OMN: { text: "阿曼", status: "working" },
    PSE: { text: "巴勒斯坦国", status: "working" },
    QAT: { text: "卡塔尔", status: "working" },
    SAU: { text: "沙特阿拉伯", status: "working" },
    SOM: { text: "索马里", status: "working" },
    SDN: { text: "苏丹", status: "working" },
    SYR: { text: "阿拉伯叙利亚共和国", status: "working" },
    TUN: { text: "突尼斯", status: "working" },
    ARE: { text: "阿拉伯联合酋长国", status: "working" },
    YEM: { text: "也门", status: "working" },
  },
} satisfies EntityLabels;
