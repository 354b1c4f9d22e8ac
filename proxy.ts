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
// The map shapes are public reference data (the boundary files are static anyway).
const isPublic = (pathname: string) =>
  pathname === "/login" ||
  pathname === "/api/health" ||
  pathname.startsWith("/api/auth/") ||
  pathname.startsWith("/geo/shapes/");

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

// In a server action's JSON body, React escapes a string that starts with "$"
// as "$$…"; other "$" strings are references to parts of a multipart body
// ("$K1", "$@2", "$Q3"…) or encoded values (dates, bigints, undefined).
const ENCODED_VALUE = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|D|n)/;
function danglingReference(v: unknown): boolean {
  if (typeof v === "string") return v.startsWith("$") && !ENCODED_VALUE.test(v);
  if (Array.isArray(v)) return v.some(danglingReference);
  if (v !== null && typeof v === "object") return Object.values(v).some(danglingReference);
  return false;
}

/**
 * A server-action call (a POST naming its action in Next-Action) whose body
 * Next cannot decode: React sends a JSON array, or a multipart form, and a
 * JSON body has no other parts to refer to. Next answers any other body with
 * a 500, so it is refused here.
 */
async function malformedAction(req: NextRequest): Promise<boolean> {
  if (req.method !== "POST" || !req.headers.has("next-action")) return false;
  try {
    if (req.headers.get("content-type")?.startsWith("multipart/form-data")) {
      await req.clone().formData();
      return false;
    }
    const body: unknown = JSON.parse(await req.clone().text());
    return !Array.isArray(body) || danglingReference(body);
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

/** A JSON refusal in the error contract's shape (lib/errors.ts), never cached. */
function refusal(req: NextRequest, csp: string, status: number, error: string, code: string): NextResponse {
  const res = NextResponse.json({ error, code }, { status });
  res.headers.set("Cache-Control", "no-store");
  return secured(res, req, csp);
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // 128 random bits; written into every script and style tag of the page, so kept short.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (malformed(pathname)) {
    if (pathname.startsWith("/api/")) return refusal(req, csp, 404, "errors.notFound", "not_found");
    const res = new NextResponse("Not found: this address is not valid. Check the link, or start again from /events.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
    return secured(res, req, csp);
  }
  // A write from another site (or with an Origin that is not a URL) is refused
  // here, before Next's own server-action check, which answers such requests
  // with a 500.
  if (req.method !== "GET" && req.method !== "HEAD" && foreignOrigin(req.headers)) {
    return refusal(req, csp, 403, "errors.crossOrigin", "forbidden");
  }
  if (await malformedAction(req)) return refusal(req, csp, 400, "errors.badRequest", "invalid");
  const uid = await sessionUid(req);
  if (!isPublic(pathname) && uid === null) {
    if (pathname.startsWith("/api/")) return refusal(req, csp, 401, "errors.signIn", "unauthenticated");
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
  // Everything but static files (the boundary files under /geo/kz-…; the
  // projected shapes under /geo/shapes/ are a route and pass through here)
  // and the spreadsheet upload: Next keeps a whole copy of the body of every
  // request the proxy sees, and cuts it at a size limit. The upload's route
  // checks the session and the origin itself, and reads its body as it
  // arrives (lib/upload-spool.ts).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|geo/kz-|api/imports$).*)"],
};
