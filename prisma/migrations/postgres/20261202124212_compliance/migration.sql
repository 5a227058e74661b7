-- CreateEnum
CREATE TYPE "RiskTreatment" AS ENUM ('MITIGATE', 'TRANSFER', 'AVOID', 'ACCEPT');

-- CreateEnum
CREATE TYPE "InclusionReason" AS ENUM ('LEGAL_REQUIREMENT', 'RISK_TREATMENT', 'CONTRACTUAL', 'STAKEHOLDER_EXPECTATION', 'BUSINESS_NEED', 'ORGANIZATION_POLICY');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('DOCUMENT', 'EVALUATION', 'MODEL_CARD', 'APPROVAL', 'DEPLOYMENT');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('OPEN', 'INVESTIGATING', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ImpactAssessmentKind" AS ENUM ('FRIA', 'AI_SYSTEM_IMPACT', 'DPIA');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ReportFormat" ADD VALUE 'CSV';
ALTER TYPE "ReportFormat" ADD VALUE 'JSONL';
ALTER TYPE "ReportFormat" ADD VALUE 'ZIP';

-- AlterEnum
ALTER TYPE "ReportStatus" ADD VALUE 'CANCELLED';

-- Each risk kept the one system it named: keep the pairs until RiskSystem exists.
CREATE TEMP TABLE "_risk_system" AS SELECT "id" AS "riskId", "systemId" FROM "Risk";

-- DropForeignKey
ALTER TABLE "Risk" DROP CONSTRAINT "Risk_systemId_fkey";

-- DropIndex
DROP INDEX "Risk_organizationId_systemId_idx";

-- DropIndex
DROP INDEX "ControlAssessment_organizationId_systemId_framework_require_key";

-- AlterTable
ALTER TABLE "AISystem" ADD COLUMN     "publicAuthority" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "characteristic" TEXT;

-- AlterTable
ALTER TABLE "Risk" DROP COLUMN "systemId",
ADD COLUMN     "treatment" "RiskTreatment";

-- AlterTable
ALTER TABLE "ControlAssessment" DROP COLUMN "evidenceLinks",
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "currentTier" INTEGER,
ADD COLUMN     "customTitle" TEXT,
ADD COLUMN     "exclusionExpiresAt" TIMESTAMP(3),
ADD COLUMN     "inclusionReason" "InclusionReason",
ADD COLUMN     "nextReviewAt" TIMESTAMP(3),
ADD COLUMN     "scopeKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "targetTier" INTEGER;
UPDATE "ControlAssessment" SET "scopeKey" = COALESCE("systemId", '');

-- AlterTable
ALTER TABLE "ReportRun" DROP COLUMN "progress",
ADD COLUMN     "durationMs" INTEGER,
ADD COLUMN     "jobId" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'report',
ALTER COLUMN "framework" DROP NOT NULL;
UPDATE "ReportRun" SET "kind" = lower(replace("framework"::text, '_', '-'));
ALTER TABLE "ReportRun" ALTER COLUMN "kind" DROP DEFAULT;

-- CreateTable
CREATE TABLE "RiskSystem" (
    "riskId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,

    CONSTRAINT "RiskSystem_pkey" PRIMARY KEY ("riskId","systemId")
);
INSERT INTO "RiskSystem" ("riskId", "systemId") SELECT "riskId", "systemId" FROM "_risk_system";
DROP TABLE "_risk_system";

-- CreateTable
CREATE TABLE "RiskControl" (
    "riskId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,

    CONSTRAINT "RiskControl_pkey" PRIMARY KEY ("riskId","assessmentId")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" "EvidenceKind" NOT NULL,
    "url" TEXT,
    "sha256" TEXT,
    "recordType" TEXT,
    "recordId" TEXT,
    "ownerId" TEXT,
    "validFrom" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceLink" (
    "evidenceId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,

    CONSTRAINT "EvidenceLink_pkey" PRIMARY KEY ("evidenceId","assessmentId")
);

-- CreateTable
CREATE TABLE "ClassificationConfirmation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "suggested" JSONB NOT NULL,
    "confirmed" JSONB NOT NULL,
    "overridden" BOOLEAN NOT NULL,
    "justification" TEXT,
    "confirmedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassificationConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "severity" "RiskLevel" NOT NULL,
    "serious" BOOLEAN NOT NULL DEFAULT false,
    "status" "IncidentStatus" NOT NULL DEFAULT 'OPEN',
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "reportedAt" TIMESTAMP(3),
    "resolution" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactAssessment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "kind" "ImpactAssessmentKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "affectedGroups" TEXT,
    "consequences" TEXT,
    "mitigations" TEXT,
    "assessedAt" TIMESTAMP(3) NOT NULL,
    "nextReviewAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImpactAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskSystem_systemId_idx" ON "RiskSystem"("systemId");

-- CreateIndex
CREATE INDEX "RiskControl_assessmentId_idx" ON "RiskControl"("assessmentId");

-- CreateIndex
CREATE INDEX "Evidence_organizationId_validUntil_idx" ON "Evidence"("organizationId", "validUntil");

-- CreateIndex
CREATE INDEX "EvidenceLink_assessmentId_idx" ON "EvidenceLink"("assessmentId");

-- CreateIndex
CREATE INDEX "ClassificationConfirmation_organizationId_systemId_createdA_idx" ON "ClassificationConfirmation"("organizationId", "systemId", "createdAt");

-- CreateIndex
CREATE INDEX "Incident_organizationId_systemId_occurredAt_idx" ON "Incident"("organizationId", "systemId", "occurredAt");

-- CreateIndex
CREATE INDEX "ImpactAssessment_organizationId_systemId_idx" ON "ImpactAssessment"("organizationId", "systemId");

-- CreateIndex
CREATE INDEX "Risk_organizationId_level_idx" ON "Risk"("organizationId", "level");

-- CreateIndex
CREATE INDEX "ControlAssessment_systemId_idx" ON "ControlAssessment"("systemId");

-- CreateIndex
CREATE UNIQUE INDEX "ControlAssessment_organizationId_scopeKey_framework_require_key" ON "ControlAssessment"("organizationId", "scopeKey", "framework", "requirementId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportRun_jobId_key" ON "ReportRun"("jobId");

-- AddForeignKey
ALTER TABLE "RiskSystem" ADD CONSTRAINT "RiskSystem_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskSystem" ADD CONSTRAINT "RiskSystem_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskControl" ADD CONSTRAINT "RiskControl_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskControl" ADD CONSTRAINT "RiskControl_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "ControlAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "ControlAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationConfirmation" ADD CONSTRAINT "ClassificationConfirmation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassificationConfirmation" ADD CONSTRAINT "ClassificationConfirmation_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactAssessment" ADD CONSTRAINT "ImpactAssessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactAssessment" ADD CONSTRAINT "ImpactAssessment_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

