// Bulk synthetic data for the benchmark: N events spread over the 20 units and
// their districts (weighted like the real country: big regions get more),
// thousands of people and organisations, 1–2 audiences and speakers per event.
// Written through the raw drivers in large batches (the app's write path is not
// what is measured); the search index is rebuilt once at the end. The rows
// themselves: bench/generate-rows.mts.
import Database from "better-sqlite3";
import pg from "pg";
import { eventRows, names, type Dims } from "./generate-rows.mts";
import { rollupRebuildSql } from "../lib/data/sql/rollup-query";
import { dialectOf, sqliteFilePath } from "../lib/db-url";
import { searchKey } from "../lib/search/normalize";

const BATCH = 5000;

export async function generate(url: string, n: number, dims: Dims, seed = 42): Promise<void> {
  const { p: people, o: orgs } = names(seed, 5000, 2000);
  if (dialectOf(url) === "sqlite") {
    generateSqlite(sqliteFilePath(url), n, dims, people, orgs, seed);
    return;
  }
  return generatePostgres(url, n, dims, people, orgs, seed);
}

function generateSqlite(file: string, n: number, dims: Dims, people: string[], orgs: string[], seed: number) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF"); // bulk load into a throw-away database
  const now = new Date().toISOString().replace("Z", "+00:00");
  const insPerson = db.prepare(
    `INSERT INTO "Person"("fullName","searchText","createdAt","updatedAt") VALUES (?,?,?,?)`,
  );
  const insOrg = db.prepare(
    `INSERT INTO "Organization"("name","kind","searchText","createdAt","updatedAt") VALUES (?,'other',?,?,?)`,
  );
  const personIds: number[] = [];
  const orgIds: number[] = [];
  db.transaction(() => {
    for (const p of people) personIds.push(Number(insPerson.run(p, ` ${searchKey(p)} `, now, now).lastInsertRowid));
    for (const o of orgs) orgIds.push(Number(insOrg.run(o, ` ${searchKey(o)} `, now, now).lastInsertRowid));
  })();
  // The search index and the dashboards' rollup are rebuilt once at the end
  // instead of row by row: their triggers are set aside and put back after.
  const triggers = db
    .prepare(
      `SELECT "name", "sql" FROM sqlite_master WHERE type = 'trigger' AND ("name" = 'EventSearch_ai' OR "name" LIKE 'EventDayStat%' OR "name" LIKE 'EventFacetStat%' OR "name" LIKE 'EventLinkStat%' OR "name" LIKE 'EventLinkFacetStat%' OR "name" LIKE 'EventAudienceMask%')`,
    )
    .all() as Array<{ name: string; sql: string }>;
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  const insEvent =
    db.prepare(`INSERT INTO "Event"("title","campaignId","status","date","datePrecision","regionId","districtId","locality","format","audienceSize","audienceEstimate","searchText","audienceMask","deletedAt","version","createdAt","updatedAt")
    VALUES (?,?,?,?,'day',?,?,?,?,?,?,?,?,?,1,?,?)`);
  const insAud = db.prepare(`INSERT INTO "EventAudience"("eventId","type") VALUES (?,?)`);
  const insSp = db.prepare(
    `INSERT INTO "EventSpeaker"("eventId","personId","role","organizationId","position") VALUES (?,?,NULL,NULL,?)`,
  );
  const insOrgRel = db.prepare(
    `INSERT INTO "EventOrganization"("eventId","organizationId","role") VALUES (?,?,'host')`,
  );
  let batch: Array<ReturnType<typeof eventRows> extends Generator<infer T> ? T : never> = [];
  const flush = db.transaction(() => {
    for (const e of batch) {
      const id = Number(
        insEvent.run(
          e.title,
          e.campaignId,
          e.status,
          `${e.date}T00:00:00.000+00:00`,
          e.regionId,
          e.districtId,
          e.locality,
          e.format,
          e.audienceSize,
          e.audienceEstimate ? 1 : 0,
          e.searchText,
          e.audienceMask,
          e.deleted ? now : null,
          now,
          now,
        ).lastInsertRowid,
      );
      for (const a of e.audiences) insAud.run(id, a);
      e.speakerIdx.forEach((k, pos) => insSp.run(id, personIds[k], pos));
      insOrgRel.run(id, orgIds[e.orgIdx]);
    }
  });
  for (const e of eventRows(n, dims, people, orgs, seed)) {
    batch.push(e);
    if (batch.length === BATCH) {
      flush();
      batch = [];
    }
  }
  flush();
  // The index keeps no content to rebuild from: it is emptied and filled as its triggers fill it.
  db.exec(`INSERT INTO "EventSearch"("EventSearch") VALUES ('delete-all')`);
  db.exec(
    `INSERT INTO "EventSearch"(rowid, "searchText", "region") SELECT "id", "searchText", printf('r%03d', "regionId") FROM "Event"`,
  );
  for (const sql of rollupRebuildSql()) db.exec(sql);
  for (const t of triggers) db.exec(t.sql);
  db.exec("ANALYZE");
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}

