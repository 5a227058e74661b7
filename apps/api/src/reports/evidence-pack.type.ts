// The answer of evidencePackVerification: whether a stored evidence pack is intact and whether the audit
// trail's record of it (the reportRun.finish event of its run) names the same pack and manifest digests.
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "An evidence pack checked where it is stored: intact (every file as its manifest lists it), and matched against the audit event that recorded its digest",
})
export class EvidencePackVerification {
  @Field(() => Boolean, { description: "The ZIP holds exactly the files its manifest lists, each with the listed sha256 and size" }) intact!: boolean;
  @Field(() => [String], { description: "What is wrong with the pack, then what the audit trail does not confirm; empty when all is well" })
  problems!: string[];
  @Field(() => String, { description: "sha256 of the ZIP as stored" }) packSha256!: string;
  @Field(() => String, { nullable: true, description: "sha256 of its manifest.json; null when the manifest is unreadable" }) manifestSha256!: string | null;
  @Field(() => Int, { nullable: true, description: "seq of the reportRun.finish event that records the pack (or comes closest); null when there is none" })
  auditEventSeq!: number | null;
  @Field(() => Boolean, { description: "The pack is intact and that event, unaltered, records its sha256 and its manifest's sha256" })
  matchesAuditEvent!: boolean;
}
