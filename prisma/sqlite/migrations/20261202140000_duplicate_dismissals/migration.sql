-- CreateTable
CREATE TABLE "DuplicateDismissal" (
    "firstId" INTEGER NOT NULL,
    "secondId" INTEGER NOT NULL,
    "userId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("firstId", "secondId")
);
