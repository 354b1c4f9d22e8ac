// The outreach events reported by the five seed documents, with only the facts
// each text supports. Where a text gives no date of its own, the event is dated
// "on or before" the article (or, for undated 2022 articles, before the vote,
// which the texts call upcoming). Regions are today's units: Zhezkazgan is in
// Ulytau Region since 2022.
import type {
  AudienceType,
  DatePrecision,
  EventFormat,
  EventStatus,
  Language,
  OrgKind,
  OrgRole,
} from "../../lib/generated/sqlite/client";

export type SeedOrganization = { key: string; name: string; kind: OrgKind; aliases: string[] };
export type SeedPerson = { key: string; fullName: string; aliases: string[] };
export type SeedSource = {
  key: string;
  file: string;
  title: string;
  language: Language;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
};
export type SeedEvent = {
  key: string;
  source: string;
  campaign: "referendum-2022" | "referendum-2026";
  title: string;
  status: EventStatus;
  date: string;
  datePrecision: DatePrecision;
  region: string; // ISO code
  district?: string; // English name of the district or city in regions.json
  locality?: string;
  format: EventFormat;
  audiences: AudienceType[];
  audienceSize?: number;
  audienceEstimate?: boolean;
  summary: string;
  speakers: Array<{ person: string; role: string; organization?: string }>;
  organizations: Array<{ organization: string; role: OrgRole }>;
};

export const organizations: SeedOrganization[] = [
  { key: "ales", name: "AlES JSC", kind: "enterprise", aliases: ["«AlES» JSC", 'JSC "AlES"', "АО «АлЭС»"] },
  { key: "amanat", name: "AMANAT party", kind: "party", aliases: ["AMANAT", "«AMANAT» партиясы", "партия «AMANAT»"] },
  {
    key: "ftu",
    name: "Federation of Trade Unions of the Republic of Kazakhstan",
    kind: "trade_union",
    aliases: ["FTURK", "Федерация профсоюзов Республики Казахстан", "Қазақстан Республикасы Кәсіподақтар федерациясы"],
  },
  {
    key: "maslikhat-deputies",
    name: "Association of Deputies of Maslikhats of Kazakhstan",
    kind: "ngo",
    aliases: ["Ассоциация депутатов маслихатов Казахстана"],
  },
  { key: "veterans-org", name: "Organization of Veterans", kind: "ngo", aliases: ["Организация ветеранов"] },
  {
    key: "turkistan-maslikhat",
    name: "Turkestan Regional Maslikhat",
    kind: "public_body",
    aliases: ["Түркістан облыстық мәслихаты", "Туркестанский областной маслихат"],
  },
  {
    key: "assembly-youth",
    name: "«Ассамблея жастары» ҚБ",
    kind: "ngo",
    aliases: ["Assembly Youth public association", "ҚХА жастар ұйымы"],
  },
  {
    key: "kazakhmys",
    name: "Kazakhmys Corporation LLP",
    kind: "enterprise",
    aliases: ["«Қазақмыс» корпорациясы» ЖШС", "«Қазақмыс Корпорациясы» ЖШС", "ТОО «Корпорация Казахмыс»", "Казахмыс"],
  },
  {
    key: "jastar-bolashaq",
    name: "«JASTAR BOLASHAQ» Жастар жұмысшылары одағы",
    kind: "other",
    aliases: ["JASTAR BOLASHAQ Young Workers Union"],
  },
  {
    key: "kazakhmys-smelting",
    name: "Kazakhmys Smelting LLP",
    kind: "enterprise",
    aliases: ["ТОО «Kazakhmys Smelting»"],
  },
  { key: "maker", name: "Maker LLP", kind: "enterprise", aliases: ["ТОО «Maker»"] },
  {
    key: "coalition",
    name: "«Әділетті және Прогрессивті Қазақстанның Халықтық Конституциясы үшін!» Жалпыұлттық коалициясы",
    kind: "other",
    aliases: ["National Coalition «For the People's Constitution of a Just and Progressive Kazakhstan!»"],
  },
  {
    key: "kazphosphate",
    name: "«Казфосфат» ЖШС",
    kind: "enterprise",
    aliases: ["Kazphosphate LLP", "ТОО «Казфосфат»"],
  },
  { key: "super-pharm", name: "«Super-pharm» фармацевтикалық зауыты", kind: "enterprise", aliases: ["Super-pharm"] },
  { key: "karyzsyz-kogam", name: "«Қарызсыз қоғам» жобасы", kind: "other", aliases: ["Karyzsyz Kogam project"] },
  {
    key: "zhambyl-veterans",
    name: "Жамбыл облыстық ардагерлер кеңесі",
    kind: "ngo",
    aliases: ["Zhambyl Regional Council of Veterans"],
  },
];

