// The EU AI Act classification of one system in the shape the AISystem columns store it (operatorRole,
// riskTier, highRiskRoute, annexIIIArea, annexIIIPoint, art6_3Derogation, art6_3Justification,
// profiling, gpaiStatus, transparencyDuties). Area 2 of Annex III has no lettered points, so a system in
// area 2 stores annexIIIArea 2 and annexIIIPoint null.
import type { GpaiStatusId, HighRiskRouteId, OperatorRoleId, RiskTierId, TransparencyDutyId } from "@canon/frameworks";

export interface ClassificationFields {
  operatorRole: OperatorRoleId;
  /** UNCLASSIFIED is the registry's state before anyone classified the system. */
  riskTier: RiskTierId | "UNCLASSIFIED";
  highRiskRoute: HighRiskRouteId | null;
  annexIIIArea: number | null;
  /** "5(b)"; null for area 2 and outside Annex III. */
  annexIIIPoint: string | null;
  art6_3Derogation: boolean;
  art6_3Justification: string | null;
  profiling: boolean;
  /** NONE: not a general-purpose AI model. */
  gpaiStatus: GpaiStatusId | "NONE";
  transparencyDuties: TransparencyDutyId[];
}

/** What the assistant suggests: always a tier, never UNCLASSIFIED. */
export type SuggestedClassificationFields = ClassificationFields & { riskTier: RiskTierId };
