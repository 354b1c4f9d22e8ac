-- A campaign's national dashboard filtered by one format or audience type
-- (by region, KPIs) sums tens of thousands of facet rows at a million events;
-- with their sums in the index it reads the index alone.
-- CreateIndex
CREATE INDEX "EventFacetStat_campaign_covering_idx" ON "EventFacetStat"("facet", "campaignId", "regionId", "day", "status", "events", "audience", "unsized", "estimated");
