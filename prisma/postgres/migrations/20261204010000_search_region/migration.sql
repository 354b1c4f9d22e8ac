-- The search index also holds each event's region, in one GIN index with the
-- text's trigrams (btree_gin), so a search within some regions is one lookup
-- in the index (the word's trigrams AND the regions) instead of every match of
-- the word read from "Event" to check its region: «Қошанов» in one region of
-- 1M events, 137 → 14 ms; a search in every region is as before (the index
-- serves a condition on either column alone). The statement still checks
-- "Event"."regionId" itself.
CREATE EXTENSION IF NOT EXISTS btree_gin;

ALTER TABLE "EventSearch" ADD COLUMN "regionId" INTEGER;
UPDATE "EventSearch" s SET "regionId" = e."regionId" FROM "Event" e WHERE e."id" = s."eventId";
ALTER TABLE "EventSearch" ALTER COLUMN "regionId" SET NOT NULL;

DROP INDEX "EventSearch_searchText_trgm";
CREATE INDEX "EventSearch_searchText_region" ON "EventSearch" USING gin ("searchText" gin_trgm_ops, "regionId");

CREATE OR REPLACE FUNCTION "EventSearch_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventSearch"("eventId", "searchText", "regionId") VALUES (NEW."id", NEW."searchText", NEW."regionId")
  ON CONFLICT ("eventId") DO UPDATE SET "searchText" = EXCLUDED."searchText", "regionId" = EXCLUDED."regionId";
  RETURN NEW;
END
$$;

DROP TRIGGER "EventSearch_sync" ON "Event";
CREATE TRIGGER "EventSearch_sync" AFTER INSERT OR UPDATE OF "searchText", "regionId" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "EventSearch_sync"();

-- A search's page walks a region's newest events (its best matches among the
-- newest 10,000): with id and deletedAt in the index, from the index alone
-- (the window's edge in one region of 1M events: ~70 → 1 ms on PostgreSQL).
DROP INDEX "Event_regionId_date_idx";
CREATE INDEX "Event_regionId_date_id_deletedAt_idx" ON "Event"("regionId", "date", "id", "deletedAt");
