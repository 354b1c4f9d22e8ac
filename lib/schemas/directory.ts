// Editing people and organisations, and merging two records into one.
import { z } from "zod";
import { LIMITS } from "./event";
import { ORG_KINDS } from "../domain/enums";

const name = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { message: "validation.required" })
  .max(LIMITS.name, { message: `validation.tooLong|${LIMITS.name}` });

export const personEditSchema = z.object({
  name,
  aliases: z
    .array(
      z
        .string()
        .trim()
        .max(LIMITS.name, { message: `validation.tooLong|${LIMITS.name}` }),
    )
    .max(50, { message: "validation.tooMany|50" })
    .default([]),
});
export const organizationEditSchema = personEditSchema.extend({
  kind: z.enum(ORG_KINDS, { error: "validation.choose" }),
});
export const mergeSchema = z
  .object({ keepId: z.number().int().positive(), mergeId: z.number({ error: "validation.choose" }).int().positive() })
  .refine((v) => v.keepId !== v.mergeId, { path: ["mergeId"], message: "validation.mergeSelf" });
