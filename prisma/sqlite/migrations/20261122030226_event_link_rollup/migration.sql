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

    PRIMARY KEY ("kind", "campaignId", "regionId", "linkId")
);

INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
  SELECT 'p', e."campaignId", e."regionId", s."personId", COUNT(*) FROM "EventSpeaker" s JOIN "Event" e ON e."id" = s."eventId"
  WHERE e."deletedAt" IS NULL AND e."status" = 'held' GROUP BY e."campaignId", e."regionId", s."personId";
INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
  SELECT 'o', e."campaignId", e."regionId", o."organizationId", COUNT(*) FROM "EventOrganization" o JOIN "Event" e ON e."id" = o."eventId"
  WHERE e."deletedAt" IS NULL AND e."status" = 'held' GROUP BY e."campaignId", e."regionId", o."organizationId";

CREATE TRIGGER "EventLinkStat_sp_ai" AFTER INSERT ON "EventSpeaker" BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'p', e."campaignId", e."regionId", new."personId", 1 FROM "Event" e WHERE e."id" = new."eventId" AND e."deletedAt" IS NULL AND e."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
END;
CREATE TRIGGER "EventLinkStat_sp_ad" AFTER DELETE ON "EventSpeaker" BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'p', e."campaignId", e."regionId", old."personId", -1 FROM "Event" e WHERE e."id" = old."eventId" AND e."deletedAt" IS NULL AND e."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
  DELETE FROM "EventLinkStat" WHERE "kind" = 'p' AND "linkId" = old."personId" AND "events" = 0
    AND "campaignId" = (SELECT "campaignId" FROM "Event" WHERE "id" = old."eventId") AND "regionId" = (SELECT "regionId" FROM "Event" WHERE "id" = old."eventId");
END;
CREATE TRIGGER "EventLinkStat_sp_au" AFTER UPDATE OF "eventId", "personId" ON "EventSpeaker" BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'p', e."campaignId", e."regionId", old."personId", -1 FROM "Event" e WHERE e."id" = old."eventId" AND e."deletedAt" IS NULL AND e."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
  DELETE FROM "EventLinkStat" WHERE "kind" = 'p' AND "linkId" = old."personId" AND "events" = 0
    AND "campaignId" = (SELECT "campaignId" FROM "Event" WHERE "id" = old."eventId") AND "regionId" = (SELECT "regionId" FROM "Event" WHERE "id" = old."eventId");
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'p', e."campaignId", e."regionId", new."personId", 1 FROM "Event" e WHERE e."id" = new."eventId" AND e."deletedAt" IS NULL AND e."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
END;

CREATE TRIGGER "EventLinkStat_org_ai" AFTER INSERT ON "EventOrganization" BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'o', e."campaignId", e."regionId", new."organizationId", 1 FROM "Event" e WHERE e."id" = new."eventId" AND e."deletedAt" IS NULL AND e."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
END;
CREATE TRIGGER "EventLinkStat_org_ad" AFTER DELETE ON "EventOrganization" BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'o', e."campaignId", e."regionId", old."organizationId", -1 FROM "Event" e WHERE e."id" = old."eventId" AND e."deletedAt" IS NULL AND e."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
  DELETE FROM "EventLinkStat" WHERE "kind" = 'o' AND "linkId" = old."organizationId" AND "events" = 0
    AND "campaignId" = (SELECT "campaignId" FROM "Event" WHERE "id" = old."eventId") AND "regionId" = (SELECT "regionId" FROM "Event" WHERE "id" = old."eventId");
END;
CREATE TRIGGER "EventLinkStat_org_au" AFTER UPDATE OF "eventId", "organizationId" ON "EventOrganization" BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'o', e."campaignId", e."regionId", old."organizationId", -1 FROM "Event" e WHERE e."id" = old."eventId" AND e."deletedAt" IS NULL AND e."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
  DELETE FROM "EventLinkStat" WHERE "kind" = 'o' AND "linkId" = old."organizationId" AND "events" = 0
    AND "campaignId" = (SELECT "campaignId" FROM "Event" WHERE "id" = old."eventId") AND "regionId" = (SELECT "regionId" FROM "Event" WHERE "id" = old."eventId");
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'o', e."campaignId", e."regionId", new."organizationId", 1 FROM "Event" e WHERE e."id" = new."eventId" AND e."deletedAt" IS NULL AND e."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
END;

CREATE TRIGGER "EventLinkStat_event_au" AFTER UPDATE OF "campaignId", "regionId", "status", "deletedAt" ON "Event" BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'p', old."campaignId", old."regionId", l."personId", -1 FROM "EventSpeaker" l WHERE l."eventId" = old."id" AND old."deletedAt" IS NULL AND old."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'o', old."campaignId", old."regionId", l."organizationId", -1 FROM "EventOrganization" l WHERE l."eventId" = old."id" AND old."deletedAt" IS NULL AND old."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
  DELETE FROM "EventLinkStat" WHERE "kind" IN ('p', 'o') AND "campaignId" = old."campaignId" AND "regionId" = old."regionId" AND "events" = 0;
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'p', new."campaignId", new."regionId", l."personId", 1 FROM "EventSpeaker" l WHERE l."eventId" = new."id" AND new."deletedAt" IS NULL AND new."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'o', new."campaignId", new."regionId", l."organizationId", 1 FROM "EventOrganization" l WHERE l."eventId" = new."id" AND new."deletedAt" IS NULL AND new."status" = 'held'
    ON CONFLICT("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + excluded."events";
END;
CREATE TRIGGER "EventLinkStat_event_bd" BEFORE DELETE ON "Event" BEGIN
  DELETE FROM "EventSpeaker" WHERE "eventId" = old."id";
  DELETE FROM "EventOrganization" WHERE "eventId" = old."id";
END;
