-- DropIndex
DROP INDEX "Event_deletedAt_date_id_idx";

-- CreateIndex
CREATE INDEX "Event_date_id_deletedAt_idx" ON "Event"("date", "id", "deletedAt");
