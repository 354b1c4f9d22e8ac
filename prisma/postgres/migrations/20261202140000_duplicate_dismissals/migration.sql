-- CreateTable
CREATE TABLE "DuplicateDismissal" (
    "firstId" INTEGER NOT NULL,
    "secondId" INTEGER NOT NULL,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuplicateDismissal_pkey" PRIMARY KEY ("firstId","secondId")
);
