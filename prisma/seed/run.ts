// Idempotent seed: reference data, campaigns, the five source documents and the
// events they report, and one demo user per role. Each record is created only
// when missing (matched on a natural or seed key), so a second run changes
// nothing, not even timestamps.
import { readFileSync } from "node:fs";
import path from "node:path";
import { events, organizations, people, sources, type SeedEvent } from "./documents";
import { recordAudit, type Snapshot } from "../../lib/data/audit-write";
import { upgradeSearchTexts } from "../../lib/data/event-search";
import {
  organizationSnapshot,
  organizationSnapshotSelect,
  personSnapshot,
  personSnapshotSelect,
  snapshotOf,
  snapshotSelect,
  sourceSnapshot,
  sourceSnapshotSelect,
} from "../../lib/data/event-snapshot";
import { demoPassword, hashPassword } from "../../lib/password";
import { eventSearchText } from "../../lib/search/event-search-text";
import { detectLanguage } from "../../lib/search/language";
import { searchTextOf } from "../../lib/search/normalize";
import type { Db } from "../../lib/db-client";

const DATA = path.join(import.meta.dirname, "data");
const SEED_ACTOR = { id: null, email: "seed" };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Entity = "Event" | "Person" | "Organization" | "Source";

/** Every seeded record's history starts with its "create" entry, like any other (audit:verify replays it). */
const created = (tx: Tx, entity: Entity, entityId: number, after: Snapshot) =>
  recordAudit(tx, SEED_ACTOR, { action: "create", entity, entityId, before: null, after, version: 1 });

type RegionsFile = {
  regions: Array<{
    iso: string;
    type: "region" | "city";
    name_en: string;
    name_ru: string;
    name_kk: string;
    districts: Array<{ en: string; ru: string; kk: string }>;
    cities?: Array<{ en: string; ru: string; kk: string }>;
  }>;
};

const CAMPAIGNS = [
  {
    slug: "referendum-2022",
    nameEn: "Constitutional referendum of 5 June 2022",
    nameRu: "Республиканский референдум по поправкам в Конституцию 5 июня 2022 года",
    nameKk: "2022 жылғы 5 маусымдағы конституциялық референдум",
    voteDate: new Date("2022-06-05T00:00:00Z"),
  },
  {
    slug: "referendum-2026",
    nameEn: "Referendum on the new Constitution, 15 March 2026",
    nameRu: "Республиканский референдум по новой Конституции 15 марта 2026 года",
    nameKk: "2026 жылғы 15 наурыздағы Жаңа Конституция жөніндегі референдум",
    voteDate: new Date("2026-03-15T00:00:00Z"),
  },
];

const DEMO_USERS = [
  { email: "admin@demo.kz", name: "Demo Admin", role: "admin" as const, regions: [] as string[] },
  { email: "coordinator@demo.kz", name: "Demo Coordinator", role: "coordinator" as const, regions: ["KZ-31", "KZ-61"] },
  { email: "staff@demo.kz", name: "Demo Staff", role: "staff" as const, regions: ["KZ-62"] },
  { email: "viewer@demo.kz", name: "Demo Viewer", role: "viewer" as const, regions: [] as string[] },
];

async function seedReference(db: Db) {
  const file = JSON.parse(readFileSync(path.join(DATA, "regions.json"), "utf8")) as RegionsFile;
  for (const r of file.regions) {
    const region =
      (await db.region.findUnique({ where: { iso: r.iso } })) ??
      (await db.region.create({
        data: { iso: r.iso, type: r.type, nameEn: r.name_en, nameRu: r.name_ru, nameKk: r.name_kk },
      }));
    const units = [
      ...r.districts.map((d) => ({ ...d, kind: "district" as const })),
      ...(r.cities ?? []).map((c) => ({ ...c, kind: "city" as const })),
    ];
    const existing = new Set(
      (await db.district.findMany({ where: { regionId: region.id }, select: { nameEn: true } })).map((d) => d.nameEn),
    );
    for (const u of units.filter((u) => !existing.has(u.en))) {
      await db.district.create({
        data: { regionId: region.id, kind: u.kind, nameEn: u.en, nameRu: u.ru, nameKk: u.kk },
      });
    }
  }
  for (const c of CAMPAIGNS) {
    if (!(await db.campaign.findUnique({ where: { slug: c.slug } }))) await db.campaign.create({ data: c });
  }
}

async function seedNames(db: Db) {
  for (const o of organizations) {
    if (await db.organization.findUnique({ where: { seedKey: o.key } })) continue;
    await db.$transaction(async (tx) => {
      const row = await tx.organization.create({
        data: {
          seedKey: o.key,
          name: o.name,
          kind: o.kind,
          searchText: searchTextOf([o.name, ...o.aliases]),
          aliases: { create: o.aliases.map((name) => ({ name })) },
        },
        select: { id: true, ...organizationSnapshotSelect },
      });
      await created(tx, "Organization", row.id, organizationSnapshot(row));
    });
  }
  for (const p of people) {
    if (await db.person.findUnique({ where: { seedKey: p.key } })) continue;
    await db.$transaction(async (tx) => {
      const row = await tx.person.create({
        data: {
          seedKey: p.key,
          fullName: p.fullName,
          searchText: searchTextOf([p.fullName, ...p.aliases]),
          aliases: { create: p.aliases.map((name) => ({ name })) },
        },
        select: { id: true, ...personSnapshotSelect },
      });
      await created(tx, "Person", row.id, personSnapshot(row));
    });
  }
}

