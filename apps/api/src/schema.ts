// Builds the GraphQL schema from every area's resolvers. Add a new area's resolver here.
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { ApiTokenResolver } from "./access/api-token.resolver";
import { AuditEventResolver } from "./audit/audit-event.resolver";
import { authChecker } from "./graphql/auth-checker";
import { MemberResolver } from "./members/member.resolver";
import { OrganizationResolver } from "./organizations/organization.resolver";
import { AISystemResolver } from "./systems/ai-system.resolver";
import { AliasHistoryResolver } from "./aliases/alias-history.resolver";
import { AliasResolver } from "./aliases/alias.resolver";
import { ApprovalPolicyResolver } from "./approvals/approval-policy.resolver";
import { ApprovalRequestResolver } from "./approvals/approval-request.resolver";
import { AliasRollbackResolver } from "./approvals/alias-rollback.resolver";
import { DatasetVersionResolver } from "./datasets/dataset-version.resolver";
import { DatasetResolver } from "./datasets/dataset.resolver";
import { ModelResolver } from "./models/model.resolver";
import { ModelVersionFieldsResolver } from "./versions/model-version-fields.resolver";
import { ModelVersionResolver } from "./versions/model-version.resolver";
import { ModelCardResolver } from "./cards/model-card.resolver";
import { ModelVersionCardResolver } from "./cards/model-version-card.resolver";
import { DeploymentGateResolver } from "./deployments/deployment-gate.resolver";
import { DeploymentResolver } from "./deployments/deployment.resolver";
import { AliasPointerResolver } from "./history/alias-pointer.resolver";
import { ProductionSnapshotResolver } from "./history/production-snapshot.resolver";
import { RecordAsOfResolver } from "./history/record-as-of.resolver";
import { WebhookResolver } from "./webhooks/webhook.resolver";
import { InventoryReportResolver } from "./reports/inventory-report.resolver";
import { ComplianceReportResolver } from "./reports/compliance-report.resolver";
import { MlBomResolver } from "./reports/ml-bom.resolver";
import { ReportRunsResolver } from "./reports/report-runs.resolver";
import { AuditExportResolver } from "./reports/audit-export.resolver";
import { EvidencePackResolver } from "./reports/evidence-pack.resolver";
import { JobResolver } from "./jobs/job.resolver";
import { EvaluationMetricResolver, EvaluationResolver } from "./evaluations/evaluation.resolver";
import { ModelVersionEvaluationsResolver } from "./evaluations/model-version-evaluations.resolver";
import { ReleaseComponentResolver, ReleaseResolver } from "./releases/release.resolver";
import { ControlAssessmentResolver } from "./assessments/control-assessment.resolver";
import { EvidenceResolver } from "./evidence/evidence.resolver";
import { RiskResolver } from "./risks/risk.resolver";
import { IncidentResolver } from "./incidents/incident.resolver";
import { ImpactAssessmentResolver } from "./impact-assessments/impact-assessment.resolver";
import { AISystemPublicAuthorityResolver, ClassificationAssistantResolver } from "./classification/classification.resolver";
import { GapResolver } from "./gaps/gap.resolver";
import { TrainingContentSummaryResolver } from "./gaps/training-content-summary.resolver";

export const resolvers: NonEmptyArray<Function> = [
  OrganizationResolver,
  MemberResolver,
  ApiTokenResolver,
  AuditEventResolver,
  AISystemResolver,
  ModelResolver,
  ModelVersionResolver,
  ModelVersionFieldsResolver,
  AliasResolver,
  AliasHistoryResolver,
  ApprovalPolicyResolver,
  ApprovalRequestResolver,
  AliasRollbackResolver,
  DatasetResolver,
  DatasetVersionResolver,
  EvaluationResolver,
  EvaluationMetricResolver,
  ModelVersionEvaluationsResolver,
  ModelCardResolver,
  ModelVersionCardResolver,
  ReleaseResolver,
  ReleaseComponentResolver,
  DeploymentResolver,
  DeploymentGateResolver,
  ProductionSnapshotResolver,
  RecordAsOfResolver,
  AliasPointerResolver,
  WebhookResolver,
  InventoryReportResolver,
  ComplianceReportResolver,
  MlBomResolver,
  ReportRunsResolver,
  AuditExportResolver,
  EvidencePackResolver,
  JobResolver,
  ControlAssessmentResolver,
  EvidenceResolver,
  RiskResolver,
  IncidentResolver,
  ImpactAssessmentResolver,
  ClassificationAssistantResolver,
  AISystemPublicAuthorityResolver,
  GapResolver,
  TrainingContentSummaryResolver,
];

let built: Promise<GraphQLSchema> | undefined;

export function canonSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, authChecker, authMode: "error", validate: false });
  return built;
}
