// The AI inventory report model: one row per AI system as it stood at `asOf`, with its EU AI Act
// classification, its models and the versions in production, and its deployments per environment.
// Plain data (no Prisma types, no functions), so it crosses a worker-thread boundary unchanged.
import type { GpaiStatusId, HighRiskRouteId, OperatorRoleId, RiskTierId, TransparencyDutyId } from "@canon/frameworks";
import type { ReportHeader } from "./report-header";

export type LifecycleStatusValue = "PLANNED" | "IN_DEVELOPMENT" | "IN_PRODUCTION" | "RETIRED";
export type MarketStatusValue = "NOT_PLACED" | "ON_MARKET" | "IN_SERVICE" | "NO_LONGER_ON_MARKET" | "NO_LONGER_IN_SERVICE" | "RECALLED";
export type EnvironmentValue = "DEVELOPMENT" | "STAGING" | "PRODUCTION";
/** The catalogue's tiers plus the registry's own "not classified yet". */
export type InventoryRiskTier = RiskTierId | "UNCLASSIFIED";
/** The catalogue's GPAI statuses plus "not a GPAI model". */
export type InventoryGpaiStatus = GpaiStatusId | "NONE";

export interface InventoryReport extends ReportHeader {
  kind: "ai-inventory";
  /** "Whole organisation", or the systems the report was limited to. */
  scopeLabel: string;
  /** Ordered as the renderers print them. */
  systems: InventorySystem[];
}

export interface InventorySystem {
  id: string;
  /** The organisation's stable reference (unique within it). */
  reference: string;
  name: string;
  tradeName: string | null;
  intendedPurpose: string | null;
  description: string | null;
  businessUnit: string | null;
  /** The owner as the report prints them ("Name <email>"); null when none is set. */
  owner: string | null;
  lifecycleStatus: LifecycleStatusValue;
  marketStatus: MarketStatusValue;
  memberStates: string[];
  euRegistrationNumber: string | null;
  registeredAt: Date;
  classification: InventoryClassification;
  models: InventoryModel[];
  /** Deployments running at `asOf`, in any environment. */
  deployments: InventoryDeployment[];
  /** Compliance gaps the registry showed at `asOf` (not counting justified exclusions), by severity. */
  gaps: InventoryGaps;
}

export interface InventoryGaps {
  open: number;
  critical: number;
  high: number;
}

export interface InventoryClassification {
  operatorRole: OperatorRoleId;
  riskTier: InventoryRiskTier;
  highRiskRoute: HighRiskRouteId | null;
  annexIIIArea: number | null;
  /** "5(b)"; null for area 2 (no sub-points) or when not in Annex III. */
  annexIIIPoint: string | null;
  art6_3Derogation: boolean;
  profiling: boolean;
  gpaiStatus: InventoryGpaiStatus;
  transparencyDuties: TransparencyDutyId[];
  classifiedAt: Date | null;
}

export interface InventoryModel {
  id: string;
  name: string;
  kind: string;
  source: string;
  provider: string | null;
  /** How the model belongs to the system: linked to it, or a component of a release it runs. */
  link: "SYSTEM" | "RELEASE";
  /** Version numbers running in PRODUCTION at `asOf` (directly or inside a release), ascending. */
  productionVersions: number[];
  /** Named pointers at `asOf` ("production": 3), by name. */
  aliases: { name: string; version: number }[];
}

export interface InventoryDeployment {
  environment: EnvironmentValue;
  target: string;
  region: string | null;
  /** What runs: one model version, or a release (a system's production stack). */
  subject: { kind: "MODEL_VERSION"; model: string; version: number } | { kind: "RELEASE"; release: number; name: string | null };
  /** 0–1. */
  trafficShare: number;
  startedAt: Date;
  /** Recorded although the deployment gate's rules were not met. */
  policyViolation: boolean;
}
