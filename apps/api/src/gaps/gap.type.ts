// A gap as the API shows it: something a framework asks for that the registry's records show is not
// met, computed from the records (now or as of an instant), with the record to fix.
import type { GapSeverity as CoreGapSeverity, GapState as CoreGapState } from "@canon/core";
import { Framework } from "@canon/core";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import "../graphql/enums";

export const GapState = {
  MISSING_EVIDENCE: "MISSING_EVIDENCE",
  FAILED: "FAILED",
  STALE: "STALE",
  NOT_APPLICABLE: "NOT_APPLICABLE",
  UNKNOWN: "UNKNOWN",
} as const satisfies { [K in CoreGapState]: K };
export type GapState = CoreGapState;

export const GapSeverity = { CRITICAL: "CRITICAL", HIGH: "HIGH", MEDIUM: "MEDIUM", LOW: "LOW" } as const satisfies { [K in CoreGapSeverity]: K };
export type GapSeverity = CoreGapSeverity;

registerEnumType(GapState, {
  name: "GapState",
  description:
    "MISSING_EVIDENCE: not done or not backed; FAILED: checked and failed; STALE: overdue or expired; NOT_APPLICABLE: excluded with a justification; UNKNOWN: never assessed",
});
registerEnumType(GapSeverity, { name: "GapSeverity" });

@ObjectType({ description: "The system a gap is about" })
export class GapSystem {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "The record to change to close a gap" })
export class GapFix {
  @Field(() => String, { description: "AISystem, ControlAssessment, ModelVersion, …" }) recordType!: string;
  @Field(() => ID, { nullable: true }) recordId!: string | null;
  @Field(() => String) label!: string;
}

@ObjectType({ description: "Something a framework asks for that the registry's records show is not met" })
export class Gap {
  @Field(() => String, { description: "Stable within one computation: rule, record and requirement" }) key!: string;
  @Field(() => String, { description: 'The rule that found it, e.g. "obligation-not-met"' }) rule!: string;
  @Field(() => GapState) state!: GapState;
  @Field(() => GapSeverity) severity!: GapSeverity;
  @Field(() => String) message!: string;
  @Field(() => GapSystem, { nullable: true }) system!: GapSystem | null;
  @Field(() => Framework, { nullable: true }) framework!: Framework | null;
  @Field(() => String, { nullable: true, description: 'The framework requirement, e.g. "art-9"' }) requirementId!: string | null;
  @Field(() => GapFix) fix!: GapFix;
  @Field(() => ID, { nullable: true, description: "Evidence involved (expired evidence)" }) evidenceId!: string | null;
}

@InputType()
export class GapFilter {
  @Field(() => ID, { nullable: true }) systemId?: string | null;
  @Field(() => Framework, { nullable: true }) framework?: Framework | null;
  @Field(() => GapState, { nullable: true }) state?: GapState | null;
  @Field(() => GapSeverity, { nullable: true }) severity?: GapSeverity | null;
  @Field(() => String, { nullable: true, description: 'A rule id, e.g. "high-risk-without-approved-production-version"' }) rule?: string | null;
}
