-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalName" TEXT,
    "addressStreet" TEXT,
    "addressCity" TEXT,
    "addressPostalCode" TEXT,
    "addressCountry" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "euRepName" TEXT,
    "euRepAddress" TEXT,
    "euRepContact" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AISystem" (
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

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'INTERNAL',
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "description" TEXT,
    "ownerId" TEXT,
    "provider" TEXT,
    "providerModelId" TEXT,
    "contextWindow" INTEGER,
    "maxOutputTokens" INTEGER,
    "inputPricePerMTok" REAL,
    "outputPricePerMTok" REAL,
    "supportsStreaming" BOOLEAN,
    "timeoutMs" INTEGER,
    "healthStatus" TEXT NOT NULL DEFAULT 'UNKNOWN',
    "deprecationDate" DATETIME,
    "capabilityTags" JSONB NOT NULL DEFAULT [],
    "fallbackEligible" BOOLEAN NOT NULL DEFAULT false,
    "latestVersionNumber" INTEGER NOT NULL DEFAULT 0,
    "latestVersionId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Model_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Model_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelTag" (
    "modelId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("modelId", "tag"),
    CONSTRAINT "ModelTag_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'DEVELOPMENT',
    "artifactUri" TEXT NOT NULL,
    "artifactDigest" TEXT NOT NULL,
    "artifactSize" BIGINT,
    "format" TEXT,
    "sourceCommit" TEXT,
    "runId" TEXT,
    "runUrl" TEXT,
    "hyperparameters" JSONB NOT NULL DEFAULT '{}',
    "description" TEXT,
    "parentVersionId" TEXT,
    "parentRelation" TEXT,
    "approvedAt" DATETIME,
    "archivedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ModelVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ModelVersion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ModelVersion_parentVersionId_fkey" FOREIGN KEY ("parentVersionId") REFERENCES "ModelVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelVersionTag" (
    "versionId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("versionId", "tag"),
    CONSTRAINT "ModelVersionTag_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelVersionDataset" (
    "versionId" TEXT NOT NULL,
    "datasetVersionId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("versionId", "datasetVersionId", "role"),
    CONSTRAINT "ModelVersionDataset_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ModelVersionDataset_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "protected" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Alias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Alias_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Alias_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AliasHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "aliasId" TEXT,
    "modelId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fromVersionId" TEXT,
    "toVersionId" TEXT,
    "reason" TEXT,
    "actorId" TEXT,
    "movedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AliasHistory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AliasHistory_aliasId_fkey" FOREIGN KEY ("aliasId") REFERENCES "Alias" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Dataset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "source" TEXT,
    "licence" TEXT,
    "ownerId" TEXT,
    "classification" TEXT NOT NULL DEFAULT 'INTERNAL',
    "containsPersonalData" BOOLEAN NOT NULL DEFAULT false,
    "containsSpecialCategoryData" BOOLEAN NOT NULL DEFAULT false,
    "knownBiases" TEXT,
    "latestVersionNumber" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Dataset_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "uri" TEXT NOT NULL,
    "digest" TEXT,
    "rowCount" INTEGER,
    "collectionStart" DATETIME,
    "collectionEnd" DATETIME,
    "description" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DatasetVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DatasetVersion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "modelVersionId" TEXT NOT NULL,
    "datasetVersionId" TEXT,
    "suite" TEXT NOT NULL,
    "runId" TEXT,
    "runUrl" TEXT,
    "notes" TEXT,
    "passed" BOOLEAN NOT NULL,
    "evaluatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evaluation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evaluation_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evaluation_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvaluationMetric" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "evaluationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "threshold" REAL,
    "direction" TEXT NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "slice" TEXT NOT NULL DEFAULT '',
    "passed" BOOLEAN,
    CONSTRAINT "EvaluationMetric_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "modelVersionId" TEXT NOT NULL,
    "latestRevision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ModelCard_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ModelCard_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelCardRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "overview" TEXT,
    "intendedUse" TEXT,
    "outOfScopeUse" TEXT,
    "intendedUsers" TEXT,
    "factors" TEXT,
    "trainingData" TEXT,
    "evaluationData" TEXT,
    "metricsSummary" TEXT,
    "ethicalConsiderations" TEXT,
    "limitationsAndRisks" TEXT,
    "recommendations" TEXT,
    "environmentalImpact" TEXT,
    "changeNote" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModelCardRevision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ModelCardRevision_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "ModelCard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "stage" TEXT NOT NULL DEFAULT 'DEVELOPMENT',
    "approvedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Release_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Release_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReleaseComponent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "releaseId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "modelVersionId" TEXT,
    "externalRef" TEXT,
    "name" TEXT,
    "config" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "ReleaseComponent_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReleaseComponent_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deployment" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Deployment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deployment_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Deployment_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApprovalPolicy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "riskTier" TEXT NOT NULL,
    "requiredApprovals" INTEGER NOT NULL DEFAULT 1,
    "approverRoles" JSONB NOT NULL DEFAULT ["APPROVER","ADMIN"],
    "requiredSuites" JSONB NOT NULL DEFAULT [],
    "minCardCompleteness" REAL NOT NULL DEFAULT 0,
    "requireClassification" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ApprovalPolicy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApprovalRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "modelVersionId" TEXT,
    "releaseId" TEXT,
    "targetStage" TEXT,
    "targetAlias" TEXT,
    "archivePrevious" BOOLEAN NOT NULL DEFAULT false,
    "justification" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "policySnapshot" JSONB NOT NULL DEFAULT '{}',
    "requestedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "ApprovalRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApprovalRequest_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApprovalRequest_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApprovalDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApprovalDecision_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ApprovalRequest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "mitigation" TEXT,
    "residualLevel" TEXT,
    "ownerId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Risk_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Risk_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ControlAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT,
    "framework" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "applicable" BOOLEAN NOT NULL DEFAULT true,
    "justification" TEXT,
    "ownerId" TEXT,
    "evidenceLinks" JSONB NOT NULL DEFAULT [],
    "lastReviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ControlAssessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ControlAssessment_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" DATETIME NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "organizationId" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "hash" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AuditChainHead_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "secret" TEXT NOT NULL,
    "events" JSONB NOT NULL DEFAULT [],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Webhook_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "webhookId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookDelivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "framework" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "scope" JSONB NOT NULL DEFAULT '{}',
    "asOf" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "fileName" TEXT,
    "fileDigest" TEXT,
    "fileSize" INTEGER,
    "error" TEXT,
    "requestedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "ReportRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organizationId_userId_key" ON "Membership"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_organizationId_createdAt_idx" ON "ApiToken"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "AISystem_organizationId_riskTier_idx" ON "AISystem"("organizationId", "riskTier");

-- CreateIndex
CREATE INDEX "AISystem_organizationId_lifecycleStatus_idx" ON "AISystem"("organizationId", "lifecycleStatus");

-- CreateIndex
CREATE INDEX "AISystem_organizationId_name_idx" ON "AISystem"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "AISystem_organizationId_reference_key" ON "AISystem"("organizationId", "reference");

-- CreateIndex
CREATE INDEX "Model_organizationId_createdAt_idx" ON "Model"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Model_organizationId_kind_idx" ON "Model"("organizationId", "kind");

-- CreateIndex
CREATE INDEX "Model_organizationId_provider_idx" ON "Model"("organizationId", "provider");

-- CreateIndex
CREATE INDEX "Model_systemId_idx" ON "Model"("systemId");

-- CreateIndex
CREATE UNIQUE INDEX "Model_organizationId_name_key" ON "Model"("organizationId", "name");

-- CreateIndex
CREATE INDEX "ModelTag_tag_idx" ON "ModelTag"("tag");

-- CreateIndex
CREATE INDEX "ModelVersion_organizationId_createdAt_idx" ON "ModelVersion"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "ModelVersion_organizationId_stage_idx" ON "ModelVersion"("organizationId", "stage");

-- CreateIndex
CREATE INDEX "ModelVersion_parentVersionId_idx" ON "ModelVersion"("parentVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersion_modelId_number_key" ON "ModelVersion"("modelId", "number");

-- CreateIndex
CREATE INDEX "ModelVersionTag_tag_idx" ON "ModelVersionTag"("tag");

-- CreateIndex
CREATE INDEX "ModelVersionDataset_datasetVersionId_idx" ON "ModelVersionDataset"("datasetVersionId");

-- CreateIndex
CREATE INDEX "Alias_versionId_idx" ON "Alias"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "Alias_modelId_name_key" ON "Alias"("modelId", "name");

-- CreateIndex
CREATE INDEX "AliasHistory_organizationId_modelId_name_movedAt_idx" ON "AliasHistory"("organizationId", "modelId", "name", "movedAt");

-- CreateIndex
CREATE INDEX "Dataset_organizationId_createdAt_idx" ON "Dataset"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_organizationId_name_key" ON "Dataset"("organizationId", "name");

-- CreateIndex
CREATE INDEX "DatasetVersion_organizationId_idx" ON "DatasetVersion"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetVersion_datasetId_number_key" ON "DatasetVersion"("datasetId", "number");

-- CreateIndex
CREATE INDEX "Evaluation_modelVersionId_evaluatedAt_idx" ON "Evaluation"("modelVersionId", "evaluatedAt");

-- CreateIndex
CREATE INDEX "Evaluation_organizationId_suite_idx" ON "Evaluation"("organizationId", "suite");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationMetric_evaluationId_name_slice_key" ON "EvaluationMetric"("evaluationId", "name", "slice");

-- CreateIndex
CREATE UNIQUE INDEX "ModelCard_modelVersionId_key" ON "ModelCard"("modelVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelCardRevision_cardId_revision_key" ON "ModelCardRevision"("cardId", "revision");

-- CreateIndex
CREATE INDEX "Release_organizationId_createdAt_idx" ON "Release"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Release_systemId_number_key" ON "Release"("systemId", "number");

-- CreateIndex
CREATE INDEX "ReleaseComponent_modelVersionId_idx" ON "ReleaseComponent"("modelVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseComponent_releaseId_position_key" ON "ReleaseComponent"("releaseId", "position");

-- CreateIndex
CREATE INDEX "Deployment_organizationId_environment_startedAt_idx" ON "Deployment"("organizationId", "environment", "startedAt");

-- CreateIndex
CREATE INDEX "Deployment_modelVersionId_idx" ON "Deployment"("modelVersionId");

-- CreateIndex
CREATE INDEX "Deployment_releaseId_idx" ON "Deployment"("releaseId");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalPolicy_organizationId_riskTier_key" ON "ApprovalPolicy"("organizationId", "riskTier");

-- CreateIndex
CREATE INDEX "ApprovalRequest_organizationId_status_createdAt_idx" ON "ApprovalRequest"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ApprovalRequest_modelVersionId_idx" ON "ApprovalRequest"("modelVersionId");

-- CreateIndex
CREATE INDEX "ApprovalRequest_releaseId_idx" ON "ApprovalRequest"("releaseId");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalDecision_requestId_approverId_key" ON "ApprovalDecision"("requestId", "approverId");

-- CreateIndex
CREATE INDEX "Risk_organizationId_systemId_idx" ON "Risk"("organizationId", "systemId");

-- CreateIndex
CREATE INDEX "ControlAssessment_organizationId_framework_idx" ON "ControlAssessment"("organizationId", "framework");

-- CreateIndex
CREATE UNIQUE INDEX "ControlAssessment_organizationId_systemId_framework_requirementId_key" ON "ControlAssessment"("organizationId", "systemId", "framework", "requirementId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_subjectType_subjectId_idx" ON "AuditEvent"("organizationId", "subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_action_idx" ON "AuditEvent"("organizationId", "action");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_organizationId_seq_key" ON "AuditEvent"("organizationId", "seq");

-- CreateIndex
CREATE INDEX "Webhook_organizationId_idx" ON "Webhook"("organizationId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_webhookId_createdAt_idx" ON "WebhookDelivery"("webhookId", "createdAt");

-- CreateIndex
CREATE INDEX "ReportRun_organizationId_createdAt_idx" ON "ReportRun"("organizationId", "createdAt");

