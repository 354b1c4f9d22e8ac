// What a spreadsheet import reads and keeps: the reference data its rows are
// resolved against, the stored events its rows update (within the caller's
// scope), the keys of rows imported before, the uploads waiting for their
// commit, and mappings saved by name.
import "server-only";
import { randomBytes } from "node:crypto";
import { storedFieldsSelect } from "./event-snapshot";
import { allRegionsWithDistricts, campaignsNewestFirst } from "./regions";
import { eventScopeWhere } from "./scope-where";
import { db } from "../db";
import { bodyOfStored } from "../schemas/event-stored";
import type { Db, Tx } from "../db-client";
import type { Scope } from "../domain/scope";
import type { SessionUser } from "../domain/session-user";

const BATCH = 500;
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / BATCH) }, (_, i) => xs.slice(i * BATCH, (i + 1) * BATCH));

/** Regions with their districts, and campaigns newest first: what rows are resolved against. */
export async function importReference() {
  const [regions, campaigns] = await Promise.all([allRegionsWithDistricts(), campaignsNewestFirst()]);
  return { regions, campaigns };
}

const storedSelect = {
  ...storedFieldsSelect,
  id: true,
  version: true,
  regionId: true,
  createdById: true,
  sources: { select: { source: { select: { id: true, title: true, url: true, outlet: true } } } },
} as const;

export type StoredForImport = {
  id: number;
  version: number;
  facts: { regionId: number; createdById: number | null };
  body: ReturnType<typeof bodyOfStored>;
  sourceLabels: string[];
};

/**
 * What planning an import reads as it goes, a part of the file at a time:
 * through the database, or through the commit's transaction, which plans the
 * file again against the data as it is inside it.
 */
export type ImportLookups = {
  /** The events with these ids that the scope can see, as import rows compare with them. */
  stored(scope: Scope, ids: number[]): Promise<Map<number, StoredForImport>>;
  /** Keys of rows imported before → the events they made. */
  importedKeys(keys: string[]): Promise<Map<string, number>>;
};

export const importLookups = (client: Db | Tx = db): ImportLookups => ({
  stored: (scope, ids) => storedEventsForImport(client, scope, ids),
  importedKeys: (keys) => eventsByImportKey(client, keys),
});

async function storedEventsForImport(client: Db | Tx, scope: Scope, ids: number[]) {
  const out = new Map<number, StoredForImport>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await client.event.findMany({
      where: { id: { in: part }, ...eventScopeWhere(scope) },
      select: storedSelect,
    });
    for (const e of rows) {
      out.set(e.id, {
        id: e.id,
        version: e.version,
        facts: { regionId: e.regionId, createdById: e.createdById },
        body: bodyOfStored(e),
        sourceLabels: e.sources.flatMap(({ source }) => source.url ?? source.outlet ?? []),
      });
    }
  }
  return out;
}

async function eventsByImportKey(client: Db | Tx, keys: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const part of chunks([...new Set(keys)])) {
    const rows = await client.importKey.findMany({
      where: { key: { in: part } },
      select: { key: true, eventId: true },
    });
    for (const r of rows) out.set(r.key, r.eventId);
  }
  return out;
}

// ---- uploads between preview and commit ----

const JOB_LIFETIME_MS = 24 * 3600_000;

// An upload is kept in parts (see ImportChunk in the schema), one part per
// statement both ways.
const CHUNK_BYTES = 256 * 1024;

/** Keeps an upload for its commit; uploads older than a day that were never committed are dropped. */
export async function createImportJob(user: SessionUser, fileName: string, content: Uint8Array, options: unknown) {
  await db.importJob.deleteMany({
    where: { committedAt: null, createdAt: { lt: new Date(Date.now() - JOB_LIFETIME_MS) } },
  });
  const id = randomBytes(16).toString("base64url");
  await db.$transaction(
    async (tx) => {
      await tx.importJob.create({ data: { id, userId: user.id, fileName, options: JSON.stringify(options) } });
      for (let seq = 0; seq * CHUNK_BYTES < content.byteLength; seq++) {
        const data = content.slice(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES);
        await tx.importChunk.create({ data: { jobId: id, seq, data } });
      }
    },
    { timeout: 60_000 },
  );
  return id;
}

async function uploadContent(jobId: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (let seq = 0; ; seq++) {
    const part = await db.importChunk.findUnique({ where: { jobId_seq: { jobId, seq } }, select: { data: true } });
    if (!part) return Buffer.concat(parts);
    parts.push(part.data);
  }
}

/** The caller's own upload (anyone else's does not exist for them). */
export async function findImportJob(user: SessionUser, id: string) {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(id)) return null;
  const job = await db.importJob.findFirst({
    where: { id, userId: user.id, createdAt: { gte: new Date(Date.now() - JOB_LIFETIME_MS) } },
  });
  if (!job) return null;
  return { ...job, content: await uploadContent(id), options: JSON.parse(job.options) as unknown };
}

export async function setImportJobOptions(user: SessionUser, id: string, options: unknown) {
  await db.importJob.updateMany({
    where: { id, userId: user.id, committedAt: null },
    data: { options: JSON.stringify(options) },
  });
}

/** Discards an upload not yet committed; true when there was one. */
export async function discardImportJob(user: SessionUser, id: string): Promise<boolean> {
  const { count } = await db.importJob.deleteMany({ where: { id, userId: user.id, committedAt: null } });
  return count > 0;
}

// ---- saved mappings ----

export async function listImportMappings() {
  return db.importMapping.findMany({ orderBy: { name: "asc" }, select: { name: true, mapping: true } });
}

export async function findImportMapping(name: string) {
  const m = await db.importMapping.findUnique({ where: { name }, select: { mapping: true } });
  return m ? (JSON.parse(m.mapping) as Record<string, string | null>) : null;
}

export async function saveImportMapping(user: SessionUser, name: string, mapping: Record<string, string | null>) {
  const data = { mapping: JSON.stringify(mapping), updatedById: user.id };
  await db.importMapping.upsert({ where: { name }, create: { name, ...data }, update: data });
}
