// A posted event form back into the form's values. Kept apart from
// ./event-fields.ts so the form's browser code does not load zod with the page.
import { z } from "zod";
import { one, ownValuesFromData, rowKey, UNLINK_SOURCE, type FormValues } from "./event-fields";
import { LIST_TEXT, organizationsFromLines, speakersFromLines } from "./event-fields-text";
import { ORG_ROLES } from "../domain/enums";

// Speakers and organisations travel as JSON in one hidden field each (the
// pickers need JavaScript); without it, as text in the fields LIST_TEXT names.
const named = z.union([z.object({ id: z.number(), name: z.string() }), z.object({ name: z.string() })]);
const rowsSchema = {
  speakers: z.array(z.object({ person: named.nullable(), role: z.string(), organization: named.nullable() })),
  organizations: z.array(z.object({ organization: named.nullable(), role: z.enum(ORG_ROLES) })),
  sources: z.array(z.object({ id: z.number(), title: z.string() })),
};
function rows<K extends keyof typeof rowsSchema>(
  data: FormData,
  name: K,
): Array<z.output<(typeof rowsSchema)[K]>[number]> {
  try {
    const parsed = rowsSchema[name].safeParse(JSON.parse(one(data, name)));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The form's values from a posted form: the same names the form's controls carry. */
export function formValuesFromData(data: FormData): FormValues {
  // Without JavaScript the lists are typed as text (see ./event-fields-text.ts).
  const unlinked = data.getAll(UNLINK_SOURCE);
  const posted = { speakers: rows(data, "speakers"), organizations: rows(data, "organizations") };
  const speakers = data.has(LIST_TEXT.speakers)
    ? speakersFromLines(one(data, LIST_TEXT.speakers), posted.speakers)
    : posted.speakers;
  const organizations =
    data.has(LIST_TEXT.host) || data.has(LIST_TEXT.participant)
      ? organizationsFromLines(
          { host: one(data, LIST_TEXT.host), participant: one(data, LIST_TEXT.participant) },
          posted.organizations,
        )
      : posted.organizations;
  return {
    ...ownValuesFromData(data),
    speakers: speakers.map((r) => ({ ...r, key: rowKey() })),
    organizations: organizations.map((r) => ({ ...r, key: rowKey() })),
    sources: rows(data, "sources").filter((x) => !unlinked.includes(String(x.id))),
    newSource: {
      title: one(data, "newSource.title"),
      url: one(data, "newSource.url"),
      outlet: one(data, "newSource.outlet"),
      publishedAt: one(data, "newSource.publishedAt"),
      text: one(data, "newSource.text"),
    },
  };
}
