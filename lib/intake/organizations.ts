// Organisations an article names: a «quoted» or "quoted" name with a legal
// form or an organisation word beside it (ТОО «Maker», «Казфосфат» ЖШС, JSC
// "AlES", «AMANAT» партиясы, «Super-pharm» фармацевтикалық зауыты), known
// parties, and akimats and maslikhats with their place ("Turkestan regional
// Maslikhat"). Slogans and formulas in quotes are not organisations.
import { associationsIn } from "./associations";
import { atWorkplace } from "./audience-types";
import {
  HALL_AFTER,
  HALL_BEFORE,
  HELD_AFTER,
  HELD_BEFORE,
  PRESS_SERVICE_AFTER,
  PRESS_SERVICE_BEFORE,
  ROLE_AFTER,
  ROLE_BEFORE,
  ROLE_TITLE,
  speakersOwn,
} from "./body-context";
import { BODY, BODY_OF, bodyName } from "./body-names";
import { STAFF_OF } from "./english-institutions";
import { namedInstitutions } from "./named-institutions";
import { orgKey, sameFullName, sameOrg } from "./org-key";
import { kindOf, SITE_BEFORE, SITE_NOMINATIVE } from "./org-kind";
import { NOT_NAME_OPENS, organisersIn } from "./organisers";
import { partiesIn } from "./parties";
import { companiesWhoseStaff } from "./staff-of";
import { CAPTION } from "./summary";
import { MEETING } from "./topic";
import type { Sentence } from "./clean";
import type { Span } from "./types";
import type { OrgKind } from "../domain/enums";

