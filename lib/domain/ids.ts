/**
 * A record id from a URL segment or a form: only the canonical spelling of a
 * positive integer ("16", never "0x10", " 1", "1e1" or "016"), so one id has one
 * address. Anything else is null, which callers answer with "not found".
 */
export function parseId(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw > 0 && raw <= 2_147_483_647 ? raw : null;
  if (typeof raw !== "string" || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= 2_147_483_647 ? n : null;
}
