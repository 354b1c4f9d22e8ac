// GET /events/export?format=csv|xlsx|json&<the list's parameters>
// Exactly the list's view (same filters, same scope, same order), streamed.
import { getLocale, getTranslations } from "next-intl/server";
import { failureResponse } from "@/lib/api";
import { currentUser, scopeOf } from "@/lib/authz";
import { streamEventsForScope, streamExportRowsForScope } from "@/lib/data/events";
import { regionNamesByIsos } from "@/lib/data/regions";
import { failure } from "@/lib/errors";
import { exportFileName } from "@/lib/export/filename";
import { csvStream, jsonStream, xlsxStream } from "@/lib/export/writers";
import type { Locale } from "@/lib/i18n/config";
import { parseEventFilters } from "@/lib/schemas/event-filters";
import type { NextRequest } from "next/server";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
} as const;

export async function GET(req: NextRequest) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const params = req.nextUrl.searchParams;
  const format = params.get("format") ?? "csv";
  if (!(format in TYPES)) {
    return failureResponse(failure("invalid", { message: "errors.unknownFormat" }));
  }
  const ext = format as keyof typeof TYPES;
  // Parameters the list ignores are ignored here too, so the file matches the screen.
  const { filters, invalid } = parseEventFilters(params);
  const [t, locale, regions] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    regionNamesByIsos(filters.region),
  ]);
  const ctx = { t, locale };
  const scope = scopeOf(user);
  // Each format is one SQL statement streamed from the driver: CSV and XLSX
  // flat, JSON with speakers, organisations and sources nested.
  const body =
    ext === "json"
      ? jsonStream(streamEventsForScope(scope, filters))
      : ext === "csv"
        ? csvStream(streamExportRowsForScope(scope, filters), ctx)
        : xlsxStream(streamExportRowsForScope(scope, filters), ctx, t("events.title"));
  const name = exportFileName(
    filters,
    regions.map((r) => r.nameEn),
    ext,
  );
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[ext],
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
      ...(invalid.length ? { "X-Ignored-Parameters": invalid.join(",") } : {}),
    },
  });
}
