-- CreateEnum
CREATE TYPE "DeploymentGateMode" AS ENUM ('ENFORCE', 'RECORD_AND_FLAG', 'OPEN');

-- DropIndex
DROP INDEX "ApprovalDecision_requestId_approverId_key";

-- DropIndex
DROP INDEX "AuditEvent_organizationId_subjectType_subjectId_idx";

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "service" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable: existing tokens belong to the member who created them (through a token: that token's
-- creator; else the organisation's first admin).
ALTER TABLE "ApiToken" ADD COLUMN     "userId" TEXT;
UPDATE "ApiToken" t SET "userId" = COALESCE(
    (SELECT m."userId" FROM "Membership" m WHERE m."organizationId" = t."organizationId" AND m."userId" = t."createdById"),
    (SELECT m."userId" FROM "ApiToken" p JOIN "Membership" m ON m."organizationId" = p."organizationId" AND m."userId" = p."createdById" WHERE p."id" = t."createdById"),
    (SELECT m."userId" FROM "Membership" m WHERE m."organizationId" = t."organizationId" AND m."role" = 'ADMIN' ORDER BY m."createdAt", m."id" LIMIT 1),
    (SELECT m."userId" FROM "Membership" m WHERE m."organizationId" = t."organizationId" ORDER BY m."createdAt", m."id" LIMIT 1));
ALTER TABLE "ApiToken" ALTER COLUMN "userId" SET NOT NULL;

-- AlterTable
ALTER TABLE "AliasHistory" ADD COLUMN     "approvalRequestId" TEXT;

-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "policyViolation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "violations" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "ApprovalDecision" ADD COLUMN     "staleAt" TIMESTAMP(3),
ADD COLUMN     "staleReason" TEXT;

-- AlterTable (the existing events are dropped below; the append-only triggers are lifted for that)
DROP TRIGGER "AuditEvent_no_update_or_delete" ON "AuditEvent";
DROP TRIGGER "AuditEvent_no_truncate" ON "AuditEvent";
TRUNCATE "AuditEvent";
CREATE TRIGGER "AuditEvent_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
ALTER TABLE "AuditEvent" ADD COLUMN     "actorUserId" TEXT,
ADD COLUMN     "context" TEXT,
ALTER COLUMN "before" SET DATA TYPE TEXT,
ALTER COLUMN "after" SET DATA TYPE TEXT;

-- CreateTable
CREATE TABLE "DeploymentGate" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "environment" "Environment" NOT NULL,
    "mode" "DeploymentGateMode" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeploymentGate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeploymentGate_organizationId_environment_key" ON "DeploymentGate"("organizationId", "environment");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "Deployment_organizationId_policyViolation_idx" ON "Deployment"("organizationId", "policyViolation");

-- CreateIndex
CREATE INDEX "ApprovalDecision_requestId_approverId_idx" ON "ApprovalDecision"("requestId", "approverId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_subjectType_subjectId_seq_idx" ON "AuditEvent"("organizationId", "subjectType", "subjectId", "seq");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentGate" ADD CONSTRAINT "DeploymentGate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


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
