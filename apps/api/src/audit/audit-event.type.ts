import { ActorType } from "@canon/core";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";

@ObjectType({ description: "One state change, hash-chained to the previous event of the organisation" })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => Int) seq!: number;
  @Field(() => ActorType) actorType!: ActorType;
  @Field(() => String, { nullable: true, description: "The credential that acted: a user id (session), an API token id, or a system label" }) actorId!:
    string | null;
  @Field(() => String, { nullable: true, description: "The person (or service account) behind the credential; null for the system" }) actorUserId!:
    string | null;
  @Field(() => String) action!: string;
  @Field(() => String) subjectType!: string;
  @Field(() => String, { nullable: true }) subjectId!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => String) prevHash!: string;
  @Field(() => String) hash!: string;
}

/** An audit event as stored: before, after and context are canonical JSON text (served parsed, by the resolver). */
export interface StoredAuditEvent extends AuditEvent {
  before: string | null;
  after: string | null;
  context: string | null;
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