async function seedSources(db: Db) {
  for (const s of sources) {
    if (await db.source.findUnique({ where: { seedKey: s.key } })) continue;
    const text = readFileSync(path.join(DATA, "documents", s.file), "utf8").trim();
    const detected = detectLanguage(text);
    if (detected !== s.language) throw new Error(`${s.file}: recorded ${s.language}, detected ${detected}`);
    await db.$transaction(async (tx) => {
      const row = await tx.source.create({
        data: {
          seedKey: s.key,
          title: s.title,
          text,
          language: s.language,
          outlet: s.outlet,
          url: s.url,
          publishedAt: s.publishedAt ? new Date(`${s.publishedAt}T00:00:00Z`) : null,
          searchText: searchTextOf([s.title, s.outlet, s.url]),
        },
        select: { id: true, ...sourceSnapshotSelect },
      });
      await created(tx, "Source", row.id, sourceSnapshot(row));
    });
  }
}

async function seedEvent(db: Db, e: SeedEvent) {
  if (await db.event.findUnique({ where: { seedKey: e.key } })) return;
  const byKey = <T extends { seedKey: string | null }>(rows: T[], key: string) => {
    const row = rows.find((r) => r.seedKey === key);
    if (!row) throw new Error(`seed event ${e.key}: unknown key ${key}`);
    return row;
  };
  const orgKeys = [
    ...new Set([...e.organizations.map((o) => o.organization), ...e.speakers.flatMap((s) => s.organization ?? [])]),
  ];
  const [region, campaign, source, orgs, persons] = await Promise.all([
    db.region.findUniqueOrThrow({ where: { iso: e.region } }),
    db.campaign.findUniqueOrThrow({ where: { slug: e.campaign } }),
    db.source.findUniqueOrThrow({ where: { seedKey: e.source } }),
    db.organization.findMany({ where: { seedKey: { in: orgKeys } }, include: { aliases: true } }),
    db.person.findMany({ where: { seedKey: { in: e.speakers.map((s) => s.person) } }, include: { aliases: true } }),
  ]);
  const district = e.district
    ? await db.district.findUniqueOrThrow({ where: { regionId_nameEn: { regionId: region.id, nameEn: e.district } } })
    : null;
  const searchText = eventSearchText({
    title: e.title,
    summary: e.summary,
    locality: e.locality,
    people: persons.map((p) => ({ name: p.fullName, aliases: p.aliases.map((a) => a.name) })),
    organizations: orgs.map((o) => ({ name: o.name, aliases: o.aliases.map((a) => a.name) })),
  });
  await db.$transaction(async (tx) => {
    const row = await tx.event.create({
      data: {
        seedKey: e.key,
        title: e.title,
        campaignId: campaign.id,
        status: e.status,
        date: new Date(`${e.date}T00:00:00Z`),
        datePrecision: e.datePrecision,
        regionId: region.id,
        districtId: district?.id ?? null,
        locality: e.locality ?? null,
        format: e.format,
        audienceSize: e.audienceSize ?? null,
        audienceEstimate: e.audienceEstimate ?? false,
        summary: e.summary,
        searchText,
        audiences: { create: e.audiences.map((type) => ({ type })) },
        speakers: {
          create: e.speakers.map((s, position) => ({
            personId: byKey(persons, s.person).id,
            role: s.role,
            organizationId: s.organization ? byKey(orgs, s.organization).id : null,
            position,
          })),
        },
        organizations: {
          create: e.organizations.map((o) => ({ organizationId: byKey(orgs, o.organization).id, role: o.role })),
        },
        sources: { create: [{ sourceId: source.id }] },
      },
      select: snapshotSelect,
    });
    await created(tx, "Event", row.id, snapshotOf(row));
  });
}

async function seedUsers(db: Db) {
  const password = demoPassword();
  for (const u of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: u.email } })) continue;
    const regions = await db.region.findMany({ where: { iso: { in: u.regions } }, select: { id: true } });
    await db.user.create({
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash: await hashPassword(password),
        regions: { create: regions.map((r) => ({ regionId: r.id })) },
      },
    });
  }
}

export async function seed(db: Db, options: { users?: boolean } = {}) {
  await seedReference(db);
  await seedNames(db);
  await seedSources(db);
  for (const e of events) await seedEvent(db, e);
  if (options.users !== false) await seedUsers(db);
  await upgradeSearchTexts(db);
}
