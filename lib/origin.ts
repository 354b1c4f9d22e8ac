// Whether a request's Origin header names this site. A browser sends Origin
// with every cross-site write; "null" (sandboxed frames, some privacy
// settings) and anything that is not a URL are not this site. No Origin at all
// is a same-site navigation or a non-browser client, which the session cookie's
// SameSite rule and the JSON content type already keep out of cross-site use.
export function foreignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
