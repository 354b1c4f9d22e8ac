// npm run audit:verify — rebuilds every event, person, organisation and source
// from its history alone and compares it with the stored rows of the database
// DATABASE_URL names (lib/data/audit-verify.ts). Exits 1 on any difference.
import { verifyAudit } from "../lib/data/audit-verify";
import { createDb } from "../lib/db-client";

const { db } = createDb();
try {
  const report = await verifyAudit(db);
  const counts = Object.entries(report.records)
    .map(([entity, n]) => `${n} ${entity}`)
    .join(", ");
  console.log(`audit:verify: replayed ${report.entries} entries against ${counts}`);
  for (const d of report.differences.slice(0, 50)) {
    const detail = d.field
      ? ` ${d.field}: stored ${JSON.stringify(d.stored)}, history ${JSON.stringify(d.replayed)}`
      : "";
    console.log(`  ${d.entity} #${d.id}: ${d.problem}${detail}`);
  }
  if (report.differences.length > 0) {
    console.log(`audit:verify: ${report.differences.length} difference(s) — the history does not replay to the data`);
    process.exitCode = 1;
  } else {
    console.log("audit:verify: the history replays to the data");
  }
} finally {
  await db.$disconnect();
}