async function generatePostgres(url: string, n: number, dims: Dims, people: string[], orgs: string[], seed: number) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const ids = async (sql: string, values: unknown[]) =>
      (await c.query(sql, values)).rows.map((r: { id: number }) => r.id);
    const personIds = await ids(
      `INSERT INTO "Person"("fullName","searchText","updatedAt") SELECT * FROM unnest($1::text[], $2::text[], $3::timestamp[]) RETURNING "id"`,
      [people, people.map((p) => ` ${searchKey(p)} `), people.map(() => new Date())],
    );
    const orgIds = await ids(
      `INSERT INTO "Organization"("name","kind","searchText","updatedAt") SELECT a, 'other', b, c FROM unnest($1::text[], $2::text[], $3::timestamp[]) AS t(a,b,c) RETURNING "id"`,
      [orgs, orgs.map((o) => ` ${searchKey(o)} `), orgs.map(() => new Date())],
    );
    // The search index and the dashboards' rollups are rebuilt once at the end
    // instead of row by row.
    const triggers = [
      ["Event", "EventSearch_sync"],
      ["Event", "EventDayStat_sync"],
      ["Event", "EventDayStat_insert"],
      ["Event", "EventFacetStat_sync"],
      ["Event", "EventFacetStat_insert"],
      ["EventAudience", "EventAudienceMask_sync"],
      ["EventAudience", "EventAudienceMask_insert"],
      ["Event", "EventLinkStat_event_sync"],
      ["Event", "EventLinkFacetStat_event_sync"],
      // Each link table's triggers: both link rollups, row (sync) and statement (insert).
      ...[
        ["EventSpeaker", "sp"],
        ["EventOrganization", "org"],
      ].flatMap(([table, kind]) =>
        ["EventLinkStat", "EventLinkFacetStat"].flatMap((stat) =>
          ["sync", "insert"].map((op) => [table, `${stat}_${kind}_${op}`]),
        ),
      ),
    ];
    const switchTriggers = async (to: "ENABLE" | "DISABLE") => {
      for (const [table, trigger] of triggers) await c.query(`ALTER TABLE "${table}" ${to} TRIGGER "${trigger}"`);
    };
    await switchTriggers("DISABLE");
    let batch: Array<ReturnType<typeof eventRows> extends Generator<infer T> ? T : never> = [];
    const flush = async () => {
      if (!batch.length) return;
      const col = <K extends keyof (typeof batch)[number]>(k: K) => batch.map((e) => e[k]);
      const eventIds = await ids(
        `INSERT INTO "Event"("title","campaignId","status","date","datePrecision","regionId","districtId","locality","format","audienceSize","audienceEstimate","searchText","audienceMask","deletedAt","version","updatedAt")
         SELECT t, c, s::"EventStatus", d::timestamp, 'day', r, di, l, f::"EventFormat", a, ae, st, m, CASE WHEN del THEN now() ELSE NULL END, 1, now()
         FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::int[], $10::bool[], $11::text[], $12::bool[], $13::int[])
           AS x(t, c, s, d, r, di, l, f, a, ae, st, del, m)
         RETURNING "id"`,
        [
          col("title"),
          col("campaignId"),
          col("status"),
          col("date"),
          col("regionId"),
          col("districtId"),
          col("locality"),
          col("format"),
          col("audienceSize"),
          col("audienceEstimate"),
          col("searchText"),
          col("deleted"),
          col("audienceMask"),
        ],
      );
      const aud: [number[], string[]] = [[], []];
      const sp: [number[], number[], number[]] = [[], [], []];
      const or: [number[], number[]] = [[], []];
      batch.forEach((e, i) => {
        const id = eventIds[i]!;
        for (const a of e.audiences) {
          aud[0].push(id);
          aud[1].push(a);
        }
        e.speakerIdx.forEach((k, pos) => (sp[0].push(id), sp[1].push(personIds[k]!), sp[2].push(pos)));
        or[0].push(id);
        or[1].push(orgIds[e.orgIdx]!);
      });
      await c.query(
        `INSERT INTO "EventAudience"("eventId","type") SELECT e, t::"AudienceType" FROM unnest($1::int[], $2::text[]) AS x(e, t)`,
        aud,
      );
      await c.query(
        `INSERT INTO "EventSpeaker"("eventId","personId","position") SELECT * FROM unnest($1::int[], $2::int[], $3::int[])`,
        sp,
      );
      await c.query(
        `INSERT INTO "EventOrganization"("eventId","organizationId","role") SELECT e, o, 'host' FROM unnest($1::int[], $2::int[]) AS x(e, o)`,
        or,
      );
      batch = [];
    };
    for (const e of eventRows(n, dims, people, orgs, seed)) {
      batch.push(e);
      if (batch.length === BATCH) await flush();
    }
    await flush();
    await c.query(
      `INSERT INTO "EventSearch"("eventId","searchText","regionId") SELECT "id","searchText","regionId" FROM "Event" ON CONFLICT ("eventId") DO UPDATE SET "searchText" = EXCLUDED."searchText", "regionId" = EXCLUDED."regionId"`,
    );
    for (const sql of rollupRebuildSql()) await c.query(sql);
    await switchTriggers("ENABLE");
    await c.query("VACUUM ANALYZE");
  } finally {
    await c.end();
  }
}
