-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN "characteristic" TEXT;

-- CreateTable
CREATE TABLE "RiskSystem" (
    "riskId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,

    PRIMARY KEY ("riskId", "systemId"),
    CONSTRAINT "RiskSystem_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RiskSystem_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RiskControl" (
    "riskId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,

    PRIMARY KEY ("riskId", "assessmentId"),
    CONSTRAINT "RiskControl_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RiskControl_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "ControlAssessment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" TEXT NOT NULL,
    "url" TEXT,
    "sha256" TEXT,
    "recordType" TEXT,
    "recordId" TEXT,
    "ownerId" TEXT,
    "validFrom" DATETIME,
    "validUntil" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Evidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceLink" (
    "evidenceId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,

    PRIMARY KEY ("evidenceId", "assessmentId"),
    CONSTRAINT "EvidenceLink_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceLink_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "ControlAssessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClassificationConfirmation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "suggested" JSONB NOT NULL,
    "confirmed" JSONB NOT NULL,
    "overridden" BOOLEAN NOT NULL,
    "justification" TEXT,
    "confirmedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClassificationConfirmation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClassificationConfirmation_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "severity" TEXT NOT NULL,
    "serious" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "occurredAt" DATETIME NOT NULL,
    "reportedAt" DATETIME,
    "resolution" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Incident_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Incident_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImpactAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "affectedGroups" TEXT,
    "consequences" TEXT,
    "mitigations" TEXT,
    "assessedAt" DATETIME NOT NULL,
    "nextReviewAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImpactAssessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ImpactAssessment_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AISystem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tradeName" TEXT,
    "description" TEXT,
    "intendedPurpose" TEXT,
    "ownerId" TEXT,
    "businessUnit" TEXT,
    "lifecycleStatus" TEXT NOT NULL DEFAULT 'PLANNED',
    "deploymentContext" TEXT,
    "operatorRole" TEXT NOT NULL DEFAULT 'DEPLOYER',
    "riskTier" TEXT NOT NULL DEFAULT 'UNCLASSIFIED',
    "publicAuthority" BOOLEAN NOT NULL DEFAULT false,
    "highRiskRoute" TEXT,
    "annexIIIArea" INTEGER,
    "annexIIIPoint" TEXT,
    "art6_3Derogation" BOOLEAN NOT NULL DEFAULT false,
    "art6_3Justification" TEXT,
    "profiling" BOOLEAN NOT NULL DEFAULT false,
    "gpaiStatus" TEXT NOT NULL DEFAULT 'NONE',
    "transparencyDuties" JSONB NOT NULL DEFAULT [],
    "marketStatus" TEXT NOT NULL DEFAULT 'NOT_PLACED',
    "memberStates" JSONB NOT NULL DEFAULT [],
    "humanOversight" TEXT,
    "affectedPersons" TEXT,
    "personalDataCategories" JSONB NOT NULL DEFAULT [],
    "certificates" JSONB NOT NULL DEFAULT [],
    "euRegistrationNumber" TEXT,
    "classifiedAt" DATETIME,
    "classifiedById" TEXT,
    "latestReleaseNumber" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AISystem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AISystem" ("affectedPersons", "annexIIIArea", "annexIIIPoint", "art6_3Derogation", "art6_3Justification", "businessUnit", "certificates", "classifiedAt", "classifiedById", "createdAt", "createdById", "deploymentContext", "description", "euRegistrationNumber", "gpaiStatus", "highRiskRoute", "humanOversight", "id", "intendedPurpose", "latestReleaseNumber", "lifecycleStatus", "marketStatus", "memberStates", "name", "operatorRole", "organizationId", "ownerId", "personalDataCategories", "profiling", "reference", "riskTier", "tradeName", "transparencyDuties", "updatedAt") SELECT "affectedPersons", "annexIIIArea", "annexIIIPoint", "art6_3Derogation", "art6_3Justification", "businessUnit", "certificates", "classifiedAt", "classifiedById", "createdAt", "createdById", "deploymentContext", "description", "euRegistrationNumber", "gpaiStatus", "highRiskRoute", "humanOversight", "id", "intendedPurpose", "latestReleaseNumber", "lifecycleStatus", "marketStatus", "memberStates", "name", "operatorRole", "organizationId", "ownerId", "personalDataCategories", "profiling", "reference", "riskTier", "tradeName", "transparencyDuties", "updatedAt" FROM "AISystem";
DROP TABLE "AISystem";
ALTER TABLE "new_AISystem" RENAME TO "AISystem";
CREATE INDEX "AISystem_organizationId_riskTier_idx" ON "AISystem"("organizationId", "riskTier");
CREATE INDEX "AISystem_organizationId_lifecycleStatus_idx" ON "AISystem"("organizationId", "lifecycleStatus");
CREATE INDEX "AISystem_organizationId_name_idx" ON "AISystem"("organizationId", "name");
CREATE UNIQUE INDEX "AISystem_organizationId_reference_key" ON "AISystem"("organizationId", "reference");
CREATE TABLE "new_Risk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "treatment" TEXT,
    "mitigation" TEXT,
    "residualLevel" TEXT,
    "ownerId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Risk_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Each risk kept the one system it named: it now lists it.
INSERT INTO "RiskSystem" ("riskId", "systemId") SELECT "id", "systemId" FROM "Risk";
INSERT INTO "new_Risk" ("category", "createdAt", "createdById", "description", "id", "impact", "level", "likelihood", "mitigation", "organizationId", "ownerId", "residualLevel", "status", "title", "updatedAt") SELECT "category", "createdAt", "createdById", "description", "id", "impact", "level", "likelihood", "mitigation", "organizationId", "ownerId", "residualLevel", "status", "title", "updatedAt" FROM "Risk";
DROP TABLE "Risk";
ALTER TABLE "new_Risk" RENAME TO "Risk";
CREATE INDEX "Risk_organizationId_level_idx" ON "Risk"("organizationId", "level");
CREATE TABLE "new_ControlAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT,
    "scopeKey" TEXT NOT NULL DEFAULT '',
    "framework" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "customTitle" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "applicable" BOOLEAN NOT NULL DEFAULT true,
    "inclusionReason" TEXT,
    "justification" TEXT,
    "exclusionExpiresAt" DATETIME,
    "ownerId" TEXT,
    "currentTier" INTEGER,
    "targetTier" INTEGER,
    "lastReviewedAt" DATETIME,
    "nextReviewAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ControlAssessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ControlAssessment_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ControlAssessment" ("applicable", "createdAt", "framework", "id", "justification", "lastReviewedAt", "organizationId", "ownerId", "requirementId", "status", "systemId", "scopeKey", "updatedAt") SELECT "applicable", "createdAt", "framework", "id", "justification", "lastReviewedAt", "organizationId", "ownerId", "requirementId", "status", "systemId", COALESCE("systemId", ''), "updatedAt" FROM "ControlAssessment";
DROP TABLE "ControlAssessment";
ALTER TABLE "new_ControlAssessment" RENAME TO "ControlAssessment";
CREATE INDEX "ControlAssessment_organizationId_framework_idx" ON "ControlAssessment"("organizationId", "framework");
CREATE INDEX "ControlAssessment_systemId_idx" ON "ControlAssessment"("systemId");
CREATE UNIQUE INDEX "ControlAssessment_organizationId_scopeKey_framework_requirementId_key" ON "ControlAssessment"("organizationId", "scopeKey", "framework", "requirementId");
CREATE TABLE "new_ReportRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "framework" TEXT,
    "format" TEXT NOT NULL,
    "scope" JSONB NOT NULL DEFAULT '{}',
    "asOf" DATETIME NOT NULL,
    "jobId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "fileName" TEXT,
    "fileDigest" TEXT,
    "fileSize" INTEGER,
    "durationMs" INTEGER,
    "error" TEXT,
    "requestedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "ReportRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReportRun" ("asOf", "createdAt", "error", "fileDigest", "fileName", "fileSize", "finishedAt", "format", "framework", "id", "kind", "organizationId", "requestedById", "scope", "status") SELECT "asOf", "createdAt", "error", "fileDigest", "fileName", "fileSize", "finishedAt", "format", "framework", "id", lower(replace("framework", '_', '-')), "organizationId", "requestedById", "scope", "status" FROM "ReportRun";
DROP TABLE "ReportRun";
ALTER TABLE "new_ReportRun" RENAME TO "ReportRun";
CREATE UNIQUE INDEX "ReportRun_jobId_key" ON "ReportRun"("jobId");
CREATE INDEX "ReportRun_organizationId_createdAt_idx" ON "ReportRun"("organizationId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RiskSystem_systemId_idx" ON "RiskSystem"("systemId");

-- CreateIndex
CREATE INDEX "RiskControl_assessmentId_idx" ON "RiskControl"("assessmentId");

-- CreateIndex
CREATE INDEX "Evidence_organizationId_validUntil_idx" ON "Evidence"("organizationId", "validUntil");

-- CreateIndex
CREATE INDEX "EvidenceLink_assessmentId_idx" ON "EvidenceLink"("assessmentId");

-- CreateIndex
CREATE INDEX "ClassificationConfirmation_organizationId_systemId_createdAt_idx" ON "ClassificationConfirmation"("organizationId", "systemId", "createdAt");

-- CreateIndex
CREATE INDEX "Incident_organizationId_systemId_occurredAt_idx" ON "Incident"("organizationId", "systemId", "occurredAt");

-- CreateIndex
CREATE INDEX "ImpactAssessment_organizationId_systemId_idx" ON "ImpactAssessment"("organizationId", "systemId");

