// Who held or organised a meeting, where the report says so, though the name
// is neither quoted nor capitalised: "organised by the regional council of
// veterans", «Организатором выступил областной совет ветеранов», «организованный
// городским отделом внутренней политики», «… басқармасы ұйымдастырған», "the
// Ministry of Justice held a round table". Each is the meeting's host.
import type { OrgKind } from "../domain/enums";

const ORGANISER_WORDS = [
  ...["council", "branch", "akimat", "maslikhat", "department", "office", "union", "association", "centre", "center"],
  ...["committee", "совет", "филиал", "акимат", "маслихат", "управление", "отдел", "профсоюз", "ассоциация", "центр"],
  ...["комитет", "chamber", "палата", "ministry"],
]
  .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join("|");
/** A name found in lower case, written as a heading writes it. */
export const asHeading = (name: string) => name.replace(/^./u, (c) => c.toUpperCase());
// (The lookbehinds for "together with" and «совместно с» come after the word,
// so they run only where it is: before it they ran at every position, 2.5 ms
// on a 5,000-character article.)
const ORGANISED_BY = new RegExp(
  "(?:organi[sz]ed by|hosted by|(?:together|jointly)(?<=(?:organi[sz]ed|hosted|held)(?:\\s[^.;!?]{0,100})?\\s(?:together|jointly))\\s+with|(?:was|were)\\s+held\\s+by|[Оо]рганизатор(?:ом|ами)?(?:\\s+(?:встречи|турнира|мероприятия|форума|акции|семинара|конкурса))?\\s+(?:выступил\\p{L}*|стал\\p{L}*|[—–-])|(?:[Ее]го|[Ее]е|[Её]ё|[Ии]х|[Вв]стречу|[Ии]гру|[Аа]кцию|[Фф]орум|[Мм]ероприятие)\\s+организовал[аио]?)\\s+(?:the\\s+)?" +
    `((?:[\\p{L}-]+\\s+){0,4}?(?:${ORGANISER_WORDS})` +
    "(?:\\s+(?:of|for)\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+(?:policy|affairs|protection|development|party|workers|employees)|(?:\\s+\\p{Lu}[\\p{L}-]+){1,3}|(?:\\s+of\\s+\\p{Lu}[\\p{L}-]+){1,2})?|\\s+по\\s+делам\\s+\\p{Ll}+|(?:\\s+(?!совместно|при(?![\\p{L}]))\\p{Ll}+(?:ов|ев|ей|ых|их|ой|ого|ки|ти|ры|ии|ия|ин|(?<=крыл)а)){1,2})?" +
    // («управление по делам молодежи Костанайской области»: the region it serves is part of its name; so is
    // «… области» alone, the report's own region.)
    // («филиал Ассамблеи народа Казахстана по области Жетісу», "the regional branch of the Assembly of People
    // of Kazakhstan": the body it is a branch of, and where.)
    "(?:\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)?" +
    "(?:\\s+\\p{Lu}[\\p{L}-]+(?:ой|ого)\\s+(?:области|района)|\\s+города\\s+\\p{Lu}\\p{L}+|\\s+по\\s+(?:области|городу|району)\\s+\\p{Lu}[\\p{L}-]+|\\s+(?:области|района|города)(?!\\s+\\p{Lu}))?" +
    // («областной филиал партии «AMANAT»»: the party it is a branch of, by its quoted name;
    // «филиал молодёжного крыла «Jastar Rukhy» партии AMANAT»: its wing's, then the party's.)
    "(?:\\s+«[^«»]{1,40}»)?(?:\\s+партии\\s+(?:«[^«»]{1,40}»|\\p{Lu}{2,}(?![\\p{L}])))?)" +
    "(?=\\s+(?:together|jointly|with|and|совместно|при|и|және)(?![\\p{L}])|\\s*[,.;!]|\\s*$)",
  "gu",
);

