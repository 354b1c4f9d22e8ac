import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyBody, UNLINK_SOURCE } from "./event-fields";
import {
  LIST_TEXT,
  organizationLines,
  organizationsFromLines,
  parseSpeaker,
  speakerLines,
  speakersFromLines,
} from "./event-fields-text";
import { formValuesFromData } from "./event-form-data";
import { ORG_ROLES } from "../domain/enums";
import { foldCase } from "../search/normalize";

// Names and roles as people write them (no list separators, no brackets).
const word = fc.stringMatching(/^[A-Za-zА-Яа-яӘәҚқҰұІі][A-Za-zА-Яа-яӘәҚқҰұІі.-]{0,11}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
const ref = fc.oneof(
  fc.record({ id: fc.integer({ min: 1, max: 10_000 }), name: phrase }),
  phrase.map((name) => ({ name })),
);
const uniqueBy = <T>(name: (x: T) => string) => ({ selector: (x: T) => foldCase(name(x)) });

const speakers = fc.uniqueArray(
  fc.record({ person: ref, role: fc.oneof(fc.constant(""), phrase), organization: fc.option(ref, { nil: null }) }),
  { ...uniqueBy((s: { person: { name: string } }) => s.person.name), maxLength: 6 },
);
const organizations = fc.uniqueArray(fc.record({ organization: ref, role: fc.constantFrom(...ORG_ROLES) }), {
  ...uniqueBy((o: { organization: { name: string } }) => o.organization.name),
  maxLength: 6,
});

describe("speakers and organisations as lines (the form without JavaScript)", () => {
  it("splits a speaker into name and role", () => {
    expect(parseSpeaker("Қошанов Е. (Мәжіліс төрағасы)")).toEqual({ name: "Қошанов Е.", role: "Мәжіліс төрағасы" });
    expect(parseSpeaker("Ivanov — akim")).toEqual({ name: "Ivanov", role: "akim" });
    expect(parseSpeaker("Seitkali")).toEqual({ name: "Seitkali", role: null });
  });

  it("lines left as they were change nothing: same records, roles and organisations", () => {
    fc.assert(
      fc.property(speakers, organizations, (s, o) => {
        expect(speakersFromLines(speakerLines(s), s)).toEqual(s);
        const text = { host: organizationLines(o, "host"), participant: organizationLines(o, "participant") };
        const back = organizationsFromLines(text, o);
        const key = (x: { role: string; organization: { name: string } | null }) => `${x.role}|${x.organization?.name}`;
        expect(back.map(key).sort()).toEqual(o.map(key).sort());
        expect(back.every((x) => o.some((y) => y.organization === x.organization))).toBe(true);
      }),
    );
  });

  it("a name already on the event keeps its record whatever its case; a new name is a new reference", () => {
    const kept = [{ person: { id: 7, name: "Қошанов Е." }, role: "chair", organization: { id: 3, name: "Mazhilis" } }];
    expect(speakersFromLines("ҚОШАНОВ Е. (спикер)\nAida Seitkali — akim\n\n", kept)).toEqual([
      { person: { id: 7, name: "Қошанов Е." }, role: "спикер", organization: { id: 3, name: "Mazhilis" } },
      { person: { name: "Aida Seitkali" }, role: "akim", organization: null },
    ]);
    expect(speakersFromLines("", kept)).toEqual([]);
    const orgs = organizationsFromLines({ host: "Kazphosphate; Akimat", participant: "" }, [
      { organization: { id: 2, name: "akimat" }, role: "participant" },
    ]);
    expect(orgs).toEqual([
      { organization: { name: "Kazphosphate" }, role: "host" },
      { organization: { id: 2, name: "akimat" }, role: "host" },
    ]);
  });

  it("a posted form without JavaScript takes the lists from its text fields", () => {
    const data = new FormData();
    data.set("speakers", JSON.stringify([{ person: { id: 4, name: "Erlan" }, role: "", organization: null }]));
    data.set("organizations", "[]");
    data.set(LIST_TEXT.speakers, "Erlan (akim)\nDana");
    data.set(LIST_TEXT.host, "Kazakhmys");
    data.set(LIST_TEXT.participant, "");
    data.set(
      "sources",
      JSON.stringify([
        { id: 3, title: "Akimat release" },
        { id: 9, title: "Kazinform" },
      ]),
    );
    data.append(UNLINK_SOURCE, "3");
    const v = formValuesFromData(data);
    expect(v.sources).toEqual([{ id: 9, title: "Kazinform" }]);
    expect(v.speakers.map(({ person, role }) => ({ person, role }))).toEqual([
      { person: { id: 4, name: "Erlan" }, role: "akim" },
      { person: { name: "Dana" }, role: "" },
    ]);
    expect(v.organizations.map(({ organization, role }) => ({ organization, role }))).toEqual([
      { organization: { name: "Kazakhmys" }, role: "host" },
    ]);
    // With JavaScript the text fields are not posted: the JSON rows stand.
    expect(formValuesFromData(new FormData()).speakers).toEqual(emptyBody({}).speakers);
  });
});
