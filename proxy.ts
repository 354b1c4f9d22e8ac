// Runs before every page: anonymous visitors go to sign-in, and every response
// gets a per-request CSP nonce. This is a convenience gate only: pages, actions
// and route handlers check the session themselves (lib/authz.ts).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "./lib/auth.config";
import { contentSecurityPolicy } from "./lib/security-headers";

const { auth } = NextAuth(authConfig);

const isPublic = (pathname: string) => pathname === "/login";

export const proxy = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (!req.auth && !isPublic(pathname)) {
    if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  if (req.auth && isPublic(pathname)) {
    const url = req.nextUrl.clone();
    url.pathname = "/events";
    url.search = "";
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
});

export const config = {
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|geo/).*)"],
};
