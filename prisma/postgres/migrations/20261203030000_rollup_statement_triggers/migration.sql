-- A multi-row INSERT (a batch of created events, lib/data/event-creates.ts)
-- adds to the rollups once per key, not once per row. Within one long
-- transaction (an import) every per-row upsert of a popular key left one more
-- row version that later upserts of that key walked past, so an import's time
-- grew with the square of its size. The INSERT triggers now read the
-- statement's new rows (a transition table) and add each key's sum in one
-- upsert, keys in order (two imports at once take their locks in the same
-- order); new audience rows set their events' bits in one update. Updates and
-- deletes keep their row triggers. PostgreSQL only: SQLite
-- keeps no row versions and has row triggers only.

CREATE FUNCTION "EventDayStat_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventDayStat"("campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
  SELECT "campaignId", "date", "regionId", COALESCE("districtId", 0), "status", COUNT(*), COALESCE(SUM("audienceSize"), 0),
    COUNT(*) FILTER (WHERE "audienceSize" IS NULL), COUNT(*) FILTER (WHERE "audienceEstimate"),
    COUNT(*) FILTER (WHERE "format" = 'meeting'), COUNT(*) FILTER (WHERE "format" = 'forum'), COUNT(*) FILTER (WHERE "format" = 'round_table'), COUNT(*) FILTER (WHERE "format" = 'visit'), COUNT(*) FILTER (WHERE "format" = 'rally'), COUNT(*) FILTER (WHERE "format" = 'memorandum_signing'), COUNT(*) FILTER (WHERE "format" = 'other'),
    SUM(("audienceMask" >> 0) & 1), SUM(("audienceMask" >> 1) & 1), SUM(("audienceMask" >> 2) & 1), SUM(("audienceMask" >> 3) & 1), SUM(("audienceMask" >> 4) & 1), SUM(("audienceMask" >> 5) & 1), SUM(("audienceMask" >> 6) & 1), SUM(("audienceMask" >> 7) & 1), SUM(("audienceMask" >> 8) & 1), SUM(("audienceMask" >> 9) & 1)
    FROM new_rows WHERE "deletedAt" IS NULL
    GROUP BY "campaignId", "date", "regionId", COALESCE("districtId", 0), "status"
    ORDER BY "campaignId", "date", "regionId", COALESCE("districtId", 0), CAST("status" AS TEXT)
    ON CONFLICT ("campaignId", "day", "regionId", "districtId", "status") DO UPDATE SET "events" = "EventDayStat"."events" + EXCLUDED."events", "audience" = "EventDayStat"."audience" + EXCLUDED."audience", "unsized" = "EventDayStat"."unsized" + EXCLUDED."unsized", "estimated" = "EventDayStat"."estimated" + EXCLUDED."estimated", "f_meeting" = "EventDayStat"."f_meeting" + EXCLUDED."f_meeting", "f_forum" = "EventDayStat"."f_forum" + EXCLUDED."f_forum", "f_round_table" = "EventDayStat"."f_round_table" + EXCLUDED."f_round_table", "f_visit" = "EventDayStat"."f_visit" + EXCLUDED."f_visit", "f_rally" = "EventDayStat"."f_rally" + EXCLUDED."f_rally", "f_memorandum_signing" = "EventDayStat"."f_memorandum_signing" + EXCLUDED."f_memorandum_signing", "f_other" = "EventDayStat"."f_other" + EXCLUDED."f_other", "a_labour_collective" = "EventDayStat"."a_labour_collective" + EXCLUDED."a_labour_collective", "a_youth" = "EventDayStat"."a_youth" + EXCLUDED."a_youth", "a_students" = "EventDayStat"."a_students" + EXCLUDED."a_students", "a_veterans" = "EventDayStat"."a_veterans" + EXCLUDED."a_veterans", "a_residents" = "EventDayStat"."a_residents" + EXCLUDED."a_residents", "a_teachers" = "EventDayStat"."a_teachers" + EXCLUDED."a_teachers", "a_medical_workers" = "EventDayStat"."a_medical_workers" + EXCLUDED."a_medical_workers", "a_business" = "EventDayStat"."a_business" + EXCLUDED."a_business", "a_officials" = "EventDayStat"."a_officials" + EXCLUDED."a_officials", "a_other" = "EventDayStat"."a_other" + EXCLUDED."a_other";
  RETURN NULL;
END
$$;
DROP TRIGGER "EventDayStat_sync" ON "Event";
CREATE TRIGGER "EventDayStat_sync" AFTER DELETE OR UPDATE OF "campaignId", "date", "regionId", "districtId", "status", "format", "audienceSize", "audienceEstimate", "audienceMask", "deletedAt" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "EventDayStat_sync"();
CREATE TRIGGER "EventDayStat_insert" AFTER INSERT ON "Event"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "EventDayStat_insert"();

CREATE FUNCTION "EventLinkStat_sp_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'p', e."campaignId", e."regionId", n."personId", COUNT(*)
    FROM new_rows n JOIN "Event" e ON e."id" = n."eventId"
    WHERE e."deletedAt" IS NULL AND e."status" = 'held'
    GROUP BY e."campaignId", e."regionId", n."personId"
    ORDER BY e."campaignId", e."regionId", n."personId"
    ON CONFLICT ("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + EXCLUDED."events";
  RETURN NULL;
END
$$;
DROP TRIGGER "EventLinkStat_sp_sync" ON "EventSpeaker";
CREATE TRIGGER "EventLinkStat_sp_sync" AFTER DELETE OR UPDATE OF "eventId", "personId" ON "EventSpeaker"
  FOR EACH ROW EXECUTE FUNCTION "EventLinkStat_sp_sync"();
CREATE TRIGGER "EventLinkStat_sp_insert" AFTER INSERT ON "EventSpeaker"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "EventLinkStat_sp_insert"();

CREATE FUNCTION "EventLinkStat_org_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
    SELECT 'o', e."campaignId", e."regionId", n."organizationId", COUNT(*)
    FROM new_rows n JOIN "Event" e ON e."id" = n."eventId"
    WHERE e."deletedAt" IS NULL AND e."status" = 'held'
    GROUP BY e."campaignId", e."regionId", n."organizationId"
    ORDER BY e."campaignId", e."regionId", n."organizationId"
    ON CONFLICT ("kind", "campaignId", "regionId", "linkId") DO UPDATE SET "events" = "EventLinkStat"."events" + EXCLUDED."events";
  RETURN NULL;
END
$$;
DROP TRIGGER "EventLinkStat_org_sync" ON "EventOrganization";
CREATE TRIGGER "EventLinkStat_org_sync" AFTER DELETE OR UPDATE OF "eventId", "organizationId" ON "EventOrganization"
  FOR EACH ROW EXECUTE FUNCTION "EventLinkStat_org_sync"();
CREATE TRIGGER "EventLinkStat_org_insert" AFTER INSERT ON "EventOrganization"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "EventLinkStat_org_insert"();

-- An event's audience bits from its new audience rows, one update per event
-- whose bits change (none for a batch's events, written with their bits).
CREATE FUNCTION "EventAudienceMask_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Event" e SET "audienceMask" = e."audienceMask" | n."bits"
    FROM (SELECT "eventId", bit_or("audience_bit"("type")) AS "bits" FROM new_rows GROUP BY "eventId") n
    WHERE e."id" = n."eventId" AND (e."audienceMask" & n."bits") <> n."bits";
  RETURN NULL;
END
$$;
DROP TRIGGER "EventAudienceMask_sync" ON "EventAudience";
CREATE TRIGGER "EventAudienceMask_sync" AFTER DELETE ON "EventAudience"
  FOR EACH ROW EXECUTE FUNCTION "EventAudienceMask_sync"();
CREATE TRIGGER "EventAudienceMask_insert" AFTER INSERT ON "EventAudience"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "EventAudienceMask_insert"();
