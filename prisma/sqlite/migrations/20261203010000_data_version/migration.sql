-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL DEFAULT 0
);

-- The one row every write transaction raises.
INSERT INTO "DataVersion" ("id", "n") VALUES (1, 0);

-- CreateIndex
CREATE INDEX "EventSpeaker_organizationId_idx" ON "EventSpeaker"("organizationId");
