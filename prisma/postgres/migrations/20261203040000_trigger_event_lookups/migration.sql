-- The INSERT triggers of a batch's links (speakers, organisations, audience
-- rows) read the batch's events by id. Joined to "Event" as a table, the
-- planner, which knows nothing of a transition table's size, scanned all of
-- "Event" for each statement: an import's time grew with the square of its
-- size (2,000 rows of links took 0.6 s at the start of a 10,000-row import and
-- 3.6 s at its end). The ids are now looked up through the primary key.

CREATE OR REPLACE FUNCTION "EventLinkStat_sp_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'p', e."campaignId", e."regionId", n."personId", COUNT(*)
    FROM new_rows n
    JOIN (SELECT "id", "campaignId", "regionId" FROM "Event"
          WHERE "id" = ANY (ARRAY(SELECT DISTINCT "eventId" FROM new_rows))
            AND "deletedAt" IS NULL AND "status" = 'held') e ON e."id" = n."eventId"
    GROUP BY e."campaignId", e."regionId", n."personId"
    ORDER BY e."campaignId", e."regionId", n."personId"
    ON CONFLICT ("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + EXCLUDED."events";
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "EventLinkStat_org_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'o', e."campaignId", e."regionId", n."organizationId", COUNT(*)
    FROM new_rows n
    JOIN (SELECT "id", "campaignId", "regionId" FROM "Event"
          WHERE "id" = ANY (ARRAY(SELECT DISTINCT "eventId" FROM new_rows))
            AND "deletedAt" IS NULL AND "status" = 'held') e ON e."id" = n."eventId"
    GROUP BY e."campaignId", e."regionId", n."organizationId"
    ORDER BY e."campaignId", e."regionId", n."organizationId"
    ON CONFLICT ("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + EXCLUDED."events";
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "EventAudienceMask_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Event" e SET "audienceMask" = e."audienceMask" | n."bits"
    FROM (SELECT "eventId", bit_or("audience_bit"("type")) AS "bits" FROM new_rows GROUP BY "eventId") n
    WHERE e."id" = ANY (ARRAY(SELECT DISTINCT "eventId" FROM new_rows))
      AND e."id" = n."eventId" AND (e."audienceMask" & n."bits") <> n."bits";
  RETURN NULL;
END
$$;
