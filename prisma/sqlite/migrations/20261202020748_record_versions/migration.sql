-- Every mutable record carries a version (optimistic concurrency), and every
-- audit entry the version its write produced. SQLite adds a NOT NULL column
-- with a constant default in place, so no table is rebuilt.
ALTER TABLE "AuditEntry" ADD COLUMN "version" INTEGER;
ALTER TABLE "Organization" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Person" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Source" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';
ALTER TABLE "User" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
CREATE INDEX "Source_url_idx" ON "Source"("url");
