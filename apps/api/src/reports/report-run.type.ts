import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import { Connection } from "../graphql/connection";

@ObjectType({ description: "One generated report: who asked for what, and what came out (the file's digest, size and how long it took)" })
export class ReportRun {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "inventory, eu-ai-act, iso-42001, nist-ai-rmf, ml-bom, audit-export or evidence-pack" }) kind!: string;
  @Field(() => String, { nullable: true }) framework!: string | null;
  @Field(() => String) format!: string;
  @Field(() => DateTime, { description: "The instant the report describes" }) asOf!: Date;
  @Field(() => [ID], { description: "The systems in scope; empty for the whole organisation" }) systemIds!: string[];
  @Field(() => ID, { nullable: true, description: "The job that generates it; its output is the file (GET /jobs/:id/output)" }) jobId!: string | null;
  @Field(() => String, { description: "QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED" }) status!: string;
  @Field(() => Int, { nullable: true }) progressPercent!: number | null;
  @Field(() => String, { nullable: true }) progressPhase!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true, description: "sha256 of the file" }) fileDigest!: string | null;
  @Field(() => Int, { nullable: true }) fileSize!: number | null;
  @Field(() => Int, { nullable: true }) durationMs!: number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true }) requestedById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) finishedAt!: Date | null;
}

export const ReportRunConnection = Connection("ReportRun", ReportRun);

export function toReportRun(r: Omit<ReportRun, "systemIds"> & { scope: unknown }): ReportRun {
  const scope = (r.scope ?? {}) as { systemIds?: string[] };
  return { ...r, systemIds: Array.isArray(scope.systemIds) ? scope.systemIds : [] };
}
