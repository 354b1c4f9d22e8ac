-- The dashboards' rollup (EventDayStat) and what keeps it exact.
-- Event.audienceMask: one bit per audience type, kept by triggers on EventAudience
-- (bit i = the i-th type of AUDIENCE_TYPES in lib/schemas/event-filters.ts).
ALTER TABLE "Event" ADD COLUMN "audienceMask" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EventDayStat" (
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

    CONSTRAINT "EventDayStat_pkey" PRIMARY KEY ("campaignId","day","regionId","districtId","status")
);

-- CreateIndex
CREATE INDEX "EventDayStat_regionId_campaignId_day_idx" ON "EventDayStat"("regionId", "campaignId", "day");

CREATE FUNCTION "audience_bit"(t "AudienceType") RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE CAST(t AS TEXT) WHEN 'labour_collective' THEN 1 WHEN 'youth' THEN 2 WHEN 'students' THEN 4 WHEN 'veterans' THEN 8 WHEN 'residents' THEN 16 WHEN 'teachers' THEN 32 WHEN 'medical_workers' THEN 64 WHEN 'business' THEN 128 WHEN 'officials' THEN 256 WHEN 'other' THEN 512 END
$$;

UPDATE "Event" SET "audienceMask" = COALESCE((SELECT SUM("audience_bit"(a."type")) FROM "EventAudience" a WHERE a."eventId" = "Event"."id"), 0);

CREATE FUNCTION "EventAudienceMask_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Event" SET "audienceMask" = "audienceMask" | "audience_bit"(NEW."type") WHERE "id" = NEW."eventId";
  ELSE
    UPDATE "Event" SET "audienceMask" = "audienceMask" & ~"audience_bit"(OLD."type") WHERE "id" = OLD."eventId";
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventAudienceMask_sync" AFTER INSERT OR DELETE ON "EventAudience"
  FOR EACH ROW EXECUTE FUNCTION "EventAudienceMask_sync"();

