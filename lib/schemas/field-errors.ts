import type { z } from "zod";

/** Field errors keyed by dotted path ("speakers.0.person.name"), first message each. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message.startsWith("validation.") ? issue.message : "validation.invalid";
  }
  return out;
}
