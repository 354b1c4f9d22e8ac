-- The dashboards' rollup (EventDayStat) and what keeps it exact.
-- Event.audienceMask: one bit per audience type, kept by triggers on EventAudience
-- (bit i = the i-th type of AUDIENCE_TYPES in lib/schemas/event-filters.ts).
ALTER TABLE "Event" ADD COLUMN "audienceMask" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EventDayStat" (
    "campaignId" INTEGER NOT NULL,
    "day" DATETIME NOT NULL,
    "regionId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
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

    PRIMARY KEY ("campaignId", "day", "regionId", "districtId", "status")
);

-- CreateIndex
CREATE INDEX "EventDayStat_regionId_campaignId_day_idx" ON "EventDayStat"("regionId", "campaignId", "day");

UPDATE "Event" SET "audienceMask" = COALESCE((SELECT SUM(CASE a."type" WHEN 'labour_collective' THEN 1 WHEN 'youth' THEN 2 WHEN 'students' THEN 4 WHEN 'veterans' THEN 8 WHEN 'residents' THEN 16 WHEN 'teachers' THEN 32 WHEN 'medical_workers' THEN 64 WHEN 'business' THEN 128 WHEN 'officials' THEN 256 WHEN 'other' THEN 512 END) FROM "EventAudience" a WHERE a."eventId" = "Event"."id"), 0);

CREATE TRIGGER "EventAudienceMask_ai" AFTER INSERT ON "EventAudience" BEGIN
  UPDATE "Event" SET "audienceMask" = "audienceMask" | (CASE new."type" WHEN 'labour_collective' THEN 1 WHEN 'youth' THEN 2 WHEN 'students' THEN 4 WHEN 'veterans' THEN 8 WHEN 'residents' THEN 16 WHEN 'teachers' THEN 32 WHEN 'medical_workers' THEN 64 WHEN 'business' THEN 128 WHEN 'officials' THEN 256 WHEN 'other' THEN 512 END) WHERE "id" = new."eventId";
END;
CREATE TRIGGER "EventAudienceMask_ad" AFTER DELETE ON "EventAudience" BEGIN
  UPDATE "Event" SET "audienceMask" = "audienceMask" & ~(CASE old."type" WHEN 'labour_collective' THEN 1 WHEN 'youth' THEN 2 WHEN 'students' THEN 4 WHEN 'veterans' THEN 8 WHEN 'residents' THEN 16 WHEN 'teachers' THEN 32 WHEN 'medical_workers' THEN 64 WHEN 'business' THEN 128 WHEN 'officials' THEN 256 WHEN 'other' THEN 512 END) WHERE "id" = old."eventId";
END;

