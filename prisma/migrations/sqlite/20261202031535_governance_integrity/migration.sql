-- DropIndex
DROP INDEX "ApprovalDecision_requestId_approverId_key";

-- AlterTable
ALTER TABLE "AliasHistory" ADD COLUMN "approvalRequestId" TEXT;

-- AlterTable
ALTER TABLE "ApprovalDecision" ADD COLUMN "staleAt" DATETIME;
ALTER TABLE "ApprovalDecision" ADD COLUMN "staleReason" TEXT;

-- CreateTable
CREATE TABLE "DeploymentGate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DeploymentGate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "service" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Membership" ("createdAt", "id", "organizationId", "role", "userId") SELECT "createdAt", "id", "organizationId", "role", "userId" FROM "Membership";
DROP TABLE "Membership";
ALTER TABLE "new_Membership" RENAME TO "Membership";
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");
CREATE UNIQUE INDEX "Membership_organizationId_userId_key" ON "Membership"("organizationId", "userId");
CREATE TABLE "new_ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Existing tokens belong to the member who created them (through a token: that token's creator; else the
-- organisation's first admin).
INSERT INTO "new_ApiToken" ("createdAt", "createdById", "expiresAt", "id", "lastUsedAt", "name", "organizationId", "prefix", "revokedAt", "role", "tokenHash", "userId") SELECT "createdAt", "createdById", "expiresAt", "id", "lastUsedAt", "name", "organizationId", "prefix", "revokedAt", "role", "tokenHash",
  COALESCE(
    (SELECT m."userId" FROM "Membership" m WHERE m."organizationId" = t."organizationId" AND m."userId" = t."createdById"),
    (SELECT m."userId" FROM "ApiToken" p JOIN "Membership" m ON m."organizationId" = p."organizationId" AND m."userId" = p."createdById" WHERE p."id" = t."createdById"),
    (SELECT m."userId" FROM "Membership" m WHERE m."organizationId" = t."organizationId" AND m."role" = 'ADMIN' ORDER BY m."createdAt", m."id" LIMIT 1),
    (SELECT m."userId" FROM "Membership" m WHERE m."organizationId" = t."organizationId" ORDER BY m."createdAt", m."id" LIMIT 1))
FROM "ApiToken" t;
DROP TABLE "ApiToken";
ALTER TABLE "new_ApiToken" RENAME TO "ApiToken";
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
CREATE INDEX "ApiToken_organizationId_createdAt_idx" ON "ApiToken"("organizationId", "createdAt");
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");
CREATE TABLE "new_Deployment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "modelVersionId" TEXT,
    "releaseId" TEXT,
    "environment" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "region" TEXT,
    "trafficShare" REAL NOT NULL DEFAULT 1,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "endReason" TEXT,
    "deployedById" TEXT,
    "policyViolation" BOOLEAN NOT NULL DEFAULT false,
    "violations" JSONB NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Deployment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deployment_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Deployment_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Deployment" ("createdAt", "deployedById", "endReason", "endedAt", "environment", "id", "modelVersionId", "organizationId", "region", "releaseId", "startedAt", "target", "trafficShare") SELECT "createdAt", "deployedById", "endReason", "endedAt", "environment", "id", "modelVersionId", "organizationId", "region", "releaseId", "startedAt", "target", "trafficShare" FROM "Deployment";
DROP TABLE "Deployment";
ALTER TABLE "new_Deployment" RENAME TO "Deployment";
CREATE INDEX "Deployment_organizationId_environment_startedAt_idx" ON "Deployment"("organizationId", "environment", "startedAt");
CREATE INDEX "Deployment_organizationId_policyViolation_idx" ON "Deployment"("organizationId", "policyViolation");
CREATE INDEX "Deployment_modelVersionId_idx" ON "Deployment"("modelVersionId");
CREATE INDEX "Deployment_releaseId_idx" ON "Deployment"("releaseId");
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "context" TEXT,
    "createdAt" DATETIME NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_organizationId_subjectType_subjectId_seq_idx" ON "AuditEvent"("organizationId", "subjectType", "subjectId", "seq");
CREATE INDEX "AuditEvent_organizationId_action_idx" ON "AuditEvent"("organizationId", "action");
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");
CREATE UNIQUE INDEX "AuditEvent_organizationId_seq_key" ON "AuditEvent"("organizationId", "seq");
-- The new table is append-only too (the triggers went with the old one).
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "DeploymentGate_organizationId_environment_key" ON "DeploymentGate"("organizationId", "environment");

-- CreateIndex
CREATE INDEX "ApprovalDecision_requestId_approverId_idx" ON "ApprovalDecision"("requestId", "approverId");


-- People, not credentials: every "…ById" column that recorded an API token's id now records the person
-- the token belongs to, so segregation of duties compares people.
UPDATE "AISystem" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "AISystem"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "AISystem" SET "classifiedById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "AISystem"."classifiedById") WHERE "classifiedById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "Model" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "Model"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "ModelVersion" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "ModelVersion"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "Dataset" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "Dataset"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "DatasetVersion" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "DatasetVersion"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "Evaluation" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "Evaluation"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "ModelCardRevision" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "ModelCardRevision"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "Release" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "Release"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "Deployment" SET "deployedById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "Deployment"."deployedById") WHERE "deployedById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "ApprovalRequest" SET "requestedById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "ApprovalRequest"."requestedById") WHERE "requestedById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "ApprovalDecision" SET "approverId" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "ApprovalDecision"."approverId") WHERE "approverId" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "AliasHistory" SET "actorId" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "AliasHistory"."actorId") WHERE "actorId" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "Webhook" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "Webhook"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "ApiToken" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "ApiToken"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "Risk" SET "createdById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "Risk"."createdById") WHERE "createdById" IN (SELECT tok."id" FROM "ApiToken" tok);
UPDATE "ReportRun" SET "requestedById" = (SELECT tok."userId" FROM "ApiToken" tok WHERE tok."id" = "ReportRun"."requestedById") WHERE "requestedById" IN (SELECT tok."id" FROM "ApiToken" tok);

-- One current vote per person: where one person voted through several credentials, the later votes
-- become stale (kept on record, no longer counted).
UPDATE "ApprovalDecision" SET "staleAt" = "createdAt", "staleReason" = 'the same person had already voted through another credential'
WHERE EXISTS (SELECT 1 FROM "ApprovalDecision" d WHERE d."requestId" = "ApprovalDecision"."requestId" AND d."approverId" = "ApprovalDecision"."approverId"
  AND (d."createdAt" < "ApprovalDecision"."createdAt" OR (d."createdAt" = "ApprovalDecision"."createdAt" AND d."id" < "ApprovalDecision"."id")));
CREATE UNIQUE INDEX "ApprovalDecision_current_vote_key" ON "ApprovalDecision"("requestId", "approverId") WHERE "staleAt" IS NULL;

-- The audit trail's new shape (whole records as canonical text, the person behind each credential, a
-- context) applies from the first event: Canon has no deployed installations, so existing events are
-- dropped and every chain restarts from the genesis hash.
UPDATE "AuditChainHead" SET "seq" = 0, "hash" = '0000000000000000000000000000000000000000000000000000000000000000';
