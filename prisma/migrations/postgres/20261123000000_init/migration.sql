-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'CONTRIBUTOR', 'APPROVER', 'AUDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('USER', 'TOKEN', 'SYSTEM');

-- CreateEnum
CREATE TYPE "LifecycleStatus" AS ENUM ('PLANNED', 'IN_DEVELOPMENT', 'IN_PRODUCTION', 'RETIRED');

-- CreateEnum
CREATE TYPE "OperatorRole" AS ENUM ('PROVIDER', 'DEPLOYER', 'IMPORTER', 'DISTRIBUTOR', 'AUTHORISED_REPRESENTATIVE', 'PRODUCT_MANUFACTURER');

-- CreateEnum
CREATE TYPE "RiskTier" AS ENUM ('UNCLASSIFIED', 'PROHIBITED', 'HIGH_RISK', 'TRANSPARENCY', 'MINIMAL');

-- CreateEnum
CREATE TYPE "HighRiskRoute" AS ENUM ('ANNEX_I', 'ANNEX_III');

-- CreateEnum
CREATE TYPE "GpaiStatus" AS ENUM ('NONE', 'GPAI', 'GPAI_SYSTEMIC');

-- CreateEnum
CREATE TYPE "MarketStatus" AS ENUM ('NOT_PLACED', 'ON_MARKET', 'IN_SERVICE', 'NO_LONGER_ON_MARKET', 'NO_LONGER_IN_SERVICE', 'RECALLED');

-- CreateEnum
CREATE TYPE "ModelKind" AS ENUM ('CLASSIFIER', 'REGRESSOR', 'LLM', 'EMBEDDING', 'RERANKER', 'ADAPTER', 'PROMPT_TEMPLATE', 'VISION', 'SPEECH', 'RECOMMENDER', 'OTHER');

-- CreateEnum
CREATE TYPE "ModelSource" AS ENUM ('INTERNAL', 'OPEN_WEIGHT', 'PROVIDER_HOSTED');