export const people: SeedPerson[] = [
  { key: "ustenov", fullName: "Bagdaulet Ustenov", aliases: ["B.Ustenov"] },
  { key: "torgayev", fullName: "Bekkali Torgayev", aliases: ["B.Torgaev", "B. Torgaev", "Бекқали Торғаев"] },
  { key: "kasymov", fullName: "Ye. Kasymov", aliases: ["Ye.Kasymov"] },
  { key: "kobeeva", fullName: "A. Kobeeva", aliases: ["A.Kobeeva"] },
  { key: "kurabayeva", fullName: "Zh. Kurabayeva", aliases: ["Zh.Kurabayeva"] },
  { key: "ordabayeva", fullName: "N. Ordabayeva", aliases: ["N.Ordabayeva"] },
  { key: "sagadiev", fullName: "Azamat Sagadiev", aliases: [] },
  { key: "uteshev", fullName: "Nurlan Uteshev", aliases: ["Нурлан Утешев"] },
  { key: "mukashev", fullName: "Toleubek Mukashev", aliases: [] },
  { key: "izmukhambetov", fullName: "Baktykozha Izmukhambetov", aliases: ["Izmukhambetov Baktykozha"] },
  { key: "balabiev", fullName: "Kairat Balabiev", aliases: [] },
  { key: "zhumyrbayev", fullName: "Тимур Жұмырбаев", aliases: ["Timur Zhumyrbayev"] },
  { key: "minbayeva", fullName: "Луиза Мінбаева", aliases: ["Luiza Minbayeva"] },
  { key: "koshanov", fullName: "Ерлан Қошанов", aliases: ["Yerlan Koshanov", "Ерлан Кошанов"] },
];

export const sources: SeedSource[] = [
  {
    key: "doc-000",
    file: "000_4542048bf317601f.txt",
    title: "«AlES» JSC: towards the referendum",
    language: "en",
    outlet: null,
    url: null,
    publishedAt: null,
  },
  {
    key: "doc-001",
    file: "001_686f097a965c7381.txt",
    title: "Nurlan Uteshev at the meeting of maslikhat secretaries in Turkestan",
    language: "en",
    outlet: null,
    url: null,
    publishedAt: null,
  },
  {
    key: "doc-002",
    file: "002_9476b51eb910df3f.txt",
    title: "Жезқазғанда «Ассамблея жастары» мен «Қазақмыс» жас жұмысшылары кездесті",
    language: "kk",
    outlet: "BAQ.KZ",
    url: null,
    publishedAt: null,
  },
  {
    key: "doc-003",
    file: "003_4d2dcaf49040f97b.txt",
    title: 'Коллективы предприятий корпорации "Казахмыс" поддержали проект обновленной Конституции',
    language: "ru",
    outlet: "Zakon.kz",
    url: null,
    publishedAt: "2026-03-04",
  },
  {
    key: "doc-004",
    file: "004_5c4f725deede1c07.txt",
    title: "Жамбыл облысы тұрғындары Жаңа Конституция жобасын қолдайды",
    language: "kk",
    outlet: "BAQ.KZ",
    url: null,
    publishedAt: "2026-02-17",
  },
];

