// A speaker's role as the article writes it, before or after the name:
// "заместитель акима области Нурлан Калиев", «Ерлан Қошанов (облыс әкімі)»,
// "Nurlan Uteshev, deputy chairman …".
import { AUDIENCE_JOB } from "./not-speakers";
import { nominativeTitle, OPENING_TITLE } from "./title-nominative";
import { WEEKDAY_NAMES } from "./weekdays";
import type { Language } from "../domain/enums";

// Title words that make the words before a name a role.
export const ROLE_WORDS =
  /(chair|deput|head|director|dean|provost|декан|методист|әдіскер|methodolog|secretar(?!iat)|member|akim|minister|rector|president|manager|leader|coordinator|activist|veteran|chief|representative|аким|әкім|депутат|председател|руководител|директор|секретар(?!иат)|заведующ|меңгеруш|член|глав|заместител|ректор|министр|начальник|лидер|активист|ветеран|представител|төраға|басшы|хатшы|мүше|орынбасар|жетекші|директоры|өкілі|ардагер|сенатор|senator|official|spokes|speaker(?!s)|ambassador|consul(?!ate)|консул(?!ьств)|посол(?!ьств)|елші(?!лі)|governor|mayor|professor|lecturer|lawyer|expert|judge|commissioner|ombuds|advis|counsel|эксперт|юрист|адвокат|advocate|профессор|преподавател|доцент|оқытушы|советник|судь[яиеё]|уполномоченн|омбудсмен|сарапшы|заңгер|кеңесші|маман|специалист|specialist|múshe|mүshe|depýtat|ákim|tóraǵa|basshy|hatshy|orynbasar|jetekshi|äkim|törağa|basşy|hatşy|müşe|zańger|zañger|sarapshy|sarapşy|деятел|блогер|blogger|қайраткер|public figure|төрайым|scientist|политолог|саясаттанушы|дінтанушы|заңтанушы|құқықтанушы|правовед|религиовед|теолог|theologian|прокурор|prosecutor|дәрігері|командир|commander|полковник|colonel|майор|лейтенант|сотрудник(?!ам|ов|ами)|қызметкері|officer|lawmaker|parliamentarian|артист|әртіс|actor|actress|\bMPs?\b|doctor of|доктор\S* \S+ наук|кандидат\S* \S+ наук|ғылымдарының (?:докторы|кандидаты))/i;
