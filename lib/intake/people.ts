// Speakers: the people an article names, with their role as written. A name
// is a capitalised first name and a surname with a surname's ending (-ов,
// -ева, -ұлы, -uly…), or initials and a surname (B.Torgaev, Д. Мынбая); the
// role is the title words before it in its clause ("Deputy Chairman of the
// FTURK Nurlan Uteshev", «облыс әкімі Ерлан Қошанов») or after it behind a
// comma. Authors, photographers, the head of state mentioned in passing and
// those who asked questions are not speakers (not-speakers.ts).
import { fromGenitive, nominative } from "./names";
import { AFTER_UNIT, centreAfterSurname, kazakhPlaceAt, notAName } from "./not-names";
import { FURNITURE, NOT_SPEAKERS, notSpeakingHere } from "./not-speakers";
import { PATRONYMIC, PATRONYMIC_ENDS, personKey, sameperson, SURNAME_END } from "./person-key";
import { jobBefore, ROLE_WORDS, roleAfter, roleBefore, singularRole } from "./roles";
import { searchKey } from "../search/normalize";
import type { Sentence } from "./clean";
import type { Span } from "./types";
import type { Language } from "../domain/enums";
// A title in the genitive right before a name: the name is in the genitive
// too — unless the title is itself the genitive of another («заместитель
// акима района Асель Жумабекова»).
const GENITIVE_TITLE =
  /(?<![\p{L}])(?<!(?:заместитель|председатель|руководитель|помощник|советник|секретарь|член|глава|начальник|директор|аким|депутат|советника|помощника)\s+)(?:депутата|акима|сенатора|председателя|заместителя|руководителя|директора|министра|ректора|профессора|эксперта|юриста|начальника|члена|секретаря|главы)(?:\s+[\p{L}-]+){0,4}\s+$/iu;
// «По словам Е. Смайлова», «по мнению …»: "according to" takes the genitive
// too, as do «с участием», «при участии», «по инициативе», «под руководством».
const GENITIVE_PHRASE =
  /(?<![\p{L}])(?:по\s+словам|по\s+мнению|со\s+слов|с\s+участием|при\s+участии|по\s+инициативе|под\s+руководством)\s+$/iu;

const UPPER = "\\p{Lu}";
const LOWER = "[\\p{Ll}’'-]";
const CASE_END = "(?:а|у|ым|ом|ой|е|ым|тың|тің|дың|дің|ның|нің|пен|бен|мен|қа|ке|ға|ге|ты|ті|ды|ді|ны|ні|я|ю|ем|a|'s)?";
// A double surname's second part goes with it ("Karin-Sadyk", «Ахметова-Ким»).
const SURNAME = `${UPPER}${LOWER}+${SURNAME_END}${CASE_END}(?:-${UPPER}\\p{Ll}+)?`;
// A title before a name is no given name ("Deputy Marina Belova").
const TITLE =
  "(?:Deputy|Senator|Akim|Chairman|Chairwoman|Head|Director|Member|Secretary|Minister|Rector|President|Mayor|Professor|Doctor|Mr|Mrs|Ms|Депутат|Аким|Әкім|Сенатор|Председатель|Директор|Ректор|Министр|Глава|Член|Секретарь|Профессор)(?![\\p{L}])";
// ("The Kostenko mine": a sentence's first word is no given name; nor is "Almaty's", a possessive.)
const GIVEN = `(?!${TITLE})(?!(?:The|This|That|These|Those|Its|Their|His|Her|Our)(?![\\p{L}]))${UPPER}${LOWER}{2,}(?<!['’]s)`;
const TITLE_WORD = new RegExp(`^${TITLE}`, "u");
// ("Mr. Kenzhebekov": an honorific, not an initial.)
const INITIALS = `(?:(?!(?:Mr|Ms|Dr|St)\\.)${UPPER}${LOWER}?\\.\\s?){1,2}`;
// («Иванова Е.П.»: an official list's surname, then the initials.)
const NAME = new RegExp(
  `(?<![\\p{L}.])(?:(${INITIALS})(${SURNAME})|(${GIVEN})\\s+(${SURNAME})|(${SURNAME})\\s+(?:(${GIVEN})|(${UPPER}\\.\\s?${UPPER}\\.)))(?![\\p{L}])`,
  "gu",
);