// «Дін істері басқармасы ұйымдастырған дөңгелек үстел», «облыстық ардагерлер
// кеңесінің ұйымдастыруымен»: Kazakh names the organiser before the verb. Up to
// five words before the body's word; its name starts at a capital or at the
// level (облыстық, қалалық …), not at the sentence's first word.
const KAZAKH_ORGANISED =
  /((?:(?:[\p{L}-]+|«[^«»]{1,40}»)\s+){1,5}?)(басқармас|бөлім|филиал|кеңес|әкімдіг|мәслихат|орталығ|одағ|комитет|департамент|қауымдастығ|бірлестіг|палатас|университет|колледж|институт)([ыі])(?:ның|нің)?\s+(?:бірлесіп\s+)?ұйымдастыр(?:уымен|ған|ды)(?![\p{L}])/gu;
// «"AMANAT" партиясының Қарасай аудандық филиалы Қаскелең қаласында … кездесу
// өткізді»: a body opening its sentence, which ends saying it held the meeting
// (after where and when, «… Тайынша ауданында 25 ақпанда аудандық ішкі саясат бөлімі …»; «Көкшетау
// қаласында «Атамекен» ұлттық кәсіпкерлер палатасының Ақмола облыстық филиалы …»: up to eight words).
const KAZAKH_HELD =
  /(?<=^|[.!?]\s+|\n)(?:[^.!?\n]{0,100}?\d{1,2}\s+\p{L}+(?:да|де|та|те)\s+)?((?:(?:[\p{L}-]+|«[^«»]{1,40}»)[^\S\n]+){1,8}?)(басқармас|бөлім|филиал|кеңес|әкімдіг|мәслихат|орталығ|одағ|комитет|департамент|қауымдастығ|бірлестіг|палатас)([ыі])\s+[^.!?]{0,200}?(?:кездесу|жиын|дөңгелек үстел|семинар|форум|іс-шара|басқосу)\p{L}*\s+(?:өткізді|ұйымдастырды)(?![\p{L}])/gu;
