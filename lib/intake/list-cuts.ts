// Where a sentence that lists several meetings, one verb for all, is cut into
// a clause for each (clean.ts cuts there; segments.ts reads the clauses as
// meetings of their own when each has something of its own).
// «Алғашқысы … мәдениет үйінде, екіншісі … мектепте, үшіншісі … клубта өтті», «первая …, вторая — в …»: each
// of the meetings a report counts off, the verb at the end of the last (not "…, the second largest city").
export const ORDINAL_OPENS =
  /,\s+(?=(?:екіншісі|үшіншісі|төртіншісі)\s|(?:вторая|третья|четв[её]ртая)(?:\s+встреча)?\s+(?:[—–]|прошла|состоялась|в|во|на|с)\s|the\s+(?:second|third|fourth)\s+(?:one|meeting)\s)/giu;
// «… встретились с работниками ТОО «…», в Меркенском районе — с учителями …»: a place and a dash, the
// verb left out, tell the next meeting of a list.
export const ELIDED_OPENS = /,\s+(?=(?:в|во|на)\s+(?:[\p{L}-]+\s+){1,3}[—–]\s+(?:с|со)\s)/gu;
// «Іле ауданының … кентінде тұрғындармен, Қарасай ауданындағы Қаскелең қаласында мұғалімдермен, ал …»:
// a Kazakh list of with-whom clauses, each at its own place, before the verb they share.
export const KAZAKH_LIST_OPENS =
  /(?<=\p{L}(?:мен|бен|пен)),\s+(?=\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:ауданының|ауданындағы|ауылында|ауданында|қаласында|кентінде)(?![\p{L}]))/gu;
