-- An edit that moves an event from one rollup row to another takes both rows'
-- locks. Two edits moving events in opposite directions (X → Y and Y → X) took
-- them in opposite orders and could deadlock. The rows are now always touched
-- in key order, so concurrent moves queue instead. (SQLite writes one
-- transaction at a time and needs no such change; the app also retries a
-- transaction the database gives up on, lib/data/transaction.ts.)
CREATE OR REPLACE FUNCTION "EventDayStat_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND
     (NEW."campaignId", NEW."date", NEW."regionId", COALESCE(NEW."districtId", 0), CAST(NEW."status" AS TEXT)) <
     (OLD."campaignId", OLD."date", OLD."regionId", COALESCE(OLD."districtId", 0), CAST(OLD."status" AS TEXT)) THEN
    PERFORM "EventDayStat_apply"(NEW, 1);
    PERFORM "EventDayStat_apply"(OLD, -1);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "EventDayStat_apply"(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM "EventDayStat_apply"(NEW, 1); END IF;
  RETURN NULL;
END
$$;
