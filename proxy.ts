// Runs before every page: anonymous visitors go to sign-in, and every response
// gets a per-request CSP nonce. This is a convenience gate only: pages, actions
// and route handlers check the session themselves (lib/authz.ts).
//
// It only reads the session JWT and never writes cookies. (Auth.js's own proxy
// wrapper re-issues the session cookie on every request, so a prefetch still in
// flight during sign-out could put the cookie back and keep the user signed in.)
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy } from "./lib/security-headers";

const isPublic = (pathname: string) => pathname === "/login";

async function hasSession(req: NextRequest): Promise<boolean> {
  const secureCookie = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  try {
    return (await getToken({ req, secret: process.env.AUTH_SECRET, secureCookie })) !== null;
  } catch {
    return false; // no secret configured: the app itself reports that
  }
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (!isPublic(pathname) && !(await hasSession(req))) {
    if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp); // Next reads the nonce from here for its own scripts
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = {
  // Everything but Auth.js's own endpoints and static files.
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|icon.svg|geo/).*)"],
};
