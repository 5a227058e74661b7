// Registers the database enums (and API-only ones) with type-graphql under their own names.
import * as db from "@canon/db";
import { registerEnumType } from "type-graphql";

export const SortDirection = { ASC: "ASC", DESC: "DESC" } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];

const enums: Record<string, object> = {
  Role: db.Role, ActorType: db.ActorType, LifecycleStatus: db.LifecycleStatus, OperatorRole: db.OperatorRole,
  RiskTier: db.RiskTier, HighRiskRoute: db.HighRiskRoute, GpaiStatus: db.GpaiStatus, MarketStatus: db.MarketStatus,
  ModelKind: db.ModelKind, ModelSource: db.ModelSource, ModelStatus: db.ModelStatus, HealthStatus: db.HealthStatus,
  Stage: db.Stage, LineageRole: db.LineageRole, ParentRelation: db.ParentRelation, DataClassification: db.DataClassification,
  MetricDirection: db.MetricDirection, ComponentRole: db.ComponentRole, Environment: db.Environment,
  ApprovalSubjectType: db.ApprovalSubjectType, ApprovalStatus: db.ApprovalStatus, DecisionKind: db.DecisionKind,
  RiskLevel: db.RiskLevel, RiskStatus: db.RiskStatus, Framework: db.Framework, ControlStatus: db.ControlStatus,
  ReportFormat: db.ReportFormat, ReportStatus: db.ReportStatus, DeliveryStatus: db.DeliveryStatus, DeploymentGateMode: db.DeploymentGateMode,
  SortDirection,
};
for (const [name, e] of Object.entries(enums)) registerEnumType(e, { name });

export { db as DbEnums };
