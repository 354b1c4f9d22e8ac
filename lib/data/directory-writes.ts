// Editing and merging people and organisations. A merge moves every event of
// the merged record to the kept one, keeps the merged names as aliases and is
// recorded in the history; the search text of every touched event is rebuilt.
import "server-only";
import { db } from "../db";
import { eventSearchText } from "../search/event-search-text";
import { searchTextOf } from "../search/normalize";
import type { SessionUser } from "./users";
import type { Prisma } from "../generated/sqlite/client";

type Tx = Prisma.TransactionClient;
type Kind = "Person" | "Organization";
const TX = { maxWait: 30_000, timeout: 60_000 };

const named = { select: { name: true } } as const;

/** Rebuilds Event.searchText for these events from their current names and aliases. */
export async function refreshEventSearchText(tx: Tx, eventIds: number[]) {
  for (let i = 0; i < eventIds.length; i += 200) {
    const events = await tx.event.findMany({
      where: { id: { in: eventIds.slice(i, i + 200) } },
      select: {
        id: true,
        title: true,
        summary: true,
        locality: true,
        speakers: {
          select: {
            person: { select: { fullName: true, aliases: named } },
            organization: { select: { name: true, aliases: named } },
          },
        },
        organizations: { select: { organization: { select: { name: true, aliases: named } } } },
      },
    });
    for (const e of events) {
      const orgs = [...e.organizations.map((o) => o.organization), ...e.speakers.flatMap((s) => s.organization ?? [])];
      const searchText = eventSearchText({
        title: e.title,
        summary: e.summary,
        locality: e.locality,
        people: e.speakers.map((s) => ({ name: s.person.fullName, aliases: s.person.aliases.map((a) => a.name) })),
        organizations: orgs.map((o) => ({ name: o.name, aliases: o.aliases.map((a) => a.name) })),
      });
      await tx.event.update({ where: { id: e.id }, data: { searchText } });
    }
  }
}

const audit = (tx: Tx, actor: SessionUser, action: string, entity: Kind, id: number, before: object, after: object) =>
  tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action,
      entity,
      entityId: String(id),
      before: JSON.stringify(before),
      after: JSON.stringify(after),
    },
  });

const cleanAliases = (name: string, aliases: string[]) => [
  ...new Set(aliases.map((a) => a.trim()).filter((a) => a && a !== name)),
];

async function eventsOfPerson(tx: Tx, id: number) {
  return (await tx.eventSpeaker.findMany({ where: { personId: id }, select: { eventId: true } })).map((s) => s.eventId);
}
async function eventsOfOrganization(tx: Tx, id: number) {
  const [a, b] = await Promise.all([
    tx.eventOrganization.findMany({ where: { organizationId: id }, select: { eventId: true } }),
    tx.eventSpeaker.findMany({ where: { organizationId: id }, select: { eventId: true } }),
  ]);
  return [...new Set([...a, ...b].map((x) => x.eventId))];
}

export async function updatePerson(
  actor: SessionUser,
  id: number,
  input: { name: string; aliases: string[] },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.person.findUnique({ where: { id }, select: { fullName: true, aliases: named } });
    if (!before) return false;
    const aliases = cleanAliases(input.name, input.aliases);
    await tx.personAlias.deleteMany({ where: { personId: id } });
    await tx.person.update({
      where: { id },
      data: {
        fullName: input.name,
        searchText: searchTextOf([input.name, ...aliases]),
        aliases: { create: aliases.map((name) => ({ name })) },
      },
    });
    await refreshEventSearchText(tx, await eventsOfPerson(tx, id));
    await audit(
      tx,
      actor,
      "update",
      "Person",
      id,
      { name: before.fullName, aliases: before.aliases.map((a) => a.name).join("; ") },
      { name: input.name, aliases: aliases.join("; ") },
    );
    return true;
  }, TX);
}

export async function updateOrganization(
  actor: SessionUser,
  id: number,
  input: { name: string; kind: string; aliases: string[] },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({
      where: { id },
      select: { name: true, kind: true, aliases: named },
    });
    if (!before) return false;
    const aliases = cleanAliases(input.name, input.aliases);
    await tx.organizationAlias.deleteMany({ where: { organizationId: id } });
    await tx.organization.update({
      where: { id },
      data: {
        name: input.name,
        kind: input.kind as typeof before.kind,
        searchText: searchTextOf([input.name, ...aliases]),
        aliases: { create: aliases.map((name) => ({ name })) },
      },
    });
    await refreshEventSearchText(tx, await eventsOfOrganization(tx, id));
    await audit(
      tx,
      actor,
      "update",
      "Organization",
      id,
      { name: before.name, kind: before.kind, aliases: before.aliases.map((a) => a.name).join("; ") },
      { name: input.name, kind: input.kind, aliases: aliases.join("; ") },
    );
    return true;
  }, TX);
}

