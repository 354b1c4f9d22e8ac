// Events as the list and detail pages show them. Every function takes the
// caller's scope: an event outside it does not exist for them.
import "server-only";
import { db } from "../db";
import type { Scope } from "../authz";
import { eventScopeWhere } from "./scope";

const nameFields = { nameEn: true, nameRu: true, nameKk: true } as const;

const listSelect = {
  id: true,
  title: true,
  date: true,
  datePrecision: true,
  status: true,
  audienceSize: true,
  audienceEstimate: true,
  region: { select: { iso: true, ...nameFields } },
  district: { select: { id: true, ...nameFields } },
  audiences: { select: { type: true } },
  speakers: { select: { role: true, person: { select: { id: true, fullName: true } } }, orderBy: { position: "asc" } },
  organizations: {
    where: { role: "host" },
    select: { organization: { select: { id: true, name: true } } },
  },
} as const;

export const PAGE_SIZE = 50;

// Keyset cursor over (date desc, id desc): stays fast however deep the page.
type Cursor = { date: Date; id: number };
export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.date.toISOString()}|${c.id}`).toString("base64url");
}
export function decodeCursor(raw: string | undefined | null): Cursor | null {
  if (!raw) return null;
  const [iso, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const date = new Date(iso ?? "");
  const n = Number(id);
  return Number.isNaN(date.getTime()) || !Number.isSafeInteger(n) ? null : { date, id: n };
}

export async function listEventsForScope(scope: Scope, opts: { cursor?: string | null; limit?: number } = {}) {
  const limit = Math.min(Math.max(opts.limit ?? PAGE_SIZE, 1), 200);
  const where = eventScopeWhere(scope);
  const cursor = decodeCursor(opts.cursor);
  const keyset = cursor ? { OR: [{ date: { lt: cursor.date } }, { date: cursor.date, id: { lt: cursor.id } }] } : {};
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where: { ...where, ...keyset },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: listSelect,
    }),
    db.event.count({ where }),
  ]);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, total, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
export type EventListItem = Awaited<ReturnType<typeof listEventsForScope>>["items"][number];

export async function findEventForScope(scope: Scope, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.event.findFirst({
    where: { id, ...eventScopeWhere(scope) },
    select: {
      ...listSelect,
      locality: true,
      format: true,
      summary: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      campaign: { select: { slug: true, voteDate: true, ...nameFields } },
      createdBy: { select: { email: true } },
      speakers: {
        orderBy: { position: "asc" },
        select: {
          role: true,
          person: { select: { id: true, fullName: true } },
          organization: { select: { id: true, name: true } },
        },
      },
      organizations: {
        orderBy: { role: "asc" },
        select: { role: true, organization: { select: { id: true, name: true, kind: true } } },
      },
      sources: {
        select: {
          source: { select: { id: true, title: true, text: true, language: true, outlet: true, url: true, publishedAt: true } },
        },
      },
    },
  });
}
export type EventDetail = NonNullable<Awaited<ReturnType<typeof findEventForScope>>>;
