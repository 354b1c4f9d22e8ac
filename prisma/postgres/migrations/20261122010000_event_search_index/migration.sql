-- Trigram index for substring search over Event.searchText (pg_trgm GIN), in a
-- table of its own (declared external in prisma.config.ts) kept in step by a trigger.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "EventSearch" (
  "eventId" INTEGER NOT NULL PRIMARY KEY REFERENCES "Event"("id") ON DELETE CASCADE,
  "searchText" TEXT NOT NULL
);
CREATE INDEX "EventSearch_searchText_trgm" ON "EventSearch" USING gin ("searchText" gin_trgm_ops);
INSERT INTO "EventSearch"("eventId", "searchText") SELECT "id", "searchText" FROM "Event";

CREATE FUNCTION "EventSearch_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventSearch"("eventId", "searchText") VALUES (NEW."id", NEW."searchText")
  ON CONFLICT ("eventId") DO UPDATE SET "searchText" = EXCLUDED."searchText";
  RETURN NEW;
END
$$;

CREATE TRIGGER "EventSearch_sync" AFTER INSERT OR UPDATE OF "searchText" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "EventSearch_sync"();