/** Merges person `mergeId` into `keepId`. */
export async function mergePeople(actor: SessionUser, keepId: number, mergeId: number): Promise<boolean> {
  if (keepId === mergeId) return false;
  return db.$transaction(async (tx) => {
    const [keep, gone] = await Promise.all([
      tx.person.findUnique({ where: { id: keepId }, select: { fullName: true, aliases: named } }),
      tx.person.findUnique({ where: { id: mergeId }, select: { fullName: true, aliases: named } }),
    ]);
    if (!keep || !gone) return false;
    const touched = [...new Set([...(await eventsOfPerson(tx, keepId)), ...(await eventsOfPerson(tx, mergeId))])];
    // Both spoke at the same event: keep one speaker row (the kept person's).
    const shared = (await tx.eventSpeaker.findMany({ where: { personId: keepId }, select: { eventId: true } })).map(
      (s) => s.eventId,
    );
    await tx.eventSpeaker.deleteMany({ where: { personId: mergeId, eventId: { in: shared } } });
    await tx.eventSpeaker.updateMany({ where: { personId: mergeId }, data: { personId: keepId } });
    const aliases = cleanAliases(keep.fullName, [
      ...keep.aliases.map((a) => a.name),
      gone.fullName,
      ...gone.aliases.map((a) => a.name),
    ]);
    await tx.personAlias.deleteMany({ where: { personId: { in: [keepId, mergeId] } } });
    await tx.person.delete({ where: { id: mergeId } });
    await tx.person.update({
      where: { id: keepId },
      data: {
        searchText: searchTextOf([keep.fullName, ...aliases]),
        aliases: { create: aliases.map((name) => ({ name })) },
      },
    });
    await refreshEventSearchText(tx, touched);
    await audit(
      tx,
      actor,
      "merge",
      "Person",
      keepId,
      { merged: `${gone.fullName} (#${mergeId})` },
      { into: keep.fullName, aliases: aliases.join("; ") },
    );
    return true;
  }, TX);
}

/** Merges organisation `mergeId` into `keepId`. */
export async function mergeOrganizations(actor: SessionUser, keepId: number, mergeId: number): Promise<boolean> {
  if (keepId === mergeId) return false;
  return db.$transaction(async (tx) => {
    const [keep, gone] = await Promise.all([
      tx.organization.findUnique({ where: { id: keepId }, select: { name: true, aliases: named } }),
      tx.organization.findUnique({ where: { id: mergeId }, select: { name: true, aliases: named } }),
    ]);
    if (!keep || !gone) return false;
    const touched = [
      ...new Set([...(await eventsOfOrganization(tx, keepId)), ...(await eventsOfOrganization(tx, mergeId))]),
    ];
    const shared = (
      await tx.eventOrganization.findMany({ where: { organizationId: keepId }, select: { eventId: true } })
    ).map((o) => o.eventId);
    await tx.eventOrganization.deleteMany({ where: { organizationId: mergeId, eventId: { in: shared } } });
    await tx.eventOrganization.updateMany({ where: { organizationId: mergeId }, data: { organizationId: keepId } });
    await tx.eventSpeaker.updateMany({ where: { organizationId: mergeId }, data: { organizationId: keepId } });
    const aliases = cleanAliases(keep.name, [
      ...keep.aliases.map((a) => a.name),
      gone.name,
      ...gone.aliases.map((a) => a.name),
    ]);
    await tx.organizationAlias.deleteMany({ where: { organizationId: { in: [keepId, mergeId] } } });
    await tx.organization.delete({ where: { id: mergeId } });
    await tx.organization.update({
      where: { id: keepId },
      data: {
        searchText: searchTextOf([keep.name, ...aliases]),
        aliases: { create: aliases.map((name) => ({ name })) },
      },
    });
    await refreshEventSearchText(tx, touched);
    await audit(
      tx,
      actor,
      "merge",
      "Organization",
      keepId,
      { merged: `${gone.name} (#${mergeId})` },
      { into: keep.name, aliases: aliases.join("; ") },
    );
    return true;
  }, TX);
}
