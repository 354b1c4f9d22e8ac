// Runs before every request but static files: anonymous visitors go to
// sign-in, and every response it lets through or makes gets the security
// headers with a per-request CSP nonce. This is a convenience gate only:
// pages, actions and route handlers check the session themselves
// (lib/authz.ts), against the session's row in the database.
//
// It only reads the session JWT and never writes cookies. (Auth.js's own proxy
// wrapper re-issues the session cookie on every request, so a prefetch still in
// flight during sign-out could put the cookie back and keep the user signed in.)
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { foreignOrigin } from "./lib/origin";
import { contentSecurityPolicy, transportSecurity } from "./lib/security-headers";

// Sign-in, the health check and Auth.js's own endpoints (sign-in, sign-out, CSRF) need no session.
const isPublic = (pathname: string) =>
  pathname === "/login" || pathname === "/api/health" || pathname.startsWith("/api/auth/");

const isHttps = (req: NextRequest) =>
  req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";

/** The signed-in user's id from the session JWT, or null (the app checks the session itself). */
async function sessionUid(req: NextRequest): Promise<number | null> {
  try {
    const token = await getToken({ req, secret: process.env.AUTH_SECRET, secureCookie: isHttps(req) });
    return token ? (token.uid ?? 0) : null;
  } catch {
    return null; // no secret configured: the app itself reports that
  }
}

/** A path whose percent-escapes do not decode (`/events/%ff`) names nothing here. */
function malformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

function secured(res: NextResponse, req: NextRequest, csp: string): NextResponse {
  res.headers.set("Content-Security-Policy", csp);
  res.headers.set("X-Frame-Options", "DENY");
  res.headers.set("X-Content-Type-Options", "nosniff");
  res.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  const hsts = transportSecurity(isHttps(req));
  if (hsts) res.headers.set("Strict-Transport-Security", hsts);
  return res;
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (malformed(pathname)) {
    const res = pathname.startsWith("/api/")
      ? NextResponse.json({ error: "errors.notFound", code: "not_found" }, { status: 404 })
      : new NextResponse("Not found: this address is not valid. Check the link, or start again from /events.", {
          status: 404,
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        });
    res.headers.set("Cache-Control", "no-store");
    return secured(res, req, csp);
  }
  // A write from another site (or with an Origin that is not a URL) is refused
  // here, before Next's own server-action check, which answers such requests
  // with a 500.
  if (req.method !== "GET" && req.method !== "HEAD" && foreignOrigin(req.headers)) {
    const res = NextResponse.json({ error: "errors.crossOrigin", code: "forbidden" }, { status: 403 });
    res.headers.set("Cache-Control", "no-store");
    return secured(res, req, csp);
  }
  const uid = await sessionUid(req);
  if (!isPublic(pathname) && uid === null) {
    if (pathname.startsWith("/api/")) {
      const res = NextResponse.json({ error: "errors.signIn", code: "unauthenticated" }, { status: 401 });
      res.headers.set("Cache-Control", "no-store");
      return secured(res, req, csp);
    }
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return secured(NextResponse.redirect(url), req, csp);
  }

  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp); // Next reads the nonce from here for its own scripts
  const res = secured(NextResponse.next({ request: { headers } }), req, csp);
  // For the request log only: scripts/serve.mjs reads it and removes it.
  if (uid) res.headers.set("x-outreach-user", String(uid));
  return res;
}

export const config = {
  // Everything but static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|geo/).*)"],
};
