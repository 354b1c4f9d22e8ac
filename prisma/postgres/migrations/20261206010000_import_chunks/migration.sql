-- CreateTable
CREATE TABLE "ImportChunk" (
    "jobId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ImportChunk_pkey" PRIMARY KEY ("jobId","seq")
);

-- AddForeignKey
ALTER TABLE "ImportChunk" ADD CONSTRAINT "ImportChunk_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Uploads kept so far become their own single part.
INSERT INTO "ImportChunk" ("jobId", "seq", "data") SELECT "id", 0, "content" FROM "ImportJob";

-- AlterTable
ALTER TABLE "ImportJob" DROP COLUMN "content";