// "The Ministry of Justice held a round table", «Министерство юстиции провело
// круглый стол», «Әділет министрлігі … өткізді», "the House of Friendship
// hosted …": the body that says it held the event hosts it.
const BODY_HELD = new RegExp(
  [
    "(?:the\\s+)?((?:Ministry|Agency)\\s+(?:of|for)\\s+(?:[A-Z][\\p{L}-]+\\s+(?:and\\s+)?){0,3}?[A-Z][\\p{L}-]+(?:\\s+of\\s+the\\s+Population)?)(?:\\s+of\\s+(?:the\\s+Republic\\s+of\\s+)?Kazakhstan)?\\s+(?:held|organi[sz]ed|hosted|conducted)(?![\\p{L}])",
    // "The regional House of Friendship in Karaganda hosted …", "The regional
    // multidisciplinary hospital in Kyzylorda hosted …", "The Kostanay regional
    // chamber of entrepreneurs hosted …", "The Pavlodar regional women's council held …": a venue or a
    // council that says it hosted.
    "(?:[Tt]he\\s+)?((?:(?:[A-Z][\\p{L}-]+\\s+)?(?:[Rr]egional|[Cc]ity|[Dd]istrict)\\s+|Atameken\\s+)?(?:House\\s+of\\s+Friendship|[Cc]hamber\\s+of\\s+[Ee]ntrepreneurs|[Cc]ouncil\\s+of\\s+(?:[Vv]eterans|[Ww]omen)|(?:[Ww]omen|[Vv]eterans)['’]s?\\s+[Cc]ouncil)|(?:[A-Z][\\p{L}-]+\\s+)?(?:[Rr]egional|[Cc]ity|[Dd]istrict)\\s+(?:[a-z-]+\\s+){0,2}(?:hospital|polyclinic|college|library|museum|theatre)(?:\\s+named\\s+after\\s+(?:[A-Z]\\.\\s*){0,2}[A-Z][\\p{L}-]+)?)(?:\\s+(?:in|of)\\s+[A-Z][\\p{L}-]+)?\\s+(?:held|hosted|organi[sz]ed)(?![\\p{L}])",
    // («Департамент юстиции Кызылординской области провел круглый стол»: a regional body, with its region.)
    "((?:Министерств[оа]|Департамент|Управление|Комитет)\\s+\\p{Ll}+(?:\\s+и\\s+\\p{Ll}+)?(?:\\s+\\p{Lu}[\\p{L}-]+(?:ой|ого)\\s+(?:области|района)|\\s+города\\s+\\p{Lu}\\p{L}+)?)(?:\\s+(?:Республики\\s+Казахстан|РК))?\\s+(?:провел[оа]?|организовал[оа]?|проводит)(?![\\p{L}])",
    "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+министрлігі)(?=[^.!?]{0,120}(?:өткізді|ұйымдастырды))",
    // "The Union of Veterans of Afghanistan in Taraz held …", "the Association of
    // Young Lawyers of Kazakhstan organised …": an association by its capitalised name.
    "(?:[Tt]he\\s+)?((?:Union|Association|Federation|League|Society|Chamber)\\s+of\\s+(?:[A-Z][\\p{L}-]+\\s+(?:and\\s+|of\\s+(?:the\\s+)?)?){0,4}?[A-Z][\\p{L}-]+(?:\\s+(?:region|city|district))?)(?:\\s+in\\s+[A-Z][\\p{L}-]+)?\\s+(?:held|hosted|organi[sz]ed|conducted)(?![\\p{L}])",
    // "The trade union of education workers of Almaty region held …", in lower case.
    "(?:[Tt]he\\s+)?((?:(?:regional|city|district)\\s+)?[Tt]rade\\s+union\\s+of\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:workers|employees)(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)?\\s+(?:region|city|district))?)\\s+(?:held|hosted|organi[sz]ed|conducted)(?![\\p{L}])",
    // "The Temirtau branch of the AMANAT party hosted …": the party, as its branches are named
    // (so its youth wing: "The youth wing of the AMANAT party, Zhastar Rukhy, held …").
    "(?:[Tt]he\\s+)?(?:[A-Z][\\p{L}-]+\\s+)?(?:(?:regional|city|district)\\s+)?(?:branch|(?:youth\\s+)?wing)\\s+of\\s+the\\s+([A-Z][A-Za-z]+)\\s+party(?:,\\s+(?:[A-Z][\\p{L}-]+\\s+){0,2}[A-Z][\\p{L}-]+,)?\\s+(?:held|hosted|organi[sz]ed|conducted)(?![\\p{L}])",
    // "The Embassy of Kazakhstan in Turkey held …", «Генеральное консульство Казахстана в Стамбуле провело …»: abroad, its mission.
    "(?:[Tt]he\\s+)?((?:Embassy|Consulate(?:\\s+General)?)\\s+of\\s+(?:the\\s+Republic\\s+of\\s+)?Kazakhstan(?:\\s+in\\s+[A-Z][\\p{L}-]+)?)(?:\\s+(?:on|last)\\s+\\p{L}+)?\\s+(?:held|hosted|organi[sz]ed)(?![\\p{L}])",
    "((?:Посольство|(?:Генеральное\\s+)?[Кк]онсульство)\\s+(?:Республики\\s+)?Казахстан[а]?(?:\\s+в\\s+\\p{Lu}\\p{L}+)?)\\s+(?:провел[оа]?|организовал[оа]?)(?![\\p{L}])",
    // («общественный совет Жамбылской области провел выездное заседание»: a public council, with its place.)
    "((?:(?:[Оо]бластной|[Гг]ородской|[Рр]айонный)\\s+)?[Оо]бщественный\\s+совет(?:\\s+\\p{Lu}[\\p{L}-]+(?:ой|ого)\\s+(?:области|района)|\\s+города\\s+\\p{Lu}\\p{L}+)?)\\s+(?:провел|организовал)(?![\\p{L}])",
    // "The regional department for religious affairs held …": a state department, in lower case.
    "(?:[Tt]he\\s+)?((?:[A-Z][\\p{L}-]+\\s+)?(?:[Rr]egional|[Cc]ity|[Dd]istrict)\\s+department\\s+(?:for|of)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?:held|hosted|organi[sz]ed|conducted)(?![\\p{L}])",
  ].join("|"),
  "gu",
);
const NAME_OPENS = /^(?:\p{Lu}|«|облыс|қала|аудан|республикалық)/u;
// (The event the sentence opens with, in the accusative: «Шеруді облыстық … ұйымдастырды».)
export const NOT_NAME_OPENS =
  /^(?:Кездесу|Жиын|Кеше|Бүгін|Сондай-ақ|Сонымен|Іс-шара|Дөңгелек|Оны|Оған|Шеру|Форум|Акция|Флешмоб|Семинар|Лекция|Дәріс|Конференция|Байқау|Марафон|Концерт|Отырыс|Сабақ|Кеңес(?:ке|те))\p{L}*$|^Топ(?:ты|қа|тың)$/u;

