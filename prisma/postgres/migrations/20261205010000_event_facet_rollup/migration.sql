-- Dashboards filtered by format or by one audience type, from a rollup too
-- (EventFacetStat): the per-day rollup's row again per facet of the event —
-- "f:<format>" once, "a:<type>" for each of its audience types — with the same
-- sums (so a facet row's format and audience columns count the events of that
-- facet). Formats are disjoint, so a view of several formats adds their rows;
-- an event with two audience types is in two "a:" facets, so a view of several
-- audience types (or of a format and an audience) still reads raw events.
-- Kept exact by triggers on "Event", as "EventDayStat" is; lib/data/stats.test.ts
-- proves it equal to the raw counts.

-- CreateTable
CREATE TABLE "EventFacetStat" (
    "facet" TEXT NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "regionId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "status" "EventStatus" NOT NULL,
    "events" INTEGER NOT NULL,
    "audience" INTEGER NOT NULL,
    "unsized" INTEGER NOT NULL,
    "estimated" INTEGER NOT NULL,
    "f_meeting" INTEGER NOT NULL,
    "f_forum" INTEGER NOT NULL,
    "f_round_table" INTEGER NOT NULL,
    "f_visit" INTEGER NOT NULL,
    "f_rally" INTEGER NOT NULL,
    "f_memorandum_signing" INTEGER NOT NULL,
    "f_other" INTEGER NOT NULL,
    "a_labour_collective" INTEGER NOT NULL,
    "a_youth" INTEGER NOT NULL,
    "a_students" INTEGER NOT NULL,
    "a_veterans" INTEGER NOT NULL,
    "a_residents" INTEGER NOT NULL,
    "a_teachers" INTEGER NOT NULL,
    "a_medical_workers" INTEGER NOT NULL,
    "a_business" INTEGER NOT NULL,
    "a_officials" INTEGER NOT NULL,
    "a_other" INTEGER NOT NULL,

    CONSTRAINT "EventFacetStat_pkey" PRIMARY KEY ("facet","campaignId","day","regionId","districtId","status")
);

-- CreateIndex
CREATE INDEX "EventFacetStat_facet_regionId_campaignId_day_idx" ON "EventFacetStat"("facet", "regionId", "campaignId", "day");

-- An event's facets, in order: its format, then each of its audience types.
CREATE FUNCTION "event_facets"(f "EventFormat", mask integer) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'f:' || CAST(f AS TEXT)
  UNION ALL
  SELECT 'a:' || CAST(t AS TEXT) FROM unnest(enum_range(NULL::"AudienceType")) t WHERE (mask & "audience_bit"(t)) <> 0
$$;