INSERT INTO "EventDayStat"("campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
  SELECT "campaignId", "date", "regionId", COALESCE("districtId", 0), "status", COUNT(*), COALESCE(SUM("audienceSize"), 0),
    SUM("audienceSize" IS NULL), SUM("audienceEstimate"),
    SUM("format" = 'meeting'), SUM("format" = 'forum'), SUM("format" = 'round_table'), SUM("format" = 'visit'), SUM("format" = 'rally'), SUM("format" = 'memorandum_signing'), SUM("format" = 'other'),
    SUM(("audienceMask" >> 0) & 1), SUM(("audienceMask" >> 1) & 1), SUM(("audienceMask" >> 2) & 1), SUM(("audienceMask" >> 3) & 1), SUM(("audienceMask" >> 4) & 1), SUM(("audienceMask" >> 5) & 1), SUM(("audienceMask" >> 6) & 1), SUM(("audienceMask" >> 7) & 1), SUM(("audienceMask" >> 8) & 1), SUM(("audienceMask" >> 9) & 1)
  FROM "Event" WHERE "deletedAt" IS NULL GROUP BY "campaignId", "date", "regionId", COALESCE("districtId", 0), "status";

-- Every non-deleted event adds itself to its key's row; an edit, soft delete or
-- restore takes the old version out and puts the new one in; empty rows go.
CREATE TRIGGER "EventDayStat_ai" AFTER INSERT ON "Event" BEGIN
  INSERT INTO "EventDayStat"("campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
    SELECT new."campaignId", new."date", new."regionId", COALESCE(new."districtId", 0), new."status", 1, COALESCE(new."audienceSize", 0), (new."audienceSize" IS NULL), (new."audienceEstimate"), (new."format" = 'meeting'), (new."format" = 'forum'), (new."format" = 'round_table'), (new."format" = 'visit'), (new."format" = 'rally'), (new."format" = 'memorandum_signing'), (new."format" = 'other'), ((new."audienceMask" >> 0) & 1), ((new."audienceMask" >> 1) & 1), ((new."audienceMask" >> 2) & 1), ((new."audienceMask" >> 3) & 1), ((new."audienceMask" >> 4) & 1), ((new."audienceMask" >> 5) & 1), ((new."audienceMask" >> 6) & 1), ((new."audienceMask" >> 7) & 1), ((new."audienceMask" >> 8) & 1), ((new."audienceMask" >> 9) & 1)
    WHERE new."deletedAt" IS NULL
    ON CONFLICT("campaignId", "day", "regionId", "districtId", "status") DO UPDATE SET "events" = "EventDayStat"."events" + excluded."events", "audience" = "EventDayStat"."audience" + excluded."audience", "unsized" = "EventDayStat"."unsized" + excluded."unsized", "estimated" = "EventDayStat"."estimated" + excluded."estimated", "f_meeting" = "EventDayStat"."f_meeting" + excluded."f_meeting", "f_forum" = "EventDayStat"."f_forum" + excluded."f_forum", "f_round_table" = "EventDayStat"."f_round_table" + excluded."f_round_table", "f_visit" = "EventDayStat"."f_visit" + excluded."f_visit", "f_rally" = "EventDayStat"."f_rally" + excluded."f_rally", "f_memorandum_signing" = "EventDayStat"."f_memorandum_signing" + excluded."f_memorandum_signing", "f_other" = "EventDayStat"."f_other" + excluded."f_other", "a_labour_collective" = "EventDayStat"."a_labour_collective" + excluded."a_labour_collective", "a_youth" = "EventDayStat"."a_youth" + excluded."a_youth", "a_students" = "EventDayStat"."a_students" + excluded."a_students", "a_veterans" = "EventDayStat"."a_veterans" + excluded."a_veterans", "a_residents" = "EventDayStat"."a_residents" + excluded."a_residents", "a_teachers" = "EventDayStat"."a_teachers" + excluded."a_teachers", "a_medical_workers" = "EventDayStat"."a_medical_workers" + excluded."a_medical_workers", "a_business" = "EventDayStat"."a_business" + excluded."a_business", "a_officials" = "EventDayStat"."a_officials" + excluded."a_officials", "a_other" = "EventDayStat"."a_other" + excluded."a_other";
END;
CREATE TRIGGER "EventDayStat_ad" AFTER DELETE ON "Event" BEGIN
  INSERT INTO "EventDayStat"("campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
    SELECT old."campaignId", old."date", old."regionId", COALESCE(old."districtId", 0), old."status", -1, -COALESCE(old."audienceSize", 0), -(old."audienceSize" IS NULL), -(old."audienceEstimate"), -(old."format" = 'meeting'), -(old."format" = 'forum'), -(old."format" = 'round_table'), -(old."format" = 'visit'), -(old."format" = 'rally'), -(old."format" = 'memorandum_signing'), -(old."format" = 'other'), -((old."audienceMask" >> 0) & 1), -((old."audienceMask" >> 1) & 1), -((old."audienceMask" >> 2) & 1), -((old."audienceMask" >> 3) & 1), -((old."audienceMask" >> 4) & 1), -((old."audienceMask" >> 5) & 1), -((old."audienceMask" >> 6) & 1), -((old."audienceMask" >> 7) & 1), -((old."audienceMask" >> 8) & 1), -((old."audienceMask" >> 9) & 1)
    WHERE old."deletedAt" IS NULL
    ON CONFLICT("campaignId", "day", "regionId", "districtId", "status") DO UPDATE SET "events" = "EventDayStat"."events" + excluded."events", "audience" = "EventDayStat"."audience" + excluded."audience", "unsized" = "EventDayStat"."unsized" + excluded."unsized", "estimated" = "EventDayStat"."estimated" + excluded."estimated", "f_meeting" = "EventDayStat"."f_meeting" + excluded."f_meeting", "f_forum" = "EventDayStat"."f_forum" + excluded."f_forum", "f_round_table" = "EventDayStat"."f_round_table" + excluded."f_round_table", "f_visit" = "EventDayStat"."f_visit" + excluded."f_visit", "f_rally" = "EventDayStat"."f_rally" + excluded."f_rally", "f_memorandum_signing" = "EventDayStat"."f_memorandum_signing" + excluded."f_memorandum_signing", "f_other" = "EventDayStat"."f_other" + excluded."f_other", "a_labour_collective" = "EventDayStat"."a_labour_collective" + excluded."a_labour_collective", "a_youth" = "EventDayStat"."a_youth" + excluded."a_youth", "a_students" = "EventDayStat"."a_students" + excluded."a_students", "a_veterans" = "EventDayStat"."a_veterans" + excluded."a_veterans", "a_residents" = "EventDayStat"."a_residents" + excluded."a_residents", "a_teachers" = "EventDayStat"."a_teachers" + excluded."a_teachers", "a_medical_workers" = "EventDayStat"."a_medical_workers" + excluded."a_medical_workers", "a_business" = "EventDayStat"."a_business" + excluded."a_business", "a_officials" = "EventDayStat"."a_officials" + excluded."a_officials", "a_other" = "EventDayStat"."a_other" + excluded."a_other";
  DELETE FROM "EventDayStat" WHERE "campaignId" = old."campaignId" AND "day" = old."date" AND "regionId" = old."regionId" AND "districtId" = COALESCE(old."districtId", 0) AND "status" = old."status" AND "events" = 0;
END;
CREATE TRIGGER "EventDayStat_au" AFTER UPDATE OF "campaignId", "date", "regionId", "districtId", "status", "format", "audienceSize", "audienceEstimate", "audienceMask", "deletedAt" ON "Event" BEGIN
  INSERT INTO "EventDayStat"("campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
    SELECT old."campaignId", old."date", old."regionId", COALESCE(old."districtId", 0), old."status", -1, -COALESCE(old."audienceSize", 0), -(old."audienceSize" IS NULL), -(old."audienceEstimate"), -(old."format" = 'meeting'), -(old."format" = 'forum'), -(old."format" = 'round_table'), -(old."format" = 'visit'), -(old."format" = 'rally'), -(old."format" = 'memorandum_signing'), -(old."format" = 'other'), -((old."audienceMask" >> 0) & 1), -((old."audienceMask" >> 1) & 1), -((old."audienceMask" >> 2) & 1), -((old."audienceMask" >> 3) & 1), -((old."audienceMask" >> 4) & 1), -((old."audienceMask" >> 5) & 1), -((old."audienceMask" >> 6) & 1), -((old."audienceMask" >> 7) & 1), -((old."audienceMask" >> 8) & 1), -((old."audienceMask" >> 9) & 1)
    WHERE old."deletedAt" IS NULL
    ON CONFLICT("campaignId", "day", "regionId", "districtId", "status") DO UPDATE SET "events" = "EventDayStat"."events" + excluded."events", "audience" = "EventDayStat"."audience" + excluded."audience", "unsized" = "EventDayStat"."unsized" + excluded."unsized", "estimated" = "EventDayStat"."estimated" + excluded."estimated", "f_meeting" = "EventDayStat"."f_meeting" + excluded."f_meeting", "f_forum" = "EventDayStat"."f_forum" + excluded."f_forum", "f_round_table" = "EventDayStat"."f_round_table" + excluded."f_round_table", "f_visit" = "EventDayStat"."f_visit" + excluded."f_visit", "f_rally" = "EventDayStat"."f_rally" + excluded."f_rally", "f_memorandum_signing" = "EventDayStat"."f_memorandum_signing" + excluded."f_memorandum_signing", "f_other" = "EventDayStat"."f_other" + excluded."f_other", "a_labour_collective" = "EventDayStat"."a_labour_collective" + excluded."a_labour_collective", "a_youth" = "EventDayStat"."a_youth" + excluded."a_youth", "a_students" = "EventDayStat"."a_students" + excluded."a_students", "a_veterans" = "EventDayStat"."a_veterans" + excluded."a_veterans", "a_residents" = "EventDayStat"."a_residents" + excluded."a_residents", "a_teachers" = "EventDayStat"."a_teachers" + excluded."a_teachers", "a_medical_workers" = "EventDayStat"."a_medical_workers" + excluded."a_medical_workers", "a_business" = "EventDayStat"."a_business" + excluded."a_business", "a_officials" = "EventDayStat"."a_officials" + excluded."a_officials", "a_other" = "EventDayStat"."a_other" + excluded."a_other";
  DELETE FROM "EventDayStat" WHERE "campaignId" = old."campaignId" AND "day" = old."date" AND "regionId" = old."regionId" AND "districtId" = COALESCE(old."districtId", 0) AND "status" = old."status" AND "events" = 0;
  INSERT INTO "EventDayStat"("campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated", "f_meeting", "f_forum", "f_round_table", "f_visit", "f_rally", "f_memorandum_signing", "f_other", "a_labour_collective", "a_youth", "a_students", "a_veterans", "a_residents", "a_teachers", "a_medical_workers", "a_business", "a_officials", "a_other")
    SELECT new."campaignId", new."date", new."regionId", COALESCE(new."districtId", 0), new."status", 1, COALESCE(new."audienceSize", 0), (new."audienceSize" IS NULL), (new."audienceEstimate"), (new."format" = 'meeting'), (new."format" = 'forum'), (new."format" = 'round_table'), (new."format" = 'visit'), (new."format" = 'rally'), (new."format" = 'memorandum_signing'), (new."format" = 'other'), ((new."audienceMask" >> 0) & 1), ((new."audienceMask" >> 1) & 1), ((new."audienceMask" >> 2) & 1), ((new."audienceMask" >> 3) & 1), ((new."audienceMask" >> 4) & 1), ((new."audienceMask" >> 5) & 1), ((new."audienceMask" >> 6) & 1), ((new."audienceMask" >> 7) & 1), ((new."audienceMask" >> 8) & 1), ((new."audienceMask" >> 9) & 1)
    WHERE new."deletedAt" IS NULL
    ON CONFLICT("campaignId", "day", "regionId", "districtId", "status") DO UPDATE SET "events" = "EventDayStat"."events" + excluded."events", "audience" = "EventDayStat"."audience" + excluded."audience", "unsized" = "EventDayStat"."unsized" + excluded."unsized", "estimated" = "EventDayStat"."estimated" + excluded."estimated", "f_meeting" = "EventDayStat"."f_meeting" + excluded."f_meeting", "f_forum" = "EventDayStat"."f_forum" + excluded."f_forum", "f_round_table" = "EventDayStat"."f_round_table" + excluded."f_round_table", "f_visit" = "EventDayStat"."f_visit" + excluded."f_visit", "f_rally" = "EventDayStat"."f_rally" + excluded."f_rally", "f_memorandum_signing" = "EventDayStat"."f_memorandum_signing" + excluded."f_memorandum_signing", "f_other" = "EventDayStat"."f_other" + excluded."f_other", "a_labour_collective" = "EventDayStat"."a_labour_collective" + excluded."a_labour_collective", "a_youth" = "EventDayStat"."a_youth" + excluded."a_youth", "a_students" = "EventDayStat"."a_students" + excluded."a_students", "a_veterans" = "EventDayStat"."a_veterans" + excluded."a_veterans", "a_residents" = "EventDayStat"."a_residents" + excluded."a_residents", "a_teachers" = "EventDayStat"."a_teachers" + excluded."a_teachers", "a_medical_workers" = "EventDayStat"."a_medical_workers" + excluded."a_medical_workers", "a_business" = "EventDayStat"."a_business" + excluded."a_business", "a_officials" = "EventDayStat"."a_officials" + excluded."a_officials", "a_other" = "EventDayStat"."a_other" + excluded."a_other";
END;
