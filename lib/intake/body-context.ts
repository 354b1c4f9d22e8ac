// The words around a body's name that say what it was to the meeting: it held
// it (or it was held in its hall), a speaker belongs to it, or it signs the
// release as its press service.
import { ROLE_WORDS } from "./roles";

// A body that held or organised the meeting is its host, not a speaker's body;
// one whose deputy or secretary held it ("Депутат … маслихата провел") is not.
export const HELD_AFTER =
  /^[^.!?]{0,160}?(?<![\p{L}])(?:held|organi[sz]ed|hosted|convened|invited|gathered|провел[аио]?|провёл|организовал[аио]?|пригласил[аио]?|собрал[аио]?|өткізді|ұйымдастырды|ұйымдастыруымен|шақырды|жинады)(?![\p{L}])/iu;
// «облыс әкімдігінің мәжіліс залында», «в актовом зале акимата»: held in the body's own hall.
export const HALL_AFTER = /^\s*(?:мәжіліс|конференц|акт|үлкен|кіші)?-?\s*зал\p{L}*/iu;
// ("met … at the Talgar district akimat": in its building, in English.)
export const HALL_BEFORE = /(?:^|\s)(?:(?:в|во)\s+(?:(?:актовом|большом|малом|конференц-)\s*)?зале|at\s+the)\s+$/iu;
export const HELD_BEFORE =
  /(?:провел[аио]?|провёл|организовал[аио]?|organi[sz]ed by|held by|hosted by)\s+(?:the\s+)?$/iu;
export const ROLE_BEFORE =
  /(?:депутат\p{L}*|секретар\p{L}*|председател\p{L}*|заместител\p{L}*|руководител\p{L}*|deputy|secretary|chairman|chair|member|head|speaker)\s+(?:of\s+(?:the\s+)?)?$/iu;
export const ROLE_TITLE =
  /^(?:Депутат\p{L}*|Секретар\p{L}*|Председател\p{L}*|Заместител\p{L}*|Deputy|Secretary|Chairman|Head)\s+/u;
export const ROLE_AFTER =
  /^\s*(?:депутат\p{L}*|хатшы\p{L}*|төраға\p{L}*|басшы\p{L}*|орынбасар\p{L}*|deputy|secretary|chairman)/iu;

// A quoted body followed by a title and a name is that speaker's own («… бірлестігінің төрағасы Дана …»).
const QUOTED_ROLE_AFTER =
  /^[»"”]?\s*(?:[\p{Ll}-]+\s+){0,3}(?:төраға|басшы|хатшы|орынбасар|жетекші|директор|председател|руководител|tóraǵa|basshy|hatshy|orynbasar|jetekshi|dırektor|chairman|chair|head|director)\p{L}*(?:\s+(?:орынбасар|orynbasar)\p{L}*)?\s+\p{Lu}/u;
// …or, in Russian and English, a title before it and the name right after
// («председатель районного филиала партии «AMANAT» Жанат Есимова»).
const TITLE_BEFORE = new RegExp(`(?:${ROLE_WORDS.source})\\p{L}*\\s+[^.!?«»]{0,60}[«"“]?$`, "iu");
const NAME_AFTER = /^[»"”]?\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
const OPENED = /(?<![\p{L}])(?:ашты|ashty|открыл\p{L}*|opened)(?![\p{L}])/u;
/**
 * A body named from `start` to `end` only in a speaker's title, in `sentence`:
 * it says whose they are, not who held the meeting, unless they opened it.
 */
export const speakersOwn = (text: string, start: number, end: number, sentence: string) =>
  (QUOTED_ROLE_AFTER.test(text.slice(end, end + 80)) ||
    (TITLE_BEFORE.test(text.slice(Math.max(0, start - 80), start)) && NAME_AFTER.test(text.slice(end, end + 40)))) &&
  !OPENED.test(sentence);

export const PRESS_SERVICE_BEFORE = /(?:пресс-служб\p{L}*|press service of(?: the)?|press office of(?: the)?)\s*$/iu;
// ("… met on Saturday, the Talgar district akimat said": the body that told of it, as its press service.)
export const PRESS_SERVICE_AFTER =
  /^\s*(?:баспасөз қызмет|пресс-служб|press service|(?:said|says|reported|reports|announced)(?![\p{L}]))/iu;