INSERT INTO "EventFacetStat"("facet", "campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
  SELECT x."facet", e."campaignId", e."date", e."regionId", COALESCE(e."districtId", 0), e."status", COUNT(*), COALESCE(SUM(e."audienceSize"), 0), COUNT(*) FILTER (WHERE e."audienceSize" IS NULL), COUNT(*) FILTER (WHERE e."audienceEstimate"), COUNT(*) FILTER (WHERE e."format" = 'meeting'), COUNT(*) FILTER (WHERE e."format" = 'forum'), COUNT(*) FILTER (WHERE e."format" = 'round_table'), COUNT(*) FILTER (WHERE e."format" = 'visit'), COUNT(*) FILTER (WHERE e."format" = 'rally'), COUNT(*) FILTER (WHERE e."format" = 'memorandum_signing'), COUNT(*) FILTER (WHERE e."format" = 'other'), SUM((e."audienceMask" >> 0) & 1), SUM((e."audienceMask" >> 1) & 1), SUM((e."audienceMask" >> 2) & 1), SUM((e."audienceMask" >> 3) & 1), SUM((e."audienceMask" >> 4) & 1), SUM((e."audienceMask" >> 5) & 1), SUM((e."audienceMask" >> 6) & 1), SUM((e."audienceMask" >> 7) & 1), SUM((e."audienceMask" >> 8) & 1), SUM((e."audienceMask" >> 9) & 1)
  FROM "Event" e CROSS JOIN LATERAL "event_facets"(e."format", e."audienceMask") x("facet")
  WHERE e."deletedAt" IS NULL GROUP BY x."facet", e."campaignId", e."date", e."regionId", COALESCE(e."districtId", 0), e."status";

-- One event's contribution (sign +1 or -1) to its facets' rows, in key order; empty rows go.
CREATE FUNCTION "EventFacetStat_apply"(r "Event", sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF r."deletedAt" IS NOT NULL THEN RETURN; END IF;
  INSERT INTO "EventFacetStat"("facet", "campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
    SELECT x."facet", r."campaignId", r."date", r."regionId", COALESCE(r."districtId", 0), r."status", sign, sign * COALESCE(r."audienceSize", 0), sign * CAST(r."audienceSize" IS NULL AS INTEGER), sign * CAST(r."audienceEstimate" AS INTEGER), sign * CAST(r."format" = 'meeting' AS INTEGER), sign * CAST(r."format" = 'forum' AS INTEGER), sign * CAST(r."format" = 'round_table' AS INTEGER), sign * CAST(r."format" = 'visit' AS INTEGER), sign * CAST(r."format" = 'rally' AS INTEGER), sign * CAST(r."format" = 'memorandum_signing' AS INTEGER), sign * CAST(r."format" = 'other' AS INTEGER), sign * ((r."audienceMask" >> 0) & 1), sign * ((r."audienceMask" >> 1) & 1), sign * ((r."audienceMask" >> 2) & 1), sign * ((r."audienceMask" >> 3) & 1), sign * ((r."audienceMask" >> 4) & 1), sign * ((r."audienceMask" >> 5) & 1), sign * ((r."audienceMask" >> 6) & 1), sign * ((r."audienceMask" >> 7) & 1), sign * ((r."audienceMask" >> 8) & 1), sign * ((r."audienceMask" >> 9) & 1)
    FROM "event_facets"(r."format", r."audienceMask") x("facet") ORDER BY x."facet"
    ON CONFLICT ("facet", "campaignId", "day", "regionId", "districtId", "status") DO UPDATE SET "events" = "EventFacetStat"."events" + EXCLUDED."events", "audience" = "EventFacetStat"."audience" + EXCLUDED."audience", "unsized" = "EventFacetStat"."unsized" + EXCLUDED."unsized", "estimated" = "EventFacetStat"."estimated" + EXCLUDED."estimated", "f_meeting" = "EventFacetStat"."f_meeting" + EXCLUDED."f_meeting", "f_forum" = "EventFacetStat"."f_forum" + EXCLUDED."f_forum", "f_round_table" = "EventFacetStat"."f_round_table" + EXCLUDED."f_round_table", "f_visit" = "EventFacetStat"."f_visit" + EXCLUDED."f_visit", "f_rally" = "EventFacetStat"."f_rally" + EXCLUDED."f_rally", "f_memorandum_signing" = "EventFacetStat"."f_memorandum_signing" + EXCLUDED."f_memorandum_signing", "f_other" = "EventFacetStat"."f_other" + EXCLUDED."f_other", "a_labour_collective" = "EventFacetStat"."a_labour_collective" + EXCLUDED."a_labour_collective", "a_youth" = "EventFacetStat"."a_youth" + EXCLUDED."a_youth", "a_students" = "EventFacetStat"."a_students" + EXCLUDED."a_students", "a_veterans" = "EventFacetStat"."a_veterans" + EXCLUDED."a_veterans", "a_residents" = "EventFacetStat"."a_residents" + EXCLUDED."a_residents", "a_teachers" = "EventFacetStat"."a_teachers" + EXCLUDED."a_teachers", "a_medical_workers" = "EventFacetStat"."a_medical_workers" + EXCLUDED."a_medical_workers", "a_business" = "EventFacetStat"."a_business" + EXCLUDED."a_business", "a_officials" = "EventFacetStat"."a_officials" + EXCLUDED."a_officials", "a_other" = "EventFacetStat"."a_other" + EXCLUDED."a_other";
  IF sign < 0 THEN
    DELETE FROM "EventFacetStat" WHERE "facet" IN (SELECT "event_facets"(r."format", r."audienceMask")) AND "campaignId" = r."campaignId" AND "day" = r."date" AND "regionId" = r."regionId" AND "districtId" = COALESCE(r."districtId", 0) AND "status" = r."status" AND "events" = 0;
  END IF;
END
$$;

-- An edit, soft delete or restore takes the old version out and puts the new
-- one in, the lower key first (as "EventDayStat_sync": concurrent moves queue
-- instead of deadlocking).
CREATE FUNCTION "EventFacetStat_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND
     (NEW."campaignId", NEW."date", NEW."regionId", COALESCE(NEW."districtId", 0), CAST(NEW."status" AS TEXT)) <
     (OLD."campaignId", OLD."date", OLD."regionId", COALESCE(OLD."districtId", 0), CAST(OLD."status" AS TEXT)) THEN
    PERFORM "EventFacetStat_apply"(NEW, 1);
    PERFORM "EventFacetStat_apply"(OLD, -1);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "EventFacetStat_apply"(OLD, -1); END IF;
  IF TG_OP = 'UPDATE' THEN PERFORM "EventFacetStat_apply"(NEW, 1); END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventFacetStat_sync" AFTER DELETE OR UPDATE OF "campaignId", "date", "regionId", "districtId", "status", "format", "audienceSize", "audienceEstimate", "audienceMask", "deletedAt" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "EventFacetStat_sync"();

-- A multi-row INSERT adds each key's sum once, keys in order (as "EventDayStat_insert").
CREATE FUNCTION "EventFacetStat_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventFacetStat"("facet", "campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
  SELECT x."facet", n."campaignId", n."date", n."regionId", COALESCE(n."districtId", 0), n."status", COUNT(*), COALESCE(SUM(n."audienceSize"), 0), COUNT(*) FILTER (WHERE n."audienceSize" IS NULL), COUNT(*) FILTER (WHERE n."audienceEstimate"), COUNT(*) FILTER (WHERE n."format" = 'meeting'), COUNT(*) FILTER (WHERE n."format" = 'forum'), COUNT(*) FILTER (WHERE n."format" = 'round_table'), COUNT(*) FILTER (WHERE n."format" = 'visit'), COUNT(*) FILTER (WHERE n."format" = 'rally'), COUNT(*) FILTER (WHERE n."format" = 'memorandum_signing'), COUNT(*) FILTER (WHERE n."format" = 'other'), SUM((n."audienceMask" >> 0) & 1), SUM((n."audienceMask" >> 1) & 1), SUM((n."audienceMask" >> 2) & 1), SUM((n."audienceMask" >> 3) & 1), SUM((n."audienceMask" >> 4) & 1), SUM((n."audienceMask" >> 5) & 1), SUM((n."audienceMask" >> 6) & 1), SUM((n."audienceMask" >> 7) & 1), SUM((n."audienceMask" >> 8) & 1), SUM((n."audienceMask" >> 9) & 1)
    FROM new_rows n CROSS JOIN LATERAL "event_facets"(n."format", n."audienceMask") x("facet")
    WHERE n."deletedAt" IS NULL
    GROUP BY x."facet", n."campaignId", n."date", n."regionId", COALESCE(n."districtId", 0), n."status"
    ORDER BY x."facet", n."campaignId", n."date", n."regionId", COALESCE(n."districtId", 0), CAST(n."status" AS TEXT)
    ON CONFLICT ("facet", "campaignId", "day", "regionId", "districtId", "status") DO UPDATE SET "events" = "EventFacetStat"."events" + EXCLUDED."events", "audience" = "EventFacetStat"."audience" + EXCLUDED."audience", "unsized" = "EventFacetStat"."unsized" + EXCLUDED."unsized", "estimated" = "EventFacetStat"."estimated" + EXCLUDED."estimated", "f_meeting" = "EventFacetStat"."f_meeting" + EXCLUDED."f_meeting", "f_forum" = "EventFacetStat"."f_forum" + EXCLUDED."f_forum", "f_round_table" = "EventFacetStat"."f_round_table" + EXCLUDED."f_round_table", "f_visit" = "EventFacetStat"."f_visit" + EXCLUDED."f_visit", "f_rally" = "EventFacetStat"."f_rally" + EXCLUDED."f_rally", "f_memorandum_signing" = "EventFacetStat"."f_memorandum_signing" + EXCLUDED."f_memorandum_signing", "f_other" = "EventFacetStat"."f_other" + EXCLUDED."f_other", "a_labour_collective" = "EventFacetStat"."a_labour_collective" + EXCLUDED."a_labour_collective", "a_youth" = "EventFacetStat"."a_youth" + EXCLUDED."a_youth", "a_students" = "EventFacetStat"."a_students" + EXCLUDED."a_students", "a_veterans" = "EventFacetStat"."a_veterans" + EXCLUDED."a_veterans", "a_residents" = "EventFacetStat"."a_residents" + EXCLUDED."a_residents", "a_teachers" = "EventFacetStat"."a_teachers" + EXCLUDED."a_teachers", "a_medical_workers" = "EventFacetStat"."a_medical_workers" + EXCLUDED."a_medical_workers", "a_business" = "EventFacetStat"."a_business" + EXCLUDED."a_business", "a_officials" = "EventFacetStat"."a_officials" + EXCLUDED."a_officials", "a_other" = "EventFacetStat"."a_other" + EXCLUDED."a_other";
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventFacetStat_insert" AFTER INSERT ON "Event"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "EventFacetStat_insert"();

-- The people/organisation rollup per facet too (EventLinkFacetStat): held,
-- non-deleted events per campaign, region and speaker or organisation, for
-- each facet of the event. Kept by the link tables' triggers and by an
-- event's edit (its campaign, region, status, deletion, format or audiences).

-- CreateTable
CREATE TABLE "EventLinkFacetStat" (
    "kind" TEXT NOT NULL,
    "facet" TEXT NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "linkId" INTEGER NOT NULL,
    "events" INTEGER NOT NULL,

    CONSTRAINT "EventLinkFacetStat_pkey" PRIMARY KEY ("kind","facet","campaignId","regionId","linkId")
);

INSERT INTO "EventLinkFacetStat"("kind", "facet", "campaignId", "regionId", "linkId", "events")
  SELECT 'p', x."facet", e."campaignId", e."regionId", l."personId", COUNT(*) FROM "EventSpeaker" l JOIN "Event" e ON e."id" = l."eventId"
  CROSS JOIN LATERAL "event_facets"(e."format", e."audienceMask") x("facet")
  WHERE e."deletedAt" IS NULL AND e."status" = 'held' GROUP BY x."facet", e."campaignId", e."regionId", l."personId";
INSERT INTO "EventLinkFacetStat"("kind", "facet", "campaignId", "regionId", "linkId", "events")
  SELECT 'o', x."facet", e."campaignId", e."regionId", l."organizationId", COUNT(*) FROM "EventOrganization" l JOIN "Event" e ON e."id" = l."eventId"
  CROSS JOIN LATERAL "event_facets"(e."format", e."audienceMask") x("facet")
  WHERE e."deletedAt" IS NULL AND e."status" = 'held' GROUP BY x."facet", e."campaignId", e."regionId", l."organizationId";

-- One link's contribution (n = +1 or -1) to its live, held event's facets, in key order; empty rows go.
CREATE FUNCTION "EventLinkFacetStat_add"(k text, ev integer, link integer, n integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  e RECORD;
BEGIN
  SELECT "campaignId", "regionId", "format", "audienceMask" INTO e FROM "Event" WHERE "id" = ev AND "deletedAt" IS NULL AND "status" = 'held';
  IF NOT FOUND THEN RETURN; END IF;
  INSERT INTO "EventLinkFacetStat"("kind", "facet", "campaignId", "regionId", "linkId", "events")
    SELECT k, x."facet", e."campaignId", e."regionId", link, n FROM "event_facets"(e."format", e."audienceMask") x("facet") ORDER BY x."facet"
    ON CONFLICT ("kind", "facet", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkFacetStat"."events" + EXCLUDED."events";
  IF n < 0 THEN
    DELETE FROM "EventLinkFacetStat" WHERE "kind" = k AND "facet" IN (SELECT "event_facets"(e."format", e."audienceMask"))
      AND "campaignId" = e."campaignId" AND "regionId" = e."regionId" AND "linkId" = link AND "events" = 0;
  END IF;
END
$$;

CREATE FUNCTION "EventLinkFacetStat_sp_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "EventLinkFacetStat_add"('p', OLD."eventId", OLD."personId", -1); END IF;
  IF TG_OP = 'UPDATE' THEN PERFORM "EventLinkFacetStat_add"('p', NEW."eventId", NEW."personId", 1); END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventLinkFacetStat_sp_sync" AFTER DELETE OR UPDATE OF "eventId", "personId" ON "EventSpeaker"
  FOR EACH ROW EXECUTE FUNCTION "EventLinkFacetStat_sp_sync"();
-- A multi-row INSERT adds each key's sum once, keys in order; the batch's events are read by id.
CREATE FUNCTION "EventLinkFacetStat_sp_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventLinkFacetStat"("kind", "facet", "campaignId", "regionId", "linkId", "events")
    SELECT 'p', x."facet", e."campaignId", e."regionId", n."personId", COUNT(*)
    FROM new_rows n
    JOIN (SELECT "id", "campaignId", "regionId", "format", "audienceMask" FROM "Event"
          WHERE "id" = ANY (ARRAY(SELECT DISTINCT "eventId" FROM new_rows))
            AND "deletedAt" IS NULL AND "status" = 'held') e ON e."id" = n."eventId"
    CROSS JOIN LATERAL "event_facets"(e."format", e."audienceMask") x("facet")
    GROUP BY x."facet", e."campaignId", e."regionId", n."personId"
    ORDER BY x."facet", e."campaignId", e."regionId", n."personId"
    ON CONFLICT ("kind", "facet", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkFacetStat"."events" + EXCLUDED."events";
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventLinkFacetStat_sp_insert" AFTER INSERT ON "EventSpeaker"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "EventLinkFacetStat_sp_insert"();

CREATE FUNCTION "EventLinkFacetStat_org_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "EventLinkFacetStat_add"('o', OLD."eventId", OLD."organizationId", -1); END IF;
  IF TG_OP = 'UPDATE' THEN PERFORM "EventLinkFacetStat_add"('o', NEW."eventId", NEW."organizationId", 1); END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventLinkFacetStat_org_sync" AFTER DELETE OR UPDATE OF "eventId", "organizationId" ON "EventOrganization"
  FOR EACH ROW EXECUTE FUNCTION "EventLinkFacetStat_org_sync"();
-- A multi-row INSERT adds each key's sum once, keys in order; the batch's events are read by id.
CREATE FUNCTION "EventLinkFacetStat_org_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventLinkFacetStat"("kind", "facet", "campaignId", "regionId", "linkId", "events")
    SELECT 'o', x."facet", e."campaignId", e."regionId", n."organizationId", COUNT(*)
    FROM new_rows n
    JOIN (SELECT "id", "campaignId", "regionId", "format", "audienceMask" FROM "Event"
          WHERE "id" = ANY (ARRAY(SELECT DISTINCT "eventId" FROM new_rows))
            AND "deletedAt" IS NULL AND "status" = 'held') e ON e."id" = n."eventId"
    CROSS JOIN LATERAL "event_facets"(e."format", e."audienceMask") x("facet")
    GROUP BY x."facet", e."campaignId", e."regionId", n."organizationId"
    ORDER BY x."facet", e."campaignId", e."regionId", n."organizationId"
    ON CONFLICT ("kind", "facet", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkFacetStat"."events" + EXCLUDED."events";
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventLinkFacetStat_org_insert" AFTER INSERT ON "EventOrganization"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "EventLinkFacetStat_org_insert"();

-- An event's edit moves all its links' facet rows: the old version's out, the new one's in.
CREATE FUNCTION "EventLinkFacetStat_event_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."deletedAt" IS NULL AND OLD."status" = 'held' THEN
    INSERT INTO "EventLinkFacetStat"("kind", "facet", "campaignId", "regionId", "linkId", "events")
      SELECT l."kind", x."facet", OLD."campaignId", OLD."regionId", l."link", -1 * COUNT(*)
      FROM (SELECT 'p' AS "kind", "personId" AS "link" FROM "EventSpeaker" WHERE "eventId" = OLD."id" UNION ALL SELECT 'o', "organizationId" FROM "EventOrganization" WHERE "eventId" = OLD."id") l CROSS JOIN "event_facets"(OLD."format", OLD."audienceMask") x("facet")
      GROUP BY l."kind", x."facet", l."link" ORDER BY l."kind", x."facet", l."link"
      ON CONFLICT ("kind", "facet", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkFacetStat"."events" + EXCLUDED."events";
    DELETE FROM "EventLinkFacetStat" s USING (SELECT 'p' AS "kind", "personId" AS "link" FROM "EventSpeaker" WHERE "eventId" = OLD."id" UNION ALL SELECT 'o', "organizationId" FROM "EventOrganization" WHERE "eventId" = OLD."id") l
      WHERE s."kind" = l."kind" AND s."linkId" = l."link" AND s."facet" IN (SELECT "event_facets"(OLD."format", OLD."audienceMask"))
        AND s."campaignId" = OLD."campaignId" AND s."regionId" = OLD."regionId" AND s."events" = 0;
  END IF;
  IF NEW."deletedAt" IS NULL AND NEW."status" = 'held' THEN
    INSERT INTO "EventLinkFacetStat"("kind", "facet", "campaignId", "regionId", "linkId", "events")
      SELECT l."kind", x."facet", NEW."campaignId", NEW."regionId", l."link", 1 * COUNT(*)
      FROM (SELECT 'p' AS "kind", "personId" AS "link" FROM "EventSpeaker" WHERE "eventId" = NEW."id" UNION ALL SELECT 'o', "organizationId" FROM "EventOrganization" WHERE "eventId" = NEW."id") l CROSS JOIN "event_facets"(NEW."format", NEW."audienceMask") x("facet")
      GROUP BY l."kind", x."facet", l."link" ORDER BY l."kind", x."facet", l."link"
      ON CONFLICT ("kind", "facet", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkFacetStat"."events" + EXCLUDED."events";
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventLinkFacetStat_event_sync" AFTER UPDATE OF "campaignId", "regionId", "status", "deletedAt", "format", "audienceMask" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "EventLinkFacetStat_event_sync"();
