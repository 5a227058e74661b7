-- CreateTable
CREATE TABLE "JobOutputChunk" (
    "jobId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,

    PRIMARY KEY ("jobId", "attempt", "index"),
    CONSTRAINT "JobOutputChunk_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

