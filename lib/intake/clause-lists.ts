// The words that introduce a meeting, and the clauses of a sentence that
// lists several meetings under one verb («… тұрғындармен, … мұғалімдермен, ал
// … кездесулер өтті», «…, в Меркенском районе — с учителями …», «Алғашқысы
// …, екіншісі … өтті»): each shares the verb of another.
import { CLAUSE_OPENER, type Sentence } from "./clean";

// («В селе Сарыкемер во встрече приняли участие …» opens a meeting; «Во встрече
// приняли участие …» opening its sentence is the one told before.)
export const INTRODUCES =
  /(кездесіп|кездесті|(?:кездес|жүздес)се,$|(?:кездесу|жүздесу|әңгіме)[^.!?]{0,80}(?:өтті|болды|өткізілді)|кездесу ұйымдастыр|(?:кездесу|жиын) өткізді|жүздесіп|жүздесті|жиын (?:өтті|болды)|\p{L}+(?:мен|бен|пен) өткен (?:кездесу|жиын)|kezdesip|kezdesti|kezdesý[^.!?]{0,80}(?:ótti|boldy)|(?:^|\s)(?:Алғашқысы|Біріншісі|Alǵashqysy|Birinshisi)\s[^.!?]{0,80}(?:өтті|болды|ótti|boldy)|(?:^|\s)(?:Перв|Втор|Трет)\p{L}*(?:\s+встреч\p{L}*)?\s+(?:прошла|состоялась)|(?:^|\s)[Tt]he (?:first|second|third)(?: meeting| one)? (?:took place|was held)|встретил\p{L}*|встреч\p{L}* с |(?:прошла|состоялась) встреча|(?:аналогичн|подобн|такая же)\p{L}* встреча (?:прошла|состоялась)|(?<=[\p{L},]\s+)(?:во|на) встрече (?:приняли|принял\p{L}*) участие|провел\p{L}* встречу|(?<![\p{L}])met(?![\p{L}])|meeting with|held a meeting|a meeting was held|talked with|talked to|spoke with|discussed (?:[^.!?]{0,40} )?with (?=[A-Z]|(?:a|an|the) )|побеседовал\p{L}* с|пообщал\p{L}* с|провел\p{L}* беседу|разговор (?:ш[её]л|состоялся) с|беседа (?:прошла|состоялась) с|әңгімелесті|сұхбаттасты|жолықты|бас қосты|gathered (?:at|in) the|gathered to hear|собрались (?:в|во|на) |(?<![\p{L}])(?:жиналды|jınaldy|jinaldy)(?![\p{L}]))/iu;

// («Алғашқысы … үйінде, | екіншісі … мектепте, | үшіншісі … клубта өтті»: each meeting a report counts off
// shares the verb the last one ends with.)
const ORDINAL =
  /^(?:алғашқысы|біріншісі|екіншісі|үшіншісі|төртіншісі|соңғысы|первая|вторая|третья|четв[её]ртая|последняя|the first|the second|the third|the fourth|the last)\s/iu;
const HELD = /(?:өтті|болды|өткізілді|ótti|boldy|прошл\p{L}*|прош[её]л|состоял\p{L}*|took place|was held)[.!?]?$/u;
export const countedOnward = (sentences: Sentence[], j: number): boolean => {
  const text = sentences[j]?.text ?? "";
  return ORDINAL.test(text) && (HELD.test(text) || (/,$/u.test(text) && countedOnward(sentences, j + 1)));
};
// («…, | в Меркенском районе — с учителями …, | а в Шуском районе — с жителями …»: a clause whose verb is left
// out, a dash in its place, shares the one of the clauses before it.)
export const ELIDED = /^(?:(?:а|и)\s+)?(?:в|во|на)\s+[^—–,]{1,60}[—–]\s+(?:с|со)\s/u;
export const verbBefore = (sentences: Sentence[], j: number): boolean => {
  const before = sentences[j - 1]?.text ?? "";
  return /,$/u.test(before) && (INTRODUCES.test(before) || (ELIDED.test(before) && verbBefore(sentences, j - 1)));
};
// («Іле … кентінде тұрғындармен, | Қарасай … мұғалімдермен, | ал Талғар … кездесулер өтті»: each with-whom
// clause of a Kazakh list shares the verb its last clause ends with.)
export const sharedOnward = (sentences: Sentence[], j: number): boolean => {
  const next = sentences[j + 1]?.text ?? "";
  return (
    /(?:мен|бен|пен),$/u.test(sentences[j]?.text ?? "") &&
    ((CLAUSE_OPENER.test(next) && INTRODUCES.test(next)) || sharedOnward(sentences, j + 1))
  );
};