// «флешмоб, организованный городским отделом внутренней политики» («акция была организована …»), «… провели
// совместно с областным филиалом …», «… филиалом Ассамблеи народа Казахстана по
// области Абай»: the body in the instrumental, put back in the nominative (its genitive words stay).
const RUSSIAN_ORGANISED =
  /(?:организован(?:н\p{L}*|[аоы])?(?![\p{L}])|совместно(?:(?<=(?:организова|проведен|провел|провёл)\p{L}*(?:\s[^.;!?]{0,100})?\sсовместно)|(?=[^.;!?]{0,120}\s(?:провел|провёл|организовал)\p{L}*\s))\s+со?)\s+((?:\p{Ll}+(?:ым|им)\s+){0,2}(отдел|управлени|филиал|совет|акимат|центр|штаб|комитет)(?:ом|ем)((?:\s+по\s+делам\s+\p{Ll}+)?(?:\s+\p{Ll}+(?:ой|ого|ей|их|ых|ов|ев|ия|ии|и|ы|а)(?![\p{L}]))*(?:(?<=(?:области|района|города))\s+\p{Lu}[\p{L}-]+(?![\p{L}]))?(?:\s+\p{Lu}[\p{L}-]+(?:ой|ого)\s+(?:области|района))?(?:\s+\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Lu}\p{Ll}+)?(?:\s+по\s+(?:области|городу|району)\s+\p{Lu}[\p{L}-]+)?))/gu;
/** A body's level, from its adjective's stem to the masculine nominative («областном» → областной). */
export const RUSSIAN_LEVEL: Record<string, string> = {
  городск: "городской",
  областн: "областной",
  районн: "районный",
  республиканск: "республиканский",
};
/** An adjective's stem in the masculine nominative: «областн» → «областной», «перинатальн» → «перинатальный». */
export const masculineAdjective = (stem: string) =>
  RUSSIAN_LEVEL[stem.toLowerCase()] ?? `${stem.toLowerCase()}${/[кгхжшчщ]$/u.test(stem) ? "ий" : "ый"}`;
/** A town's and a level's stems, those given, in the masculine nominative: «Костанайский областной». */
export const masculineAdjectives = (...stems: Array<string | undefined>) =>
  stems.flatMap((a) => (a ? [masculineAdjective(a)] : [])).join(" ");
/** «городским» → «городской» (or «городское» before a neuter noun, as управление). */
const instrumentalAdjective = (word: string, neuter: boolean) => {
  const masculine = masculineAdjective(word.replace(/(?:ым|им)$/u, ""));
  return neuter ? masculine.replace(/(?:ой|ый|ий)$/u, "ое") : masculine;
};

/** `joint`: named as the one the meeting was organised "together with" («совместно с»): a second host. */
export type Organiser = { name: string; start: number; length: number; kind?: OrgKind; joint?: boolean };

// «Организатором выступил районный филиал партии «AMANAT»», "the regional
// branch of the Amanat party": the branch is its party's, named as the report
// names the party. (A Kazakh report's ««AMANAT» партиясы аудандық филиалы
// ұйымдастырды» keeps the branch's name.)
const BRANCH_OF_PARTY =
  /(?:[Фф]илиал|[Bb]ranch)(?:.*\sпартии\s+(«[^«»]{1,40}»|\p{Lu}{2,})|[^«»]*(«[^«»]{1,40}»)|\s+of\s+the\s+([A-Z][\p{L}-]+\s+[Pp]arty))$/u;

