// One article, several events: a visit report lists its meetings one by one
// (the Zhambyl seed: the main meeting at «Көне Тараз», one with young people
// and teachers, one at «Казфосфат», …, information groups in four
// districts). A sentence starts a new meeting when it introduces one with
// something of its own — an organisation, a list of districts, or an
// audience — and the sentences after it tell about that meeting until the
// next one starts. Fewer than two such meetings: the article is one event.
import { atWorkplace, meetingAudiences } from "./audience-types";
import { countedOnward, ELIDED, INTRODUCES, sharedOnward, verbBefore } from "./clause-lists";
import { CLAUSE_OPENER, type Sentence } from "./clean";
import { ANY_MEETING, datedItems, LIST_ITEM, listedMeeting, listsEvent, SUMMARY } from "./listed-meetings";
import { NEXT_DAY } from "./meeting-date";
import { inRoleOf, type FoundPerson } from "./people";
import { IN_NAME_WEIGHT } from "./place-guess";
import { inHeadline } from "./summary";
import { aside, SPEECH_TO_AUDIENCE } from "./topic";
import type { DateMention } from "./dates";
import type { FoundOrganization } from "./organizations";
import type { Mention } from "./places";
import type { Span } from "./types";
import type { AudienceType } from "../domain/enums";

export type Segment = {
  sentences: number[];
  district: { id: number; name: string } | null;
  districtSpan: { start: number; end: number } | null;
  organization: FoundOrganization | null;
  audiences: AudienceType[];
};

// («Күн соңында …», «В конце дня …»: at the end of the day, not of the meeting;
// «Встреча состоялась 28 февраля в поселке …»: the meeting just told, its day given;
// «Аудандық ауруханада өткен жиынға …»: the meeting just told, where it was — not
// «… студенттерімен өткен кездесуде», a meeting with someone new.)
const REFERS_BACK =
  /(барысында|(?<=\p{L}\s)(?<!күн\s)соңында|в ходе|в конце(?! дня)|на встрече|на мероприятии|по итогам|during the|at the meeting|at the event|following the|(?:attended|joined) the (?:meeting|event)|organi[sz]ed by|(?:was|were) held by|hosted by|(?:organi[sz]ed|hosted) the (?:meeting|event|session)|организатором|^\s*(?:кездесуде|жиында|іс-шарада|кездесуді|жиынды|іс-шараны|кездесуге|жиынға|іс-шараға|оны)\s|^\s*(?:(?![\p{L}-]*(?:мен|бен|пен)\s)(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}*(?:тық|тік|лық|лік|дық|дік))\s+){1,3}?өткен\s+(?:кездесу|жиын|іс-шара)\p{L}*\s|^\s*(?:встреча|мероприятие|обсуждение|дискуссия|the meeting|the event|the discussion|the debate|the session)\s+(?:прошла|прошло|состоялась|состоялось|took place|was held)\s+(?:\d{1,2}\s+\p{L}+\s+|on\s+\p{L}+\s+\d{1,2},?\s+)?(?:в|во|на|at|in)\s)/iu;
// («После обеда … провел встречу … Вечером сенатор ответил на вопросы жителей …»: a visit's day told by its
// parts, each part with someone new, though that one has no meeting's word.)
const PART_OF_DAY =
  /^(?:В первой половине дня|Во второй половине дня|После обеда|Вечером|Днем|Утром|In the (?:morning|afternoon|evening)|Түстен кейін|Кешке|Кешкісін|Таңертең)(?=[\s,])/u;
// Young people and students are one audience to tell meetings apart: "a
// meeting with young people … students asked" is the same meeting.
const KIN: Partial<Record<AudienceType, AudienceType[]>> = { youth: ["students"], students: ["youth"] };

