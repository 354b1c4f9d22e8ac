-- A name typed in an event form (or a row of an import) is looked up by its
-- exact spelling, as a record's name and then as an alias (lib/data/directory-refs.ts).
-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE INDEX "OrganizationAlias_name_idx" ON "OrganizationAlias"("name");

-- CreateIndex
CREATE INDEX "Person_fullName_idx" ON "Person"("fullName");

-- CreateIndex
CREATE INDEX "PersonAlias_name_idx" ON "PersonAlias"("name");
