// Does a draft report a meeting we already have — stored, or another draft of
// the same batch? Across languages and scripts the words differ, so the
// evidence is what does not: the region (the blocking key), the day, the
// district, the speakers (Қошанов = Кошанов by their skeleton) and the
// organisations, and the article's own address.
import { personKey, sameperson } from "./person-key";
import type { Reason } from "./reasons";
import type { Draft } from "./types";

const daysBetween = (a: string, b: string) => Math.round(Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000);
// A day apart or the same day with one more sign, a speaker with the date,
// or the same article: one meeting.
const ENOUGH = 3;

type Side = {
  date: string | null;
  districtId: number | null;
  url: string | null;
  speakers: Array<{ id: number | null; names: string[] }>;
  organizations: Array<{ id: number | null; key: string | null; name: string }>;
};

export const draftSide = (d: Draft, url: string | null, orgKeyOf: (name: string) => string): Side => ({
  date: d.date,
  districtId: d.district?.id ?? null,
  url,
  speakers: d.speakers.map((s) => ({ id: s.personId, names: [s.name] })),
  organizations: d.organizations.map((o) => ({ id: o.organizationId, key: orgKeyOf(o.name), name: o.name })),
});

// «Жүнісова» in Kazakh, "Zhunusova" after the Russian form «Жунусова»: a
// name's Kazakh and Russian spellings differ in vowels, not in consonants. Here
// only, beside the day and the place, the same consonants and first initial
// are one speaker.
const consonants = (surname: string) => surname.replace(/[aeiouy]/g, "");
function sameSpeaker(a: string, b: string): boolean {
  const [ka, kb] = [personKey(a), personKey(b)];
  if (sameperson(ka, kb)) return true;
  const [sa = "", ga] = ka.split("|");
  const [sb = "", gb] = kb.split("|");
  return !!ga && ga === gb && consonants(sa).length >= 4 && consonants(sa) === consonants(sb);
}

/** The reasons two reports look like one meeting, or null when they do not. */
export function looksSame(a: Side, b: Side): Reason[] | null {
  if (a.url && b.url && a.url === b.url) return [{ key: "sameSource" }];
  if (!a.date || !b.date) return null;
  const days = daysBetween(a.date, b.date);
  if (days > 3) return null;
  const reasons: Reason[] = [days === 0 ? { key: "sameDay" } : { key: "daysApart", days }];
  let score = days <= 1 ? 1 : 0;
  if (a.districtId !== null && a.districtId === b.districtId) {
    reasons.push({ key: "sameDistrict" });
    score += 1;
  }
  for (const s of a.speakers) {
    const other = b.speakers.find(
      (t) => (s.id !== null && s.id === t.id) || s.names.some((n) => t.names.some((m) => sameSpeaker(n, m))),
    );
    if (other) {
      const theirs = other.names[0];
      const mine = s.names[0] ?? "";
      reasons.push({ key: "speaker", names: theirs && theirs !== mine ? `${mine} / ${theirs}` : mine });
      score += 2;
    }
  }
  const shared = a.organizations.filter((o) =>
    b.organizations.some((p) => (o.id !== null && o.id === p.id) || (o.key !== null && o.key === p.key)),
  );
  if (shared.length) {
    reasons.push({ key: "organization", names: shared.map((o) => o.name).join(", ") });
    score += shared.length;
  }
  return score >= ENOUGH ? reasons : null;
}
