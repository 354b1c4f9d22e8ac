// People an article names who did not speak at its meeting: the piece's
// authors and photographers, the head of state cited, and those who asked
// questions from the floor.
// A short line about the photo or the piece's author: a caption or a byline.
export const FURNITURE =
  /(фото|photo|сурет|автор|author|корреспондент|журналист|фотограф|тілші|редактор|editor|reporter|reporting by|editing by|written by)/i;

// "told Kazinform correspondent Aliya Nurova", «корреспонденту агентства
// Алие Нуровой»: who wrote the report, not who spoke at the meeting.
const REPORTER_BEFORE =
  /(?:корреспондент|журналист|фотограф|тілші|correspondent|journalist|reporter|photographer)\p{L}*(?:\s+\p{Ll}+){0,2}\s*$/iu;

// The head of state, quoted or cited, is no speaker at a meeting: every case form
// in Cyrillic (Токаева = of Tokayev); in Latin letters the name itself only
// ("Aliya Tokayeva" is someone else).
export const NOT_SPEAKERS = /^(токаев|тоқаев|назарбаев)|^(tokaev|tokayev|nazarbaev|nazarbayev)(?:'s|’s)?$/;

// Someone who asked a question came to the meeting, not to speak at it
// («Машинист Серик Жолдасов спросил …», "Azamat Nurbekov wanted to know …",
// «Кәсіпкер Гүлжан Мәдиева … туралы сұрақ қойды»).
const ASKED_AFTER =
  /^,?\s*(?:спросил|поинтересовал|интересовал|задал\p{L}* вопрос|asked (?:whether|if|about|how|what|why|when|a question|questions)|wanted to know|[^.!?;]*(?:сұрақ(?:тар)?ы?н? (?:қойды|жолдады)|(?:туралы|жайлы|жөнінде|деп) сұрады)[.!?]?\s*$)/iu;

// "Senator Olzhas Bektenov's adviser Marat Ismailov": the one whose adviser spoke did not.
const POSSESSED_BY = /^\s+(?:[\p{Ll}-]+\s+){1,4}\p{Lu}/u;

// («жастар депутат Айдос Сарымға сұрақтарын қойды»: the one asked, in the dative, is no asker.)
const ASKED_OF = /(?:ға|ге|қа|ке)$/u;

// «– деді 87 жастағы ардагер Мұхтар Сәрсенов», "87-year-old veteran …": someone
// introduced by age came to the meeting; its speakers are introduced by title.
const AGE_BEFORE = /(?:\d{1,3}\s*(?:жастағы|жасар|-?летн\p{L}*)|\d{1,3}-year-old)(?:\s+[\p{Ll}-]+){0,3}\s*$/u;

// The jobs of those who come to meetings (not of those who speak at them).
// («машинист», Kazakh «экскаватор машинисі»: the stem both write.)
export const AUDIENCE_JOB =
  "(?:worker|foreman|operator|driver|miner|student|pensioner|retiree|resident|villager|teacher|nurse|surgeon|participant|engineer|mechanic|machinist|electrician|welder|farmer|рабоч|бригадир|машинис|оператор|водител|шахт[её]р|горняк|студент|пенсионер|жител|учител|медсестр|хирург|участни|инженер|механик|электрик|сварщик|фермер|кенші|жұмысшы|зейнеткер|тұрғын|мұғалім|ұстаз|қатысушы|жүргізуші|шопан|диқан|мейірбике|оқытушы|слесар|проходчик|забойщик|бурильщик|буровик|горнорабоч|driller|tunnel)\\p{L}*";
// «"…," said electrolysis shop foreman Daniyar Serikov», «…», – отметила
// студентка Айгерим …, «…, – деді кенші …»: someone who gives their view of
// the meeting after it, named by a job of the audience's kind, came to it.
const REACTION_BEFORE = new RegExp(
  String.raw`(?:[»"”]\s*,?|[,.]?\s*[–—])\s*(?:said|says|added|noted|recalled|shared|отметил[аи]?|сказал[аи]?|добавил[аи]?|поделил(?:ся|ась|ись)(?:\s+впечатлениями)?|говорит|деді|дейді|қосты|атап өтті)\s+(?:[\p{L}-]+\s+){0,3}?${AUDIENCE_JOB}(?:\s+[\p{Ll}-]+){0,3}\s*$`,
  "iu",
);
// "Viktor Shevchenko, 52, a crane operator", «Айгерим Садыкова, 19 лет,
// студентка»: someone given an age and a job of the audience's kind came to
// the meeting ("Senator Murat Baizhanov, 54, led the meetings" still spoke).
const AGE_AFTER = new RegExp(
  String.raw`^\s*,\s*\d{1,3}(?:\s*(?:года?|лет|жаста))?\s*,\s*(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?${AUDIENCE_JOB}`,
  "iu",
);

// «"…," said Aigerim Tulegenova, a nurse at the regional hospital», «…», –
// сказала Айгерим Тулегенова, медсестра …: someone quoted on the meeting and
// then given a job of the audience's kind came to it.
const QUOTED_BEFORE = new RegExp(
  String.raw`(?:[»"”]\s*,?|[,.]?\s*[–—])\s*(?:said|says|added|noted|recalled|shared|отметил[аи]?|сказал[аи]?|добавил[аи]?|рассказал[аи]?|поделил(?:ся|ась))\s*$`,
  "iu",
);
const JOB_AFTER = new RegExp(String.raw`^\s*,\s*(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?${AUDIENCE_JOB}`, "iu");

// «"…," smelter foreman Yerlan Bekov told Kazinform after the meeting»: the same, the verb after the name.
const QUOTE_JOB_BEFORE = new RegExp(
  String.raw`[»"”]\s*,?\s*(?:[\p{L}-]+\s+){0,3}?${AUDIENCE_JOB}(?:\s+[\p{Ll}-]+){0,3}\s*$`,
  "iu",
);
const SAID_AFTER = /^\s+(?:told|said|says|added|noted)(?![\p{L}])/u;

// «машинист тепловоза Бекзат Орынбасаров, который пришел на встречу», "…, who came to the meeting",
// «кездесуге келген машинист …»: someone said to have come to the meeting came to listen ("the Minister,
// who attended, said …", «кездесуге келген депутат …» may have spoken).
const CAME_AFTER =
  /^\s*,\s*(?:который|которая|кто|who)\s+(?:(?:тоже|также|also|too)\s+)?(?:пришел|пришла|пришёл|came)\s+(?:на|to)(?![\p{L}])/iu;
const CAME_BEFORE = new RegExp(
  String.raw`(?:[Кк]ездесуге|[Жж]иынға)\s+келген\s+(?:[\p{Ll}-]+\s+){0,2}?${AUDIENCE_JOB}(?:\s+[\p{Ll}-]+){0,2}\s*$`,
  "u",
);

/** Whether the name at `start`–`end` of `text` is of the piece's reporter, or of someone who came to listen. */
export const notSpeakingHere = (text: string, start: number, end: number) => {
  const before = (n: number) => text.slice(Math.max(0, start - n), start);
  const after = text.slice(end);
  return (
    REPORTER_BEFORE.test(before(50)) ||
    (ASKED_AFTER.test(after) && !ASKED_OF.test(text.slice(start, end))) ||
    (/['’]s$/u.test(text.slice(start, end)) && POSSESSED_BY.test(after)) ||
    AGE_BEFORE.test(before(50)) ||
    AGE_AFTER.test(after) ||
    CAME_AFTER.test(after) ||
    CAME_BEFORE.test(before(60)) ||
    REACTION_BEFORE.test(before(80)) ||
    (QUOTE_JOB_BEFORE.test(before(60)) && SAID_AFTER.test(after)) ||
    (QUOTED_BEFORE.test(before(40)) && JOB_AFTER.test(after))
  );
};
