import "server-only";
import { db } from "../db";

/** The change history of one record, newest first. Callers check access to the record first. */
export async function listAuditFor(entity: "Event", entityId: number) {
  return db.auditEntry.findMany({
    where: { entity, entityId: String(entityId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, actorEmail: true, action: true, before: true, after: true, createdAt: true },
    take: 200,
  });
}
