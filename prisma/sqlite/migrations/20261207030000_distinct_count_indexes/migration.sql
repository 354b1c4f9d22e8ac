-- The dashboards' KPIs count the distinct people and organisations of a
-- campaign's view. The link rollups' keys lead with the region, so that
-- meant sorting every region's rows; these indexes hand the ids over in
-- order, from the index alone. (An index for the districts' count made
-- SQLite's planner read one region's rows through it: left out.)
-- CreateIndex
CREATE INDEX "EventLinkStat_campaign_link_idx" ON "EventLinkStat"("kind", "campaignId", "linkId", "events");

-- CreateIndex
CREATE INDEX "EventLinkFacetStat_campaign_link_idx" ON "EventLinkFacetStat"("kind", "facet", "campaignId", "linkId", "events");
