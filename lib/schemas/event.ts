// One schema for the event form and the server action. Error messages are
// message keys ("validation.<key>" in messages/*.json, with an optional
// "|<number>" argument), so both sides show them in the user's language.
import { z } from "zod";
import { pastedText, typedText } from "./text";
import { dayIn } from "../domain/clock";
import {
  AUDIENCE_TYPES,
  DATE_PRECISIONS,
  EVENT_FORMATS,
  EVENT_STATUSES,
  LANGUAGES,
  ORG_KINDS,
  ORG_ROLES,
} from "../domain/enums";

export const LIMITS = {
  title: 300,
  name: 200,
  role: 300,
  locality: 300,
  summary: 5000,
  outlet: 200,
  url: 2000,
  sourceText: 200_000,
  audience: 200_000, // larger than any gathering in the country's history
  people: 50,
  sources: 20,
} as const;
export const EARLIEST_DATE = "1991-01-01";

/** Latest date an event may have: a year from today (planned events). */
export function latestEventDate(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

const orNull = <T extends z.ZodType<string, string>>(t: T) =>
  t
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
const optionalText = (max: number) => orNull(typedText(max));
const optionalPasted = (max: number) => orNull(pastedText(max));
export const requiredText = (max: number) =>
  typedText(max).refine((s) => s.length > 0, { message: "validation.required" });

const isoDate = z
  .string({ error: "validation.required" })
  .min(1, { message: "validation.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "validation.dateInvalid" })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    { message: "validation.dateInvalid" },
  );

const id = z.number().int().positive().max(2_147_483_647);

/** A new source document typed or pasted with the event (an existing one is linked by id). */
export const newSourceSchema = z
  .object({
    title: optionalText(LIMITS.title),
    url: z
      .string()
      .trim()
      .max(LIMITS.url, { message: `validation.tooLong|${LIMITS.url}` })
      .refine((u) => u === "" || /^https?:\/\/[^\s]+\.[^\s]+/.test(u), { message: "validation.urlInvalid" })
      .transform((v) => v || null)
      .nullable()
      .default(null),
    outlet: optionalText(LIMITS.outlet),
    publishedAt: isoDate
      .nullable()
      .or(z.literal("").transform(() => null))
      .default(null),
    language: z.enum(LANGUAGES).nullable().default(null),
    text: optionalPasted(LIMITS.sourceText),
  })
  .superRefine((v, ctx) => {
    if (v.publishedAt && v.publishedAt < EARLIEST_DATE) {
      ctx.addIssue({ code: "custom", path: ["publishedAt"], message: "validation.dateTooEarly" });
    }
  });
// A source: an existing one by id (as GET returns it, {id, title}, or the bare
// number), or a new document, which needs at least a URL, a title or a text.
const sourceRef = z.union([
  z.object({ id }),
  id.transform((v) => ({ id: v })),
  newSourceSchema.refine((s) => s.url !== null || s.text !== null || s.title !== null, {
    message: "validation.sourceEmpty",
  }),
]);

// An existing record (by id) or a new one typed in the form.
const personRef = z.union([z.object({ id }), z.object({ name: requiredText(LIMITS.name) })]);
const organizationRef = z.union([
  z.object({ id }),
  z.object({ name: requiredText(LIMITS.name), kind: z.enum(ORG_KINDS).default("other") }),
]);

export const eventInputSchema = z
  .object({
    title: requiredText(LIMITS.title),
    campaign: z.string({ error: "validation.choose" }).min(1, { message: "validation.choose" }).max(60),
    status: z.enum(EVENT_STATUSES, { error: "validation.choose" }),
    date: isoDate
      .refine((s) => s >= EARLIEST_DATE, { message: "validation.dateTooEarly" })
      .refine((s) => s <= latestEventDate(), { message: "validation.dateTooLate" }),
    datePrecision: z.enum(DATE_PRECISIONS, { error: "validation.choose" }),
    region: z.string({ error: "validation.choose" }).regex(/^KZ-\d{2}$/, { message: "validation.choose" }),
    district: id.nullable().default(null),
    locality: optionalText(LIMITS.locality),
    format: z.enum(EVENT_FORMATS, { error: "validation.choose" }),
    audiences: z
      .array(z.enum(AUDIENCE_TYPES, { error: "validation.choose" }))
      .max(AUDIENCE_TYPES.length)
      // A set: a type named twice is one audience.
      .transform((types) => [...new Set(types)])
      .default([]),
    audienceSize: z
      .number({ error: "validation.sizeInteger" })
      .int({ message: "validation.sizeInteger" })
      .min(1, { message: "validation.sizeNegative" })
      .max(LIMITS.audience, { message: `validation.sizeAbsurd|${LIMITS.audience}` })
      .nullable()
      .default(null),
    audienceEstimate: z.boolean().default(false),
    summary: optionalPasted(LIMITS.summary),
    speakers: z
      .array(
        z.object({
          person: personRef,
          role: optionalText(LIMITS.role),
          organization: organizationRef.nullable().default(null),
        }),
      )
      .max(LIMITS.people, { message: `validation.tooMany|${LIMITS.people}` })
      .default([]),
    organizations: z
      .array(z.object({ organization: organizationRef, role: z.enum(ORG_ROLES) }))
      .max(LIMITS.people, { message: `validation.tooMany|${LIMITS.people}` })
      .default([]),
    sources: z
      .array(sourceRef)
      .max(LIMITS.sources, { message: `validation.tooMany|${LIMITS.sources}` })
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.audienceEstimate && v.audienceSize === null) {
      ctx.addIssue({ code: "custom", path: ["audienceSize"], message: "validation.estimateWithoutSize" });
    }
    // A held event has happened: it cannot be dated after today (the day in
    // Kazakhstan, lib/domain/clock). A planned one can.
    if (v.status === "held" && v.date > dayIn()) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "validation.heldInFuture" });
    }
    const ids = v.sources.flatMap((s) => ("id" in s ? [s.id] : []));
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: "validation.duplicate" });
    }
  });

export type EventInput = z.output<typeof eventInputSchema>;
export type NewSourceInput = z.output<typeof newSourceSchema>;

export { fieldErrorsOf, type FieldErrors } from "./field-errors";
