// The one error contract. Commands return a Result; a refusal carries a code
// from this small set, and the code alone decides the HTTP status and the
// message key (messages/*.json) that forms, pages and the JSON API show.
// Nothing here ever carries a driver's or a stack's text to the client.
import type { FieldErrors } from "./schemas/field-errors";

export type ErrorCode = "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "rate_limited";

const HTTP_STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
} as const satisfies Record<ErrorCode, number>;

const MESSAGE_KEY: Record<ErrorCode, string> = {
  invalid: "errors.fixFields",
  unauthenticated: "errors.signIn",
  forbidden: "errors.forbidden",
  not_found: "errors.notFound",
  conflict: "errors.conflict",
  rate_limited: "errors.rateLimited",
};

/** A value as the history and a conflict notice show it. */
export type FieldValue = string | number | boolean | null;
/** One field someone else changed since a form was opened. */
export type ChangedField = { field: string; before: FieldValue; after: FieldValue; by?: string };

type Details = {
  /** A more specific message key than the code's own. */
  message?: string;
  /** Values the message key names ({row}, {mb}…). */
  values?: Record<string, string | number>;
  fieldErrors?: FieldErrors;
  conflict?: ChangedField[];
  currentVersion?: number;
  /** On a conflict: the record as it is now stored, in the shape the client sent. */
  theirs?: unknown;
};

export type Failure = Details & { ok: false; code: ErrorCode; status: number; message: string };
export type Result<T = { id: number }> = ({ ok: true } & T) | Failure;

/** Thrown inside a write (a transaction) to refuse it; commands turn it into a Failure. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Details = {},
  ) {
    super(details.message ?? MESSAGE_KEY[code]);
  }
}

export function failure(code: ErrorCode, details: Details = {}): Failure {
  return { ok: false, code, status: HTTP_STATUS[code], ...details, message: details.message ?? MESSAGE_KEY[code] };
}

/** One field's problem: `path` is the form field ("speakers.0.person"), `key` a validation message key. */
export const fieldError = (path: string, key: string) => new AppError("invalid", { fieldErrors: { [path]: key } });
export const fieldFailure = (path: string, key: string) => failure("invalid", { fieldErrors: { [path]: key } });

// Unique constraints that users can run into, and the field each belongs to.
// Prisma names the violated columns in `meta.target` (adapter errors name the
// constraint's fields or its index).
const UNIQUE_FIELDS: Array<{ match: RegExp; field: string; key: string }> = [
  { match: /email/i, field: "email", key: "validation.emailTaken" },
  { match: /name/i, field: "name", key: "validation.nameTaken" },
];

function uniqueViolation(e: unknown): Failure | null {
  if (typeof e !== "object" || e === null || (e as { code?: unknown }).code !== "P2002") return null;
  const meta = (e as { meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: unknown } } } }).meta;
  const target = JSON.stringify(meta?.target ?? meta?.driverAdapterError?.cause?.constraint ?? "");
  const known = UNIQUE_FIELDS.find((u) => u.match.test(target));
  return known ? fieldFailure(known.field, known.key) : failure("conflict", { message: "errors.duplicate" });
}

/**
 * The Failure for something a write threw: our AppError, or a unique-constraint
 * violation mapped to its field. Anything else is a bug or an outage and is
 * rethrown, to reach the error page and the log, never the user's form.
 */
export function failureOf(e: unknown): Failure {
  if (e instanceof AppError) return failure(e.code, e.details);
  const unique = uniqueViolation(e);
  if (unique) return unique;
  throw e;
}

/** Runs a write and returns its refusal as a Failure (see failureOf). */
export async function attempt<T>(write: () => Promise<T>): Promise<{ ok: true; value: T } | Failure> {
  try {
    return { ok: true, value: await write() };
  } catch (e) {
    return failureOf(e);
  }
}

/** A request body as an object of fields, or null when it is not one (a server action's body can be anything). */
export function objectOf(body: unknown): Record<string, unknown> | null {
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}
