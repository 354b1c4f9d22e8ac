// What kind of text this is: an outreach event for a constitutional
// referendum (and which campaign), or something else (a briefing, another
// referendum's topic such as the 2024 nuclear power plant vote); and the
// event's format.
import { digitsValue, NUMBER, PEOPLE_EN } from "./audience-words";
import type { EventFormat } from "../domain/enums";

// An outreach event of its own kind: an information tent or stand where
// booklets are handed out and questions answered, or a quiz or intellectual
// game on the draft («викторина», «брейн-ринг», «зияткерлік ойын»).
const INFO_POINT = String.raw`информационн\p{L}* (?:палатк|стойк|точк|пункт)\p{L}*|ақпараттық (?:шатыр|нүкте|пункт)\p{L}*|information (?:tent|stand|desk|booth|point)|викторин\p{L}*|брейн-ринг\p{L}*|интеллектуальн\p{L}* игр\p{L}*|зияткерлік ойын\p{L}*|марафон\p{L}*|marathon`;
// A post that lists its speakers or participants under a label («Спикеры:»,
// "Participants:") tells of a meeting, as structured Telegram posts do.
// An akim's reception of citizens where he also explained the draft: work with people.
export const RECEPTION = String.raw`при[её]м\p{L}* граждан|азаматтарды (?:жеке )?қабылда\p{L}*|citizens?(?:'s)? reception|received citizens`;
// "Kazatomprom held an information session on the draft for employees", "a public hearing",
// "a free legal consultation day": a meeting.
const INFO_SESSION = String.raw`(?:information|awareness|outreach|explanatory|Q&A|question-and-answer) session|public hearings?|(?:free )?legal consultations?|(?:free )?legal clinic|free consultations?|consultations? on the (?:draft|new)|consultation day|юридическ\p{L}* консультаци\p{L}*|бесплатн\p{L}* консультаци\p{L}*|консультаци\p{L}* по проекту|тегін (?:заң |құқықтық )?кеңес\p{L}*|правов\p{L}* консультаци\p{L}*|заңгерлік кеңес\p{L}*|общественн\p{L}* слушани\p{L}*|қоғамдық тыңдау\p{L}*|информационн\p{L}* сесси\p{L}*|ақпараттық сессия\p{L}*`;
// "Workers heard from a senator", "the staff were briefed" (not "briefed the press" or "briefed on …"): a meeting.
const HEARD_FROM = String.raw`heard from (?:a |the )?(?:[\p{L}-]+ ){0,2}(?:senator|deputy|akim|minister|lawyer|expert|official|judge|prosecutor|member)`;
const BRIEFED = String.raw`briefed(?! (?:on|about|(?:the )?(?:press|journalists|reporters|media))(?![\p{L}]))`;
export const LIST_LABEL = String.raw`(?:спикеры|участники|спикерлер|қатысушылар|speakers|participants)\s*:`;
// Deputies at a market handing out leaflets and answering traders' questions, a
// library's reading of the draft for pensioners: work among people, though no
// meeting is named; and a conference, an open lesson or a class hour, an information event
// (outreach, though no sentence with them is about a meeting).
const OUTREACH_WITHOUT_MEETING =
  /(leaflets|booklets|листовк|буклет|парақша|talk(?:ed|s|ing)? (?:with|to)|door[- ]to[- ]door|поквартирн\p{L}* обход|подворов\p{L}* обход|үйді-үйге|үй-үйді аралап|answered (?:[\p{L}'’]+ ){0,2}questions|ответил\p{L}* на (?:\p{L}+ ){0,2}вопрос|сұрақтарына жауап бер|hosted (?:a|an) (?:[\p{L}-]+ ){0,2}(?:reading|lesson|presentation|quiz|exhibition)|открыт\p{L}* урок|ашық сабақ|классн\p{L}* час|сынып сағат|class hour|(?:ақпараттық|түсіндіру) шара|конференц|conference)/iu;
// A visit or a trip, in the meeting words and in the visit format: «сапар», «іссапар» (not
// the surname «Сапарова»), «поездка»; "visit" is added by each (the format keeps "visiting deputies" out).
const TRIP = String.raw`(?<![\p{L}])(?:іс)?сапар(?!(?:ов|ев|бек|ғали|али|гүл|хан)\p{L}*)|визит|поездк`;
export const MEETING = new RegExp(
  String.raw`(встреч|встрет|бесед|совещани|\bmet\b|\bmeets?\b|kezdes|jiyn|jıyn|kezdesý|собрани|заседани|кездес|жиын|жүздес|басқосу|бас қос\p{L}*|жолықт\p{L}*|meeting|met with|gathering|gathered|were briefed|${BRIEFED}|heard (?:a |the )?briefing|${HEARD_FROM}|собрал\p{L}*|жиналд\p{L}*|разъяснительн|түсіндір|explanatory|awareness|discuss|обсуди|обсужд|талқыл|таныстыр|танысты|танысып|ознакомил|дискусс|диалог|dialogue|debate|дебат|диспут|всеобуч|ликбез|пікірсайыс|пікірталас|лекци|lecture|${INFO_SESSION}|дәріс|семинар|seminar|форум|forum|forým|круглый стол|дөңгелек үстел|dóńgelek ústel|round ?table|митинг|rally|флешмоб|flash ?mob|пробег|автокеруен|автокараван|motorcade|шестви|шеру|пикет|picket|меморандум|memorandum|visit|${TRIP}|trip|акци[яиюе]|акциясы|поддержал|қолдады|supported|коллектив|ұжым|collective|жиналыс|кеңес\s+(?:өтті|болды|өткізілді)|${INFO_POINT}|${LIST_LABEL}|${RECEPTION})`,
  "iu",
);
const TOPIC =
  /(конституц|constitution|konst[iı]t|referend|ata zań|ata zañ|ата заң|негізгі заң|basic law|основн\p{L}* закон|референдум|referendum)/iu;
// ("told our correspondent", «рассказал корреспонденту», «тілшісіне айтты»: what one person said to the paper.)
const INTERVIEW =
  /(интервью|interview|сұхбат|(?:told|said to)\s+(?:\p{L}+\s+){0,2}correspondent|корреспонденту|тілшісіне|тілшімізге)/iu;
// (Meetings in the plural, "a month of meetings", are no one meeting held; nor
// is "she had held 38 meetings attended by …", in an interview.)
const MEETINGS_HELD =
  /(?<![\p{L}\p{N}])\d+\s+(?:meetings|встреч\p{L}*|кездесу\p{L}*),?\s+(?:attended|в которых|оларға)/iu;
// «1 500-ден астам түсіндіру кездесуі», «более 1 500 разъяснительных встреч»,
// "1,500 explanatory meetings": a count of meetings, which only a tally gives.
const COUNTED_MEETINGS =
  /(?<![\p{L}\p{N}])\d[\d\s,.]*(?:-\p{L}+)?\s+(?:мың\p{L}*\s+)?(?:(?:астам|жуық)\s+)?(?:(?:түсіндіру|ақпараттық|разъяснительн\p{L}*|информационн\p{L}*|explanatory|outreach|information)\s+)?(?:meetings|встреч(?![\p{L}])|кездесу\p{L}*)/iu;
const LEADING_NUMBER = new RegExp(`^${NUMBER}`, "u");
const HELD_MEETING =
  /(встреч|встрет|кездес(?!улер)|жиын|жүздес|собрани|\bmet\b|meeting(?!s)|gathering|круглый стол|дөңгелек үстел|dóńgelek ústel|round ?table|форум|forum|семинар|seminar|лекци|lecture)/iu;
const NUCLEAR = /(аэс|атомн\p{L}* электростанц|атом электр стан\p{L}*|nuclear power|nuclear plant|атом станция)/iu;
const BRIEFING = /(брифинг|briefing|пресс-конференц|press conference|баспасөз мәслихат)/iu;
// "The commission will hold its next meeting on 10 March", «следующее заседание
// комиссии»: a body's own sitting, which a briefing announces, is no meeting with people.
const SITTING =
  /((?:its|their)\s+(?:next\s+|regular\s+|extraordinary\s+)?meeting|meeting\s+of\s+the\s+(?:commission|CEC|government|cabinet|board)|(?:заседани|отырыс)\p{L}*\s+(?:\p{L}+\s+)?(?:комисси|ЦИК|правительств|үкімет|комиссия)\p{L}*)/giu;
// «Аким провел совещание по вопросам подготовки к весенне-полевым работам … Также
// аким напомнил о важности разъяснительной работы по проекту Конституции»: an
// officials' sitting on other business, where the draft only came up in an order.
const OTHER_BUSINESS =
  /(совещани|заседани|планерк|отырыс|кеңес|meeting|session)\p{L}*\s+(?:по\s+вопрос|по\s+подготовк|посвящ|on\s+(?:the\s+)?(?:issues|preparations?|matters)|\p{L}+\s+мәселелері\s+бойынша)/iu;
const REMINDED =
  /(напомнил|поручил|призвал|обратил\p{L}* внимание|подчеркнул\p{L}* важность|тапсырды|тапсырма берді|reminded|instructed|urged)/iu;
const PRECINCT_COMMISSIONS =
  /(precinct (?:election )?commissions?|участков\p{L}* (?:избирательн\p{L}* )?комисси|учаскелік (?:сайлау |референдум )?комиссия)/iu;
const COMMISSIONS_TRAINED = /(семинар|обучени|обучающ|тренинг|training|seminar|оқыту|оқу-жаттығу)/iu;
const CONSTITUTION =
  /(конституц|constitution|konst[iı]t|ata zań|ata zañ|ата заң|негізгі заң|basic law|основн\p{L}* закон)/iu;

// (The Constitutional Commission wrote 2026's draft; 2022's amendments had none.)
const Y2026 =
  /(жаңа конституция|jańa konst[iı]t|jaña konst[iı]t|jana konst[iı]t|жаңа конституцияның|нов\p{L}* конституци|обновл[её]нн\p{L}* конституци|new constitution|draft constitution|constitution draft|конституция жобас|(?:ата|негізгі) заң жобас|ata zań jobas|draft (?:of the )?basic law|проект\p{L}* (?:нов\p{L}* )?основн\p{L}* закон|проект\p{L}* (?:нов\p{L}* |обновл[её]нн\p{L}* )?конституци|халықтық конституция|конституционн\p{L}* комисси|конституциялық комиссия|constitutional commission|2026|15 марта|15 наурыз|march 15)/giu;
const Y2022 =
  /(поправк|amendment|түзету|өзгерістер мен толықтырулар|конституцияға (?:енгізілетін )?өзгеріс|изменени\p{L}* (?:и дополнени\p{L}* )?в конституц|2022|5 июня|5 маусым|june 5|жаңа қазақстан|нов\p{L}* казахстан|new kazakhstan|second republic|екінші республика|33 (?:articles|стат|бап))/giu;

export type Topic = { outreach: true } | { outreach: false; reason: "noEvent" | "otherReferendum" | "briefing" };

// The holiday (30 August) is not the referendum: its concerts and awards are no outreach; nor is
// the anniversary it marks («Ата заңның 30 жылдығы», «30-летие Конституции», "the Constitution's 30th anniversary").
const CONSTITUTION_DAY =
  /(Д(?:ень|ня|ню|нем|не) Конституции|Constitution Day|Конституция күн\p{L}*|(?:Ата заң|Конституция)\p{L}*\s+\d+\s+жылдығ\p{L}*|\d+-?лети\p{L}*\s+(?:действующей\s+)?Конституции|(?:\d+(?:th)?\s+anniversary\s+of\s+the\s+Constitution|Constitution['’]s\s+\d+(?:th)?\s+anniversary))/giu;

/** A meeting, a speech before an audience or outreach with no meeting (leaflets, a lesson) is told. */
export const tellsAnEvent = (text: string) =>
  [MEETING, SPEECH_TO_AUDIENCE, OUTREACH_WITHOUT_MEETING].some((re) => re.test(text));

export function topicOf(text: string): Topic {
  if (!TOPIC.test(text.replace(CONSTITUTION_DAY, " "))) return { outreach: false, reason: "noEvent" };
  if (NUCLEAR.test(text) && !CONSTITUTION.test(text)) return { outreach: false, reason: "otherReferendum" };
  // ("spoke to around 110 teachers about the draft": a speech before an audience is a meeting.)
  if (!tellsAnEvent(text)) return { outreach: false, reason: BRIEFING.test(text) ? "briefing" : "noEvent" };
  // A count of the meetings held (since the campaign began, «В них …») is a
  // running total, not one of them: in a briefing or an interview alike.
  const sentences = text.split(/(?<=[.!?])\s+|\n+/u);
  const untallied = sentences.filter((s) => !TALLY.test(s) && !MEETINGS_HELD.test(s) && !COUNTED_MEETINGS.test(s));
  if (
    BRIEFING.test(text) &&
    // ("Some 150 workers … heard a briefing on the draft from …", "an online briefing … for the heads
    // of regional employment centres": an audience's, no press briefing.)
    !/(встреч|кездес|meeting|коллектив|ұжым|collective|heard (?:a |the )?briefing|briefing(?:(?!\sthat\s)[^.!?,]){0,40}? for (?!(?:the )?(?:journalists|reporters|media|press))|брифинг\p{L}*[^.!?,]{0,40}? для (?!журналист|СМИ|представител\p{L}* СМИ))/iu.test(
      untallied.join(" ").replace(SITTING, " "),
    )
  ) {
    return { outreach: false, reason: "briefing" };
  }
  // Training the precinct commissions in the voting is the referendum's own work, not outreach.
  // (In a report of the new Constitution's referendum, a seminar for the commissions is that too.)
  const trained = sentences.some((s) => PRECINCT_COMMISSIONS.test(s) && COMMISSIONS_TRAINED.test(s));
  if (PRECINCT_COMMISSIONS.test(text) && (!CONSTITUTION.test(text) || trained))
    return { outreach: false, reason: "noEvent" };
  // («По данным управления, с февраля проведено более 500 встреч. В них …»: only the campaign's running total —
  // not a group's week, "held 12 meetings in three districts' villages".)
  const manyMeetings = (s: string) =>
    digitsValue(LEADING_NUMBER.exec(COUNTED_MEETINGS.exec(s)?.[0] ?? "")?.[1] ?? "0") >= 50;
  if (sentences.some(manyMeetings) && !untallied.some(tellsAnEvent)) return { outreach: false, reason: "noEvent" };
  // A sitting on other business that only reminds of the outreach is none of it.
  if (
    sentences.some((s) => OTHER_BUSINESS.test(s) && !CONSTITUTION.test(s)) &&
    sentences.every((s) => !CONSTITUTION.test(s) || REMINDED.test(s))
  )
    return { outreach: false, reason: "noEvent" };
  // A deputy's interview about the draft tells of no meeting held.
  // (Its answers, lines opening with a dash, are the deputy's words, not the report's: «— At a meeting in Aktobe …».)
  const answers = text.split("\n").filter((l) => /^\s*[—–-]/u.test(l));
  const reported = (s: string) => HELD_MEETING.test(s) && !answers.some((l) => l.includes(s));
  if (INTERVIEW.test(text) && !untallied.some(reported)) return { outreach: false, reason: "noEvent" };
  return { outreach: true };
}

export type CampaignRef = { slug: string; voteDate: string };

/**
 * The campaign: the one whose vote follows the event's date (within a year),
 * else the one the topic's words point to (new Constitution → 2026,
 * amendments → 2022).
 */
export function campaignOf(
  text: string,
  date: string | null,
  campaigns: CampaignRef[],
): { slug: string | null; uncertain: boolean } {
  const sorted = [...campaigns].sort((a, b) => a.voteDate.localeCompare(b.voteDate));
  const byYear = (year: string) => sorted.find((c) => c.voteDate.startsWith(year))?.slug ?? null;
  const n26 = text.match(Y2026)?.length ?? 0;
  const n22 = text.match(Y2022)?.length ?? 0;
  const byWords = n26 > n22 ? byYear("2026") : n22 > n26 ? byYear("2022") : null;
  if (date) {
    const next = sorted.find((c) => c.voteDate >= date && Date.parse(c.voteDate) - Date.parse(date) < 366 * 86_400_000);
    if (next) return { slug: next.slug, uncertain: byWords !== null && byWords !== next.slug };
  }
  return { slug: byWords ?? sorted.at(-1)?.slug ?? null, uncertain: byWords === null };
}

/**
 * A speech before an audience ("перед работниками выступил", "addressed"), or an
 * audience come to hear someone ("150 operators had come to hear Senator X",
 * «пришли послушать депутата»): a meeting with it.
 */
export const SPEECH_TO_AUDIENCE = new RegExp(
  String.raw`(перед [^.!?]{0,60}выступил\p{L}*|выступил\p{L}* перед|(?:рассказал|разъяснил)\p{L}*\s+(?:\p{Ll}+\s+)?(?:старшеклассник|учащ|школьник|студент|жител|работник|сотрудник|педагог|учител|медик|врач|ветеран|пенсионер|молод[её]ж|предпринимател|аграри|фермер|горняк|шахт[её]р|металлург|нефтяник|энергетик|железнодорожник)\p{L}*(?:ам|ям|и)(?![\p{L}])|addressed|spoke (?:[^.!?]{0,30} )?to(?![\p{L}])|алдында сөз сөйле\p{L}*|c(?:a|o)me to (?:hear|listen)|пришл\p{L}* (?:послушать|услышать)|тыңдауға (?:жиналды|келді)|(?:жастар|тұрғындар|студенттер|мұғалімдер|ұстаздар|зейнеткерлер|ардагерлер|жұмысшылар|кеншілер|дәрігерлер|оқушылар|кәсіпкерлер)(?:ға|ге)\s+[^.!?]{0,60}(?:түсіндірді|таныстырды|айтып берді|баяндады)|(?:explained|presented|outlined)\s+[^.!?]{0,80}?\sto\s+(?:(?:about|around|some|over|more than|nearly|almost)\s+)?(?:\d[\d,]*\s+)?(?:(?!journalists|reporters)[\p{Ll}-]+\s+){0,2}(?!journalists|reporters)(?:${PEOPLE_EN})(?![\p{L}]))`,
  "iu",
);

const FORMATS: Array<[EventFormat, RegExp]> = [
  // «Кездесуге … қатысты» after «меморандумға қол қойылды»: what was signed
  // names the event, whatever else the report calls it; not a memorandum
  // signed «Жиын соңында» (at the end of a meeting).
  [
    "memorandum_signing",
    /(?<!(?:соңында|в завершение|по итогам|в конце|at the end|following)[^.!?]*)(меморандум\p{L}*\s+(?:[^.!?]{0,40}\s)?(?:подписа|қол\s+қой|signed)|(?:подписа\p{L}*|signed|signing|қол\s+қою\p{L}*)\s+(?:[^.!?]{0,40}\s)?(?:меморандум|memorandum))/iu,
  ],
  ["round_table", /(круглый стол|круглого стола|круглом столе|дөңгелек үстел|dóńgelek ústel|round ?table)/iu],
  ["forum", /(форум|forum|forým)/iu],
  // («автопробег», «велопробег», «шествие», «автокеруен»: a drive, a ride, a motorcade or a march through town.)
  // («пикет в поддержку проекта»: a picket is one too.)
  ["rally", /(митинг|rally|шеру|флешмоб|flash ?mob|пробег|шестви|пикет|picket|автокеруен|автокараван|motorcade)/iu],
  // A debate tournament, a quiz or a contest on the Constitution is none of the
  // above, though its audience "gathered" («пікірсайыс турнирі … жиналды»); nor is a
  // concert («концерт собрал …»; not one a meeting ended with, «завершилась концертом»).
  [
    "other",
    // ("debate" and "quiz" alone are as often what a meeting did: "a lively debate", "workers quizzed the deputy";
    // "a student debate" is a contest.)
    /(турнир|tournament|пікірсайыс|дебат|debate (?:tournament|competition|club)|(?:student|students['’]|youth|school) debate|debating|викторин|олимпиад|olympiad|квест|брейн-ринг|brain[- ]ring|зияткерлік ойын|интеллектуальн\p{L}* игр|intellectual game|(?<!(?:завершил\p{L}*|закончил\p{L}*|сопровождал\p{L}*|ended with|followed by|соңында)\s+)(?:концерт|concert))/iu,
  ],
  // A meeting named as such wins over the visit it was part of; a visit wins
  // over words that only say the work was explanatory.
  [
    "meeting",
    new RegExp(
      String.raw`(встреч|встрет|собрани|совещани|заседани|бесед|разговор|кездес|жиын|жиналыс|жүздес|басқосу|бас қос|жолықт|әңгіме|kezdes|meeting|heard (?:a |the )?(?:briefing|presentation)|${HEARD_FROM}|${BRIEFED}|\bmet\b|talked with|gathering|gathered|собрал\p{L}*|жиналд\p{L}*)`,
      "iu",
    ),
  ],
  ["memorandum_signing", /(меморандум|memorandum)/iu],
  // ("The group visited the university, where 400 students attended a lecture": what they went to.)
  ["meeting", /(лекци|lecture|дәріс)/iu],
  // ("a visiting group of lawyers", "the visiting deputies": who came, not a visit.)
  [
    "visit",
    new RegExp(
      String.raw`(visit(?!ing\s+(?:\p{L}+\s+)?(?:group|team|delegation|deputies|speakers|lecturers|lawyers))|${TRIP}|working trip)`,
      "iu",
    ),
  ],
  // «информационная акция «Знай свою Конституцию»»: booklets handed out in the street.
  ["other", new RegExp(String.raw`(акци[яи]|акцию|акциясы|${INFO_POINT})`, "iu")],
  [
    "meeting",
    /(разъяснительн|түсіндір|explanatory|talked to|семинар|seminar|лекци|lecture|дәріс|discuss(?:ion|ed|ing|es)?(?![\p{L}])|обсуждени|диспут|всеобуч|ликбез|пікірталас|талқыла|диалогов\p{L}* площадк|диалог алаң|d[ıi]alog alań|túsindir|dialogue platform|(?<![\p{L}])диалог(?:а|е|ом|у)?(?![\p{L}])|(?<![\p{L}])dialogue(?![\p{L}]))/iu,
  ],
  ["meeting", SPEECH_TO_AUDIENCE],
  // (An akim's or a senator's reception of citizens is a meeting, as the set reads it.)
  ["meeting", new RegExp(`${LIST_LABEL}|${INFO_SESSION}|${RECEPTION}`, "iu")],
];

export function formatOf(text: string): { format: EventFormat; match: RegExpExecArray | null } {
  for (const [format, re] of FORMATS) {
    const m = re.exec(text);
    if (m) return { format, match: m };
  }
  return { format: "other", match: null };
}

// "Напомним, ранее, 20 февраля, … в Шымкенте", "Айта кетейік, бұған дейін …
// Сәтбаев қаласында", "Earlier in February, … in Pavlodar": another meeting,
// told as background. It starts no meeting of its own, its organisations take
// no part, and its place counts as little as a place inside a name.
export const BACKGROUND =
  /^(?:Напомним|Ранее|Прежде|Кстати|Как известно|Айта кетейік|Айта кету керек|Еске сала кетейік|Белгілі болғандай|Бұған дейін|Бұдан бұрын|Earlier|Previously|Recall that|As is known)(?![\p{L}])/u;
// «Проект … был опубликован 20 января для всенародного обсуждения», «жоба
// жалпыхалықтық талқылауға 20 қаңтарда ұсынылды»: when the
// draft was made public (or the vote called by decree) is no meeting's day,
// though "discussion" is a meeting's word.
const DRAFT_MADE_PUBLIC =
  /(опубликова\p{L}*|обнародова\p{L}*|(?<![\p{L}])published|made public|жариялан\p{L}*|signed (?:a|the) decree|подписал\p{L}* указ|Жарлыққа қол қой\p{L}*|талқылауға ұсын\p{L}*|вынес\p{L}* на (?:всенародное |общественное )?обсуждение|put (?:up )?for (?:public |nationwide )?discussion|submitted for (?:public |nationwide )?discussion)/iu;
// "Since January, more than 900 such meetings have been held, reaching 64,000
// residents": the campaign's running total, not who came to this meeting.
// («За прошедшую неделю … состоялось более 200 встреч. В них приняли участие
// свыше 35 тысяч человек»: a week's or a month's meetings, and who came to them all.)
// (Kazakh counts in the singular, «500-ден астам осындай кездесу»; uncounted, «Сәтбаев
// қаласында да осындай кездесу болды» is one more meeting.)
const TALLY =
  /((?<![\p{L}\d])\d{2,}[\d,]*\s+(?:(?:explanatory|outreach|information|awareness|public)\s+)?meetings|(?<![\p{L}\d])\d{2,}\s+(?:(?:разъяснительн|информационн|выездн)\p{L}*\s+)?встреч|such meetings|these meetings|similar meetings|подобных встреч|таких встреч|аналогичных встреч|(?:\d|жүз|мың|ондаған|жүздеген|бірнеше)[^.!?]{0,20}?(?:осындай|мұндай) (?:кездесу|жиын)|(?:осындай|мұндай) (?:кездесулер|жиындар)|с начала (?:года|января|февраля|марта|кампании)|since (?:the start of |the beginning of )?(?:january|february|march|the campaign)|басынан бері|содан бері|с тех пор|since then|(?:қаңтар|ақпан|наурыз)\p{L}*\s+(?:бері|бастап)|(?:за|в течение) (?:прошедш|минувш|последн)\p{L}* (?:недел|месяц|дв[еу]х недел)\p{L}*|(?:over|in|during) the (?:past|last) (?:week|month|fortnight)|соңғы (?:апта|ай)да|(?:өткен|соңғы) (?:апта|ай)(?:ның ішінде|\s+ішінде)|^\s*(?:В них|They were attended by|Оларға))/iu;

/** A running total or background («Напомним, …»): not this meeting's. */
export const aside = (t: string) => TALLY.test(t) || BACKGROUND.test(t);
/** …nor the draft's own story ("published for discussion on Jan. 20"): no sentence about the meeting. */
export const aboutNoMeeting = (t: string) => aside(t) || (DRAFT_MADE_PUBLIC.test(t) && !HELD_MEETING.test(t));
