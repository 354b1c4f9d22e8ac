// Prints the number of rows of every table a write could touch, as JSON, for
// the fuzz spec's "refused requests write nothing" check. Run through tsx.
import { createDb } from "../../lib/db-client";

const { db } = createDb(process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");
try {
  const counts = {
    events: await db.event.count(),
    deleted: await db.event.count({ where: { deletedAt: { not: null } } }),
    versions: (await db.event.aggregate({ _sum: { version: true } }))._sum.version,
    sources: await db.source.count(),
    people: await db.person.count(),
    organizations: await db.organization.count(),
    users: await db.user.count(),
    audit: await db.auditEntry.count(),
    links: (await db.eventSpeaker.count()) + (await db.eventOrganization.count()) + (await db.eventSource.count()),
  };
  console.log(JSON.stringify(counts));
} finally {
  await db.$disconnect();
}
