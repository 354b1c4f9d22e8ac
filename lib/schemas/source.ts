// A source edited on its own page or through PUT /api/sources/:id.
import { z } from "zod";
import { LIMITS, newSourceSchema, requiredText } from "./event";
import { LANGUAGES } from "../domain/enums";

export const sourceInputSchema = newSourceSchema.safeExtend({
  title: requiredText(LIMITS.title),
  language: z.enum(LANGUAGES, { error: "validation.choose" }),
  text: newSourceSchema.shape.text.transform((v) => v ?? ""),
});
export type SourceInput = z.output<typeof sourceInputSchema>;