// An institution's own word a few capitalised words after a name makes the
// name its namesake ("S. Amanzholov East Kazakhstan University").
// A legal form after the words names a firm ("Employees of Derzhavinsk Grain LLP").
const INSTITUTION_WORD =
  /^(?:University|College|Institute|Academy|School|Hospital|LLP|JSC|LLC|NJSC|ЖШС|АҚ|Университет\p{L}*|Колледж\p{L}*|Институт\p{L}*|Академи\p{L}*|университет\p{L}*)$/u;
// What a meeting is about, capitalised after a speaker's name in Kazakh word order.
const TOPIC_WORD = /^(?:Конституц|Constitution|Konst[iı]t|Референдум|Referendum)/u;
// «Ата Заң», "Basic Law": the Constitution's own names, never a person's.
const LAW_NAME = /^(?:Ата\s+[Зз]аң|Ata\s+[Zz]ań|Негізгі\s+[Зз]аң|Basic\s+Law)/u;
// "University named after K. Zhubanov", «школа имени Абая»: the namesake, not
// a speaker; so is a village or a street named for someone («сёл Бауыржан
// Момышулы, Кошкарата и Актобе», «по улице Динмухамеда Кунаева»).
// («имени академика К. Сатпаева», "named after academician …": whose title comes with the namesake.)
export const NAMESAKE_TITLE = "(?:академика|профессора|генерала|героя|писателя|поэта|акына|батыра|academician)";
const NAMESAKE_BEFORE = new RegExp(
  String.raw`(?:(?:named after|имени)(?:\s+${NAMESAKE_TITLE})?|им\.|атындағы|(?<![\p{L}])(?:сел[оаеу]|сёл|аул[аеу]?|пос[её]л\p{L}*|village|street|avenue|улиц\p{L}*|ул\.|проспект\p{L}*|пр\.|микрорайон\p{L}*|мкр\.))\s*$`,
  "iu",
);
// («председатель совета (общественного согласия) микрорайона Роза Ахметова»: who heads a microdistrict's council.)
const HEADS_MKR = /(?:совет|комитет|[Пп]редседател|[Аа]ким)\p{L}*(?:\s+\p{Ll}+){0,3}\s+(?:микрорайон\p{L}*|мкр\.)\s*$/u;
// «Қ. Жұбанов атындағы университет», «Бауыржан Момышұлы ауылында»: Kazakh names the namesake first, and
// a village named after someone takes its possessive («Ержан Тоқтаров ауылда …» is "in the village");
// in English too, "The S. Toraighyrov regional library", "Shokan Ualikhanov university" (a market's, "the Altyn Orda market").
const NAMESAKE_AFTER =
  /^\s*(?:атындағы|atyndaǵy|atyndagy|ауыл(?:ы|ын)\p{L}*|кент(?:і|ін)\p{L}*|көше(?:сі|сін)\p{L}*|даңғыл(?:ы|ын)\p{L}*|village|street|avenue|(?:(?!(?:at|in|on|of|to|for|from|with|by|the|a|an|and|[a-z]+ed|visits|tours|meets|met|spoke|told)\s)[a-z-]+\s+){0,3}(?:library|museum|theatre|school|gymnasium|lyceum|university|college|institute|academy|market|bazaar))(?![\p{L}])/iu;

// Between two names of one list: "and", "и", "мен/бен/пен", "және", a comma ("and Mr.": an honorific after).
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|и|және|мен|бен|пен))\s*(?:(?:Mr|Ms|Mrs|Dr)\.\s*)?$/iu;

export type FoundPerson = {
  name: string;
  role: string | null;
  /** The title as the text writes it, where the role reads it otherwise ("deputies of …" → "deputy of …"). */
  written?: string;
  spans: Span[];
  sentence: number;
  key: string;
};

/** Whether one of the people has `named` in their title, written where `near` says. */
export const inRoleOf = (people: FoundPerson[], named: string, near: (span: Span) => boolean) =>
  people.some((p) => p.role?.includes(named) && p.spans.some(near));

const nameWords = (written: string) => written.replace(/\.\s*/g, ". ").trim().split(/\s+/);

