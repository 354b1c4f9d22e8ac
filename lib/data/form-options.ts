// What the event form offers a user: campaigns, and the regions (with their
// districts) they may log events in, named in their language.
import "server-only";
import { db } from "../db";
import { localName, type Locale } from "../i18n/config";
import { EARLIEST_DATE, latestEventDate } from "../schemas/event";
import type { SessionUser } from "../domain/session-user";

export async function eventFormOptions(user: SessionUser, locale: Locale) {
  const [campaigns, regions] = await Promise.all([
    db.campaign.findMany({
      orderBy: { voteDate: "desc" },
      select: { slug: true, nameEn: true, nameRu: true, nameKk: true },
    }),
    db.region.findMany({
      where: user.role === "admin" ? {} : { id: { in: user.regionIds } },
      orderBy: { iso: "asc" },
      select: {
        iso: true,
        nameEn: true,
        nameRu: true,
        nameKk: true,
        districts: { orderBy: { nameEn: "asc" }, select: { id: true, nameEn: true, nameRu: true, nameKk: true } },
      },
    }),
  ]);
  return {
    campaigns: campaigns.map((c) => ({ slug: c.slug, name: localName(c, locale) })),
    regions: regions.map((r) => ({
      iso: r.iso,
      name: localName(r, locale),
      districts: r.districts
        .map((d) => ({ id: d.id, name: localName(d, locale) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    })),
    earliestDate: EARLIEST_DATE,
    latestDate: latestEventDate(),
  };
}