INSERT INTO "EventDayStat"("campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
  SELECT "campaignId", "date", "regionId", COALESCE("districtId", 0), "status", COUNT(*), COALESCE(SUM("audienceSize"), 0),
    COUNT(*) FILTER (WHERE "audienceSize" IS NULL), COUNT(*) FILTER (WHERE "audienceEstimate"),
    COUNT(*) FILTER (WHERE "format" = 'meeting'), COUNT(*) FILTER (WHERE "format" = 'forum'), COUNT(*) FILTER (WHERE "format" = 'round_table'), COUNT(*) FILTER (WHERE "format" = 'visit'), COUNT(*) FILTER (WHERE "format" = 'rally'), COUNT(*) FILTER (WHERE "format" = 'memorandum_signing'), COUNT(*) FILTER (WHERE "format" = 'other'),
    SUM(("audienceMask" >> 0) & 1), SUM(("audienceMask" >> 1) & 1), SUM(("audienceMask" >> 2) & 1), SUM(("audienceMask" >> 3) & 1), SUM(("audienceMask" >> 4) & 1), SUM(("audienceMask" >> 5) & 1), SUM(("audienceMask" >> 6) & 1), SUM(("audienceMask" >> 7) & 1), SUM(("audienceMask" >> 8) & 1), SUM(("audienceMask" >> 9) & 1)
  FROM "Event" WHERE "deletedAt" IS NULL GROUP BY "campaignId", "date", "regionId", COALESCE("districtId", 0), "status";

-- One event's contribution (sign +1 or -1) to its key's row; empty rows go.
CREATE FUNCTION "EventDayStat_apply"(r "Event", sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF r."deletedAt" IS NOT NULL THEN RETURN; END IF;
  INSERT INTO "EventDayStat"("campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
    VALUES (r."campaignId", r."date", r."regionId", COALESCE(r."districtId", 0), r."status", sign, sign * COALESCE(r."audienceSize", 0), sign * CAST(r."audienceSize" IS NULL AS INTEGER), sign * CAST(r."audienceEstimate" AS INTEGER), sign * CAST(r."format" = 'meeting' AS INTEGER), sign * CAST(r."format" = 'forum' AS INTEGER), sign * CAST(r."format" = 'round_table' AS INTEGER), sign * CAST(r."format" = 'visit' AS INTEGER), sign * CAST(r."format" = 'rally' AS INTEGER), sign * CAST(r."format" = 'memorandum_signing' AS INTEGER), sign * CAST(r."format" = 'other' AS INTEGER), sign * ((r."audienceMask" >> 0) & 1), sign * ((r."audienceMask" >> 1) & 1), sign * ((r."audienceMask" >> 2) & 1), sign * ((r."audienceMask" >> 3) & 1), sign * ((r."audienceMask" >> 4) & 1), sign * ((r."audienceMask" >> 5) & 1), sign * ((r."audienceMask" >> 6) & 1), sign * ((r."audienceMask" >> 7) & 1), sign * ((r."audienceMask" >> 8) & 1), sign * ((r."audienceMask" >> 9) & 1))
    ON CONFLICT ("campaignId", "day", "regionId", "districtId", "status") DO UPDATE SET "events" = "EventDayStat"."events" + EXCLUDED."events", "audience" = "EventDayStat"."audience" + EXCLUDED."audience", "unsized" = "EventDayStat"."unsized" + EXCLUDED."unsized", "estimated" = "EventDayStat"."estimated" + EXCLUDED."estimated", "f_meeting" = "EventDayStat"."f_meeting" + EXCLUDED."f_meeting", "f_forum" = "EventDayStat"."f_forum" + EXCLUDED."f_forum", "f_round_table" = "EventDayStat"."f_round_table" + EXCLUDED."f_round_table", "f_visit" = "EventDayStat"."f_visit" + EXCLUDED."f_visit", "f_rally" = "EventDayStat"."f_rally" + EXCLUDED."f_rally", "f_memorandum_signing" = "EventDayStat"."f_memorandum_signing" + EXCLUDED."f_memorandum_signing", "f_other" = "EventDayStat"."f_other" + EXCLUDED."f_other", "a_labour_collective" = "EventDayStat"."a_labour_collective" + EXCLUDED."a_labour_collective", "a_youth" = "EventDayStat"."a_youth" + EXCLUDED."a_youth", "a_students" = "EventDayStat"."a_students" + EXCLUDED."a_students", "a_veterans" = "EventDayStat"."a_veterans" + EXCLUDED."a_veterans", "a_residents" = "EventDayStat"."a_residents" + EXCLUDED."a_residents", "a_teachers" = "EventDayStat"."a_teachers" + EXCLUDED."a_teachers", "a_medical_workers" = "EventDayStat"."a_medical_workers" + EXCLUDED."a_medical_workers", "a_business" = "EventDayStat"."a_business" + EXCLUDED."a_business", "a_officials" = "EventDayStat"."a_officials" + EXCLUDED."a_officials", "a_other" = "EventDayStat"."a_other" + EXCLUDED."a_other";
  IF sign < 0 THEN
    DELETE FROM "EventDayStat" WHERE "campaignId" = r."campaignId" AND "day" = r."date" AND "regionId" = r."regionId" AND "districtId" = COALESCE(r."districtId", 0) AND "status" = r."status" AND "events" = 0;
  END IF;
END
$$;

-- An edit, soft delete or restore takes the old version out and puts the new one in.
CREATE FUNCTION "EventDayStat_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "EventDayStat_apply"(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM "EventDayStat_apply"(NEW, 1); END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "EventDayStat_sync" AFTER INSERT OR DELETE OR UPDATE OF "campaignId", "date", "regionId", "districtId", "status", "format", "audienceSize", "audienceEstimate", "audienceMask", "deletedAt" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "EventDayStat_sync"();