// Undated 2022 texts speak of the 5 June 2022 vote as upcoming.
const BEFORE_VOTE_2022 = { date: "2022-06-04", datePrecision: "on_or_before" as const };
const ZHAMBYL_VISIT = {
  source: "doc-004",
  campaign: "referendum-2026" as const,
  status: "held" as const,
  date: "2026-02-17",
  datePrecision: "on_or_before" as const,
  region: "KZ-31",
};
const COALITION_HOST = { organization: "coalition", role: "host" as const };

const infoGroup = (key: string, district: string, kk: string): SeedEvent => ({
  ...ZHAMBYL_VISIT,
  key,
  title: `Ақпараттық топтың ${kk} тұрғындарымен және еңбек ұжымдарымен кездесуі`,
  district,
  format: "meeting",
  audiences: ["residents", "labour_collective"],
  summary:
    "ҚР Сенаты мен Парламенті депутаттары, облыстық ардагерлер кеңесі мен мәслихат депутаттары бар ақпараттық топ аудан тұрғындарымен және еңбек ұжымдарымен кездесіп, Жаңа Конституция жобасындағы негізгі өзгерістер мен жаңашылдықтарды түсіндірді.",
  speakers: [],
  organizations: [COALITION_HOST, { organization: "zhambyl-veterans", role: "participant" }],
});

