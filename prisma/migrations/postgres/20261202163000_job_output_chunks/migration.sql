-- CreateTable
CREATE TABLE "JobOutputChunk" (
    "jobId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "JobOutputChunk_pkey" PRIMARY KEY ("jobId","attempt","index")
);

-- AddForeignKey
ALTER TABLE "JobOutputChunk" ADD CONSTRAINT "JobOutputChunk_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

