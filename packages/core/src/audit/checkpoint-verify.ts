// Verifies the live audit chain against a signed checkpoint taken earlier. A plain replay proves the
// chain is consistent with itself and with its head; it cannot tell that the last events were dropped
// and the head rewound to match. A checkpoint kept outside the database can: the event it records must
// still be in the chain, with the same hash, and the chain must verify up to its head.
import { config } from "@canon/config";
import { z } from "zod";
import { systemActor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { Permission } from "../shared/permissions";
import { useCase } from "../shared/use-case";
import { GENESIS_HASH } from "./canonical";
import { checkpointSignatureValid, keyFingerprint, parseCheckpoint, publicKeyOf, spkiBase64, type AuditCheckpoint } from "./checkpoint";
import { replayAuditChain, type ChainVerification } from "./verify-audit-chain";

export interface CheckpointVerification {
  /** The signature verifies with the trusted key, and the chain verifies and still holds the checkpoint's event. */
  valid: boolean;
  signatureValid: boolean;
  /** The key trusted to have signed (SPKI DER, base64), its fingerprint, and whether it is the built-in development key. */
  publicKey: string;
  keyFingerprint: string;
  developmentKey: boolean;
  checkpoint: AuditCheckpoint;
  /** Why it does not verify (null when it does). */
  reason: string | null;
  /** The first event that does not verify or is missing (null when valid, or when the signature fails). */
  firstBrokenSeq: number | null;
  /** The replay of the live chain; null when the signature does not verify (the document is not trusted). */
  chain: ChainVerification | null;
}

export const verifyCheckpointInput = z.object({
  /** The checkpoint document (parsed JSON); its shape is checked field by field (parseCheckpoint). */
  checkpoint: z.unknown(),
  /** The key trusted to have signed it (SPKI PEM or base64 SPKI DER); default: the configured key. */
  publicKey: z.string().max(20_000).nullish(),
});

export const verifyAuditCheckpoint = useCase({
  permission: Permission.AUDIT_READ,
  input: verifyCheckpointInput,
  async run({ actor, checkpoint: document, publicKey: givenKey }): Promise<CheckpointVerification> {
    const checkpoint = parseCheckpoint(document);
    if (checkpoint.organizationId !== actor.organizationId) throw invalid("checkpoint.organizationId", "is not this organisation's checkpoint");
    const configured = config().auditSigning;
    const trusted = publicKeyOf("publicKey", givenKey ?? configured.publicKey);
    const publicKey = spkiBase64(trusted);
    const base = {
      publicKey,
      keyFingerprint: keyFingerprint(trusted),
      developmentKey: configured.development && publicKey === configured.publicKey,
      checkpoint,
    };

    if (!checkpointSignatureValid(checkpoint, trusted)) {
      const reason =
        checkpoint.publicKey === publicKey
          ? "the signature does not verify: the checkpoint was altered after it was signed"
          : "the checkpoint was not signed with the trusted key";
      return { ...base, valid: false, signatureValid: false, reason, firstBrokenSeq: null, chain: null };
    }

    const { capturedHash, ...chain } = await replayAuditChain(checkpoint.organizationId, { captureSeq: checkpoint.seq });
    const verdict = (firstBrokenSeq: number | null, reason: string | null) => ({
      ...base,
      valid: reason === null,
      signatureValid: true,
      reason,
      firstBrokenSeq,
      chain,
    });
    const taken = `the checkpoint taken ${checkpoint.createdAt}`;
    if (!chain.valid && chain.firstBrokenSeq! <= checkpoint.seq) {
      return verdict(
        chain.firstBrokenSeq,
        `the chain is broken at seq ${chain.firstBrokenSeq}, at or before ${taken} (seq ${checkpoint.seq}): ${chain.reason}`,
      );
    }
    if (chain.valid && chain.headSeq < checkpoint.seq) {
      return verdict(chain.headSeq + 1, `the chain ends at seq ${chain.headSeq}, but ${taken} records seq ${checkpoint.seq}: events were removed from its end`);
    }
    const recorded = checkpoint.seq === 0 ? GENESIS_HASH : capturedHash;
    if (recorded !== checkpoint.hash) {
      return verdict(checkpoint.seq, `event ${checkpoint.seq} does not have the hash ${taken} records: the chain was rewritten at or before it`);
    }
    if (!chain.valid) return verdict(chain.firstBrokenSeq, `the chain is broken at seq ${chain.firstBrokenSeq}, after ${taken}: ${chain.reason}`);
    return verdict(null, null);
  },
});

/** What `npm run audit:verify -- --checkpoint FILE` runs: verification as the system of the checkpoint's organisation. */
export function verifyAuditCheckpointAsSystem(checkpoint: unknown, publicKey?: string | null): Promise<CheckpointVerification> {
  const organizationId = (checkpoint as Partial<AuditCheckpoint> | null)?.organizationId;
  if (typeof organizationId !== "string" || !organizationId) throw invalid("checkpoint.organizationId", "is missing or malformed");
  return verifyAuditCheckpoint({ actor: systemActor(organizationId, "audit-verify"), checkpoint, publicKey });
}