export const events: SeedEvent[] = [
  {
    key: "ales-labour-collective-2022",
    source: "doc-000",
    campaign: "referendum-2022",
    title: "AlES JSC: information and explanatory work with the labour collective on the referendum",
    status: "held",
    ...BEFORE_VOTE_2022,
    region: "KZ-75",
    locality: "AlES JSC",
    format: "meeting",
    audiences: ["labour_collective"],
    summary:
      "The departments of AlES JSC discussed the 5 June 2022 republican referendum. AMANAT party representatives explained the amendments to about 33 articles of the Constitution; employees took part in the discussion.",
    speakers: [
      {
        person: "ustenov",
        role: "Chairman of the AMANAT primary party organisation of AlES JSC, deputy of the Almaty Region maslikhat, Managing Director for Capital Construction and Transformation",
        organization: "ales",
      },
      { person: "torgayev", role: "Deputy of the AMANAT republican party headquarters", organization: "amanat" },
      {
        person: "kasymov",
        role: "Deputy of the Almaty maslikhat, member of the regional party headquarters",
        organization: "amanat",
      },
      {
        person: "kobeeva",
        role: "Deputy of the Almaty maslikhat, member of the regional party headquarters",
        organization: "amanat",
      },
      {
        person: "kurabayeva",
        role: "Member of the Political Council of the Auezov district party branch",
        organization: "amanat",
      },
      { person: "ordabayeva", role: "Executive secretary of the Auezov district party branch", organization: "amanat" },
      {
        person: "sagadiev",
        role: "Deputy Head of the electromechanical workshop of the HPP Cascade",
        organization: "ales",
      },
    ],
    organizations: [
      { organization: "ales", role: "host" },
      { organization: "amanat", role: "participant" },
    ],
  },
  {
    key: "turkestan-maslikhat-secretaries-2022",
    source: "doc-001",
    campaign: "referendum-2022",
    title: "Meeting of maslikhat secretaries, deputies and veteran organisations in Turkestan on the referendum",
    status: "held",
    ...BEFORE_VOTE_2022,
    region: "KZ-61",
    district: "Turkistan",
    locality: "Turkestan",
    format: "meeting",
    audiences: ["officials", "veterans"],
    summary:
      "Secretaries of the maslikhats of Almaty, Zhambyl, Kyzylorda and Turkestan regions and of Shymkent, chairmen of standing commissions, local deputies, members of public councils and veteran organisations discussed the upcoming referendum on constitutional reform.",
    speakers: [
      {
        person: "uteshev",
        role: "Deputy Chairman of the FTURK, head of the FTURK Republican Headquarters for public support of the referendum",
        organization: "ftu",
      },
      {
        person: "mukashev",
        role: "Chairman of the Republican Headquarters for Public Support of the referendum and of the Association of Deputies of Maslikhats of Kazakhstan",
        organization: "maslikhat-deputies",
      },
      {
        person: "izmukhambetov",
        role: "Chairman of the republican public association «Organization of Veterans»",
        organization: "veterans-org",
      },
      {
        person: "balabiev",
        role: "Secretary of the Turkestan Regional Maslikhat",
        organization: "turkistan-maslikhat",
      },
    ],
    organizations: [
      { organization: "ftu", role: "participant" },
      { organization: "maslikhat-deputies", role: "participant" },
      { organization: "veterans-org", role: "participant" },
      { organization: "turkistan-maslikhat", role: "participant" },
    ],
  },
  {
    key: "zhezkazgan-kazakhmys-youth-2022",
    source: "doc-002",
    campaign: "referendum-2022",
    title: "«Ассамблея жастары» мен «Қазақмыс» корпорациясының жас жұмысшылары арасындағы кездесу",
    status: "held",
    ...BEFORE_VOTE_2022,
    region: "KZ-62",
    district: "Zhezkazgan",
    locality: "Жезқазған",
    format: "meeting",
    audiences: ["youth", "labour_collective"],
    summary:
      "Конституцияға өзгерістер мен толықтырулар енгізу мәселелері талқыланды. Жиын соңында ҚХА жанындағы жастар ұйымдары мен «Қазақмыс Корпорациясы» ЖШС ынтымақтастық туралы меморандумға қол қойды.",
    speakers: [
      {
        person: "zhumyrbayev",
        role: "«Ассамблея жастары» ҚБ төрағасы, Референдумды қоғамдық қолдау республикалық штабының мүшесі",
        organization: "assembly-youth",
      },
      {
        person: "minbayeva",
        role: "«JASTAR BOLASHAQ» Жастар жұмысшылары одағының басшысы, Сәтбаев қалалық мәслихатының депутаты",
        organization: "jastar-bolashaq",
      },
    ],
    organizations: [
      { organization: "assembly-youth", role: "host" },
      { organization: "kazakhmys", role: "participant" },
      { organization: "jastar-bolashaq", role: "participant" },
    ],
  },
  {
    key: "kazakhmys-collectives-ulytau-2026",
    source: "doc-003",
    campaign: "referendum-2026",
    title: "Коллективы предприятий корпорации «Казахмыс» в Жезказгане поддержали проект обновлённой Конституции",
    status: "held",
    date: "2026-03-04",
    datePrecision: "on_or_before",
    region: "KZ-62",
    district: "Zhezkazgan",
    locality: "Жезказган",
    format: "other",
    audiences: ["labour_collective"],
    summary:
      "Производственные коллективы предприятий ТОО «Kazakhmys Smelting» и ТОО «Maker» корпорации «Казахмыс» (медеплавильные и обогатительные предприятия в Жезказгане) выразили поддержку проекту обновлённой Конституции перед референдумом 15 марта 2026 года.",
    speakers: [],
    organizations: [
      { organization: "kazakhmys", role: "host" },
      { organization: "kazakhmys-smelting", role: "participant" },
      { organization: "maker", role: "participant" },
    ],
  },
  {
    key: "kazakhmys-collectives-karaganda-2026",
    source: "doc-003",
    campaign: "referendum-2026",
    title:
      "Коллективы предприятий корпорации «Казахмыс» в Балхаше и Караганде поддержали проект обновлённой Конституции",
    status: "held",
    date: "2026-03-04",
    datePrecision: "on_or_before",
    region: "KZ-35",
    locality: "Балхаш, Караганда",
    format: "other",
    audiences: ["labour_collective"],
    summary:
      "Производственные коллективы предприятий ТОО «Kazakhmys Smelting» и ТОО «Maker» корпорации «Казахмыс» (медеплавильное и обогатительное производство в Балхаше, литейно-машиностроительный завод в Караганде) выразили поддержку проекту обновлённой Конституции перед референдумом 15 марта 2026 года.",
    speakers: [],
    organizations: [
      { organization: "kazakhmys", role: "host" },
      { organization: "kazakhmys-smelting", role: "participant" },
      { organization: "maker", role: "participant" },
    ],
  },
  {
    ...ZHAMBYL_VISIT,
    key: "kone-taraz-residents-2026",
    title: "Жалпыұлттық коалицияның «Көне Тараз» кешеніндегі тұрғындармен негізгі кездесуі",
    district: "Taraz",
    locality: "«Көне Тараз» тарихи-мәдени кешені, Тараз",
    format: "meeting",
    audiences: ["residents", "veterans", "medical_workers", "teachers"],
    audienceSize: 500,
    audienceEstimate: true,
    summary:
      "Облыстың 500-ге жуық тұрғыны – зиялы қауым өкілдері, ардагерлер, медицина қызметкерлері, педагогтер қатысты. Қатысушылар Жаңа Конституция жобасы мемлекеттің ұзақ мерзімді ұлттық мүдделеріне сәйкес келетінін атап өтті.",
    speakers: [{ person: "koshanov", role: "Жалпыұлттық коалицияның жетекшісі", organization: "coalition" }],
    organizations: [COALITION_HOST],
  },
  {
    ...ZHAMBYL_VISIT,
    key: "zhambyl-youth-education-2026",
    title: "Коалиция мүшелерінің жастармен және білім саласының мамандарымен кездесуі",
    format: "meeting",
    audiences: ["youth", "teachers"],
    summary: "Коалиция мүшелері білім мен ғылымды дамыту Жаңа Конституцияның басым бағыттарының бірі екенін жеткізді.",
    speakers: [],
    organizations: [COALITION_HOST],
  },
  {
    ...ZHAMBYL_VISIT,
    key: "kazphosphate-collective-2026",
    title: "«Казфосфат» ЖШС ұжымымен кездесу",
    format: "meeting",
    audiences: ["labour_collective"],
    summary: "Кездесуде еңбек адамының құқықтары мен мүдделерін қорғау мәселелері талқыланды.",
    speakers: [],
    organizations: [COALITION_HOST, { organization: "kazphosphate", role: "host" }],
  },
  {
    ...ZHAMBYL_VISIT,
    key: "karyzsyz-kogam-2026",
    title: "«Қарызсыз қоғам» жобасы қатысушыларымен жиын",
    format: "meeting",
    audiences: ["residents"],
    summary: "Жиында азаматтардың жеке деректерін қорғау нормалары сөз болды.",
    speakers: [],
    organizations: [COALITION_HOST, { organization: "karyzsyz-kogam", role: "participant" }],
  },
  {
    ...ZHAMBYL_VISIT,
    key: "super-pharm-collective-2026",
    title: "«Super-pharm» фармацевтикалық зауытындағы кездесу",
    format: "meeting",
    audiences: ["labour_collective"],
    summary: "Өндіріс саласына қатысты құқықтық тетіктер қарастырылды.",
    speakers: [],
    organizations: [COALITION_HOST, { organization: "super-pharm", role: "host" }],
  },
  infoGroup("info-group-kordai-2026", "Kordai District", "Қордай ауданы"),
  infoGroup("info-group-talas-2026", "Talas District", "Талас ауданы"),
  infoGroup("info-group-baizak-2026", "Baizak District", "Байзақ ауданы"),
  infoGroup("info-group-zhambyl-2026", "Zhambyl District", "Жамбыл ауданы"),
];
