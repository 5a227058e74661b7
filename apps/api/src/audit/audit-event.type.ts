import { ActorType } from "@canon/db";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime, JSON } from "../graphql/scalars";

@ObjectType({ description: "One state change, hash-chained to the previous event of the organisation" })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => Int) seq!: number;
  @Field(() => ActorType) actorType!: ActorType;
  @Field(() => String, { nullable: true }) actorId!: string | null;
  @Field(() => String) action!: string;
  @Field(() => String) subjectType!: string;
  @Field(() => String, { nullable: true }) subjectId!: string | null;
  @Field(() => JSON, { nullable: true }) before!: unknown;
  @Field(() => JSON, { nullable: true }) after!: unknown;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => String) prevHash!: string;
  @Field(() => String) hash!: string;
}

@ObjectType()
export class AuditChainVerification {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => Int) eventCount!: number;
  @Field(() => Int) headSeq!: number;
  @Field(() => Int, { nullable: true }) firstBrokenSeq!: number | null;
  @Field(() => String, { nullable: true }) firstBrokenEventId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true }) subjectType?: string | null;
  @Field(() => String, { nullable: true }) subjectId?: string | null;
  @Field(() => String, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => DateTime, { nullable: true }) from?: Date | null;
  @Field(() => DateTime, { nullable: true }) to?: Date | null;
}

export const AuditEventConnection = Connection("AuditEvent", AuditEvent);