-- CreateEnum
CREATE TYPE "ModelStatus" AS ENUM ('ACTIVE', 'DEPRECATED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "HealthStatus" AS ENUM ('UNKNOWN', 'HEALTHY', 'DEGRADED', 'DOWN');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('DEVELOPMENT', 'STAGING', 'PRODUCTION', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "LineageRole" AS ENUM ('TRAINING', 'VALIDATION', 'TEST', 'FINE_TUNING', 'CALIBRATION');

-- CreateEnum
CREATE TYPE "ParentRelation" AS ENUM ('FINE_TUNED', 'ADAPTED', 'QUANTISED', 'DISTILLED', 'RETRAINED');

-- CreateEnum
CREATE TYPE "DataClassification" AS ENUM ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED');

-- CreateEnum
CREATE TYPE "MetricDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "ComponentRole" AS ENUM ('BASE_MODEL', 'ADAPTER', 'PROMPT_TEMPLATE', 'EMBEDDING_MODEL', 'RETRIEVAL_INDEX', 'RERANKER', 'GUARDRAIL', 'EVAL_SUITE', 'OTHER');

-- CreateEnum
CREATE TYPE "Environment" AS ENUM ('DEVELOPMENT', 'STAGING', 'PRODUCTION');

-- CreateEnum
CREATE TYPE "ApprovalSubjectType" AS ENUM ('MODEL_VERSION', 'RELEASE');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('APPROVE', 'REJECT');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('OPEN', 'MITIGATING', 'ACCEPTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "Framework" AS ENUM ('EU_AI_ACT', 'ISO_42001', 'NIST_AI_RMF');

-- CreateEnum
CREATE TYPE "ControlStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "ReportFormat" AS ENUM ('PDF', 'XLSX', 'JSON', 'CYCLONEDX');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AISystem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tradeName" TEXT,
    "description" TEXT,
    "intendedPurpose" TEXT,
    "ownerId" TEXT,
    "businessUnit" TEXT,
    "lifecycleStatus" "LifecycleStatus" NOT NULL DEFAULT 'PLANNED',
    "deploymentContext" TEXT,
    "operatorRole" "OperatorRole" NOT NULL DEFAULT 'DEPLOYER',
    "riskTier" "RiskTier" NOT NULL DEFAULT 'UNCLASSIFIED',
    "highRiskRoute" "HighRiskRoute",
    "annexIIIArea" INTEGER,
    "annexIIIPoint" TEXT,
    "art6_3Derogation" BOOLEAN NOT NULL DEFAULT false,
    "art6_3Justification" TEXT,
    "profiling" BOOLEAN NOT NULL DEFAULT false,
    "gpaiStatus" "GpaiStatus" NOT NULL DEFAULT 'NONE',
    "transparencyDuties" JSONB NOT NULL DEFAULT '[]',
    "marketStatus" "MarketStatus" NOT NULL DEFAULT 'NOT_PLACED',
    "memberStates" JSONB NOT NULL DEFAULT '[]',
    "humanOversight" TEXT,
    "affectedPersons" TEXT,
    "personalDataCategories" JSONB NOT NULL DEFAULT '[]',
    "certificates" JSONB NOT NULL DEFAULT '[]',
    "euRegistrationNumber" TEXT,
    "classifiedAt" TIMESTAMP(3),
    "classifiedById" TEXT,
    "latestReleaseNumber" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AISystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT,
    "name" TEXT NOT NULL,
    "kind" "ModelKind" NOT NULL,
    "source" "ModelSource" NOT NULL DEFAULT 'INTERNAL',
    "status" "ModelStatus" NOT NULL DEFAULT 'ACTIVE',
    "description" TEXT,
    "ownerId" TEXT,
    "provider" TEXT,
    "providerModelId" TEXT,
    "contextWindow" INTEGER,
    "maxOutputTokens" INTEGER,
    "inputPricePerMTok" DOUBLE PRECISION,
    "outputPricePerMTok" DOUBLE PRECISION,
    "supportsStreaming" BOOLEAN,
    "timeoutMs" INTEGER,
    "healthStatus" "HealthStatus" NOT NULL DEFAULT 'UNKNOWN',
    "deprecationDate" TIMESTAMP(3),
    "capabilityTags" JSONB NOT NULL DEFAULT '[]',
    "fallbackEligible" BOOLEAN NOT NULL DEFAULT false,
    "latestVersionNumber" INTEGER NOT NULL DEFAULT 0,
    "latestVersionId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelTag" (
    "modelId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "ModelTag_pkey" PRIMARY KEY ("modelId","tag")
);

-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "stage" "Stage" NOT NULL DEFAULT 'DEVELOPMENT',
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
    "parentRelation" "ParentRelation",
    "approvedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelVersionTag" (
    "versionId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "ModelVersionTag_pkey" PRIMARY KEY ("versionId","tag")
);

-- CreateTable
CREATE TABLE "ModelVersionDataset" (
    "versionId" TEXT NOT NULL,
    "datasetVersionId" TEXT NOT NULL,
    "role" "LineageRole" NOT NULL,

    CONSTRAINT "ModelVersionDataset_pkey" PRIMARY KEY ("versionId","datasetVersionId","role")
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "protected" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AliasHistory" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "aliasId" TEXT,
    "modelId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fromVersionId" TEXT,
    "toVersionId" TEXT,
    "reason" TEXT,
    "actorId" TEXT,
    "movedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AliasHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dataset" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "source" TEXT,
    "licence" TEXT,
    "ownerId" TEXT,
    "classification" "DataClassification" NOT NULL DEFAULT 'INTERNAL',
    "containsPersonalData" BOOLEAN NOT NULL DEFAULT false,
    "containsSpecialCategoryData" BOOLEAN NOT NULL DEFAULT false,
    "knownBiases" TEXT,
    "latestVersionNumber" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "uri" TEXT NOT NULL,
    "digest" TEXT,
    "rowCount" INTEGER,
    "collectionStart" TIMESTAMP(3),
    "collectionEnd" TIMESTAMP(3),
    "description" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "modelVersionId" TEXT NOT NULL,
    "datasetVersionId" TEXT,
    "suite" TEXT NOT NULL,
    "runId" TEXT,
    "runUrl" TEXT,
    "notes" TEXT,
    "passed" BOOLEAN NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationMetric" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "threshold" DOUBLE PRECISION,
    "direction" "MetricDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "slice" TEXT NOT NULL DEFAULT '',
    "passed" BOOLEAN,

    CONSTRAINT "EvaluationMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelCard" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "modelVersionId" TEXT NOT NULL,
    "latestRevision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelCardRevision" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelCardRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "stage" "Stage" NOT NULL DEFAULT 'DEVELOPMENT',
    "approvedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseComponent" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "role" "ComponentRole" NOT NULL,
    "position" INTEGER NOT NULL,
    "modelVersionId" TEXT,
    "externalRef" TEXT,
    "name" TEXT,
    "config" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "ReleaseComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "modelVersionId" TEXT,
    "releaseId" TEXT,
    "environment" "Environment" NOT NULL,
    "target" TEXT NOT NULL,
    "region" TEXT,
    "trafficShare" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "deployedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalPolicy" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "riskTier" "RiskTier" NOT NULL,
    "requiredApprovals" INTEGER NOT NULL DEFAULT 1,
    "approverRoles" JSONB NOT NULL DEFAULT '["APPROVER","ADMIN"]',
    "requiredSuites" JSONB NOT NULL DEFAULT '[]',
    "minCardCompleteness" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "requireClassification" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApprovalPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalRequest" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "subjectType" "ApprovalSubjectType" NOT NULL,
    "modelVersionId" TEXT,
    "releaseId" TEXT,
    "targetStage" "Stage",
    "targetAlias" TEXT,
    "archivePrevious" BOOLEAN NOT NULL DEFAULT false,
    "justification" TEXT NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'PENDING',
    "policySnapshot" JSONB NOT NULL DEFAULT '{}',
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ApprovalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalDecision" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "decision" "DecisionKind" NOT NULL,
    "comment" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApprovalDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "level" "RiskLevel" NOT NULL,
    "status" "RiskStatus" NOT NULL DEFAULT 'OPEN',
    "mitigation" TEXT,
    "residualLevel" "RiskLevel",
    "ownerId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ControlAssessment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT,
    "framework" "Framework" NOT NULL,
    "requirementId" TEXT NOT NULL,
    "status" "ControlStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "applicable" BOOLEAN NOT NULL DEFAULT true,
    "justification" TEXT,
    "ownerId" TEXT,
    "evidenceLinks" JSONB NOT NULL DEFAULT '[]',
    "lastReviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ControlAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "organizationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "hash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "secret" TEXT NOT NULL,
    "events" JSONB NOT NULL DEFAULT '[]',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportRun" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "framework" "Framework" NOT NULL,
    "format" "ReportFormat" NOT NULL,
    "scope" JSONB NOT NULL DEFAULT '{}',
    "asOf" TIMESTAMP(3) NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "fileName" TEXT,
    "fileDigest" TEXT,
    "fileSize" INTEGER,
    "error" TEXT,
    "requestedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ReportRun_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "ControlAssessment_organizationId_systemId_framework_require_key" ON "ControlAssessment"("organizationId", "systemId", "framework", "requirementId");

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

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AISystem" ADD CONSTRAINT "AISystem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelTag" ADD CONSTRAINT "ModelTag_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_parentVersionId_fkey" FOREIGN KEY ("parentVersionId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersionTag" ADD CONSTRAINT "ModelVersionTag_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersionDataset" ADD CONSTRAINT "ModelVersionDataset_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersionDataset" ADD CONSTRAINT "ModelVersionDataset_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AliasHistory" ADD CONSTRAINT "AliasHistory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AliasHistory" ADD CONSTRAINT "AliasHistory_aliasId_fkey" FOREIGN KEY ("aliasId") REFERENCES "Alias"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetVersion" ADD CONSTRAINT "DatasetVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetVersion" ADD CONSTRAINT "DatasetVersion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationMetric" ADD CONSTRAINT "EvaluationMetric_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCard" ADD CONSTRAINT "ModelCard_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCard" ADD CONSTRAINT "ModelCard_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCardRevision" ADD CONSTRAINT "ModelCardRevision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCardRevision" ADD CONSTRAINT "ModelCardRevision_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "ModelCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseComponent" ADD CONSTRAINT "ReleaseComponent_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseComponent" ADD CONSTRAINT "ReleaseComponent_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalPolicy" ADD CONSTRAINT "ApprovalPolicy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalRequest" ADD CONSTRAINT "ApprovalRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalRequest" ADD CONSTRAINT "ApprovalRequest_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalRequest" ADD CONSTRAINT "ApprovalRequest_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalDecision" ADD CONSTRAINT "ApprovalDecision_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ApprovalRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlAssessment" ADD CONSTRAINT "ControlAssessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlAssessment" ADD CONSTRAINT "ControlAssessment_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AISystem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditChainHead" ADD CONSTRAINT "AuditChainHead_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Webhook" ADD CONSTRAINT "Webhook_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRun" ADD CONSTRAINT "ReportRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

