// Security headers. The CSP allows only our own origin and scripts carrying the
// per-request nonce; styles may be inline (React style attributes, charts).
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * HSTS for responses served over HTTPS (directly, or behind a proxy that says
 * so in X-Forwarded-Proto): browsers then refuse plain HTTP for two years.
 * Over plain HTTP the header means nothing and is left out.
 */
export function transportSecurity(https: boolean): string | null {
  return https ? "max-age=63072000; includeSubDomains" : null;
}

/** The CSP of an answer that is data, never a page: nothing may load or frame it. */
export const DATA_ONLY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The headers proxy.ts gives every answer, for a route it does not see (the
 * spreadsheet upload, left out so that Next does not copy its body): the
 * data-only CSP, HSTS over HTTPS, and the signed-in user for the request log
 * (scripts/serve.mjs reads that header and removes it).
 */
export function securedOutsideProxy(res: Response, req: Request, uid: number | null): Response {
  res.headers.set("Content-Security-Policy", DATA_ONLY_POLICY);
  const https = new URL(req.url).protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  const hsts = transportSecurity(https);
  if (hsts) res.headers.set("Strict-Transport-Security", hsts);
  if (uid) res.headers.set("x-outreach-user", String(uid));
  return res;
}
