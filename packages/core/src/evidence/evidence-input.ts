// The fields of an evidence item as a zod schema, and what each kind must carry: a document is a URL
// with the sha256 of what it points at; a record is the registry record it points at (checked to exist).
import { EvidenceKind } from "@canon/db";
import { z } from "zod";
import { invalid, notFound } from "../shared/errors";
import { dateTime, httpUrl, optional, optionalEnum, optionalId, optionalSha256, optionalText, requiredText } from "../shared/input";
import type { Tx } from "../shared/transaction";

export const evidenceFieldsInput = z.object({
  title: requiredText(300).optional(),
  description: optionalText(),
  kind: optionalEnum(EvidenceKind),
  /** DOCUMENT: where the document is (http or https). */
  url: optional(httpUrl),
  /** DOCUMENT: the sha256 of the document's bytes. */
  sha256: optionalSha256,
  /** Record kinds: the id of the evaluation, model card (by model version), approval request or deployment. */
  recordId: optionalId,
  ownerId: optionalId,
  validFrom: dateTime.nullish(),
  validUntil: dateTime.nullish(),
});
export type EvidenceFieldsInput = z.input<typeof evidenceFieldsInput>;

/** The registry table each record kind points at. */
export const RECORD_TYPE_BY_KIND = {
  EVALUATION: "Evaluation",
  MODEL_CARD: "ModelCard",
  APPROVAL: "ApprovalRequest",
  DEPLOYMENT: "Deployment",
} as const;

export interface EvidenceState {
  kind: EvidenceKind;
  url: string | null;
  sha256: string | null;
  recordType: string | null;
  recordId: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
}

async function recordExists(tx: Tx, kind: keyof typeof RECORD_TYPE_BY_KIND, recordId: string): Promise<boolean> {
  const where = { id: recordId };
  switch (kind) {
    case "EVALUATION":
      return !!(await tx.evaluation.findFirst({ where, select: { id: true } }));
    case "MODEL_CARD":
      return !!(await tx.modelCard.findFirst({ where, select: { id: true } }));
    case "APPROVAL":
      return !!(await tx.approvalRequest.findFirst({ where, select: { id: true } }));
    case "DEPLOYMENT":
      return !!(await tx.deployment.findFirst({ where, select: { id: true } }));
  }
}

/** Makes the state consistent with its kind and checks a record it points at exists in the organisation. */
export async function settleEvidence(tx: Tx, s: EvidenceState): Promise<EvidenceState> {
  if (s.validFrom && s.validUntil && s.validUntil < s.validFrom) throw invalid("validUntil", "must not be before validFrom");
  if (s.kind === "DOCUMENT") {
    if (!s.url) throw invalid("url", "a document needs its URL");
    if (!s.sha256) throw invalid("sha256", "a document needs the sha256 of its bytes, so a reader can check it is the same document");
    return { ...s, recordType: null, recordId: null };
  }
  if (!s.recordId) throw invalid("recordId", `evidence of kind ${s.kind} points at a registry record: give its id`);
  if (!(await recordExists(tx, s.kind, s.recordId))) throw notFound(RECORD_TYPE_BY_KIND[s.kind], s.recordId);
  return { ...s, recordType: RECORD_TYPE_BY_KIND[s.kind] };
}
