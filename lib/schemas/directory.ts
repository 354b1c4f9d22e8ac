// Editing people and organisations, and merging two records into one.
import { z } from "zod";
import { LIMITS, requiredText } from "./event";
import { typedText } from "./text";
import { ORG_KINDS } from "../domain/enums";

const name = requiredText(LIMITS.name);

export const personEditSchema = z.object({
  name,
  aliases: z.array(typedText(LIMITS.name)).max(50, { message: "validation.tooMany|50" }).default([]),
});
export const organizationEditSchema = personEditSchema.extend({
  kind: z.enum(ORG_KINDS, { error: "validation.choose" }),
});
export const mergeSchema = z
  .object({ keepId: z.number().int().positive(), mergeId: z.number({ error: "validation.choose" }).int().positive() })
  .refine((v) => v.keepId !== v.mergeId, { path: ["mergeId"], message: "validation.mergeSelf" });

/** The record as an edit form was opened (for merging with a save made in between). */
export const directoryBaseSchema = z.object({
  name: z.string().max(1000),
  kind: z.enum(ORG_KINDS).optional(),
  aliases: z.array(z.string().max(1000)).max(500),
});
