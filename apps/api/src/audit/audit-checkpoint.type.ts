import { Field, Int, ObjectType } from "type-graphql";
import { AuditChainVerification } from "./audit-event.type";

@ObjectType({
  description:
    "A signed checkpoint of the audit chain: keep it outside the database, and verify the chain against it later (verifyAuditCheckpoint takes it back as JSON, every field as given)",
})
export class AuditCheckpoint {
  @Field(() => String) scheme!: string;
  @Field(() => String) organizationId!: string;
  @Field(() => String) organizationSlug!: string;
  @Field(() => Int, { description: "The chain head when the checkpoint was taken: the seq of the last event" }) seq!: number;
  @Field(() => String, { description: "That event's hash" }) hash!: string;
  @Field(() => String, { description: "When it was taken (ISO 8601, exactly as signed)" }) createdAt!: string;
  @Field(() => String, { description: "The signer's Ed25519 public key (SPKI DER, base64)" }) publicKey!: string;
  @Field(() => String, { description: "Ed25519 signature of the canonical JSON of the other fields (base64)" }) signature!: string;
}

@ObjectType({ description: "The live audit chain checked against a signed checkpoint" })
export class AuditCheckpointVerification {
  @Field(() => Boolean, { description: "The signature verifies and the chain verifies and still holds the checkpoint's event" }) valid!: boolean;
  @Field(() => Boolean) signatureValid!: boolean;
  @Field(() => String, { description: "The key trusted to have signed (SPKI DER, base64): the configured key" }) publicKey!: string;
  @Field(() => String) keyFingerprint!: string;
  @Field(() => Boolean, { description: "The trusted key is the built-in development key (anyone can sign with it)" }) developmentKey!: boolean;
  @Field(() => AuditCheckpoint) checkpoint!: AuditCheckpoint;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Int, { nullable: true, description: "The first event that does not verify or is missing" }) firstBrokenSeq!: number | null;
  @Field(() => AuditChainVerification, { nullable: true, description: "The replay of the live chain; null when the signature does not verify" })
  chain!: AuditChainVerification | null;
}