const HAPPENED_AT =
  /(?:зауыт|шахта|комбинат|кеніш|фабрика|орталығ|кәсіпорн|ұйым)\p{L}*(?:нда|нде)(?![\p{L}])|(?:^|\s)(?:[Нн]а|[Вв]о?|[Aa]t)\s+(?:the\s+)?[«"\p{Lu}]/u;
const FROM_BEFORE = /(?:from|из|со всех)\s+(?:the\s+)?$/iu;
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, j) => from + j);

/** Each sentence's first place named for sure (one region; its district if one), of the mentions `counts` lets in. */
function sentencePlaces(mentions: Mention[], counts: (m: Mention) => boolean): Map<number, string> {
  const places = new Map<number, string>();
  for (const m of mentions) {
    if (places.has(m.sentence) || m.generic === "region" || !counts(m)) continue;
    if (new Set(m.entries.map((e) => e.iso)).size !== 1) continue;
    const districts = new Set(m.entries.flatMap((e) => (e.district ? [e.district.id] : [])));
    places.set(m.sentence, `${m.entries[0]?.iso}/${districts.size === 1 ? [...districts][0] : ""}`);
  }
  return places;
}

export function segmentsOf(
  sentences: Sentence[],
  organizations: FoundOrganization[],
  mentions: Mention[],
  region: string | null,
  hostKey: string | null,
  people: FoundPerson[],
  dates: DateMention[] = [],
): Segment[] {
  const starts: Array<Omit<Segment, "sentences"> & { at: number }> = [];
  let previousStarted = false;
  const covered = new Set<AudienceType>();
  // The report's first full sentence: the lines before it are its heading.
  const dated = datedItems(sentences, dates);
  // (A post opening with its list, «1️⃣ Встреча … / 2️⃣ Беседа …», is no heading.)
  const listed = (i: number) =>
    LIST_ITEM.test(sentences[i]?.text ?? "") && [i - 1, i + 1].some((k) => LIST_ITEM.test(sentences[k]?.text ?? ""));
  const body = sentences.findIndex((x, i) => /[.!?…:;,]$/u.test(x.text) || dated.has(i) || listed(i));
  const inHeading = (i: number) => body === -1 || i < body;
  // Where each sentence is, by the places its text names.
  const places = sentencePlaces(mentions, (m) => (m.weight ?? 1) >= 1);
  const placeOf = (i: number) => places.get(i) ?? null;
  // «met dockers of the Aktau International Sea Trade Port»: a town named only
  // in a workplace's name still says where that meeting was, against the next.
  const inName = sentencePlaces(mentions, (m) => m.weight === IN_NAME_WEIGHT);
  // Who speaks is no audience: «председатель областного совета ветеранов» is a role.
  const roles = people.flatMap((p) => [p.role, p.written].flatMap((r) => (r && r.length >= 5 ? [r] : [])));
  const audienceTypes = (text: string) => meetingAudiences(text, 0, roles);
  const cover = (a: AudienceType) => [a, ...(KIN[a] ?? [])].forEach((k) => covered.add(k));
  // The day a sentence names for itself ("On March 3, the group met …"), if any.
  const dayOf = (i: number) => {
    const s = sentences[i];
    return s && dates.find((d) => !d.timestamp && d.span.start >= s.start && d.span.end <= s.end)?.date;
  };
  /** Sentences `i` and `j` each name a day of their own, and not the same one. */
  const otherDay = (i: number, j: number) => {
    const [a, b] = [dayOf(i), dayOf(j)];
    return a !== undefined && b !== undefined && a !== b;
  };
  // The first meeting an article introduces without anything that starts one
  // ("On Saturday he met farmers …", an audience of no type of its own), kept
  // to start the first segment if a later one is on another day («Келесі күні …»).
  let untold: number | undefined;
  const startAt = (i: number, st: Omit<Segment, "sentences">) => {
    if (starts.length === 0 && untold !== undefined && (otherDay(i, untold) || NEXT_DAY.test(sentences[i]?.text ?? "")))
      starts.push({ at: untold, district: null, districtSpan: null, organization: null, audiences: [] });
    // («… «Құсмұрын» ЖШС-да болды. Ол шаруашылық қызметкерлерімен кездесіп, …»: the first meeting,
    // naming no workplace, is at the one the lead says the visitor was at.)
    const lead = (o: FoundOrganization) =>
      !o.body && o.key !== hostKey && o.spans.some((sp) => sp.end <= (sentences[i]?.start ?? 0));
    const organization = starts.length === 0 && !st.organization ? (organizations.find(lead) ?? null) : st.organization;
    starts.push({ at: i, ...st, organization });
  };
  sentences.forEach((s, i) => {
    // The headline tells of the meeting its lead sentence starts; the
    // campaign's running total ("1 200 подобных встреч") starts no meeting.
    // Lines before the report's first full sentence (a breadcrumb, then the
    // headline, a date) are its heading, not meetings of their own.
    // Nor does another meeting told as background («Напомним, ранее …»).
    if ((inHeadline(sentences, i) && !listed(i)) || inHeading(i) || aside(s.text)) return;
    const meeting = ANY_MEETING.test(s.text);
    // Information groups in four districts: one meeting per district named.
    const districts = mentions.filter(
      (m, k, all) =>
        m.sentence === i &&
        m.generic === "district" &&
        m.entries.some((e) => e.iso === region && e.district) &&
        all.findIndex((x) => x.sentence === i && sameDistrict(x, m, region)) === k,
    );
    // "Teachers from the Bostandyk, Almaly and Auezov districts attended": where the audience came from.
    const from = districts[0] && FROM_BEFORE.test(s.text.slice(0, districts[0].span.start - s.start));
    // ("holding meetings in villages of the Kyzylzhar and Mamlyut districts. On Saturday … met residents of
    // Bishkul …": a lead whose districts' meetings are told after it, each by its own, is their summary.)
    const toldAfter = (m: Mention) =>
      sentences.some((x, j) => j > i && INTRODUCES.test(x.text) && placeOf(j) === `${region}/${districtOf(m, region)}`);
    if (districts.length >= 2 && meeting && !from && !(SUMMARY.test(s.text) && districts.some(toldAfter))) {
      for (const m of districts) {
        const e = m.entries.find((x) => x.iso === region && x.district);
        if (e) starts.push({ at: i, district: e.district, districtSpan: m.span, organization: null, audiences: [] });
      }
      previousStarted = true;
      return;
    }
    // A body named for a speaker (an akimat, a maslikhat) holds no meeting of
    // its own; nor does one named only in a speaker's role («директор филиала
    // партии «AMANAT» Ерлан Абдрахманов рассказал…»).
    const inRole = (sp: Span) => {
      const named = s.text.slice(sp.start - s.start, sp.end - s.start);
      return inRoleOf(people, named, (ps) => ps.start >= sp.end && ps.end <= s.end);
    };
    const own = organizations.filter(
      (o) =>
        o.key !== hostKey && !o.body && o.spans.some((sp) => sp.start >= s.start && sp.end <= s.end && !inRole(sp)),
    );
    const org = own[0];
    const intro = INTRODUCES.exec(s.text);
    // («Риддер қаласында кеншілермен, ал Күршім ауданында тұрғындармен кездесулер болды»:
    // two clauses, one verb; the meetings in the plural are these two, no summary.)
    const next = sentences[i + 1]?.text ?? "";
    const sharesVerb =
      (/,$/u.test(s.text) && CLAUSE_OPENER.test(next) && INTRODUCES.test(next)) ||
      sharedOnward(sentences, i) ||
      countedOnward(sentences, i);
    const summary = SUMMARY.test(s.text) && !(CLAUSE_OPENER.test(s.text) && /,$/u.test(sentences[i - 1]?.text ?? ""));
    // («✅ В селе … встретился … / ✅ В школе-гимназии … прошел классный час …»: an item after one that started a meeting is one.)
    const sibling =
      LIST_ITEM.test(s.text) && starts.at(-1)?.at === i - 1 && LIST_ITEM.test(sentences[i - 1]?.text ?? "");
    const introduces =
      intro !== null ||
      sharesVerb ||
      sibling ||
      SPEECH_TO_AUDIENCE.test(s.text) ||
      // («… встречу со студентами, | а в воскресенье — с жителями …»: the verb of the clause before.)
      ((CLAUSE_OPENER.test(s.text) || ELIDED.test(s.text)) && verbBefore(sentences, i)) ||
      listedMeeting(sentences, i, dated) ||
      (PART_OF_DAY.test(s.text) && audienceTypes(s.text).some((a) => !covered.has(a.type)));
    // Words that refer to a meeting told before count up to the one this sentence
    // introduces: «… встретился с педагогами школы №2, на встрече присутствовали …» is a new one.
    const refersBack = REFERS_BACK.test(intro ? s.text.slice(0, intro.index + intro[0].length) : s.text);
    // Right after a meeting, a sentence naming an organisation starts the next
    // one when something happened there or with someone («Ал «Super-pharm»
    // зауытында … қарастырылды»), not when it only says what it is («Шахта
    // «Qarmet» АҚ құрамына кіреді»).
    const withSomeone = previousStarted && (audienceTypes(s.text).length > 0 || HAPPENED_AT.test(s.text));
    // ("В Экибастузе энергетики ГРЭС-1 встретились с депутатом. 3 марта на
    // Экибастузской ГРЭС-1 прошла встреча …": a pasted headline, then its
    // meeting told again: the same organisation, on no other day.)
    const last = starts.at(-1);
    const told = last !== undefined && last.organization?.key === org?.key && !otherDay(i, last.at);
    // («… энергетиктермен кездесу болды. «Екібастұз ГРЭС-1» ЖШС ұжымымен жүздескен депутат …»: the
    // meeting just told, with no workplace, now named where, in a sentence with no meeting verb of its own.)
    const named =
      org?.collective === true &&
      intro === null &&
      last?.at === i - 1 &&
      !last.organization &&
      !otherDay(i, last.at) &&
      [null, placeOf(last.at)].includes(placeOf(i)) &&
      audienceTypes(s.text).every((a) => covered.has(a.type));
    if (org && (meeting || introduces || withSomeone) && !summary && !refersBack && !told && !named) {
      for (const a of audienceTypes(s.text)) cover(a.type);
      // A meeting at a plant is with its workforce: "before the collective" next is the same one.
      if (org.kind === "enterprise" || atWorkplace(s.text)) cover("labour_collective");
      startAt(i, { district: null, districtSpan: null, organization: org, audiences: [] });
      previousStarted = true;
      return;
    }
    // A meeting with another audience than the ones before ("С работниками
    // встретился…" after the meeting with the plant's staff is the same one),
    // or introduced in another region, district or town than the meeting
    // before it ("Келесі күні Мұғалжар ауданының Қандыағаш қаласында … жиын
    // болды" after one in Хромтау), whoever its audience.
    const audiences = audienceTypes(s.text).map((a) => a.type);
    const here = placeOf(i);
    const before = starts.at(-1);
    // ("A meeting … was held at X University. Senator Y spoke to 70 students.":
    // a speech to the audience the meeting before had not named is that meeting's.)
    const speechOnly = intro === null && !listedMeeting(sentences, i, dated) && covered.size === 0;
    // (…and who came, told right after a meeting that named no one: "… held at X University. Students discussed …";
    // or who a speech was to, right after a meeting: "Residents … gathered at the school for a meeting. The akim
    // spoke to about 60 villagers, most of them livestock farmers.")
    const speech =
      intro === null && !sharesVerb && !sibling && !CLAUSE_OPENER.test(s.text) && !PART_OF_DAY.test(s.text);
    const fills = before?.at === i - 1 && (covered.size === 0 || speech) && !otherDay(i, before.at);
    const fresh = audiences.some((a) => !covered.has(a)) && !((speechOnly || fills) && before !== undefined);
    const there = before && (placeOf(before.at) ?? inName.get(before.at) ?? null);
    const elsewhere = here !== null && before !== undefined && ![null, here].includes(there ?? null);
    // …or on another day than the meeting before: "On March 2, … residents of
    // Uzynagash gathered …. On March 3, the group met … residents of Samsy."
    const anotherDay = before !== undefined && (otherDay(i, before.at) || NEXT_DAY.test(s.text));
    // («2️⃣ Беседа со студентами … / 3️⃣ Прием граждан в акимате …»: an item of a list of events, telling one, is the next.)
    // (…and «1. … тұрғындармен кездесті. Кездесуге 120 адам қатысты. / 2. Сол күні … жүздесті.»: a
    // paragraph's item with a meeting's verb, after an item that started one.)
    const item = LIST_ITEM.test(s.text)
      ? sentences.findLastIndex((x, k) => k < i && x.paragraph !== s.paragraph && LIST_ITEM.test(x.text))
      : -1;
    const listedEvent = (sibling && listsEvent(s.text)) || (intro !== null && starts.some((x) => x.at === item));
    // (One a report counts off, at a place of its own, is one even when first: «Алғашқысы Щучинск қаласында, …».)
    const counted = here !== null && countedOnward(sentences, i);
    if (introduces && !refersBack && !summary && (fresh || elsewhere || anotherDay || listedEvent || counted)) {
      for (const a of audiences) cover(a);
      startAt(i, { district: null, districtSpan: null, organization: org ?? null, audiences });
      previousStarted = true;
      return;
    }
    if (intro !== null && !refersBack && !summary) untold ??= i;
    previousStarted = false;
  });
  if (starts.length < 2) return [];
  // A roundup's section heading ("Akmola region", a line of its own with no full stop) just
  // before the next meeting heads that one: not this meeting's, but the next's (after its lead).
  const heading = (i: number) =>
    /[\p{L}\p{N})»"]$/u.test(sentences[i]?.text ?? "") &&
    (sentences[i]?.text.length ?? 0) <= 60 &&
    sentences[i - 1]?.paragraph !== sentences[i]?.paragraph &&
    sentences[i + 1]?.paragraph !== sentences[i]?.paragraph;
  const headingsBefore = (at: number, from: number) => {
    let k = at;
    while (k - 1 > from && heading(k - 1)) k--;
    return k;
  };
  return starts.map((st, k) => {
    const next = starts.slice(k + 1).find((x) => x.at > st.at)?.at ?? sentences.length;
    const end = next < sentences.length ? headingsBefore(next, st.at) : next;
    const previous = starts.slice(0, k).findLast((x) => x.at < st.at)?.at;
    const headed = previous === undefined ? [] : range(headingsBefore(st.at, previous), st.at);
    const own = st.district ? [st.at] : [...range(st.at, end), ...headed];
    const { at: _at, ...rest } = st;
    // («… мұнайшылармен кездесті. «Өзенмұнайгаз» АҚ ұжымымен болған жиында …»: whose staff the meeting
    // was with, named after the sentence that started it.)
    const inside = (o: FoundOrganization) =>
      o.collective && !o.body && o.key !== hostKey && own.includes(o.sentence) && o.sentence !== st.at;
    return { ...rest, organization: rest.organization ?? organizations.find(inside) ?? null, sentences: own };
  });
}

const districtOf = (m: Mention, region: string | null) =>
  m.entries.find((e) => e.iso === region && e.district)?.district?.id;
const sameDistrict = (a: Mention, b: Mention, region: string | null) =>
  districtOf(a, region) !== undefined && districtOf(a, region) === districtOf(b, region);
