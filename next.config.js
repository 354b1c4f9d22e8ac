// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // The proxy keeps a copy of each request body up to this size (beyond it,
    // the route sees the body cut short): a batch of articles for
    // /api/intake/drafts may be 20 MB. The spreadsheet upload does not pass
    // through the proxy (proxy.ts).
    proxyClientMaxBodySize: "21mb",
    // forbidden() (next/navigation): a page a role may not use answers 403
    // with its forbidden.tsx, as notFound() answers 404. Experimental since
    // 15.1, unchanged through 16.
    authInterrupts: true,
  },
  // Native and driver packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "pg-query-stream",
    "@prisma/adapter-pg",
  ],
  async headers() {
    // For every response, static files included; the CSP with its nonce is set in proxy.ts.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
