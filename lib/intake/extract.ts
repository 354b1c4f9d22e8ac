// An article in, its event drafts out: a pure function of the text, its URL
// and publication date, and the reference lists (places, campaigns). People
// and organisations are matched to stored records afterwards
// (lib/data/intake.ts); nothing here reads the database.
import { ASKED, ATTENDED, EVENT_HELD, SPOKEN_TO } from "./attendance";
import { audienceSize } from "./audience";
import { atWorkplace, bareCollective, meetingAudiences } from "./audience-types";
import { calledOffAside, CALLED_OFF } from "./called-off";
import { blankSpans, sentencesOf, within, type Sentence } from "./clean";
import { dateMentions, pageDate, reportDateline, urlDate, type DateMention } from "./dates";
import { ALL_MEETINGS, DAY_HOURS, meetingSpeakers, SIMILAR_MEETING } from "./group-words";
import { hostsOf } from "./hosts";
import { detectLanguage } from "./language";
import { beforeTheVote, cutFromSentenceBefore, meetingDate, NEXT_DAY, SAME_DAY, SAME_VISIT } from "./meeting-date";
import { districtNamed, placeOfMeeting } from "./meeting-place";
import { findOrganizations, roleOf, type FoundOrganization } from "./organizations";
import { findPeople, type FoundPerson } from "./people";
import { inAgencyDateline, inPersonName, insideNames, inSpeakerTitle, namesake, urlWords } from "./place-context";
import { DATELINE_WEIGHT, guessPlace, IN_NAME_WEIGHT } from "./place-guess";
import { placeMentions, type Gazetteer, type Mention } from "./places";
import { segmentsOf, type Segment } from "./segments";
import { summaryText, titleOf, titleSentenceOf } from "./summary";
import { withSurnameMentions } from "./surnames";
import {
  aboutNoMeeting,
  aside,
  BACKGROUND,
  campaignOf,
  formatOf,
  MEETING,
  SPEECH_TO_AUDIENCE,
  topicOf,
  type CampaignRef,
} from "./topic";
import { withoutWhatIsAhead } from "./up-next";
import type { ArticleResult, DateSource, Draft, DraftField, Span } from "./types";
import type { AudienceType } from "../domain/enums";

export type Reference = { gazetteer: Gazetteer; campaigns: CampaignRef[]; today: string };
export type CleanArticle = { id: string; text: string; url: string | null; publishedAt: string | null };

