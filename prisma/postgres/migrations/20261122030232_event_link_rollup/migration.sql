-- The dashboards' people/organisation rollup (EventLinkStat) and what keeps it
-- exact: held, non-deleted events per campaign, region and speaker ("p") or
-- organisation ("o"). A link row counts while its event is live and held; an
-- event edit that changes campaign, region, status or deletion moves all its
-- links. Before an event is hard-deleted its links are deleted first, so their
-- triggers still see the event.

-- CreateTable
CREATE TABLE "EventLinkStat" (
    "kind" TEXT NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "linkId" INTEGER NOT NULL,
    "events" INTEGER NOT NULL,

    CONSTRAINT "EventLinkStat_pkey" PRIMARY KEY ("kind","campaignId","regionId","linkId")
);

INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
  SELECT 'p', e."campaignId", e."regionId", s."personId", COUNT(*) FROM "EventSpeaker" s JOIN "Event" e ON e."id" = s."eventId"
  WHERE e."deletedAt" IS NULL AND e."status" = 'held' GROUP BY e."campaignId", e."regionId", s."personId";
INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
  SELECT 'o', e."campaignId", e."regionId", o."organizationId", COUNT(*) FROM "EventOrganization" o JOIN "Event" e ON e."id" = o."eventId"
  WHERE e."deletedAt" IS NULL AND e."status" = 'held' GROUP BY e."campaignId", e."regionId", o."organizationId";

-- One link's contribution (n = +1 or -1) for a live, held event; empty rows go.
CREATE FUNCTION "EventLinkStat_add"(k text, ev integer, link integer, n integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  e RECORD;
BEGIN
  SELECT "campaignId", "regionId" INTO e FROM "Event" WHERE "id" = ev AND "deletedAt" IS NULL AND "status" = 'held';
  IF NOT FOUND THEN RETURN; END IF;
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events") VALUES (k, e."campaignId", e."regionId", link, n)
    ON CONFLICT ("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + EXCLUDED."events";
  IF n < 0 THEN
    DELETE FROM "EventLinkStat" WHERE "kind" = k AND "campaignId" = e."campaignId" AND "regionId" = e."regionId" AND "linkId" = link AND "events" = 0;
  END IF;
END
$$;

CREATE FUNCTION "EventLinkStat_sp_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "EventLinkStat_add"('p', OLD."eventId", OLD."personId", -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM "EventLinkStat_add"('p', NEW."eventId", NEW."personId", 1); END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventLinkStat_sp_sync" AFTER INSERT OR DELETE OR UPDATE OF "eventId", "personId" ON "EventSpeaker"
  FOR EACH ROW EXECUTE FUNCTION "EventLinkStat_sp_sync"();

CREATE FUNCTION "EventLinkStat_org_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "EventLinkStat_add"('o', OLD."eventId", OLD."organizationId", -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM "EventLinkStat_add"('o', NEW."eventId", NEW."organizationId", 1); END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventLinkStat_org_sync" AFTER INSERT OR DELETE OR UPDATE OF "eventId", "organizationId" ON "EventOrganization"
  FOR EACH ROW EXECUTE FUNCTION "EventLinkStat_org_sync"();

CREATE FUNCTION "EventLinkStat_move"(k text, c integer, r integer, link integer, n integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events") VALUES (k, c, r, link, n)
    ON CONFLICT ("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + EXCLUDED."events";
  IF n < 0 THEN
    DELETE FROM "EventLinkStat" WHERE "kind" = k AND "campaignId" = c AND "regionId" = r AND "linkId" = link AND "events" = 0;
  END IF;
END
$$;

CREATE FUNCTION "EventLinkStat_event_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."deletedAt" IS NULL AND OLD."status" = 'held' THEN
    PERFORM "EventLinkStat_move"('p', OLD."campaignId", OLD."regionId", l."personId", -1) FROM "EventSpeaker" l WHERE l."eventId" = OLD."id";
    PERFORM "EventLinkStat_move"('o', OLD."campaignId", OLD."regionId", l."organizationId", -1) FROM "EventOrganization" l WHERE l."eventId" = OLD."id";
  END IF;
  IF NEW."deletedAt" IS NULL AND NEW."status" = 'held' THEN
    PERFORM "EventLinkStat_move"('p', NEW."campaignId", NEW."regionId", l."personId", 1) FROM "EventSpeaker" l WHERE l."eventId" = NEW."id";
    PERFORM "EventLinkStat_move"('o', NEW."campaignId", NEW."regionId", l."organizationId", 1) FROM "EventOrganization" l WHERE l."eventId" = NEW."id";
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventLinkStat_event_sync" AFTER UPDATE OF "campaignId", "regionId", "status", "deletedAt" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "EventLinkStat_event_sync"();

CREATE FUNCTION "EventLinkStat_event_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "EventSpeaker" WHERE "eventId" = OLD."id";
  DELETE FROM "EventOrganization" WHERE "eventId" = OLD."id";
  RETURN OLD;
END
$$;
CREATE TRIGGER "EventLinkStat_event_delete" BEFORE DELETE ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "EventLinkStat_event_delete"();
