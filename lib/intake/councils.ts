// Bodies named in lower case where a meeting was held or whose members were
// met: a council of veterans (women, elders) — «в областном совете ветеранов»,
// «облыстық ардагерлер кеңесінде», "at the … regional council of veterans" —
// a chamber of entrepreneurs (or a quoted one's branch), a town's House of
// Friendship (`houses.ts`), a military unit and a power station by its
// number. Each put back in the nominative.
import { heldAt } from "./held-at";
import { housesOfFriendship } from "./houses";
import { KAZAKH_OPENER } from "./kazakh-institutions";
import { markets } from "./markets";
import { asHeading, masculineAdjective, masculineAdjectives, RUSSIAN_LEVEL } from "./organisers";
import { societies } from "./societies";
import { BODY_NOMINATIVE } from "./staff-of";
import { tradeUnions } from "./trade-unions";
import type { NamedInstitution } from "./named-institutions";

// «В областном совете ветеранов состоялась встреча», «облыстық ардагерлер
// кеңесінде»: a council of veterans (women, elders) where the meeting is held,
// named in lower case, put back in the nominative.
// "at the East Kazakhstan regional council of veterans": the same in English;
// "gathered at the regional chamber of entrepreneurs", "at the regional
// teachers' training institute" too, and "members (pensioners) of the Taldykorgan
// city council of veterans" ("the Turan district women's council": who were met);
// "nurses and doctors of the regional perinatal centre": whose staff they were
// (a centre with a word of its own: "the regional centre" is a town).
const ENGLISH_COUNCIL =
  /(?<![\p{L}])(?:at|[Mm]embers\s+of|(?:[Ss]taff|[Ee]mployees|[Ww]orkers|[Dd]octors|[Nn]urses|[Tt]eachers|[Mm]edics|[Ll]ecturers|[Ss]tudents|[Pp]ensioners|[Vv]eterans)\s+of)\s+the\s+((?:[A-Z][\p{L}-]+\s+){0,3}(?:regional|city|district)\s+(?:council\s+of\s+(?:veterans|women|elders)|(?:women['’]s|veterans['’]|elders['’])\s+council|(chamber)\s+of\s+entrepreneurs|(?:[\p{Ll}'’-]+\s+){0,3}(institute|college|hospital|polyclinic|library)|(?:[\p{Ll}'’-]+\s+){1,3}(centre|center)))(?![\p{L}])/gu;
// («членов городского совета ветеранов Талдыкоргана», «членов совета аксакалов»: its members, who were met;
// «В городском Совете ветеранов», capitalised as its own heading.)
const RUSSIAN_COUNCIL =
  /(?<![\p{L}])(?:[Вв]\s+(областн|городск|районн)ом\s+[Сс]овете|[Чч]лен\p{L}*\s+(?:(областн|городск|районн)ого\s+)?[Сс]овета)\s+(ветеранов|женщин|матерей|старейшин|аксакалов)(\s+(?:\p{Lu}[\p{L}-]+ой\s+области|города\s+\p{Lu}\p{L}+|\p{Lu}[\p{L}-]+ого\s+района|\p{Lu}[\p{L}-]+(?:а|я)(?=[\s,.])))?(?![\p{L}])/gu;
// «қалалық көпбейінді ауруханада», «облыстық перинаталдық орталығында»: a hospital, polyclinic or perinatal
// centre named by its level, in lower case (not the level inside a name found already: «Қызылорда облыстық
// ауруханасында»); «Аудандық ауруханада өткен жиынға …» opening its sentence too.
const KAZAKH_HOSPITAL =
  /(?<![\p{L}])([Оо]блыстық|[Ққ]алалық|[Аа]удандық)\s+((?:[\p{Ll}-]+\s+){0,2}?)(аурухана|емхана|перинаталдық\s+орталы)(?:сында|да|ғында)(?![\p{L}])/gu;
// «в центре активного долголетия», «Белсенді ұзақ өмір сүру орталығында» («belsendi … ortalyǵynda»), "at
// the Ridder city centre for active longevity": a centre named for what it does, in lower case, hosts the
// meeting held there (its members came).
const LONGEVITY_CENTRE =
  /(?<![\p{L}])(?:[Вв]\s+(?:(?:городском|областном|районном)\s+)?[Цц]ентре\s+[Аа]ктивного\s+[Дд]олголетия|(?:(?:облыстық|қалалық|аудандық)\s+)?(?:([Бб]елсенді\s+ұзақ\s+(?:өмір\s+(?:сүру\s+)?|ғұмыр\s+)орталығ)ында|([Bb]elsendi\s+uzaq\s+ómir\s+(?:súrý\s+)?ortalyǵ)ynda)|[Aa]t\s+the\s+((?:\p{Lu}[\p{L}-]+\s+)?(?:(?:city|regional|district)\s+)?(?:cent(?:re|er)\s+(?:of|for)\s+active\s+longevity|active\s+longevity\s+cent(?:re|er))))(?![\p{L}])/gu;
// «облыстық жастар ресурстық орталығында», «Қордай ауданының жастар ресурстық
// орталығында», «в областном молодёжном ресурсном центре»: a youth resource
// centre in lower case hosts the meeting held there.
// (And in the Latin script: «qalalyq jastar resýrstyq ortalyǵynda»; «Көкшетау қалалық …»: its town's name with it.)
const YOUTH_CENTRE = new RegExp(
  String.raw`(?<![\p{L}])(?:((?:(?!${KAZAKH_OPENER}\s)\p{Lu}[\p{L}-]*(?<!да|де|та|те)\s+)?(?:облыстық|қалалық|аудандық)|\p{Lu}[\p{L}-]+\s+(?:облысының|ауданының|қаласының))\s+жастар\s+ресурстық\s+орталығында|[Вв]\s+(областн|городск|районн)ом\s+молод[её]жном\s+ресурсном\s+центре|(oblystyq|qalalyq|aýdandyq)\s+jastar\s+resýrstyq\s+ortalyǵynda|\p{Lu}[\p{L}-]+\s+(?:қаласындағы|ауданындағы|облысындағы|qalasyndaǵy|aýdanyndaǵy|oblysyndaǵy)\s+(jastar\s+resýrstyq\s+ortalyǵynda|жастар\s+ресурстық\s+орталығында))(?![\p{L}])`,
  "giu",
);
// («қалалық әйелдер кеңесінің мүшелерімен»: its members were the ones met.)
// (A capitalised word with no case ending of its own: Қызылорда's own «-да» is none;
// nor a surname, «облыс әкімі Берік Әбдіғалиұлы облыстық ардагерлер кеңесінің …».)
const KAZAKH_TOWN_BEFORE =
  /(?<![\p{L}])(?!(?:Бүгін|Кеше|Алдыңгүні|Биыл|Ертең|Сондай-ақ|Сонымен|Кездесу|Жиын|Búgin|Keshe|Aldyńgúni|Bıyl|Erteń|Kezdesý|Jıyn)\s)(\p{Lu}[\p{L}-]+(?<!дағы|дегі|тағы|тегі|нда|нде|(?<!ор)да|де|та|те|ны|ні|ға|ге|қа|ке|ың|ің|ның|нің|ұлы|қызы))\s$/u;
// (A trade unions' council or centre, «облыстық кәсіподақтар орталығында», likewise.)
// «…кеңесінің ғимаратында» (in its building) or «мәжіліс залында» (in its hall) too; and in the Latin script
// («qalalyq ardagerler keńesinde»); or the place's own name before it
// («Жаңақорған ауданының ардагерлер кеңесінде»: capitalised, checked where it is read).
const KAZAKH_COUNCIL =
  /(?<![\p{L}])(облыстық|қалалық|аудандық|oblystyq|qalalyq|aýdandyq|[\p{L}-]+\s+(?:облысының|ауданының|қаласының|облысындағы|ауданындағы|қаласындағы))\s+(ардагерлер|әйелдер|аналар|ақсақалдар|кәсіподақтар|ardagerler|áıelder|analar|aqsaqaldar|kásipodaqtar)\s+(кеңесі|орталығы|keńesi|ortalyǵy)(?:нд[еа]|н[іы]ң\s+(?:мүшелері\p{L}*|ғимаратында|(?:мәжіліс\s+|үлкен\s+|кіші\s+)?залында)|nde|niń\s+(?:ǵımaratynda|(?:májilis\s+)?zalynda))(?![\p{L}])/giu;

// «с военнослужащими воинской части 5517 Национальной гвардии», "military unit
// 5517", «5517 әскери бөлімінде»: the unit whose soldiers were met (its number is no audience).
// «в Областном перинатальном центре Талдыкоргана», «в областном онкологическом центре»: a clinic named
// by what it treats, whose staff met there.
const RUSSIAN_CLINIC_CENTRE =
  /(?<![\p{L}])[Вв]о?\s+(?:([Оо]бластн|[Гг]ородск|[Рр]егиональн|[Рр]еспубликанск)\p{L}*\s+)?([Пп]еринатальн|[Оо]нкологическ|[Кк]ардиологическ|[Дд]иагностическ|[Рр]еабилитационн)\p{L}*\s+центре(\s+\p{Lu}[\p{L}-]+(?:а|я|и|ы)(?![\p{L}]))?/gu;
// «в Актюбинском областном филиале Ассамблеи народа Казахстана» (or «… Союза ветеранов Афганистана»): the
// Assembly's (an association's) branch where it was held,
// which hosts it unless someone else is said to have organised it (as "at the regional branch of the Assembly").
const ASSEMBLY_BRANCH_AT =
  /(?<![\p{L}])[Вв]\s+(?:(\p{Lu}\p{Ll}+ск)ом\s+)?(областн|городск|районн|региональн)ом\s+филиале\s+(Ассамблеи\s+народа\s+Казахстана|(?:Союза|Ассоциации)(?:\s+\p{Ll}+(?:ов|ев|ей|ых|их))+(?:\s+\p{Lu}\p{Ll}+(?:а|и|ы|я))?)(?![\p{L}])/gu;
// «в Жаркентском пограничном отряде», "servicemen of the Zharkent border detachment": a unit by its town.
const BORDER_DETACHMENT =
  /(?<![\p{L}])(?:(\p{Lu}\p{Ll}+ск)\p{Ll}+\s+пограничн\p{Ll}+\s+отряд\p{Ll}*|(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+[Bb]order\s+[Dd]etachment)(?![\p{L}])/gu;
const MILITARY_UNIT =
  /(?<![\p{L}])(?:воинск\p{L}+\s+част\p{L}*\s+(\d{3,5})(\s+(?:Национальной\s+гвардии|Министерства\s+обороны|Пограничной\s+службы))?|[Mm]ilitary\s+unit\s+(\d{3,5})|(\d{3,5})\s+әскери\s+бөлім\p{L}*)(?![\p{L}\p{N}])/gu;

// «с энергетиками ГРЭС-1», «на ТЭЦ-2»: a power station by its number alone (with
// its town's adjective, «Экибастузской ГРЭС-1», named-institutions.ts names it;
// a quoted «Екібастұз ГРЭС-1» is a company's name).
const STATION = /(?<![\p{L}\p{N}-])(?<!\p{Lu}\p{L}*\s)(ГРЭС|ТЭЦ|ГЭС)-(\d{1,2})(?![\p{L}\p{N}»"”])/gu;
// "Workers of Ekibastuz GRES-1": the same in English, with its town's name.
const ENGLISH_STATION = /(?<![\p{L}\p{N}-])((?:[A-Z][\p{L}-]+\s+)?(?:GRES|CHP|TPP|HPP)-\d{1,2})(?![\p{L}\p{N}])/gu;

// «"Атамекен" … палатасының облыстық (өңірлік) филиалында», and in the Latin script
// («palatasynyń oblystyq fılıalynda»), with its region's name or not: held at a quoted body's branch, which hosts it.
const KAZAKH_BRANCH =
  /(«[^«»]{1,40}»(?:\s+[\p{L}-]+){0,3}?\s+(?:палатасының|palatasynyń)\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:облыстық|қалалық|аудандық|өңірлік|oblystyq|qalalyq|aýdandyq|óńirlik)\s+)(?:(филиалы)нда|(fılıaly)nda)(?![\p{L}])/gu;

// "at the Semey branch of the Atameken Chamber of Entrepreneurs", "at the Atameken chamber's office", "the
// regional chamber of entrepreneurs Atameken": the chamber by its own name, as the set names it.
const ATAMEKEN_AT = String.raw`(?:[A-Z][\p{L}-]+\s+)?(?:(?:regional|city|district)\s+)?(?:branch|office)\s+of\s+the\s+`;
const ATAMEKEN = new RegExp(
  String.raw`(?<![\p{L}«])(?:(?:${ATAMEKEN_AT})?Atameken(?:\s+National)?(?:(?:\s+(?:regional|city|district))?\s+[Cc]hamber\s+of\s+[Ee]ntrepreneurs|\s+chamber(?:['’]s)?(?:\s+office)?)|${ATAMEKEN_AT}Atameken|(?:regional|city|district)\s+chamber\s+of\s+entrepreneurs\s+["“]?Atameken["”]?)(?![\p{L}])`,
  "gu",
);

// «в региональной палате предпринимателей Западно-Казахстанской области» (or
// «… области Жетісу», a region whose name does not decline): a
// chamber of entrepreneurs in lower case, as the English "regional chamber of entrepreneurs" above.
const RUSSIAN_CHAMBER =
  /(?<![\p{L}])[Вв]\s+(?:(региональн|областн|городск|районн)ой\s+)?(палате)\s+предпринимателей(\s+\p{Lu}[\p{L}-]+(?:ой|ого)\s+области|\s+области\s+\p{Lu}[\p{L}-]+|\s+города\s+\p{Lu}\p{L}+)?(?![\p{L}])/gu;

// «В городском отделе образования состоялся диалог …»: a department, in lower
// case, where a meeting was held hosts it (its staff, or those it serves, came);
// its town or region with it («в городском отделе образования Семея»), not a
// speaker's name after it («… образования Алия Сейтова»).
const RUSSIAN_DEPARTMENT =
  /(?<![\p{L}])[Вв]\s+(городском|областном|районном)\s+(отделе|управлении)\s+((?:образования|здравоохранения|культуры|спорта|занятости|юстиции|внутренней политики|молод[её]жной политики|по делам молод[её]жи|по делам религий|социальной защиты)(?:\s+и\s+\p{Ll}+)?)(\s+(?:города\s+)?\p{Lu}[\p{L}-]+(?:а|я|и)(?!\s+\p{Lu})|\s+\p{Lu}[\p{L}-]+(?:ой|ого)\s+(?:области|района))?(?![\p{L}])/gu;
// «в Департаменте полиции Акмолинской области состоялась встреча», «в Департаменте по чрезвычайным
// ситуациям …», «в Департаменте государственных доходов по … области»: a state body by its capitalised
// name, with its region or town, where it was held (its staff came).
const RUSSIAN_BODY_AT =
  /(?<![\p{L}])[Вв]\s+(Департаменте|Управлении|Комитете)\s+((?:по\s+(?:делам\s+)?\p{Ll}+\s+\p{Ll}+|\p{Ll}+(?:ых|ого|ой)\s+\p{Ll}+(?=\s+по\s+\p{Lu})|\p{Ll}+(?:\s+и\s+\p{Ll}+)?)(?:\s+\p{Lu}[\p{L}-]+(?:ой|ого)\s+(?:области|района)|\s+по\s+\p{Lu}[\p{L}-]+ой\s+области|\s+города\s+\p{Lu}\p{L}+)?)(?![\p{L}])/gu;
// «Бурабай ауданының білім бөлімінде», «(Петропавл) қалалық білім бөлімінде», «облыстық денсаулық сақтау
// басқармасында»: the same in Kazakh.
const KAZAKH_DEPARTMENT = new RegExp(
  String.raw`(?<![\p{L}])((?:(?!${KAZAKH_OPENER}\s)\p{Lu}[\p{L}-]+\s+)?(?:[Оо]блыстық|[Ққ]алалық|[Аа]удандық)|\p{Lu}[\p{L}-]+\s+(?:облысының|ауданының|қаласының))\s+(білім|денсаулық сақтау|мәдениет|жұмыспен қамту|ішкі саясат|жастар саясаты|әділет|дін істері)\s+(?:(бөлім)інде|(басқарма)сында)(?![\p{L}])`,
  "gu",
);
// «В Центре поддержки семьи Шымкента», «в городском центре занятости населения», «в Центре обслуживания
// населения города Талдыкорган» (a town's name that does not decline): a state centre named by what it does,
// where the meeting was (never «в центре внимания», «в центре города»).
const RUSSIAN_CENTRE =
  /(?<![\p{L}])[Вв]\s+(?:(\p{Lu}\p{Ll}+ск)ом\s+)?(?:(городском|областном|районном)\s+)?[Цц]ентре\s+(поддержки\s+(?:семьи|гражданских\s+инициатив)|занятости(?:\s+населения)?|обслуживания\s+населения|социальной\s+адаптации|адаптации\s+и\s+интеграции\s+кандасов|по\s+делам\s+молод[её]жи)(\s+«[^«»\n]{2,40}»)?(\s+города\s+\p{Lu}[\p{L}-]+|\s+\p{Lu}[\p{L}-]+(?:а|я|и)|\s+\p{Lu}[\p{L}-]+ой\s+области)?(?![\p{L}])/gu;
// («Тараз қаласының халықты жұмыспен қамту орталығында», «отбасын қолдау орталығында», «халыққа қызмет көрсету
// орталығында»: the same in Kazakh.)
const KAZAKH_CENTRE =
  /(?<![\p{L}])(?:(\p{Lu}[\p{L}-]+\s+(?:қаласының|ауданының|облысының)|облыстық|қалалық|аудандық)\s+)?((?:халықты\s+)?жұмыспен\s+қамту|отбасын\s+қолдау|халыққа\s+қызмет\s+көрсету)\s+орталығында(?![\p{L}])/gu;
const DEPARTMENT_LEVEL: Record<string, [string, string]> = {
  городском: ["городской", "городское"],
  областном: ["областной", "областное"],
  районном: ["районный", "районное"],
};

/** The councils and houses in the text, where `aboutMeeting` says the sentence tells of the meeting. */
export function councilsWhereHeld(
  text: string,
  aboutMeeting: (at: number) => boolean,
  found: NamedInstitution[],
): NamedInstitution[] {
  const out: NamedInstitution[] = [];
  // (The body matched from `m`'s start, or from `start`, kept when its sentence tells of the meeting.)
  const held = (
    m: RegExpMatchArray & { index: number },
    body: Omit<NamedInstitution, "start" | "end">,
    start = m.index,
  ) => out.push(...heldAt(aboutMeeting, m, body, start));
  const councils = [...text.matchAll(RUSSIAN_COUNCIL)];
  for (const m of councils) {
    const level = m[1] ?? m[2] ?? "";
    // («с членами совета ветеранов» in a headline, «члены городского совета ветеранов Жезказгана» below: one council.)
    const fuller = (x: RegExpMatchArray) => x !== m && x[3] === m[3] && (x[1] ?? x[2] ?? x[4]) !== undefined;
    if (!aboutMeeting(m.index) || (!level && !m[4] && councils.some(fuller))) continue;
    // («членов совета аксакалов»: a council named without its level.)
    const name = `${RUSSIAN_LEVEL[level] ?? ""} совет ${m[3] ?? ""}${m[4] ?? ""}`.trim();
    const start = m.index + (level ? m[0].indexOf(level) : m[0].indexOf("совет"));
    out.push({ name: asHeading(name), kind: "ngo", start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(KAZAKH_HOSPITAL)) {
    const end = m.index + m[0].length;
    if (!aboutMeeting(m.index) || found.some((o) => o.start < end && m.index < o.end)) continue;
    // («Қалалық емханада …» heading the report of «№4 қалалық емханада …»: the one named in full.)
    const bare = m[0].toLowerCase();
    if (found.some((o) => text.slice(o.start, o.end).toLowerCase().endsWith(bare))) continue;
    const name = `${m[1] ?? ""} ${m[2] ?? ""}${(m[3] ?? "").replace(/орталы$/u, "орталық")}`;
    out.push({ name: asHeading(name), kind: "other", start: m.index, end, place: true });
  }
  for (const m of text.matchAll(ENGLISH_COUNCIL)) {
    const name = m[1] ?? "";
    const start = m.index + m[0].length - name.length;
    // ("with pensioners at the city veterans' council": where, not whose members were met.)
    if (!aboutMeeting(m.index) || (/^at/u.test(m[0]) && /['’]s?\s+council$/u.test(name))) continue;
    // (Atameken's chamber, "the Atameken regional chamber …", "… chamber of entrepreneurs Atameken": ATAMEKEN's.)
    if (/^Atameken\s/u.test(name) || /^\s*["«“]?Atameken/u.test(text.slice(start + name.length))) continue;
    const kind = m[3] === "institute" || m[3] === "college" ? "education" : m[2] || m[3] || m[4] ? "other" : "ngo";
    const found: NamedInstitution = { name: asHeading(name), kind, start, end: start + name.length };
    // (An institute, hospital or library where it was hosts it unless someone is said to have organised it.)
    if (m[3] || m[4]) found.place = true;
    out.push(found);
  }
  for (const m of text.matchAll(LONGEVITY_CENTRE))
    held(m, {
      name: m[1]
        ? asHeading(`${m[1]}ы`)
        : m[2]
          ? asHeading(`${m[2]}y`)
          : m[3]
            ? asHeading(m[3])
            : "Центр активного долголетия",
      kind: "ngo",
      place: true,
    });
  for (const m of text.matchAll(YOUTH_CENTRE)) {
    // («Kókshetaý qalasyndaǵy jastar resýrstyq ortalyǵynda»: the town's centre, named by what it is.)
    const name = m[4]
      ? m[4].replace(/ortalyǵynda$/u, "ortalyǵy").replace(/орталығында$/u, "орталығы")
      : m[1]
        ? `${m[1]} жастар ресурстық орталығы`
        : m[3]
          ? `${m[3]} jastar resýrstyq ortalyǵy`
          : `${RUSSIAN_LEVEL[m[2] ?? ""] ?? ""} молодёжный ресурсный центр`;
    held(m, { name: asHeading(name), kind: "ngo", place: true });
  }
  out.push(...housesOfFriendship(text, aboutMeeting));
  for (const m of text.matchAll(MILITARY_UNIT)) {
    const name = m[1]
      ? `Воинская часть ${m[1]}${m[2] ?? ""}`
      : m[3]
        ? `Military unit ${m[3]}`
        : `${m[4] ?? ""} әскери бөлімі`;
    held(m, { name, kind: "public_body" });
  }
  for (const m of text.matchAll(RUSSIAN_CLINIC_CENTRE)) {
    const name = masculineAdjectives(m[1], m[2]);
    held(
      m,
      { name: asHeading(`${name} центр${m[3] ?? ""}`), kind: "other" },
      m.index + m[0].indexOf(m[1] ?? m[2] ?? ""),
    );
  }
  for (const m of text.matchAll(ASSEMBLY_BRANCH_AT)) {
    const name = masculineAdjectives(m[1], m[2]);
    held(
      m,
      { name: asHeading(`${name} филиал ${(m[3] ?? "").replace(/\s+/gu, " ")}`), kind: "ngo", place: true },
      m.index + m[0].indexOf(m[1] ?? m[2] ?? ""),
    );
  }
  for (const m of text.matchAll(BORDER_DETACHMENT)) {
    const name = m[1] ? asHeading(`${masculineAdjective(m[1])} пограничный отряд`) : m[0].replace(/^the\s+/iu, "");
    held(m, { name, kind: "public_body" }, m.index + m[0].indexOf(m[1] ?? m[2] ?? ""));
  }
  for (const m of text.matchAll(RUSSIAN_CHAMBER)) {
    // (региональн-, областн-, городск-, районн-: -ая, a палата's gender; «в палате предпринимателей
    // Западно-Казахстанской области»: the region's, with no level before it.)
    const level = m[1] ? `${m[1]}ая ` : "";
    const start = m.index + m[0].indexOf(m[1] ?? m[2] ?? "");
    // («… палате предпринимателей «Атамекен»»: its quoted name names it, read with the quoted names.)
    if (!/^\s*«/u.test(text.slice(m.index + m[0].length)))
      held(m, { name: asHeading(`${level}палата предпринимателей${m[3] ?? ""}`), kind: "other" }, start);
  }
  for (const m of text.matchAll(ATAMEKEN)) held(m, { name: "Atameken", kind: "other", place: true });
  for (const m of text.matchAll(KAZAKH_CENTRE)) {
    const name = asHeading(`${m[1] ?? ""} ${m[2] ?? ""} орталығы`.trim());
    held(m, { name, kind: "public_body", place: true });
  }
  for (const m of text.matchAll(RUSSIAN_CENTRE)) {
    // («в центре поддержки семьи «Шаңырақ» города Костаная»: its own quoted name with it.)
    // («в Мангистауском областном центре адаптации и интеграции кандасов»: its region's adjective with it.)
    const level = `${m[1] ? `${masculineAdjective(m[1])} ` : ""}${DEPARTMENT_LEVEL[m[2] ?? ""]?.[0] ?? ""}`;
    const name = `${level} центр ${m[3] ?? ""}${m[4] ?? ""}${m[5] ?? ""}`.trim();
    held(m, { name: asHeading(name), kind: "public_body", place: true }, m.index + m[0].search(/\p{L}{3}/u));
  }
  for (const m of text.matchAll(RUSSIAN_DEPARTMENT)) {
    const [masculine, neuter] = DEPARTMENT_LEVEL[m[1] ?? ""] ?? ["", ""];
    const name = `${m[2] === "отделе" ? `${masculine} отдел` : `${neuter} управление`} ${m[3] ?? ""}${m[4] ?? ""}`;
    held(m, { name: asHeading(name), kind: "public_body", place: true }, m.index + m[0].indexOf(m[1] ?? ""));
  }
  for (const m of text.matchAll(RUSSIAN_BODY_AT)) {
    const name = `${BODY_NOMINATIVE[(m[1] ?? "").replace(/[еи]$/u, "")] ?? ""} ${m[2] ?? ""}`;
    held(m, { name, kind: "public_body", place: true }, m.index + m[0].indexOf(m[1] ?? ""));
  }
  for (const m of text.matchAll(KAZAKH_DEPARTMENT)) {
    const name = `${m[1] ?? ""} ${m[2] ?? ""} ${m[3] ? "бөлімі" : "басқармасы"}`;
    held(m, { name: asHeading(name), kind: "public_body", place: true });
  }
  for (const m of text.matchAll(KAZAKH_BRANCH)) {
    const name = `${m[1] ?? ""}${m[2] ?? m[3] ?? ""}`;
    if (aboutMeeting(m.index)) out.push({ name, kind: "other", start: m.index, end: m.index + name.length });
  }
  out.push(...societies(text, aboutMeeting), ...tradeUnions(text, aboutMeeting), ...markets(text, aboutMeeting));
  for (const m of [...text.matchAll(STATION), ...text.matchAll(ENGLISH_STATION)])
    held(m, { name: m[0], kind: "enterprise" });
  for (const m of text.matchAll(KAZAKH_COUNCIL)) {
    const named = / /u.test(m[1] ?? "");
    if (!aboutMeeting(m.index) || (named && !/^\p{Lu}/u.test(m[1] ?? ""))) continue;
    // «Қызылорда қалалық ардагерлер кеңесінде»: the town before the level is part of its name.
    const town = named ? undefined : KAZAKH_TOWN_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    // («Семей қаласындағы ардагерлер кеңесінде»: the town's council, named as «Семей қаласының …».)
    const whose = (m[1] ?? "").replace(/ндағы$/u, "ның");
    const name = `${town ? `${town} ` : ""}${whose} ${m[2] ?? ""} ${m[3] ?? ""}`;
    out.push({
      name: asHeading(name),
      kind: /^(?:кәсіподақ|kásipodaq)/iu.test(m[2] ?? "") ? "trade_union" : "ngo",
      start: m.index - (town ? town.length + 1 : 0),
      end: m.index + m[0].length,
    });
  }
  return out;
}
