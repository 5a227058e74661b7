// Approval policies: what a request needs before its transition happens, per organisation and risk tier.
// Every tier has a built-in default, used while the organisation has set no policy of its own.
// PROHIBITED is not a policy but a hard rule: nothing of a prohibited system is ever approved.
import { RiskTier, type Role } from "@canon/db";

/** Every risk tier, in the schema's order (the order policies are listed in). */
export const RISK_TIERS: readonly RiskTier[] = Object.values(RiskTier);
/** Roles that may be named as approvers (viewers and auditors never decide). */
export const APPROVER_ROLE_CHOICES: readonly Role[] = ["CONTRIBUTOR", "APPROVER", "ADMIN"];
export const MAX_REQUIRED_APPROVALS = 10;

export interface ApprovalPolicyRules {
  riskTier: RiskTier;
  /** Distinct people whose APPROVE decision is needed. */
  requiredApprovals: number;
  /** Roles allowed to decide (approve or reject). */
  approverRoles: Role[];
  /** Evaluation suites whose latest run must have passed on the subject (each component of a release). */
  requiredSuites: string[];
  /** Minimum overall completeness (0..1) of the latest model card revision of the subject's versions. */
  minCardCompleteness: number;
  /** The subject's AI system must exist and be classified. */
  requireClassification: boolean;
  /** Nothing can be approved (PROHIBITED systems). */
  blocked: boolean;
  /** True when the built-in default applies (the organisation set no policy for the tier). */
  isDefault: boolean;
  updatedAt: Date | null;
}

const APPROVERS: Role[] = ["APPROVER", "ADMIN"];

/** The built-in policy of each tier. */
export const DEFAULT_POLICIES: Readonly<Record<RiskTier, Omit<ApprovalPolicyRules, "riskTier" | "isDefault" | "updatedAt">>> = {
  // Approvers may still reject (to close a request); no APPROVE is ever accepted.
  PROHIBITED: { requiredApprovals: 1, approverRoles: APPROVERS, requiredSuites: [], minCardCompleteness: 0, requireClassification: true, blocked: true },
  HIGH_RISK: { requiredApprovals: 2, approverRoles: APPROVERS, requiredSuites: [], minCardCompleteness: 0.8, requireClassification: true, blocked: false },
  TRANSPARENCY: { requiredApprovals: 1, approverRoles: APPROVERS, requiredSuites: [], minCardCompleteness: 0.5, requireClassification: true, blocked: false },
  MINIMAL: { requiredApprovals: 1, approverRoles: APPROVERS, requiredSuites: [], minCardCompleteness: 0, requireClassification: true, blocked: false },
  UNCLASSIFIED: { requiredApprovals: 1, approverRoles: APPROVERS, requiredSuites: [], minCardCompleteness: 0, requireClassification: true, blocked: false },
};

export function defaultPolicy(riskTier: RiskTier): ApprovalPolicyRules {
  const d = DEFAULT_POLICIES[riskTier];
  return { riskTier, ...d, approverRoles: [...d.approverRoles], requiredSuites: [...d.requiredSuites], isDefault: true, updatedAt: null };
}

const stringArray = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** A stored ApprovalPolicy row as rules (PROHIBITED stays blocked whatever a row says). */
export function policyFromRow(row: {
  riskTier: RiskTier;
  requiredApprovals: number;
  approverRoles: unknown;
  requiredSuites: unknown;
  minCardCompleteness: number;
  requireClassification: boolean;
  updatedAt: Date;
}): ApprovalPolicyRules {
  if (row.riskTier === "PROHIBITED") return defaultPolicy("PROHIBITED");
  return {
    riskTier: row.riskTier,
    requiredApprovals: row.requiredApprovals,
    approverRoles: stringArray(row.approverRoles) as Role[],
    requiredSuites: stringArray(row.requiredSuites),
    minCardCompleteness: row.minCardCompleteness,
    requireClassification: row.requireClassification,
    blocked: false,
    isDefault: false,
    updatedAt: row.updatedAt,
  };
}

/** What is stored in ApprovalRequest.policySnapshot (plain JSON). */
export function policySnapshot(p: ApprovalPolicyRules) {
  return {
    riskTier: p.riskTier,
    requiredApprovals: p.requiredApprovals,
    approverRoles: p.approverRoles,
    requiredSuites: p.requiredSuites,
    minCardCompleteness: p.minCardCompleteness,
    requireClassification: p.requireClassification,
    blocked: p.blocked,
    isDefault: p.isDefault,
    updatedAt: p.updatedAt ? p.updatedAt.toISOString() : null,
  };
}

export function policyFromSnapshot(json: unknown): ApprovalPolicyRules {
  const s = (json ?? {}) as Record<string, unknown>;
  const tier = (RISK_TIERS as readonly unknown[]).includes(s.riskTier) ? (s.riskTier as RiskTier) : RiskTier.UNCLASSIFIED;
  const base = defaultPolicy(tier);
  return {
    riskTier: tier,
    requiredApprovals: typeof s.requiredApprovals === "number" ? s.requiredApprovals : base.requiredApprovals,
    approverRoles: Array.isArray(s.approverRoles) ? (stringArray(s.approverRoles) as Role[]) : base.approverRoles,
    requiredSuites: Array.isArray(s.requiredSuites) ? stringArray(s.requiredSuites) : base.requiredSuites,
    minCardCompleteness: typeof s.minCardCompleteness === "number" ? s.minCardCompleteness : base.minCardCompleteness,
    requireClassification: typeof s.requireClassification === "boolean" ? s.requireClassification : base.requireClassification,
    blocked: s.blocked === true || tier === "PROHIBITED",
    isDefault: s.isDefault === true,
    updatedAt: typeof s.updatedAt === "string" ? new Date(s.updatedAt) : null,
  };
}

/**
 * The policy a decision is held to: the stricter of the one snapshotted when the request was made and
 * the one in force now (a reclassification or a policy change can tighten a pending request, never loosen it).
 */
export function strictest(snapshot: ApprovalPolicyRules, current: ApprovalPolicyRules): ApprovalPolicyRules {
  const stricterTier = current.blocked || current.requiredApprovals > snapshot.requiredApprovals ? current.riskTier : snapshot.riskTier;
  return {
    riskTier: stricterTier,
    requiredApprovals: Math.max(snapshot.requiredApprovals, current.requiredApprovals),
    approverRoles: snapshot.approverRoles.filter((r) => current.approverRoles.includes(r)),
    requiredSuites: [...new Set([...snapshot.requiredSuites, ...current.requiredSuites])].sort(),
    minCardCompleteness: Math.max(snapshot.minCardCompleteness, current.minCardCompleteness),
    requireClassification: snapshot.requireClassification || current.requireClassification,
    blocked: snapshot.blocked || current.blocked,
    isDefault: snapshot.isDefault && current.isDefault,
    updatedAt: current.updatedAt,
  };
}