const QUOTED = /[«"“„]([^«»"“”„\n]{2,120}?)[»"”]+/gu;
// ("People want to see the text," said plant director …: what someone said, its comma inside the quotes, or
// its stop before who said it; a name ending in «!» is a slogan's, «Коалиция «За … Конституцию!»».)
const quotedSpeech = (inner: string, after: string) =>
  /,$/u.test(inner) ||
  (/[.!?…]$/u.test(inner) &&
    /^\s*(?:[,—–-]\s*)?(?:said|says|told|added|сказал\p{L}*|отметил\p{L}*|деді|дейді)/iu.test(after));
// A national company's own quotes («НК «Қазақстан темір жолы»») and forms (ҰК АҚ) are read too; a firm's kind
// in the outer quotes («ТОО «Агрофирма «Родина»»») is kept in its name.
const PLURAL_KIND = /(?:колледж|университет|компани|предприяти|завод|школ)(?:ей|ов|ий)\s*$/iu;
const LEGAL_BEFORE =
  /(?:^|[\s(])(ТОО|АО|ОО|РОО|ОЮЛ|ПК|ГУ|КГУ|ГКП|РГП|НАО|ЖШС|АҚ|ҚБ|РҚБ|JSC|LLP|LLC|PA|NJSC|PLC|корпораци\p{L}*|компани\p{L}*|партии|партия|коалици\p{L}*|ассоциаци\p{L}*|союз\p{L}*|профсоюз\p{L}*|палат\p{L}* предпринимател\p{L}*|палат\p{L}*|фонд\p{L}*|федераци\p{L}*|университет\p{L}*|колледж\p{L}*|company|corporation|party|association|union|foundation|federation|university|college|plant|factory|(?:сельхоз|агро)?предприяти\p{L}*|завод\p{L}*|фабрик\p{L}*|комбинат\p{L}*|мясокомбинат\p{L}*|молокозавод\p{L}*|хлебозавод\p{L}*|птицефабрик\p{L}*|агрофирм\p{L}*|объединени\p{L}*|движени\p{L}*|центр\p{L}*|разрез\p{L}*|шахт\p{L}*|рудник\p{L}*|месторождени\p{L}*|депо|элеватор\p{L}*|санатори\p{L}*|технопарк\p{L}*|мечет\p{L}*|детск\p{L}*\s+сад\p{L}*|ясл\p{L}*-сад\p{L}*|филиал\p{L}*|ГРЭС|ТЭЦ|mine|refinery|depot|КХ|ФХ|(?:крестьянск|фермерск)\p{L}*\s+хозяйств\p{L}*)\s*(?:«\s*(?:НК|НАК|НУХ|ФНБ|НХ|ҰК|ҰАК|(Агрофирма|Агрохолдинг|Компания|Корпорация|Фирма|Холдинг|Птицефабрика))\s+)?$/iu;
const KAZAKH_FORM_AFTER_NAME = /[»"”]\s*(?:ЖШС|АҚ|ҚБ|МКК|КМК|МКҚК|КММ|JShS|AQ)\s*$/u;
// (A form with its own case ending, «ЖШС-да», ends the name: the words after it are not the name's; «Ата заң
// жобасы» after a quoted place, «Зейнеткерлер үйінде» Ата заң жобасы …, is the draft, no project of its;
// a Russian form before a quoted name, «Шахтинская» угольного департамента АО «Qarmet», is that name's.)
const LEGAL_AFTER =
  /^\s*((?:(?![\p{L}-]*-(?:да|де|та|те|ға|ге|қа|ке|на|не|ны|ні|ның|нің|мен|нан|нен|дан|ден|тан|тен)\s)(?!(?:мен|бен|пен|және|и|and|Ата|заң|Конституция)\s)[\p{L}-]{3,}['’]?\s+){0,2}(?:ТҰК\s+АҚ|ҰК\s+АҚ|ҰАК\s+АҚ|UK\s+AQ|UAK\s+AQ|НК\s+АО|ТОО|АО|ЖШС|АҚ|ҚБ|МКК|КМК|МКҚК|КММ|РҚБ|ҚҚ|AQ|JShS|JSC|LLP|LLC|PA|корпорациясы|компаниясы|партиясы|коалициясы|қауымдастығы|одағы|қоры|палатасы|федерациясы|университеті|колледжі|зауыты|фабрикасы|комбинаты|(?:өңдеу|байыту|өндіру|металлургия\p{L}*|өнеркәсіп\p{L}*)\s+кешені|санаторийі|мешіті|(?:бөбекжай-)?балабақшасы|бірлестігі|қозғалысы|орталығы|клубы|жобасы|фармацевтикалық|party|company|corporation|association|union|foundation|plant|factory|project|club))(?![\p{L}])(?!(?<=ТОО|АО)\s*[«"“])/iu;
// (A mining or processing complex, «тау-кен өңдеу кешені», is a workplace; a sports one a venue.)
// The same Kazakh words with a case ending ("«Қазақстан» шахтасының ұжымымен",
// "«Maker» зауытында", «"Жаркент" шекара отрядында»): put back as the name's own form (шахтасы, зауыты).
// (Up to four words of its kind between, «"Жігер" мүгедектігі бар адамдар қоғамдық бірлестігінде» — none in
// the dative or a participle: «"ERG" тобына кіретін … зауытының» is the group it belongs to, no name.)
const KAZAKH_CASED =
  /^\s*((?:(?!(?:мен|бен|пен|және|and)\s|[\p{L}-]*(?:ына|іне|тын|тін)\s)[\p{L}-]{3,}\s+){0,4}(?:корпорацияс|компанияс|партияс|коалицияс|федерацияс|фабрикас|шахтас|ауруханас|санаторий|шипажай|мешіт|(?:бөбекжай-)?балабақшас|зауыт|комбинат|(?:өңдеу|байыту|өндіру|металлургия\p{L}*|өнеркәсіп\p{L}*)\s+кешен|университет|колледж|орталығ|бірлестіг|қожалығ|шаруашылығ|кооператив|мекемес|клуб|технопарк|парк|отряд)[ыі](?:ның|нің|на|не|нда|нде|нан|нен|мен|н)?)(?![\p{L}])/iu;
// «Дөң тау-кен байыту комбинаты», «Ульбинский металлургический завод»: the kind is the name's own last word.
const KIND_INSIDE =
  /(?:^|\s)(?:комбинат\p{L}*|зауыт\p{L}*|завод|фабрик\p{L}*|шахт\p{L}*|кеніш\p{L}*|университет\p{L}*|колледж\p{L}*|институт\p{L}*|аурухана\p{L}*|больниц\p{L}*|plant|factory|mine|university|college)$/iu;
// «Оларға», «Кеншілермен облыстық мәслихат депутаты …»: a pronoun, or a word in
// the instrumental (or a plural with a case), is no place of the body; nor is «Ал» ("and", "while").
const PRONOUN =
  /^(?:Ал|Және|Бірақ|Оған|Оларға|Бұған|Бұларға|Олар|Ол|Оны|Оларды|\p{Lu}\p{L}*(?:мен|пен|бен|(?:лар|лер|дар|дер|тар|тер)(?:ға|ге|ды|ді|да|де|дан|ден|дың|дің)))$/u;
// (And in the Latin script: «"Qazaqmys" korporatsııasynyń Soltústik rýdnıginde», «"Jas Otan" ortalyǵynda».)
const LATIN_CASED =
  /^\s*((?:(?!(?:men|ben|pen|jáne|and)\s)[\p{L}-]{3,}\s+){0,4}(?:korporatsııas|korporasııas|kompanııas|fabrıkas|shahtas|aýrýhanas|zaýyt|kombınat|ýnıversıtet|kolledj|ortalyǵ|birlestig|qojalyǵ|klýb|park)[yı](?:nyń|niń|na|ne|nda|nde|nan|nen|men|n)?)(?![\p{L}])/iu;
const kazakhNominative = (word: string) =>
  word
    .replace(/([ыі])(?:ның|нің|на|не|нда|нде|нан|нен|мен|н)$/u, "$1")
    .replace(/([yı])(?:nyń|niń|na|ne|nda|nde|nan|nen|men|n)$/u, "$1");
// («… университетінде «Жаңа Конституция – жастар көзімен» атты дөңгелек үстел өтті»: what the event was called.)
const SLOGAN_AFTER =
  /^\s*(формула|формуласы|слоган|ұран|лозунг|formula|slogan|тақырыб|тема|theme|бағдарлама|программ|атты\s+(?!ЖШС|АҚ|ҚБ))/iu;
export type FoundOrganization = {
  name: string;
  kind: OrgKind;
  spans: Span[];
  sentence: number;
  key: string;
  /** Named only as a body a speaker belongs to (an akimat, a maslikhat) or as a venue (a chamber's hall): never the host. */
  body: boolean;
  /** Its staff or collective is who the meeting was with ("с работниками АО «X»", "X ұжымымен"). */
  collective: boolean;
  /** Named only as who the host organised it "together with": a second host, never the first. */
  joint: boolean;
  /** Said to have organised or held the meeting ("organised by …", «Организатором выступил …»): a host. */
  organised: boolean;
  /** Named only as where a meeting was held (a hospital, a centre): that meeting's host, never a visitor's. */
  place: boolean;
};

/** `o`'s part in a meeting hosted by `host`; `own`: the organisation of one of several meetings. */
export function roleOf(o: FoundOrganization, host: FoundOrganization | null, own?: FoundOrganization | null) {
  // A meeting's own organisation hosts it when it is a workplace or its staff
  // were the ones met; a body said to have organised it (alone or together
  // with the host) hosts it too.
  if (o === host) return "host";
  if (own === undefined) return (o.joint || o.organised) && host ? "host" : "participant";
  return o === own && (o.kind === "enterprise" || o.collective || o.place) ? "host" : "participant";
}

// (Not a speaker's body after them: «Перед горняками выступил депутат … маслихата».)
const COLLECTIVE_BEFORE =
  /(коллектив\p{L}*|работник\p{L}*|сотрудник\p{L}*|рабоч\p{L}*|педагог\p{L}*|учител\p{L}*|преподавател\p{L}*|студент\p{L}*|учащ\p{L}*|врач\p{L}*|медик\p{L}*|горняк\p{L}*|employees of|workers of|staff of|collective of|teachers of|students of)(?:\s+(?!(?:выступ|рассказ|разъясн|встрет|депутат|аким|сенатор|член|председател|руководител|начальник|директор)\p{L}*)[\p{L}-]+){0,2}\s*$/iu;
// («… ҰК АҚ Шу бөлімшесінің қызметкерлерімен»: the staff of its branch; «"Арал тұз" АҚ және "Камбала
// балық" ЖШС қызметкерлері»: of both.)
const COLLECTIVE_AFTER =
  /^\s*(?:(?:және|мен|и|and)\s+«[^«»\n]{1,60}»\s*(?:ЖШС|АҚ|ТОО|АО|LLP|JSC)?\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:бөлімшес|филиал)\p{L}*\s+)?(ұжым\p{L}*|қызметкерлер\p{L}*|жұмысшылар\p{L}*|employees|workers|staff)/iu;
// A form written before a name (ТОО «X») that follows another quoted name is the next one's.
const PREFIX_FORM = /^(ТОО|АО|ОО|РОО|JSC|LLP|LLC|NJSC|НАО)$/i;
// "Kazakhmys Corporation LLP", "Kazphosphate LLP": a name in capitals before its legal form.
// ("Aluminium of Kazakhstan JSC": an "of" inside the name; "Employees of Kazakhmys JSC" are its staff.)
const UNQUOTED =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}-]+\s+)(?:of\s+)?(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:LLP|JSC|LLC|NJSC))(?![\p{L}])/gu;
const LEADING_STAFF = new RegExp(`^${STAFF_OF}\\s+`, "u");

// A subsidiary's parent: «"ҚазМұнайГаз" ҰК АҚ еншілес ұйымы …» names it first,
// «дочерней организации АО «НК «КазМунайГаз»» after the word.
const PARENT_AFTER = /^\s*(?:[\p{Lu}]{1,4}\s+){0,3}еншілес\s/u;
const PARENT_BEFORE =
  /дочерн\p{L}*\s+(?:организаци|компани|предприяти)\p{L}*\s+(?:[\p{Lu}]{2,4}\s+)?(?:«[^«»]{0,12})?$/u;

/** Organisations in the whole text (a quoted name may hold a "!" that ends a sentence). */
export function findOrganizations(text: string, sentences: Sentence[]): FoundOrganization[] {
  const found = new Map<string, FoundOrganization>();
  const sentenceAt = (at: number) =>
    Math.max(
      0,
      sentences.findIndex((s) => at < s.end),
    );
  type Flags = { body?: boolean; host?: boolean; joint?: boolean; organised?: boolean; place?: boolean };
  const add = (name: string, kind: OrgKind, span: Span, flags: Flags = {}) => {
    const { body = false, host = false, joint = false, organised = false, place = false } = flags;
    const key = orgKey(name);
    // A photo's credit ("Фото: пресс-служба акимата …") names no one who took part.
    if (key.length < 2 || CAPTION.test(sentences[sentenceAt(span.start)]?.text ?? "")) return;
    const collective =
      host ||
      COLLECTIVE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) ||
      COLLECTIVE_AFTER.test(text.slice(span.end, span.end + 100));
    // ("Ust-Kamenogorsk Titanium-Magnesium Plant (UKTMP JSC)": the short name in brackets after it is its own.)
    const bracketed = /\(\s*$/u.test(text.slice(Math.max(0, span.start - 3), span.start))
      ? [...found.values()].find((o) => o.spans.some((sp) => /^\s*\($/u.test(text.slice(sp.end, span.start))))
      : undefined;
    const known = bracketed ?? [...found.values()].find((o) => sameOrg(o.key, key) || sameFullName(o.name, name));
    if (known) {
      if (name.length > known.name.length && sameFullName(known.name, name)) known.name = name;
      known.spans.push(span);
      known.collective ||= collective;
      known.body &&= body;
      known.joint &&= joint;
      known.organised ||= organised;
      known.place &&= place;
      return;
    }
    const sentence = sentenceAt(span.start);
    found.set(key, { name, kind, spans: [span], sentence, key, body, collective, joint, organised, place });
  };
  const institutions = namedInstitutions(text, sentences);
  for (const m of text.matchAll(QUOTED)) {
    // (A quoted name that ends an institution's name is that institution's.)
    if (institutions.some((n) => n.start < m.index && m.index < n.end)) continue;
    const inner = (m[1] ?? "").trim();
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).replace(/^[»"”]+/, "");
    if (SLOGAN_AFTER.test(after) || inner.split(/\s+/).length > 10 || quotedSpeech(inner, after)) continue;
    // («"ҚазМұнайГаз" ҰК АҚ еншілес ұйымы "Маңғыстаумұнайгаз" АҚ», «дочерней организации
    // АО «НК «КазМунайГаз»»: the subsidiary's parent is not listed, as in English.)
    if (PARENT_AFTER.test(after) || PARENT_BEFORE.test(before)) continue;
    // «форум студентов колледжей «Жас Ұлан»»: a kind in the plural names no one organisation.
    // («"Қазфосфат" ЖШС "Жаңа Жамбыл фосфор зауыты" филиалы»: a Kazakh form after a quoted name is that name's.)
    const legalBefore =
      PLURAL_KIND.test(before) || KAZAKH_FORM_AFTER_NAME.test(before) ? null : LEGAL_BEFORE.exec(before);
    const following = LEGAL_AFTER.exec(after) ?? KAZAKH_CASED.exec(after) ?? LATIN_CASED.exec(after);
    const legalAfter =
      following && PREFIX_FORM.test(following[1] ?? "") && /^\s*\S+\s*[«"“]/u.test(after) ? null : following;
    if (!legalBefore && !legalAfter && !KIND_INSIDE.test(inner)) continue;
    // «рудника «Жомарт» ТОО «Kazakhmys Copper»: a site of the company named next, which is the organisation.
    if (
      !legalAfter &&
      /^(?:разрез|шахт|рудник|месторождени|депо|элеватор|mine|depot)/iu.test(legalBefore?.[1] ?? "") &&
      /^\s*(?:ТОО|АО|ЖШС|АҚ|JSC|LLP|LLC)\s*[«"“]/u.test(after)
    )
      continue;
    const formBefore = legalBefore?.[1] ?? "";
    const start = legalBefore
      ? m.index - before.length + legalBefore.index + legalBefore[0].indexOf(formBefore)
      : m.index;
    const end = m.index + m[0].length + (legalAfter ? legalAfter[0].length : 0);
    const site = SITE_BEFORE.exec(formBefore);
    const name = legalAfter
      ? `«${inner}» ${kazakhNominative(legalAfter[1] ?? "")}`
      : /^(ТОО|АО|ЖШС|АҚ|JSC|LLP|LLC|КХ|ФХ)$/i.test(formBefore)
        ? `${formBefore} «${legalBefore?.[2] ? `${legalBefore[2]} «${inner}»` : inner}»`
        : site
          ? `${SITE_NOMINATIVE[(site[1] ?? "").toLowerCase()] ?? ""} «${inner}»`
          : `«${inner}»`;
    // («"Jas Otan" қоғамдық бірлестігінің аудандық филиалының төрағасы Дана …»: a speaker's own body.)
    const affiliation = speakersOwn(text, start, end, sentences[sentenceAt(start)]?.text ?? "");
    // («В КГУ «Школа-лицей им. Абая» депутат … рассказал …»: where the meeting was.)
    const at = /(?:^|\s)(?:[Вв]о?|[Нн]а)\s+$/u.test(text.slice(Math.max(0, start - 4), start));
    const kind = kindOf(`${legalBefore?.[1] ?? ""} ${legalAfter?.[1] ?? ""} ${inner}`);
    // («на сахарном заводе «Тараз-Кант»»: held at a workplace, with its workforce, whoever organised it.)
    const workWord = /(?:^|\s)(?:[Вв]о?|[Нн]а)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s*$/u.exec(
      text.slice(Math.max(0, m.index - 60), m.index),
    )?.[1];
    const atWork = workWord !== undefined && atWorkplace(workWord);
    add(name, kind, { start, end }, { body: affiliation, place: at && kind === "education", host: atWork });
  }
  for (const p of partiesIn(text, (at) => sentences[sentenceAt(at)]?.text ?? ""))
    add(p.name, "party", p, { body: p.speakersOwn });
  for (const m of [...text.matchAll(BODY), ...text.matchAll(BODY_OF)]) {
    // A sentence's first capitalised word may be the member's title ("Депутат Костанайского …").
    const title = ROLE_TITLE.exec(m[1] ?? "")?.[0] ?? "";
    const start = m.index + title.length;
    const name = bodyName((m[1] ?? "").slice(title.length));
    // "Кездесуде облыстық мәслихат депутаты": a sentence's first word is no place of the body.
    // "The regional akimat": an article, not a place, before it.
    // «Оларға қалалық мәслихат депутаты»: "to them" neither, nor «Іс-шараға» ("to the event").
    const opener = name.split(/\s+/)[0] ?? "";
    if ([MEETING, PRONOUN, NOT_NAME_OPENS].some((re) => re.test(opener)) || !/^\p{Lu}/u.test(name)) continue;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    // "Пресс-служба акимата …" signs the release: its author, not a party to the meeting.
    if (PRESS_SERVICE_BEFORE.test(before) || PRESS_SERVICE_AFTER.test(text.slice(end, end + 30))) continue;
    const held =
      (HELD_AFTER.test(text.slice(end, end + 200)) ||
        HELD_BEFORE.test(before) ||
        HALL_AFTER.test(text.slice(end, end + 30)) ||
        HALL_BEFORE.test(before) ||
        // («Байқоңыр ауданының әкімдігінде … кездесу болды», «в акимате города Кокшетау состоялся …»: at the akimat.)
        /(?:әкімдігінде|мәслихатында|акимате)$/u.test(m[0]) ||
        (/^[Аа]кимате\s/u.test(m[0]) &&
          /(?:^|\s)[Вв]\s+$/u.test(before) &&
          /^[^.!?\n]{0,40}?(?:состоял|прош[её]л|прошл|проведен)/u.test(text.slice(end)))) &&
      !title &&
      !ROLE_BEFORE.test(before) &&
      !ROLE_AFTER.test(text.slice(end, end + 30));
    add(name, "public_body", { start, end }, { body: !held });
  }
  // Where the meeting is held or whose staff it is with: the meeting's host.
  // («КГУ «Общеобразовательная школа №12 отдела образования …»»: the school inside the quoted name is it.)
  const quotedAround = (n: Span) =>
    [...found.values()].find((o) => o.spans.some((s) => s.start <= n.start && n.end <= s.end));
  for (const n of institutions)
    add(quotedAround(n)?.name ?? n.name, n.kind, n, {
      body: n.venue === true,
      host: !n.venue && !n.place,
      place: n.place === true,
    });
  for (const a of associationsIn(text)) add(a.name, "ngo", a, { place: a.at });
  for (const m of text.matchAll(UNQUOTED)) {
    const name = (m[1] ?? "").trim().replace(LEADING_STAFF, "");
    add(name, kindOf(name), { start: m.index + m[0].length - name.length, end: m.index + m[0].length });
  }
  for (const o of organisersIn(text)) {
    const span = { start: o.start, end: o.start + o.length };
    add(o.name, o.kind ?? kindOf(o.name), span, { host: !o.joint, joint: o.joint, organised: true });
  }
  // A company named through its staff ("employees of NCOC", "… branch of Kazakhstan Temir Zholy").
  for (const c of companiesWhoseStaff(text)) {
    const kind = kindOf(c.name);
    add(c.name, c.association ? "ngo" : kind === "other" ? "enterprise" : kind, c, { host: true });
  }
  return [...found.values()];
}
