// Synthetic events for tests and the benchmark: a seeded random spread over
// the 20 units and their districts, people and organisations. Returns what it
// made, so tests can count independently of SQL.
import { AUDIENCE_TYPES, EVENT_FORMATS } from "../../lib/domain/enums";
import { eventSearchText } from "../../lib/search/event-search-text";
import { searchTextOf } from "../../lib/search/normalize";
import type { Db } from "../../lib/db-client";

/** Mulberry32: small, fast, reproducible. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function pickOf<T>(r: () => number, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error("pickOf: empty list");
  return x;
}

export type MadeEvent = {
  id: number;
  regionId: number;
  districtId: number | null;
  campaignId: number;
  status: "held" | "planned" | "cancelled";
  date: Date;
  format: string;
  audiences: string[];
  audienceSize: number | null;
  audienceEstimate: boolean;
  personIds: number[];
  organizationIds: number[];
  deleted: boolean;
};

export async function makeEvents(db: Db, count: number, seed = 1): Promise<MadeEvent[]> {
  const r = rng(seed);
  const [regions, districts, campaigns] = await Promise.all([
    db.region.findMany({ select: { id: true } }),
    db.district.findMany({ select: { id: true, regionId: true } }),
    db.campaign.findMany({ select: { id: true, voteDate: true } }),
  ]);
  const people = [];
  for (let i = 0; i < 12; i++) {
    const name = `Factory Person ${seed}-${i}`;
    people.push(await db.person.create({ data: { fullName: name, searchText: searchTextOf([name]) } }));
  }
  const orgs = [];
  for (let i = 0; i < 8; i++) {
    const name = `Factory Org ${seed}-${i}`;
    orgs.push(await db.organization.create({ data: { name, searchText: searchTextOf([name]) } }));
  }
  const made: MadeEvent[] = [];
  for (let i = 0; i < count; i++) {
    const regionId = pickOf(r, regions).id;
    const own = districts.filter((d) => d.regionId === regionId);
    const districtId = r() < 0.7 && own.length ? pickOf(r, own).id : null;
    const campaign = pickOf(r, campaigns);
    const date = new Date(campaign.voteDate.getTime() - Math.floor(r() * 120) * 86_400_000);
    const status = pickOf(r, ["held", "held", "held", "planned", "cancelled"] as const);
    const audiences = [...new Set([pickOf(r, AUDIENCE_TYPES), ...(r() < 0.4 ? [pickOf(r, AUDIENCE_TYPES)] : [])])];
    const audienceSize = r() < 0.2 ? null : 10 + Math.floor(r() * 900);
    const personIds = [...new Set([pickOf(r, people).id, ...(r() < 0.5 ? [pickOf(r, people).id] : [])])];
    const organizationIds = [pickOf(r, orgs).id];
    const format = pickOf(r, EVENT_FORMATS);
    const e = await db.event.create({
      data: {
        title: `Factory event ${seed}-${i}`,
        campaignId: campaign.id,
        status,
        date,
        regionId,
        districtId,
        format,
        audienceSize,
        audienceEstimate: audienceSize !== null && r() < 0.3,
        searchText: eventSearchText({ title: `Factory event ${seed}-${i}`, people: [], organizations: [] }),
        deletedAt: r() < 0.1 ? new Date() : null,
        audiences: { create: audiences.map((type) => ({ type: type })) },
        speakers: { create: personIds.map((personId, position) => ({ personId, position })) },
        organizations: { create: organizationIds.map((organizationId) => ({ organizationId })) },
      },
    });
    made.push({
      id: e.id,
      regionId,
      districtId,
      campaignId: campaign.id,
      status,
      date,
      format,
      audiences,
      audienceSize,
      audienceEstimate: e.audienceEstimate,
      personIds,
      organizationIds,
      deleted: e.deletedAt !== null,
    });
  }
  return made;
}
