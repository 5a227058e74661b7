import * as core from "@canon/core";
import { RiskLevel, RiskStatus, RiskTreatment } from "@canon/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "A risk in the register: likelihood × impact, its treatment, the AI systems it concerns and the controls that treat it" })
export class Risk {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { description: 'Where the risk comes from, e.g. "bias", "security"' }) category!: string;
  @Field(() => Int, { description: "1–5" }) likelihood!: number;
  @Field(() => Int, { description: "1–5" }) impact!: number;
  @Field(() => RiskLevel, { description: "Derived from likelihood × impact unless stated" }) level!: RiskLevel;
  @Field(() => RiskStatus) status!: RiskStatus;
  @Field(() => RiskTreatment, { nullable: true }) treatment!: RiskTreatment | null;
  @Field(() => String, { nullable: true }) mitigation!: string | null;
  @Field(() => RiskLevel, { nullable: true }) residualLevel!: RiskLevel | null;
  @Field(() => String, { nullable: true }) ownerId!: string | null;
  @Field(() => [ID], { description: "The AI systems it concerns" }) systemIds!: string[];
  @Field(() => [ID], { description: "The control assessments that treat it" }) assessmentIds!: string[];
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

export const RiskConnection = Connection("Risk", Risk);

type RiskRow = Awaited<ReturnType<typeof core.createRisk>>;

export function toRisk(row: RiskRow): Risk {
  const { systems, controls, ...fields } = row;
  return { ...fields, systemIds: systems.map((s) => s.systemId), assessmentIds: controls.map((c) => c.assessmentId) };
}