export function organisersIn(text: string): Organiser[] {
  const out: Organiser[] = [];
  const push = (name: string, start: number, kind?: OrgKind) =>
    out.push({ name: asHeading(name), start, length: name.length, kind });
  for (const m of text.matchAll(ORGANISED_BY)) {
    const written = (m[1] ?? "").trim();
    const branch = BRANCH_OF_PARTY.exec(written);
    const party = branch?.[1] ?? branch?.[2] ?? branch?.[3];
    // ("the Aktobe branch of Kazakhstan Temir Zholy": the company, as its staff name it.)
    const company = /[Bb]ranch\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]+\s+){1,3}\p{Lu}[\p{L}-]+)$/u.exec(written)?.[1];
    const name = party ?? company ?? written;
    const start = m.index + m[0].length - name.length;
    out.push({ name: asHeading(name), start, length: name.length, joint: /^(?:together|jointly)/u.test(m[0]) });
  }
  // (A headline's shorter «"AMANAT" партиясы филиалы кездесу өткізді» is the report's own again.)
  const headlineEnd = text.includes("\n") ? text.indexOf("\n") : -1;
  const held = [...text.matchAll(KAZAKH_HELD)].filter((m) => m.index > headlineEnd);
  for (const m of [...text.matchAll(KAZAKH_ORGANISED), ...held]) {
    const words = (m[1] ?? "").trim().split(/\s+/);
    // («Ақтөбе қаласында облыс әкімдігінің …»: where it was, in the locative, is no part of the name.)
    const where = words.findLastIndex((w) => /(?:да|де|та|те)$/u.test(w));
    const afterWhere = where >= 0 && where < words.length - 1;
    if (afterWhere) words.splice(0, where + 1);
    // (After where it was, «… мәдениет үйінде әйелдер кеңесінің ұйымдастыруымен», its words in lower case are its name.)
    const named = (w: string) => (afterWhere || NAME_OPENS.test(w)) && !NOT_NAME_OPENS.test(w);
    while (words.length && !named(words[0] ?? "")) words.shift();
    // («Түркістан облысы Сарыағаш ауданы әкімдігі»: a district's body, without its region.)
    if (/^облыс(?:ы|ының)$/u.test(words[1] ?? "") && /^(?:ауданы|қаласы)$/u.test(words[3] ?? "")) words.splice(0, 2);
    push([...words, `${m[2]}${m[3]}`].join(" "), m.index + m[0].indexOf(words[0] ?? m[2] ?? ""));
  }
  for (const m of text.matchAll(BODY_HELD)) {
    // (Whichever alternative matched: its one name group.)
    const written = (m.slice(1).find(Boolean) ?? "").trim();
    // ("The Atameken Chamber of Entrepreneurs … hosted": the chamber by its own name, as councils.ts names it.)
    const name = /^Atameken\s/u.test(written) ? "Atameken" : written;
    const kind = m[7] ? "party" : m[6] ? "trade_union" : m[5] ? "ngo" : m[2] === undefined ? "public_body" : "other";
    push(name, m.index + m[0].indexOf(name), kind);
  }
  for (const m of text.matchAll(RUSSIAN_ORGANISED)) {
    const written = m[1] ?? "";
    const words = written.split(/\s+/);
    const neuter = m[2] === "управлени";
    // («молодежным ресурсным центром»: up to two adjectives before the noun.)
    const adjective =
      words
        .slice(0, 2)
        .filter((w, i) => i < words.length - 1 && /(?:ым|им)$/u.test(w) && !w.startsWith(m[2] ?? "-"))
        .map((w) => instrumentalAdjective(w, neuter))
        .join(" ") || null;
    const noun = `${m[2]}${neuter ? "е" : ""}`;
    const name = [adjective, noun, (m[3] ?? "").trim()].filter(Boolean).join(" ");
    const start = m.index + m[0].length - written.length;
    const joint = m[0].startsWith("совместно");
    // («совместно с районным филиалом партии «AMANAT»», «… партии AMANAT»: the party, as its branches are named.)
    const party = /партии$/u.test(name)
      ? /^\s*(?:«[^«»]{1,40}»|\p{Lu}{2,}(?![\p{L}]))/u.exec(text.slice(m.index + m[0].length))
      : null;
    if (party) {
      const at = m.index + m[0].length + party[0].length - party[0].trimStart().length;
      out.push({ name: party[0].trim(), start: at, length: party[0].trim().length, joint });
    } else out.push({ name: asHeading(name), start, length: written.length, joint });
  }
  return out;
}
