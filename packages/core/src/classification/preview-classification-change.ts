// What a classification change would do to a system's EU AI Act obligations, before anyone applies it:
// the obligations that start, stop, stay and move date, against those of the classification the system
// has now. Reads the system and writes nothing. The deployer facts (public authority) are the system's
// own on both sides, as the gap rules read them, so only the classification moves.
//
// Also home of the reading of a stored system's classification, shared by the suggestion and the
// confirmation: the same columns the gap rules read, so a preview agrees with the gaps that follow.
import type { GpaiStatusId, HighRiskRouteId, OperatorRoleId, RiskTierId, TransparencyDutyId } from "@canon/frameworks";
import { z } from "zod";
import { CanonError, ErrorCode, notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { classificationData, classificationInput } from "../systems/classification";
import type { ClassificationFields } from "./classification-fields";
import { diffObligations, type ObligationsDiff } from "./diff-obligations";
import type { ObligationContext, ObligationDue } from "./obligation-due";
import { obligationsFor } from "./obligations-for";

/** The AISystem columns a classification is read from. */
export interface StoredClassification {
  operatorRole: string;
  riskTier: string;
  highRiskRoute: string | null;
  annexIIIArea: number | null;
  annexIIIPoint: string | null;
  art6_3Derogation: boolean;
  art6_3Justification: string | null;
  profiling: boolean;
  gpaiStatus: string;
  transparencyDuties: unknown;
  publicAuthority: boolean;
}

/** The system's classification as stored (UNCLASSIFIED until someone classifies it). */
export function classificationOfSystem(s: StoredClassification): ClassificationFields {
  return {
    operatorRole: s.operatorRole as OperatorRoleId,
    riskTier: s.riskTier as RiskTierId | "UNCLASSIFIED",
    highRiskRoute: s.highRiskRoute as HighRiskRouteId | null,
    annexIIIArea: s.annexIIIArea,
    annexIIIPoint: s.annexIIIPoint,
    art6_3Derogation: s.art6_3Derogation,
    art6_3Justification: s.art6_3Justification,
    profiling: s.profiling,
    gpaiStatus: s.gpaiStatus as GpaiStatusId | "NONE",
    transparencyDuties: (Array.isArray(s.transparencyDuties) ? s.transparencyDuties : []) as TransparencyDutyId[],
  };
}

/**
 * The deployer facts the system stores. The registry keeps one flag (publicAuthority); a private
 * provider of public services is not stored, so it counts as false here, as in the gap rules.
 */
export function obligationContextOfSystem(s: StoredClassification): ObligationContext {
  return { deployerIsPublicAuthority: s.publicAuthority, deployerProvidesPublicServices: false };
}

/** The obligations the system has under its stored classification. */
export function currentObligations(s: StoredClassification): ObligationDue[] {
  return obligationsFor(classificationOfSystem(s), obligationContextOfSystem(s));
}

/**
 * classificationData (the rules of a coherent classification) for a classification given under another
 * argument name: a refusal names the field within that argument ("classification.highRiskRoute").
 */
export function coherentClassification(argument: string, input: z.output<typeof classificationInput>): ClassificationFields {
  try {
    return classificationData(input) as ClassificationFields;
  } catch (error) {
    if (error instanceof CanonError && error.code === ErrorCode.VALIDATION && error.field) {
      throw new CanonError(ErrorCode.VALIDATION, `${argument}.${error.message}`, `${argument}.${error.field}`);
    }
    throw error;
  }
}

export interface ClassificationChangePreview<S> {
  system: S;
  current: ClassificationFields;
  proposed: ClassificationFields;
  /** The obligations under the proposed classification. */
  obligations: ObligationDue[];
  diff: ObligationsDiff;
}

export const previewClassificationChange = useCase({
  permission: Permission.READ,
  input: z.object({ systemId: id, classification: classificationInput }),
  async run({ systemId, classification }) {
    const proposed = coherentClassification("classification", classification);
    const system = await reader().aISystem.findUnique({ where: { id: systemId } });
    if (!system) throw notFound("AI system", systemId);
    const obligations = obligationsFor(proposed, obligationContextOfSystem(system));
    const preview: ClassificationChangePreview<typeof system> = {
      system,
      current: classificationOfSystem(system),
      proposed,
      obligations,
      diff: diffObligations(currentObligations(system), obligations),
    };
    return preview;
  },
});
