import { JobStatus } from "@canon/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime, JSON } from "../graphql/scalars";

registerEnumType(JobStatus, {
  name: "JobStatus",
  description: "QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED (a failed attempt with attempts left goes back to QUEUED)",
});

@ObjectType({ description: "A job's output file; download it with GET downloadPath on the API server and the same bearer token" })
export class JobOutput {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) byteSize!: number;
  @Field(() => String, { description: "sha256 of the bytes, hexadecimal" }) sha256!: string;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => String, { description: "Path of the download on this API server, e.g. /jobs/<id>/output" }) downloadPath!: string;
}

@ObjectType({ description: "Long work run off the request path by any API instance, with progress and an optional output file" })
export class Job {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => JobStatus) status!: JobStatus;
  @Field(() => JSON) input!: unknown;
  @Field(() => Int, { description: "Percent done, 0–100, as last reported" }) progressPercent!: number;
  @Field(() => String, { nullable: true, description: "What the job is doing, as last reported" }) progressPhase!: string | null;
  @Field(() => Int, { description: "Attempts started so far (a crashed attempt counts)" }) attempts!: number;
  @Field(() => Int) maxAttempts!: number;
  @Field(() => String, { nullable: true, description: "Error of the most recent failed attempt (kept after a later success)" }) error!: string | null;
  @Field(() => JSON, { nullable: true }) result!: unknown;
  @Field(() => String, { nullable: true, description: "The person who requested it" }) requestedById!: string | null;
  @Field(() => DateTime, { nullable: true }) cancelRequestedAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelRequestedById!: string | null;
  @Field(() => DateTime, { description: "Not run before this instant (retry backoff)" }) runAfter!: Date;
  @Field(() => DateTime, { nullable: true, description: "While RUNNING: the claim's end unless renewed; after it, another instance takes the job over" })
  leaseUntil!: Date | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) startedAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) finishedAt!: Date | null;
  @Field(() => DateTime) updatedAt!: Date;
  @Field(() => JobOutput, { nullable: true }) output!: JobOutput | null;
}

export const JobConnection = Connection("Job", Job);

/** A core job view with its output's download path. */
export function toJob<T extends { id: string; output: Omit<JobOutput, "downloadPath"> | null }>(job: T): T & { output: JobOutput | null } {
  return { ...job, output: job.output ? { ...job.output, downloadPath: jobOutputPath(job.id) } : null };
}

export function jobOutputPath(id: string): string {
  return `/jobs/${encodeURIComponent(id)}/output`;
}