export function extractArticle(article: CleanArticle, ref: Reference): ArticleResult {
  const detected = detectLanguage(article.text);
  const language = "language" in detected ? detected.language : "en";
  const base = { id: article.id, language, text: article.text, url: article.url, publishedAt: article.publishedAt };
  if ("unknown" in detected) return { ...base, isOutreach: false, reason: "language", drafts: [] };
  const topic = topicOf(article.text);
  if (!topic.outreach) return { ...base, isOutreach: false, reason: topic.reason, drafts: [] };

  const text = withoutWhatIsAhead(article.text);
  const sentences = sentencesOf(text);
  const guessYear = campaignOf(text, null, ref.campaigns).slug?.match(/\d{4}/)?.[0];
  const firstPass = dateMentions(text, null, null);
  const fromPage = pageDate(text, firstPass);
  const known = article.publishedAt ?? urlDate(article.url) ?? fromPage?.date ?? null;
  const publishedSource: DateSource = article.publishedAt ? "published" : urlDate(article.url) ? "url" : "dateline";
  const guessed = known ? Number(known.slice(0, 4)) : guessYear ? Number(guessYear) : null;
  // No publication known: the report's dateline is the day it was written.
  const published = known ?? reportDateline(text, sentences, dateMentions(text, guessed, null));
  const year = published ? Number(published.slice(0, 4)) : guessed;
  const dates = dateMentions(text, year, published);

  // An organisation named only in another meeting told as background takes no part in this one.
  const titleSentence = titleSentenceOf(sentences);
  const calledOff = calledOffAside(sentences, titleSentence);
  const background = [...sentences.filter((s) => BACKGROUND.test(s.text)), ...calledOff];
  const organizations = findOrganizations(text, sentences).filter(
    (o) => !o.spans.every((sp) => within(sp, background)),
  );
  const names = organizations.flatMap((o) => o.spans);
  const found = findPeople(sentences, language);
  const personSpans = found.flatMap((p) => p.spans);
  const mentions = placeMentions(ref.gazetteer, sentences, text)
    .filter((m) => !inPersonName(m, personSpans) && !namesake(m, text))
    .map((m) => ({
      ...m,
      weight: inAgencyDateline(m, sentences, text)
        ? DATELINE_WEIGHT
        : insideNames(m, names, text) ||
            inSpeakerTitle(m, found, text) ||
            background.some((s) => s === sentences[m.sentence])
          ? IN_NAME_WEIGHT
          : m.weight,
    }));
  const place = guessPlace(mentions, urlWords(article.url), ref.gazetteer, text);
  // «района Габита Мусрепова», «Төле би ауылы»: a place named after someone is no speaker.
  const atPlace = (sp: Span) => mentions.some((m) => m.span.start <= sp.start && sp.end <= m.span.end);
  const people = withSurnameMentions(
    found.filter((p) => !p.spans.every(atPlace)),
    sentences,
  );
  const hosts = hostsOf(organizations, people, text);
  const visitor = hosts.visitor?.key ?? null;
  const segments = segmentsOf(sentences, organizations, mentions, place.region, visitor, people, dates);
  const host = segments.length ? hosts.visitor : hosts.single;

  const ctx = {
    text,
    sentences,
    dates,
    published,
    publishedSource,
    ref,
    place,
    people,
    organizations,
    host,
    mentions,
    calledOff,
    titleSentence,
  };
  // («В субботу, 7 марта, по улицам Тараза проехала колонна …»: the lead's day, told before the event's name.)
  const lead = sentences.slice(0, 2);
  const all = sentences.map((_, i) => i);
  const drafts = segments.length ? meetingDrafts(ctx, segments) : [draftOf(ctx, all, null, true, null, lead)];
  return { ...base, isOutreach: true, reason: null, drafts };
}

type Ctx = {
  text: string;
  sentences: Sentence[];
  dates: DateMention[];
  published: string | null;
  publishedSource: DateSource;
  ref: Reference;
  place: ReturnType<typeof guessPlace>;
  people: FoundPerson[];
  organizations: FoundOrganization[];
  host: FoundOrganization | null;
  mentions: Mention[];
  calledOff: Sentence[];
  titleSentence: Sentence | undefined;
};

/** One draft per meeting, in order: a meeting told "the next day" is dated from the one before. */
function meetingDrafts(ctx: Ctx, segments: Segment[]): Draft[] {
  const out: Draft[] = [];
  // The sentences before the first meeting: the report's lead.
  const lead = ctx.sentences.slice(0, segments[0]?.sentences[0] ?? 0);
  for (const [k, seg] of segments.entries())
    out.push(draftOf(ctx, seg.sentences, seg, k === 0, out.at(-1) ?? null, lead));
  return out;
}

