// Audit events for the tests, chained with core's own hash function (not this package's copy), so a
// verifier that drifts from core fails the tests. Texts are varied on purpose: non-Latin scripts,
// emoji, a lone surrogate, quotes, commas, CR/LF, U+2028, formula-looking values, nulls.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests check against core's real hash (reports itself never imports core)
import { auditHash, canonicalAuditJson, GENESIS_HASH } from "@canon/core/src/audit/canonical";
import type { AuditExportEvent, AuditExportModel } from "../model/audit-export";

export const ORG_ID = "org_acme";

const ACTIONS = ["model.create", "version.register", "card.revise", "alias.move", "system.classify"] as const;

function eventFields(seq: number) {
  const tricky = [
    '=HYPERLINK("http://evil.example","x")',
    "+1",
    "-2",
    "@SUM(A1)",
    "\tindented",
    "Ünïcödé — 数据集 — данные 😀",
    'quote " and, comma',
    "line one\r\nline two",
    "paragraph\u2028separator",
    "lone \uD800 surrogate",
    "'already quoted",
  ];
  const text = tricky[seq % tricky.length]!;
  return {
    organizationId: ORG_ID,
    seq,
    actorType: seq % 3 === 0 ? "SYSTEM" : "USER",
    actorId: seq % 3 === 0 ? null : `user_${seq % 4}`,
    actorUserId: seq % 3 === 0 ? null : `user_${seq % 4}`,
    action: ACTIONS[seq % ACTIONS.length]!,
    subjectType: "ModelVersion",
    subjectId: seq % 7 === 0 ? null : text.startsWith("=") ? text : `mv_${seq}`,
    before: seq === 1 ? null : canonicalAuditJson({ id: `mv_${seq}`, description: text, number: seq - 1 }),
    after:
      seq % 5 === 0
        ? null
        : canonicalAuditJson({ id: `mv_${seq}`, description: text, number: seq, tags: ["a", "b"], at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)) }),
    context: seq % 2 === 0 ? canonicalAuditJson({ reason: text }) : null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq, seq % 1000)),
  };
}

/** Events 1..count of one chain, hashed and linked by core's auditHash. */
export function sampleAuditChain(count: number): AuditExportEvent[] {
  const events: AuditExportEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const fields = eventFields(seq);
    const hash = auditHash(fields, prevHash);
    events.push({ id: `evt_${seq}`, ...fields, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

/** An export of the events after `fromSeq - 1` in a chain of `chainLength` (whose head is its last event). */
export function sampleAuditExport(chainLength = 30, fromSeq = 1): AuditExportModel {
  const chain = sampleAuditChain(chainLength);
  const events = chain.slice(fromSeq - 1);
  const anchor = fromSeq === 1 ? { seq: 0, hash: GENESIS_HASH } : { seq: fromSeq - 1, hash: chain[fromSeq - 2]!.hash };
  return {
    kind: "audit-export",
    organization: { id: ORG_ID, name: "Acme Lending", legalName: "Acme Lending GmbH" },
    scope: "All events of the organisation",
    from: events[0]?.createdAt ?? null,
    to: null,
    generatedAt: new Date("2026-03-15T09:30:05.000Z"),
    generatedBy: "Ada Lovelace <ada@acme.example>",
    chainHead: { seq: chain.length, hash: chain.at(-1)?.hash ?? GENESIS_HASH },
    anchor,
    events,
  };
}

export { auditHash as coreAuditHash };
