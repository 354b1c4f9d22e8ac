-- CreateIndex
CREATE INDEX "Event_campaignId_deletedAt_status_regionId_date_districtId__idx" ON "Event"("campaignId", "deletedAt", "status", "regionId", "date", "districtId", "audienceSize", "format");
