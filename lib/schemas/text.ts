// Text as people type and paste it. Line breaks arrive as CRLF from browsers
// and as LF from the API; both are one newline here. Control characters other
// than tab and newline (NUL, escape codes, C1 controls) carry no meaning in a
// title or a name and cannot all be stored (PostgreSQL text refuses NUL), so a
// typed field refuses them with a message, and long pasted text (summaries,
// article texts) has them removed, as a user pasting from a web page expects.
import { z } from "zod";

// Matching control characters is the point of these two expressions.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const normalizeNewlines = (s: string) => s.replace(/\r\n?/g, "\n");
const stripControls = (s: string) => normalizeNewlines(s).replace(CONTROL, "");
const hasControls = (s: string) => HAS_CONTROL.test(normalizeNewlines(s));

/** A typed line or paragraph, at most `max` characters: trimmed; control characters refused. */
export const typedText = (max: number) =>
  z
    .string({ error: "validation.required" })
    .transform(normalizeNewlines)
    .pipe(
      z
        .string()
        .trim()
        .max(max, { message: `validation.tooLong|${max}` })
        .refine((s) => !hasControls(s), { message: "validation.controlChars" }),
    );

/** Pasted text (a summary, an article): control characters removed, trimmed. */
export const pastedText = (max: number) =>
  z
    .string({ error: "validation.required" })
    .transform(stripControls)
    .pipe(
      z
        .string()
        .trim()
        .max(max, { message: `validation.tooLong|${max}` }),
    );