export function findPeople(sentences: Sentence[], language: Language): FoundPerson[] {
  const people = new Map<string, FoundPerson>();
  sentences.forEach((s, si) => {
    if ((FURNITURE.test(s.text) || /^(by|автор)\s/iu.test(s.text)) && s.text.length < 120) return;
    let previous = 0;
    // A plural title before the first of several names is each one's.
    let shared: string | null = null;
    // (A pair with an institution's word, «Мажилиса Еркин», is no name, and
    // hides no name after it: «депутат Мажилиса Еркин Абиль».)
    // («… Ассамблеи народа Казахстана области Абай Виктор Шварц»: the name after
    // «области» is the region's, never the first of a person's.)
    const unplaced = s.text.replace(AFTER_UNIT, (w) => " ".repeat(w.length));
    const matches = [...namesIn(unplaced), ...titledNames(unplaced)]
      .filter((m) => !nameWords(m[0]).some((w) => !/\.$/.test(w) && notAName(w)))
      .sort((a, b) => a.index - b.index);
    let lastEnd = -1;
    for (const m of matches) {
      // A name both patterns found (or a pair inside a longer name) is one name.
      if (m.index < lastEnd) continue;
      lastEnd = m.index + m[0].length;
      // (Initials after the surname go before it, as a name is written.)
      const words = m[7] ? [...nameWords(m[7]), ...nameWords(m[5] ?? "")] : nameWords(m[0]);
      if (centreAfterSurname(words)) continue;
      const surname = (m[2] ?? m[4] ?? m[5] ?? words.at(-1) ?? "").toLowerCase();
      if (NOT_SPEAKERS.test(surname) || (/\p{Script=Cyrillic}/u.test(surname) && NOT_SPEAKERS.test(searchKey(surname))))
        continue;
      // "Buketov Karaganda University": a name followed by an institution's
      // word (or one a few capitalised words on) is that institution's namesake.
      const following = (/^(?:\s+\p{Lu}[\p{L}-]*){1,3}/u.exec(s.text.slice(m.index + m[0].length))?.[0] ?? "")
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      // («… Исимбаева Конституция жобасын түсіндірді»: the Constitution is what she spoke of, named for no one.)
      const namesake = following[0] && notAName(following[0]) && !TOPIC_WORD.test(following[0]);
      if (namesake || following.some((w) => INSTITUTION_WORD.test(w))) continue;
      if (LAW_NAME.test(m[0])) continue;
      const left = s.text.slice(Math.max(0, m.index - 80), m.index);
      if (NAMESAKE_BEFORE.test(left.slice(-20)) && !HEADS_MKR.test(left)) continue;
      if (NAMESAKE_AFTER.test(s.text.slice(m.index + m[0].length))) continue;
      if (notSpeakingHere(s.text, m.index, m.index + m[0].length)) continue;
      // «молодёжного крыла «Жастар Рухы»»: a quoted name is a body's or a slogan's, not a person's.
      if (/[«"“]\s*$/u.test(s.text.slice(0, m.index)) && /^\s*[»"”]/u.test(s.text.slice(m.index + m[0].length)))
        continue;
      // A name alone on its line is the author's byline.
      if (s.text.replace(/[.,]/g, "").trim() === m[0].replace(/[.,]/g, "").trim()) continue;
      const head = s.text.slice(Math.max(0, m.index - 80), m.index);
      const genitive = language === "ru" && (GENITIVE_TITLE.test(head) || GENITIVE_PHRASE.test(head));
      const name = joinInitials(genitive ? fromGenitive(words) : nominative(words, language));
      const key = personKey(name);
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const after = roleAfter(s.text.slice(m.index + m[0].length));
      const between = s.text.slice(previous, m.index);
      const before = roleBefore(between);
      const listed: boolean = shared !== null && LIST_JOIN.test(between);
      const single = before ? singularRole(before, language) : null;
      shared = single ?? (listed ? shared : null);
      // ("Group leader Aibek Zhumagaliyev, deputy chairman of the … maslikhat": a group's
      // title before the name says what he does here, the post after it who he is.)
      const both = before && after && GROUP_TITLE.test(before) ? `${before}, ${after.role}` : null;
      const role = both ?? single ?? before ?? after?.role ?? (listed ? shared : null) ?? jobBefore(between);
      // The next name's role starts after this one's written-after role; a
      // name with its role before it leaves what follows to the next name
      // («орынбасары Н. Нұрымбетов, облыстық мәслихат депутаты Г. Сейдахметова»).
      previous = m.index + m[0].length + (before ? 0 : (after?.length ?? 0));
      const known = [...people.values()].find((p) => sameperson(p.key, key));
      if (known) {
        known.spans.push(span);
        if (!known.role && role) known.role = role;
        // The full name wins over initials: "Bekkali Torgayev" after "B.Torgaev".
        if (!/\./.test(name) && /\./.test(known.name)) known.name = name;
        continue;
      }
      people.set(key, {
        name,
        role,
        spans: [span],
        sentence: si,
        key,
        ...(before && before !== role ? { written: before } : {}),
      });
    }
  });
  return [...people.values()];
}

