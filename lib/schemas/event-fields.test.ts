import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyOf, emptyBody, formValuesOf, type EventBody } from "./event-fields";
import { formValuesFromData } from "./event-form-data";
import { AUDIENCE_TYPES, DATE_PRECISIONS, EVENT_FORMATS, EVENT_STATUSES } from "../domain/enums";

const optional = (a: fc.Arbitrary<string>) => fc.option(a, { nil: null });
const text = fc.string({ minLength: 1, maxLength: 20 });
const body: fc.Arbitrary<EventBody> = fc.record({
  title: text,
  campaign: text,
  status: fc.constantFrom(...EVENT_STATUSES),
  date: fc.constant("2026-02-20"),
  datePrecision: fc.constantFrom(...DATE_PRECISIONS),
  region: fc.constant("KZ-31"),
  district: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
  locality: optional(text),
  format: fc.constantFrom(...EVENT_FORMATS),
  audiences: fc.uniqueArray(fc.constantFrom(...AUDIENCE_TYPES)),
  audienceSize: fc.option(fc.integer({ min: 1, max: 200_000 }), { nil: null }),
  audienceEstimate: fc.boolean(),
  summary: optional(text),
  speakers: fc.array(
    fc.record({
      person: fc.record({ id: fc.integer({ min: 1, max: 99 }) }),
      role: fc.constant(null),
      organization: fc.constant(null),
    }),
    { maxLength: 3 },
  ),
  organizations: fc.array(
    fc.record({
      organization: fc.record({ name: text }),
      role: fc.constantFrom("host" as const, "participant" as const),
    }),
    { maxLength: 3 },
  ),
  sources: fc
    .tuple(
      fc
        .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 3 })
        .map((ids) => ids.map((id) => ({ id, title: `T${id}` }))),
      fc.option(
        fc.record({
          title: optional(text),
          url: fc.constant("https://example.kz/a"),
          outlet: optional(text),
          publishedAt: optional(fc.constant("2026-02-19")),
          text: optional(text),
        }),
        { nil: null },
      ),
    )
    .map(([linked, fresh]): EventBody["sources"] => [...linked, ...(fresh ? [fresh] : [])]),
});

// The form shows "" for an empty text and posts it back; the schema turns it into null.
const normalised = (b: EventBody) => ({
  ...b,
  locality: b.locality ?? "",
  summary: b.summary ?? "",
  speakers: b.speakers.map((s) => ({ ...s, role: s.role ?? "" })),
});

function post(values: ReturnType<typeof formValuesOf>): FormData {
  // What the browser posts for the form's controls (event-form.tsx names them so).
  const data = new FormData();
  for (const k of [
    "title",
    "campaign",
    "status",
    "date",
    "datePrecision",
    "region",
    "district",
    "locality",
    "format",
    "audienceSize",
    "summary",
  ] as const)
    data.set(k, values[k]);
  for (const a of values.audiences) data.append("audiences", a);
  if (values.audienceEstimate) data.set("audienceEstimate", "on");
  data.set("speakers", JSON.stringify(values.speakers));
  data.set("organizations", JSON.stringify(values.organizations));
  data.set("sources", JSON.stringify(values.sources));
  for (const k of ["title", "url", "outlet", "publishedAt", "text"] as const) {
    data.set(`newSource.${k}`, values.newSource[k]);
  }
  return data;
}

describe("the event's field description", () => {
  it("body → form values → body keeps every field", () => {
    fc.assert(
      fc.property(body, (b) => {
        expect(bodyOf(formValuesOf(b))).toEqual(normalised(b));
      }),
    );
  });

  it("a posted form reads back as the values it was rendered from", () => {
    fc.assert(
      fc.property(body, (b) => {
        const values = formValuesOf(b);
        expect(bodyOf(formValuesFromData(post(values)))).toEqual(bodyOf(values));
      }),
    );
  });

  it("a tampered speakers field reads as no speakers, not an error", () => {
    const data = post(formValuesOf(emptyBody({})));
    data.set("speakers", "[not json");
    data.set("organizations", JSON.stringify([{ organization: 5, role: "boss" }]));
    const v = formValuesFromData(data);
    expect(v.speakers).toEqual([]);
    expect(v.organizations).toEqual([]);
  });
});
