// Raw driver values into typed ones. The two drivers differ: better-sqlite3
// gives ISO text for dates, 0/1 for booleans and JSON as text; pg gives Date,
// true/false, parsed JSON and bigint counts as strings.
const text = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "number" || typeof v === "bigint" ? v.toString() : "";
export const str = (v: unknown): string => text(v);
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const bool = (v: unknown): boolean => v === true || Number(v) === 1;
export const dateOrNull = (v: unknown): Date | null =>
  v === null || v === undefined ? null : v instanceof Date ? v : new Date(text(v));
export const date = (v: unknown): Date => dateOrNull(v) ?? new Date(Number.NaN);
/** A JSON aggregate: text from better-sqlite3, already parsed by pg. */
export const json = (v: unknown): unknown => (typeof v === "string" ? (JSON.parse(v) as unknown) : v);