const GROUP_TITLE =
  /^(?:(?:information |working |campaign )?group|team) leader$|^руководител\p{L}* (?:информационной |рабочей )?группы$|^топ жетекшісі$/iu;

// A given name and surname listed before «and» (titledNames reads the name after it).
const NAME_PAIR = new RegExp(`^${GIVEN}\\s+${SURNAME}$`, "u");
// The words namesIn reads around a patronymic (-ович, -овна; -ұлы, -қызы).
const SURNAME_AFTER = new RegExp(`^\\s+(${SURNAME})(?![\\p{L}])`, "u");
const GIVEN_BEFORE = new RegExp(`(?<![\\p{L}])(${UPPER}\\p{Ll}{2,})\\s+$`, "u");
const PATRONYMIC_AFTER = new RegExp(`^\\s+(${UPPER}\\p{Ll}+${PATRONYMIC_ENDS})(?![\\p{L}])`, "u");

// «Выступила Екатерина Иванова», «депутат Мажилиса Екатерина Смышляева»: a
// first name in -ина looks like a surname; with a surname after it, the word
// before (a verb opening the sentence, a body's name) is no given name.
const SURNAME_NEXT = new RegExp(`\\s+${SURNAME}(?![\\p{L}])`, "uy");
const GIVEN_PATRONYMIC_NEXT = new RegExp(
  `\\s+${UPPER}\\p{Ll}{2,}\\s+${UPPER}\\p{Ll}+${PATRONYMIC_ENDS}(?![\\p{L}])`,
  "uy",
);
function namesIn(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const given = m[3];
    const opens = given !== undefined && (m.index === 0 || notAName(given));
    SURNAME_NEXT.lastIndex = m.index + m[0].length;
    GIVEN_PATRONYMIC_NEXT.lastIndex = m.index + m[0].length;
    // («Выступил Сейтказиев Марат Ерланович»: a surname, then the given name and patronymic.)
    if (opens && (SURNAME_NEXT.test(text) || GIVEN_PATRONYMIC_NEXT.test(text))) {
      NAME.lastIndex = m.index + given.length;
      continue;
    }
    // «Нұрлан Сейітұлы Әбенов», «Жумабеков Нурлан Аскарович»: a patronymic
    // between the given name and the surname, or after both, is part of the name.
    const rest = text.slice(m.index + m[0].length);
    const more = m[4] && PATRONYMIC.test(m[4]) ? SURNAME_AFTER.exec(rest) : m[5] ? PATRONYMIC_AFTER.exec(rest) : null;
    if (more && !notAName(more[1] ?? "")) {
      m[0] += more[0];
      NAME.lastIndex = m.index + m[0].length;
    }
    // («Нурлан Аскарович Жумабеков»: the given name before a patronymic read as one.)
    const first = m[3] && PATRONYMIC.test(m[3]) ? GIVEN_BEFORE.exec(text.slice(0, m.index)) : null;
    if (first && !notAName(first[1] ?? "") && !TITLE_WORD.test(first[1] ?? "")) {
      m.index -= first[0].length;
      m[0] = first[0] + m[0];
    }
    out.push(m);
  }
  return out;
}

// The Constitution's names: «Ата Заң», «Негізгі Заң», «Конституция», «Основной закон».
const THE_LAW = /^(?:(?:Ата|Негізгі) Заң|Конституц|Основн\p{L}* закон|Constitution)/u;
// Two-letter surnames (Korean families in Kazakhstan): «Виктор Ли», «Ирина Ни».
const SHORT_SURNAMES = /^(?:Ли|Ни|Ан|Ко|Ен|Li|Lee|Ni|An)$/u;

const ENGLISH_FIELD =
  /^(?:justice|education|health(?:care)?|culture|sports?|agriculture|finance|economy|employment|labou?r|ecology|emergencies)$/u;
/**
 * "аким района Айгерім Бекболат", «депутат Мажилиса Дархан Қыдырәлі»: two capitalised
 * words right after a title are a name even without a surname's ending
 * (many Kazakh surnames have none). Only where NAME found nothing.
 */
