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