function draftOf(
  ctx: Ctx,
  indexes: number[],
  seg: Segment | null,
  first: boolean,
  previous: Draft | null = null,
  reportLead: Sentence[] = [],
): Draft {
  const own = indexes.flatMap((i) => ctx.sentences[i] ?? []);
  const lead = own[0] ?? { text: "", start: 0, end: 0, paragraph: 0 };
  const evidence: Draft["evidence"] = {};
  const uncertain: DraftField[] = [];
  const note = (field: DraftField, spans: Span[]) => {
    if (spans.length) evidence[field] = [...(evidence[field] ?? []), ...spans];
  };
  // ("Around 200 students attended the final on February 25": who came, and when; not another meeting told as background,
  // nor a running total, nor one called off.)
  const told = own.filter((s) => !ctx.calledOff.includes(s));
  const eventSentences = seg
    ? own
    : told.filter(
        (s) =>
          [MEETING, ATTENDED, EVENT_HELD, SPEECH_TO_AUDIENCE].some((re) => re.test(s.text)) && !aboutNoMeeting(s.text),
      );
  // A clause cut from the sentence before (after a semicolon, a comma or "while") shares that
  // meeting's day, kind and speakers.
  const cut = previous !== null && cutFromSentenceBefore(ctx.sentences, ctx.text, own);
  const met = meetingDate(ctx, eventSentences, own, { inSegment: seg !== null, cut }, previous, reportLead);
  // (Undated, it was on or before the publication: a report out before a vote is of that vote's campaign.)
  const campaign = campaignOf(ctx.text, met.stated ? met.date : ctx.published, ctx.ref.campaigns);
  const vote = ctx.ref.campaigns.find((c) => c.slug === campaign.slug)?.voteDate;
  // Undated, unpublished: placed by the vote the text speaks of.
  const chosen = !met.date && vote ? beforeTheVote(ctx.text, vote, eventSentences, met) : met;
  const { date, datePrecision, dateSource } = chosen;
  note("date", chosen.spans);
  if (met.uncertain) uncertain.push("date");
  if (campaign.uncertain) uncertain.push("campaign");
  const place = seg
    ? (placeOfMeeting(ctx.mentions, indexes, ctx.place, ctx.ref.gazetteer, ctx.text) ?? ctx.place)
    : ctx.place;
  note("region", place.regionSpans);
  if (!place.region || place.uncertain) uncertain.push("region");
  // A meeting naming no town of its own takes the one its report's lead names
  // ("Students in Ust-Kamenogorsk quiz…", «Екібастұз, 4 наурыз. Кеше қалада екі кездесу …»).
  const leadIndexes = reportLead.map((_, i) => i);
  const named =
    seg && !seg.district
      ? (districtNamed(ctx.mentions, indexes, place.region, ctx.text, ctx.place.district?.id) ??
        districtNamed(ctx.mentions, leadIndexes, place.region, ctx.text))
      : null;
  // One more stop of the same visit ("The senator also visited …", "The next
  // day, the members met …", "In the afternoon, …") naming neither a date nor a place of its own: the same town.
  const text = told.map((s) => s.text).join(" ");
  const ownDay = ctx.dates.some((d) => own.some((s) => d.span.start >= s.start && d.span.end <= s.end));
  const sameVisit =
    !ownDay &&
    previous?.region === place.region &&
    [SAME_VISIT, NEXT_DAY, SAME_DAY, DAY_HOURS].some((re) => re.test(text));
  const district = seg ? (seg.district ?? named?.district ?? (sameVisit ? previous.district : null)) : place.district;
  if (seg?.districtSpan) note("district", [seg.districtSpan]);
  else if (named) note("district", [named.span]);
  else if (district) note("district", place.districtSpans);
  const offsetText = (fn: (t: string, o: number) => void) => told.forEach((s) => fn(s.text, s.start));
  // One meeting of several takes no total counted over all of them.
  const sizeSource = seg ? own.filter((s) => !ALL_MEETINGS.test(s.text)) : ctx.sentences.filter((s) => !aside(s.text));
  const sizes = sizeSource.flatMap((s) => audienceSize(s.text, s.start) ?? []);
  // ("… gathers 350 participants" over "about 350 young people": the same count, said to be about.)
  const size = sizes[0] ? { ...sizes[0], estimate: sizes.some((x) => x.size === sizes[0]?.size && x.estimate) } : null;
  if (size) note("audienceSize", [size.span]);
  const audiences = new Set<AudienceType>(seg?.audiences ?? []);
  let workforce = audiences.has("labour_collective");
  const roles = ctx.people.flatMap((p) => [p.role, p.written].flatMap((r) => (r && r.length >= 5 ? [r] : [])));
  // A school's name says what it teaches, not who came («медицинском колледже»).
  const schools = ctx.organizations.filter((x) => x.kind === "education").flatMap((x) => x.spans);
  offsetText((t, o) => {
    // Who came is said where the meeting is, where it says who took part, who
    // asked, who was spoken to, or how many came ("Some 85 doctors and nurses heard from …").
    const counted = size !== null && size.span.start >= o && size.span.start < o + t.length;
    if ((![MEETING, ATTENDED, ASKED, SPOKEN_TO].some((re) => re.test(t)) && !counted && !seg) || aside(t)) return;
    for (const a of meetingAudiences(blankSpans(t, o, schools), o, roles)) {
      audiences.add(a.type);
      note("audiences", [a.span]);
      if (a.type === "labour_collective" && !bareCollective(ctx.text, a.span)) workforce = true;
    }
  });
  if (seg && audiences.size === 0 && SIMILAR_MEETING.test(text)) previous?.audiences.forEach((a) => audiences.add(a));
  const sector = (["teachers", "medical_workers", "officials"] as const).some((t) => audiences.has(t));
  if (sector && !workforce) audiences.delete("labour_collective");
  // One of several meetings naming no kind of its own is what the lead says they all were ("held two meetings").
  const ownFormat = formatOf(seg ? text : eventSentences.map((s) => s.text).join(" ") || text);
  // (A clause cut from the meeting before, «а в Караганде – со студентами», was the same kind.)
  const asBefore = previous && cut ? previous.format : null;
  // (…and one cut before the verb it shares, «… ауыл тұрғындарымен, / ал … мұғалімдермен кездесулер өтті», is the next's.)
  const verbAfter = /,$/u.test(own.at(-1)?.text ?? "")
    ? formatOf(ctx.sentences[(indexes.at(-1) ?? -2) + 1]?.text ?? "")
    : null;
  const leadFormat = () => (asBefore ? { format: asBefore } : formatOf(reportLead.map((s) => s.text).join(" ")));
  const format = seg && !ownFormat.match ? (verbAfter?.match ? verbAfter : leadFormat()) : ownFormat;

  const speakers = meetingSpeakers(
    ctx.people,
    ctx.sentences,
    { own, reportLead, first, text, seg: seg !== null, cut },
    previous,
  );
  note(
    "speakers",
    speakers.flatMap((p) => p.spans),
  );
  const orgs = seg ? [ctx.host, seg.organization].filter((o): o is FoundOrganization => o !== null) : ctx.organizations;
  note(
    "organizations",
    orgs.flatMap((o) => o.spans),
  );
  // A meeting at a plant or a company, with no one else named, is with its workforce.
  const workplace = seg ? seg.organization : ctx.host;
  if (audiences.size === 0 && (workplace?.kind === "enterprise" || atWorkplace(text))) {
    audiences.add("labour_collective");
  }

  const titleSentence = seg ? lead : (ctx.titleSentence ?? lead);
  note("title", [{ start: titleSentence.start, end: titleSentence.end }]);
  const cancelled = CALLED_OFF.test(titleSentence.text);
  if (cancelled) note("status", [{ start: titleSentence.start, end: titleSentence.end }]);
  const formatWords = eventSentences.flatMap((s) => {
    const m = formatOf(s.text).match;
    return m ? [{ start: s.start + m.index, end: s.start + m.index + m[0].length }] : [];
  });
  note("format", formatWords.slice(0, 1));
  return {
    title: titleOf(titleSentence.text),
    cancelled,
    summary: summaryText(own, titleSentence, seg !== null),
    date,
    datePrecision,
    dateSource,
    region: place.region,
    district,
    locality: seg ? null : ctx.place.locality,
    format: format.format,
    audiences: [...audiences],
    audienceSize: size?.size ?? null,
    audienceEstimate: size?.estimate ?? false,
    campaign: campaign.slug,
    speakers: speakers.map((p) => ({ name: p.name, role: p.role, personId: null })),
    organizations: orgs.map((o) => ({
      name: o.name,
      role: roleOf(o, ctx.host, seg ? seg.organization : undefined),
      kind: o.kind,
      organizationId: null,
    })),
    evidence,
    uncertain,
  };
}