function titledNames(text: string): RegExpExecArray[] {
  const words = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  const out: RegExpExecArray[] = [];
  // (A double surname is one: "Mukhtar Kul-Mukhammed".)
  const capital = (w: string | undefined) =>
    w !== undefined &&
    /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?$/u.test(w) &&
    /^(?:[\p{Script=Cyrillic}-]+|[\p{Script=Latin}-]+)$/u.test(w);
  const plain = (w: string) => !notAName(w) && !TITLE_WORD.test(w);
  const gap = (k: number) => text.slice((words[k]?.index ?? 0) + (words[k]?.[0].length ?? 0), words[k + 1]?.index);
  for (let i = 1; i + 1 < words.length; i++) {
    const [a, b] = [words[i]?.[0], words[i + 1]?.[0]];
    const surname = capital(b) || (b !== undefined && SHORT_SURNAMES.test(b));
    // («Главный врач поликлиники Л. Ким»: an initial for the given name.)
    const initial = a !== undefined && /^\p{Lu}$/u.test(a) && text[(words[i]?.index ?? 0) + 1] === ".";
    // (A third capitalised word, not after a comma, makes another name, but a place's: «Қанат Сейітқали Ақкөл
    // ауылының», «… Шымкенттегі», or what was explained: «Серік Ахмет Ата Заң …»; «Айдана Сейітқали, Тараз …» is two.)
    const [w3, w4] = [words[i + 2]?.[0] ?? "", words[i + 3]?.[0] ?? ""];
    const third = capital(w3) && !gap(i + 1).includes(",") && !kazakhPlaceAt(w3, w4) && !THE_LAW.test(`${w3} ${w4}`);
    const apart = !/^(?:\s+|\.\s*)$/u.test(gap(i));
    if ((!capital(a) && !initial) || !surname || third || apart || !a || !b || !plain(a) || !plain(b)) continue;
    // English capitalises a title's own words ("Director for Capital Construction"):
    // a Latin pair counts only right after the title or its place ("akim of Zhambyl Region").
    const latin = /^\p{Script=Latin}+$/u.test(a);
    const before = words.slice(Math.max(0, i - 7), i).map((w) => w[0]);
    const title = before.findLastIndex((w) => ROLE_WORDS.test(w));
    // Between the title and the name only lower-case words or institutions
    // ("аким района", "депутат Мажилиса"), or a place named with its kind ("Zhambyl Region").
    const between = before.slice(title + 1);
    // ("Chairman of the Republican Bar Association Anuar Tugel": capitalised words up to an institution's.)
    // («Аким города Алматы Дархан Сатыбалды»: a town after its unit word is the title's place.)
    const placed = (k: number) => /^(?:города|г|района|области|села|аула|посёлка|поселка)$/u.test(between[k - 1] ?? "");
    const loose = (w: string, k: number) =>
      capital(w) && plain(w) && !placed(k) && !between.slice(k + 1).some(notAName);
    // ("deputies Arman Kassymov and Yelena Tsoi": the second of two names the title shares.)
    const listed =
      between.length >= 3 &&
      /^(?:and|и|және|мен|пен|бен)$/u.test(between.at(-1) ?? "") &&
      NAME_PAIR.test(`${between.at(-3)} ${between.at(-2)}`);
    const start = words[i]?.index ?? 0;
    const end = (words[i + 1]?.index ?? 0) + b.length;
    // ("The chairman of the regional Assembly of People of Kazakhstan, Ruslan Ten,
    // said": between commas after a clause with a title, however long.)
    const clause = /(?:^|[.;:!?,])([^.;:!?,]*),\s*$/u.exec(text.slice(0, start))?.[1] ?? "";
    const appositive = latin && /^,/u.test(text.slice(end)) && clause.split(/\s+/u).some((w) => ROLE_WORDS.test(w));
    if (!appositive && (title === -1 || (between.some(loose) && !listed))) continue;
    // …and in English right after the title or an institution's word, never after
    // "for"/"of" ("Director for Capital Construction", "Headquarters for Public Support").
    // (A body's field in lower case ends its name: "the head of the regional department of justice Dinara Seitkali".)
    const field = ENGLISH_FIELD.test(between.at(-1) ?? "");
    if (!appositive && latin && between.length > 0 && !notAName(between.at(-1) ?? "") && !listed && !field) continue;
    const m = Object.assign([text.slice(start, end)], {
      index: start,
      input: text,
      groups: undefined,
    }) as RegExpExecArray;
    out.push(m);
    i++;
  }
  return out;
}

const joinInitials = (words: string[]) => words.join(" ").replace(/(\p{Lu}\p{Ll}?\.) (?=\p{Lu}\p{Ll}?\.)/gu, "$1");
