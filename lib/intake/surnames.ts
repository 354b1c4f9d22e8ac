// A person named in full once and later by surname alone ("Nurmanov and the
// head of the department spoke", «Нурманов рассказал»): the later mention is
// theirs too, so a second meeting of the same report counts them among its
// speakers. A surname may carry a case ending (Нурманова, Нұрмановқа).
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
  return people;
}
