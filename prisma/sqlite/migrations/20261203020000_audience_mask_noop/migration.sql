-- An audience row whose bit its event already has changes nothing, so the
-- event is not updated and its rollup triggers do not run for nothing. A
-- batch of created events (lib/data/event-creates.ts) writes each event with
-- its audiences' bits already set; before, each of its audience rows updated
-- the event again, taking it out of the rollup and putting it back.
DROP TRIGGER "EventAudienceMask_ai";
CREATE TRIGGER "EventAudienceMask_ai" AFTER INSERT ON "EventAudience" BEGIN
  UPDATE "Event" SET "audienceMask" = "audienceMask" | (CASE new."type" WHEN 'labour_collective' THEN 1 WHEN 'youth' THEN 2 WHEN 'students' THEN 4 WHEN 'veterans' THEN 8 WHEN 'residents' THEN 16 WHEN 'teachers' THEN 32 WHEN 'medical_workers' THEN 64 WHEN 'business' THEN 128 WHEN 'officials' THEN 256 WHEN 'other' THEN 512 END)
    WHERE "id" = new."eventId" AND ("audienceMask" & (CASE new."type" WHEN 'labour_collective' THEN 1 WHEN 'youth' THEN 2 WHEN 'students' THEN 4 WHEN 'veterans' THEN 8 WHEN 'residents' THEN 16 WHEN 'teachers' THEN 32 WHEN 'medical_workers' THEN 64 WHEN 'business' THEN 128 WHEN 'officials' THEN 256 WHEN 'other' THEN 512 END)) = 0;
END;
