// Creates an event in the e2e server's database; prints its id. Run by
// e2e/fixtures.ts through tsx (Playwright's loader cannot load the ESM Prisma
// client). It records the creation as the app does, so audit:verify holds.
import { recordAudit } from "../../lib/data/audit-write";
import { snapshotOf, snapshotSelect } from "../../lib/data/event-snapshot";
import { createDb } from "../../lib/db-client";
import { eventSearchText } from "../../lib/search/event-search-text";

const [title, regionIso] = process.argv.slice(2);
if (!title || !regionIso) throw new Error("usage: create-event.mts <title> <region ISO>");
const { db } = createDb(process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");
try {
  const [region, campaign] = await Promise.all([
    db.region.findUniqueOrThrow({ where: { iso: regionIso } }),
    db.campaign.findUniqueOrThrow({ where: { slug: "referendum-2026" } }),
  ]);
  // The app's own writes (other specs run beside this one) may hold the
  // embedded database's write lock for a while: wait for it, not 5 s.
  const id = await db.$transaction(
    async (tx) => {
      const e = await tx.event.create({
        data: {
          title,
          campaignId: campaign.id,
          regionId: region.id,
          date: new Date("2026-03-01T00:00:00Z"),
          format: "meeting",
          audienceSize: 42,
          searchText: eventSearchText({ title, people: [], organizations: [] }),
          audiences: { create: [{ type: "residents" }] },
        },
        select: snapshotSelect,
      });
      const actor = { id: null, email: "e2e-fixture" };
      await recordAudit(tx, actor, {
        action: "create",
        entity: "Event",
        entityId: e.id,
        before: null,
        after: snapshotOf(e),
        version: 1,
      });
      return e.id;
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
  // Written as text: console.log colours a number when FORCE_COLOR is set (Playwright sets it).
  process.stdout.write(`${id}\n`);
} finally {
  await db.$disconnect();
}