// Where a role clause ends going leftwards: punctuation, a verb of saying or
// speaking («выступил сенатор»), a Kazakh converb before its comma («ашып,»)
// or a finite verb («… кездесу ұйымдастырылды, оған …») (hard), or a joining
// word (soft: "Construction and Transformation" is one title, "Torgaev and
// deputy Kasymov" two people).
// (A quotation's end, `…rarely see officials," team leader …`, ends one too; so does a copula,
// "Among the judges were Mazhilis deputy …", «Среди членов жюри были депутат …».)
const HARD =
  /(?:[.;:!?–—]|,["”]|\b(?:said|says|noted|stressed|added|told|met|meets|visited|addressed|according to|including|included|includes|were|was)\b|(?:^|\s)(?:были|был|была|сказал|отметил|подчеркнул|заявил|рассказал[аи]?|разъяснил[аи]?|пояснил[аи]?|сообщил[аи]?|выступил[аи]?|приняли участие|принял[аи]? участие|присутствовал[аи]?|в том числе|деді|атап өтті|соның ішінде)(?=\s|$)|(?<![\p{L}])\p{L}+(?:ып|іп),|(?:^|\s)(?:өтті|болды|ұйымдастырылды|өткізілді)(?=[\s,]))/giu;
const SOFT =
  /(?:\b(?:and|with|by|at|in turn)\b|(?:^|\s)(?:и|және|мен|бен|пен|с|со|jáne|jäne|jane|men|ben|pen)(?=\s|$))/giu;

// «Лекцияны Конституциялық сот судьясы Е. Жиенбаев оқыды», «Сабақты … судьясы … жүргізді», «Топты … төрағасы
// … басқарады»: the event or group the sentence opens with (its object, in the
// accusative) is no part of the title.
const EVENT_OBJECT =
  /^(?:лекция|кездесу|жиын|іс-шара|форум|семинар|басқосу|пікірталас|дөңгелек үстел|топ|(?:ашық )?сабақ|forým|forum|kezdesý|jıyn|is-shara|top)(?:ны|ні|ды|ді|ты|ті|ny|ni|dy|di|ty|ti)\s+/iu;
const tidy = (role: string) =>
  role
    // A post's emoji or bullet before the title ("🗣 Аудан әкімі") is none of it.
    .replace(/^[^\p{L}\p{N}«"(]+|[\s,–—-]+$/gu, "")
    .replace(/^(in turn|also|then|өз кезегінде|в свою очередь|также)\s*,?\s*/i, "")
    // "Its director, Murat Abenov": the body's title, without the pronoun.
    .replace(/^(?:its|his|her|their)\s+/i, "")
    .replace(EVENT_OBJECT, "");

// Letters only Kazakh writes: Cyrillic, and both Latin alphabets (2018 acute, 2021 diaeresis).
const KAZAKH_LETTER = /[әғқңөұүһіáǵıńóúýäöüğñşū]/iu;
// («Депутат областного маслихата области Ұлытау»: a Russian title, a Kazakh letter only in the region's name.)
const RUSSIAN_ADJECTIVE = /(?<![\p{L}])\p{Ll}+(?:ого|его|ской|ных|ского)(?![\p{L}])/u;
const kazakhLetters = (role: string) =>
  KAZAKH_LETTER.test(role) &&
  (!RUSSIAN_ADJECTIVE.test(role) || KAZAKH_LETTER.test(role.replace(/(?<![\p{L}])\p{Lu}[\p{L}-]*/gu, "")));
// (Last in its role: «депутаты Мажилиса» before two names is Russian, in the plural.)
const KAZAKH_TITLE = /(?:депутаты|сенаторы|төрағасы|басшысы|хатшысы|директоры|ректоры|мүшесі)\s*$/iu;

/**
 * Where the title starts: its first title word that is not "with" someone
 * («С ветеранами встретился аким …»: «ветеранами» is whom he met).
 */
function titleStart(role: string): number {
  for (const m of role.matchAll(/[\p{L}-]+/gu)) {
    // «Возглавил группу заместитель акима»: "headed" is no title.
    // (Nor is an akimat, whose press service told it: "the Zhetysu region akimat, regional akim …".)
    const body = /^(?:akimat|акимат|әкімдіг|әкімдік)/iu.test(m[0]);
    if (ROLE_WORDS.test(m[0]) && !body && !/(?:ами|ями)$/u.test(m[0]) && !/^возглав/iu.test(m[0])) {
      // "political scientist", "independent expert", "team leader": the kind of the title is part of it.
      const kind = /(?:political|independent|legal|senior|team|group|project|campaign|associate|assistant)\s+$/iu.exec(
        role.slice(0, m.index),
      );
      return kind ? kind.index : m.index;
    }
  }
  return -1;
}

// "им. М.Х. Дулати", "Sh. Ualikhanov": the dot of an initial or of «им.» ends no clause.
const ABBREVIATION_DOT = /(?<![\p{L}])(?:им|\p{Lu}|\p{Lu}\p{Ll})\./gu;

// «Сенат депутаты – Бекбол Орынбеков»: a dash between a title and the name ends no clause.
const TITLE_DASH = /(\p{L}+)\s+[–—]\s*$/u;

// «приняли участие представители этнокультурных объединений, член Ассамблеи … Ольга Ким», "members of the
// regional explanatory group, Mazhilis deputy …": a plural opening the list is who took part, no one's title.
const GROUP_HEAD =
  /^\s*(?:(?:[Пп]редставители|[Чч]лены|[Mm]embers|[Rr]epresentatives)\s[^,]*|[^,]*\s(?:өкілдері|мүшелері)),\s+/u;

const ENDS_TITLED = new RegExp(String.raw`${ROLE_WORDS.source}\p{L}*\s*$`, "iu");
// (After the name before it, the clause opens with the joiner: « және Қорқыт Ата атындағы … профессоры».)
const joinsTwo = (before: string) => /^\s*$|(?:^|\s)\p{Lu}[\p{L}-]*\s*$/u.test(before) || ENDS_TITLED.test(before);

export function roleBefore(text: string): string | null {
  // ("Mazhilis deputies Ms. Irina Smirnova": an honorific before the name is no part of the title.)
  const written = text.replace(/(?<![\p{L}])(?:Mr|Ms|Mrs|Dr)\.\s*$/u, "");
  const dash = TITLE_DASH.exec(written);
  const left =
    dash && ROLE_WORDS.test(dash[1] ?? "") ? `${written.slice(0, dash.index + (dash[1] ?? "").length)} ` : written;
  let cut = 0;
  const masked = left.replace(ABBREVIATION_DOT, (m) => `${m.slice(0, -1)} `);
  for (const m of masked.matchAll(HARD)) cut = m.index + m[0].length;
  const listed = left.slice(cut);
  const own = listed.replace(GROUP_HEAD, "");
  const clause = own !== listed && ROLE_WORDS.test(own) ? own : listed;
  // The shortest tail after a joining word that is a title, else the whole clause.
  // («облыстық жұмыспен қамту және әлеуметтік бағдарламалар басқармасының басшысы»: a Kazakh «және» after no
  // title or name joins the body's own name, not two people.)
  const tails = [...clause.matchAll(SOFT)]
    .filter((m) => !/^(?:және|jáne|jäne|jane)$/iu.test(m[0].trim()) || joinsTwo(clause.slice(0, m.index)))
    .map((m) => tidy(clause.slice(m.index + m[0].length)))
    .reverse();
  const found = tails.find((t) => ROLE_WORDS.test(t)) ?? tidy(clause);
  const role = nominativeTitle(fromTitle(found));
  return role.length >= 2 && role.length <= 300 && ROLE_WORDS.test(role) ? role : null;
}

// "also", "to it", "the floor to" («сөзді … депутаты Х-қа берді»), and when: «Бүгін сенатор …», «Сенбі
// күні сенатор …», "On Monday Senator …" (the days' names as the dates read them); «Под
// председательством акима …», «с участием депутата …»: whose chair or presence.
const LEADING_ASIDE = new RegExp(
  String.raw`^(?:(?:сондай-ақ|сонымен қатар|сонымен бірге|ал|сөзді|также|кроме того|(?:под\s+)?председательством|(?:при|с)\s+участием|also|оған|бұған|оларға|oğan|oǵan|бүгін|кеше|алдыңгүні|búgin|keshe|today|yesterday|(?:on\s+)?(?:${WEEKDAY_NAMES.join("|")})(?:\s+(?:күні|morning|afternoon|evening))?)[,\s]+)+`,
  "iu",
);

/**
 * The role from its first title word on: "В Кордайском районе аким области" →
 * "аким области". A Kazakh role puts the organisation before its title
 * («Ассамблея жастары» ҚБ төрағасы), so there only a leading place goes.
 */
function fromTitle(written: string): string {
  // "Сондай-ақ Мәжіліс депутаты", "Также аким района": "also" is no part of the title.
  // «Оған облыс әкімінің орынбасары …» ("attending it"): the pronoun neither.
  const role = written.replace(LEADING_ASIDE, "");
  const kazakhPlace = /^[\p{L}-]+\s+(?:қаласында|облысында|ауданында|ауылында)\s+/iu;
  if (kazakhPlace.test(role)) return fromTitle(role.replace(kazakhPlace, ""));
  // «Кездесуге облыстық мәслихат депутаты …», «Диалогқа …»: "to the meeting" neither.
  const kazakhEvent =
    /^(?:(?:онлайн-)?кездесу|жүздесу|жиын|іс-шара|отырыс|басқосу|форум|семинар|дәріс|диалог|пікірталас|конференция|дөңгелек\s+үстел|kezdesý|kezdesu|jıyn|jiyn|is-shara|forým|forum)\p{L}*\s+(?=\S)/iu;
  if (kazakhEvent.test(role)) return fromTitle(role.replace(kazakhEvent, ""));
  // «Кездесуде аудан әкімі …», «25 ақпанда Ақтау қаласындағы №12 мектепте облыстық
  // мәслихат депутаты»: when and where (up to the last word in the locative) are no part of the title;
  // nor the particle "too" after it («Екі кездесуде де облыстық мәслихат депутаты»).
  // («Қызылорда облыстық мәслихатының депутаты», «Қорқыт Ата атындағы …»: a name that ends as a locative does is no place.)
  const kazakhWhere =
    /^.*(?<![\p{L}])(?!(?:[\p{L}-]*(?:[Оо]рда|[Oo]rda)|Ата|Ata)\s)[\p{L}-]+(?:нда|нде|да|де|та|те|nda|nde|da|de|ta|te)\s+(?:(?:да|де|та|те|da|de|ta|te)\s+)?(?=\S+\s+\S)/u;
  if (kazakhLetters(role) && kazakhWhere.test(role)) return fromTitle(role.replace(kazakhWhere, ""));
  // «Жобаның негізгі ережелерін облыстық мәслихат депутаты …»: what was presented (the object)
  // neither, nor whom the speaker met or spoke to («Металлургтермен Мәжіліс депутаты …»,
  // «Кәсіпорын ұжымымен Сенат депутаты …», «Ауыл тұрғындарына облыстық мәслихат
  // депутаты …», «Olarmen …» in the Latin script), nor who met them («… кеншілері Сенат депутаты»);
  // a one-word title after it too («Ардагерлерге заңгер»). (Not «дін» before «істері», too short for an
  // accusative; nor a plural's possessive before a genitive, «… саясаты мәселелері басқармасының басшысы».)
  const kazakhObject =
    /^.*(?<![\p{L}])[\p{L}-]+(?:(?<=\p{L}{2})(?:ын|ін)|ларды|лерді|дарды|дерді|тарды|терді|лармен|лермен|дармен|дермен|тармен|термен|ларына|леріне|дарына|деріне|тарына|теріне|ына|іне|ларға|лерге|дарға|дерге|тарға|терге|(?:лары|лері|дары|дері|тары|тері)(?=\s+\S+(?<!ның|нің|дың|дің|тың|тің)(?:\s|$))|ымен|імен|(?:lar|ler|dar|der|tar|ter)(?:ǵa|ğa|ge|men|dy|di|yna|ine)|ymen|imen)\s+(?=\S+\s+\S|\S+$)/u;
  // (A Kazakh title last tells a Kazakh role, in letters Russian shares too: «Жастармен Сенат депутаты».)
  const kazakh = kazakhLetters(role) || KAZAKH_TITLE.test(role);
  // («… ұжымымен жүздескен облыстық мәслихат депутаты»: what the speaker did, a participle, neither —
  // but «еңбек сіңірген қайраткері» is a title.)
  const participle = /^.*(?<![\p{L}])(?!сіңірген)[\p{L}-]+(?:ған|ген|қан|кен)\s+(?=\S+\s+\S)/u;
  if (kazakh && participle.test(role)) return fromTitle(role.replace(participle, ""));
  // (…and what is left read again: «… қызметкерлерімен кездесуде заңгер» is the lawyer "at the meeting".)
  if (kazakh && kazakhObject.test(role)) return fromTitle(role.replace(kazakhObject, ""));
  // («… зауытының екі жүзден астам жұмысшысы Сенат депутаты …мен кездесті»: a counted subject neither;
  // nor what was told of, «Жаңа Конституция жобасы туралы аудандық мәслихат төрағасы …».)
  const counted =
    /^.*(?<![\p{L}])(?:(?:астам|жуық|тарта|шамасында)\s+\S+|туралы|жайлы|жөнінде|бойынша)\s+(?=\S+\s+\S)/u;
  if (kazakh && counted.test(role)) return role.replace(counted, "");
  // («Студенттер мен оқытушылар Мәжіліс депутаты …мен жүздесті»: who met the speaker, the subject, neither.)
  const kazakhSubject = /^\p{Ll}[\p{L}-]*(?:лар|лер|дар|дер|тар|тер)\s+(?=\p{Lu}\S*\s+\S)/u;
  if (kazakh && kazakhSubject.test(role)) return role.replace(kazakhSubject, "");
  // A Kazakh title ("Сенат депутаты") keeps the body written before it, even in letters Russian shares.
  if (kazakh) return role;
  let at = titleStart(role);
  if (at <= 0) return role;
  // «общественный деятель», «первый заместитель»: the title's adjective goes with it.
  // («Генеральный директор …» opening the sentence, capitalised.)
  // ("regional akim", "district akim": the English level too.)
  const adjective =
    /(?:(?:(?<![\p{L}])\p{Ll}+|^\p{Lu}\p{Ll}+)(?:ый|ий|ой)|(?<![\p{L}])(?:[Rr]egional|[Dd]istrict|[Cc]ity))\s+$/u.exec(
      role.slice(0, at),
    );
  if (adjective) at = adjective.index;
  // "Health Ministry official", "Chamber of Entrepreneurs director": in English
  // the capitalised words just before the title name its body.
  const body = /^[\x20-\x7e]*$/.test(role)
    ? (ENGLISH_BODY.exec(role.slice(0, at)) ?? ENGLISH_LOWER_BODY.exec(role.slice(0, at)))
    : null;
  return role.slice(body ? body.index : at);
}

// "Kyzylorda region education department head", "Zhambyl region's akim": a
// capitalised name, then the body's own lower-case words, then the title.
const ENGLISH_BODY =
  /(?:(?<![A-Za-z])(?!(?:In|At|On|The|A|An|And|With|By)\s)[A-Z][A-Za-z-]*\s+(?:of\s+(?:the\s+)?)?(?:(?:region|regional|city|district|department|office|administration|education|health|internal|policy|public|youth|affairs|culture|sports|akimat|maslikhat|branch|council)(?:'s)?\s+)*)+$/;

// "regional maslikhat secretary": the same body in lower case, from its level
// on; "maslikhat deputy" names its body with no level.
const ENGLISH_LOWER_BODY =
  /(?<![A-Za-z])(?:(?:regional|city|district)\s+(?:(?:maslikhat|akimat|education|health|youth|policy|affairs|department|office|branch|council)\s+)+|(?:maslikhat|akimat)\s+)$/;

// "…, along with Senator …", "…, discussed the reform with … experts": who came with them, or what they did,
// is no title (a participle that is one, "retired colonel", "honoured teacher", excepted).
const NO_TITLE_AFTER =
  /^\s*(?:along with|together with|as well as|accompanied by|joined by|(?!(?:retired|honou?red|esteemed|distinguished|renowned|respected|acting)\s)[a-z]+ed\s)/u;

/** A role written after the name: "Nurlan Uteshev, deputy chairman …", «Ерлан Қошанов (облыс әкімі)», "Кошанов – аким области". */
export function roleAfter(right: string): { role: string; length: number } | null {
  const m =
    /^\s*(?:,\s*([^,.;:()«»"]{3,160})|\(([^()]{3,160})\)|[–—-]\s+([^,.;:()«»"]{3,160}?)(?=[,.;:]|\s[–—-]|$))/u.exec(
      right,
    );
  const written = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!m || !written || !ROLE_WORDS.test(written) || NO_TITLE_AFTER.test(written)) return null;
  // Behind a dash a Kazakh sentence goes on with its verb after the title:
  // «… – облыстық мәслихат депутаты сөз сөйледі». The role ends at its last title word.
  const role =
    m[3] && /[әғқңөұүһі]/iu.test(written)
      ? written.replace(
          /^(.*(?:депутат|әкім|төраға|басшы|хатшы|мүше|орынбасар|жетекші|директор|өкіл|ардагер)\S*)(?:\s.*)?$/iu,
          "$1",
        )
      : written;
  // "Yerlan Saparov, the city's akim": the article is no part of the title.
  return { role: role.trim().replace(/^(?:the|a|an)\s+/iu, ""), length: m[0].length };
}

// "Mazhilis deputies Khamenova and Smirnova", «депутаты Мажилиса А и Б»,
// «Мәжіліс депутаттары А мен Б»: one title in the plural for the names it
// lists, each of whom holds it in the singular.
const PLURAL_TITLES: Partial<Record<Language, Array<[RegExp, string]>>> = {
  en: [
    [/(?<![\p{L}])deputies(?![\p{L}])/iu, "deputy"],
    [/(?<![\p{L}])senators(?![\p{L}])/iu, "senator"],
    [/(?<![\p{L}])members(?![\p{L}])/iu, "member"],
    [/(?<![\p{L}])MPs(?![\p{L}])/u, "MP"],
    [/(?<![\p{L}])judges(?![\p{L}])/iu, "judge"],
    [/(?<![\p{L}])lawyers(?![\p{L}])/iu, "lawyer"],
    [/(?<![\p{L}])advocates(?![\p{L}])/iu, "advocate"],
    [/(?<![\p{L}])experts(?![\p{L}])/iu, "expert"],
    [/(?<![\p{L}])political scientists(?![\p{L}])/iu, "political scientist"],
  ],
  ru: [
    // («с депутатами Мажилиса А и Б», «встреча депутатов Мажилиса А и Б»: in the instrumental, the genitive.)
    [/(?<![\p{L}])депутат(?:ы|ами|ов)(?![\p{L}])/iu, "депутат"],
    [/(?<![\p{L}])сенатор(?:ы|ами)(?![\p{L}])/iu, "сенатор"],
    [/(?<![\p{L}])член(?:ы|ами)(?![\p{L}])/iu, "член"],
    [/(?<![\p{L}])судь(?:и|ями)(?![\p{L}])/iu, "судья"],
    [/(?<![\p{L}])юрист(?:ы|ами)(?![\p{L}])/iu, "юрист"],
    [/(?<![\p{L}])адвокат(?:ы|ами)(?![\p{L}])/iu, "адвокат"],
    [/(?<![\p{L}])эксперт(?:ы|ами)(?![\p{L}])/iu, "эксперт"],
  ],
  kk: [
    [/депутаттары(?![\p{L}])/iu, "депутаты"],
    [/мүшелері(?![\p{L}])/iu, "мүшесі"],
    // («Депутаттар Асылбек Жұмабаев пен Гүлнар Сейдахметова»: a bare plural title opening the sentence.)
    [/(?<![\p{L}])депутаттар(?![\p{L}])/iu, "депутат"],
    [/(?<![\p{L}])сенаторлар(?![\p{L}])/iu, "сенатор"],
    [/(?<![\p{L}])заңгерлер(?![\p{L}])/iu, "заңгер"],
  ],
};
/** The role in the singular when its title is plural (and so shared by the names it lists); else null. */
export function singularRole(role: string, language: Language): string | null {
  const rules = PLURAL_TITLES[language] ?? [];
  const rule = rules.find(([re]) => re.test(role));
  if (!rule) return null;
  const one = role.replace(rule[0], (w) =>
    /^\p{Lu}/u.test(w) ? rule[1].replace(/^./u, (c) => c.toUpperCase()) : rule[1],
  );
  // ("Lawyers Vladimir Petrenko and …" opening a sentence: "lawyer", as one lawyer's would be.)
  return one.replace(OPENING_TITLE, (w) => w.toLowerCase());
}

// «Машинист Сергей Петренко поделился …», "Locomotive driver Serik Amanov said …", «Учитель
// истории Наталья Ковальчук отметила …»: someone named by their job at the clause's start, with no
// official's title, has that job (one the audience has: not-speakers.ts's list) for a role.
const JOB_TITLE = new RegExp(
  String.raw`(?:^|[.;:!?,–—]\s*)((?:[\p{L}-]+\s+)?${AUDIENCE_JOB}(?:\s+\p{Ll}+(?:ии|ия|ого|ой))?)\s*$`,
  "iu",
);
export const jobBefore = (written: string) => JOB_TITLE.exec(written)?.[1] ?? null;
