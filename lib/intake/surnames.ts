// A person named in full once and later by surname alone ("Nurmanov and the
// head of the department spoke", «Нурманов рассказал»): the later mention is
// theirs too, so a second meeting of the same report counts them among its
// speakers. A surname may carry a case ending (Нурманова, Нұрмановқа). So is
// a sentence opening with the title of the one person who holds it ("The
// senator also visited the plant", «Сенатор также посетил …»).
import type { Sentence } from "./clean";
import type { FoundPerson } from "./people";
import type { Span } from "./types";

export function withSurnameMentions(people: FoundPerson[], sentences: Sentence[]): FoundPerson[] {
  const taken: Span[] = people.flatMap((p) => p.spans);
  const free = (sp: Span) => !taken.some((t) => sp.start < t.end && t.start < sp.end);
  for (const p of people) {
    const words = p.name.split(/\s+/);
    const surname = words.at(-1) ?? "";
    // Initials or a short name ("Ким") would match too much.
    if (words.length < 2 || surname.length < 5 || !/^\p{Lu}[\p{L}-]+$/u.test(surname)) continue;
    const re = new RegExp(`(?<![\\p{L}])${surname}\\p{Ll}{0,4}(?![\\p{L}])`, "gu");
    for (const s of sentences) {
      for (const m of s.text.matchAll(re)) {
        const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        if (!free(span)) continue;
        p.spans.push(span);
        taken.push(span);
      }
    }
  }
  for (const s of sentences) {
    const m = TITLE_OPENING.exec(s.text);
    const title = m?.[1]?.toLowerCase();
    if (!m || !title) continue;
    const titled = new RegExp(`(?<![\\p{L}])${title}`, "iu");
    const holders = people.filter((p) => p.role && titled.test(p.role));
    const span = { start: s.start + m.index + m[0].length - title.length, end: s.start + m.index + m[0].length };
    if (holders.length !== 1 || !free(span)) continue;
    holders[0]?.spans.push(span);
    taken.push(span);
  }
  return people;
}

// A title alone, not before a name ("The senator also…", not "Senator Nurlan Bekenov").
const TITLE_OPENING =
  /^(?:(?:later|then|afterwards|затем|потом|позже|кейін|содан кейін),?\s+)?(?:the\s+)?(senator|deputy|akim|minister|governor|mayor|сенатор|депутат|аким|әкім|министр)(?=\s+\p{Ll})/iu;
