// The demo organisation's compliance records, through the audited use cases: organisation-wide ISO/IEC
// 42001 and NIST AI RMF assessments with evidence (one document already expired), EU AI Act obligations
// assessed for the credit-scoring system, a risk across two systems, an incident and a fundamental-rights
// impact assessment — enough for the gaps, the framework reports and the portal to show something real.
import * as core from "@canon/core";
import type { Actor } from "@canon/core";

export interface DemoComplianceContext {
  actors: { admin: Actor; lead: Actor; officer: Actor };
  systems: Record<string, string>;
  userIds: Record<string, string>;
}

const DAY = 86_400_000;
const SHA = (seed: string) => Array.from({ length: 64 }, (_, i) => "0123456789abcdef"[(seed.charCodeAt(i % seed.length) + i) % 16]).join("");

export async function seedDemoCompliance({ actors, systems, userIds }: DemoComplianceContext): Promise<void> {
  const { lead, officer } = actors;
  const now = Date.now();
  const policy = await core.createEvidence({
    actor: officer,
    input: {
      title: "AI risk management policy v3",
      kind: "DOCUMENT",
      url: "https://intranet.northwind.example/policies/ai-risk-v3.pdf",
      sha256: SHA("ai-risk-v3"),
      ownerId: userIds.officer,
      validFrom: new Date(now - 200 * DAY),
      validUntil: new Date(now + 500 * DAY),
    },
  });
  const logging = await core.createEvidence({
    actor: lead,
    input: {
      title: "Inference log retention standard",
      kind: "DOCUMENT",
      url: "https://intranet.northwind.example/standards/log-retention.pdf",
      sha256: SHA("log-retention"),
      ownerId: userIds.lead,
      validUntil: new Date(now - 10 * DAY),
    },
  });
  const assess = (input: core.ControlAssessmentInput, actor: Actor = officer) => core.setControlAssessment({ actor, input });
  await assess({
    framework: "ISO_42001",
    requirementId: "A.2.2",
    status: "IMPLEMENTED",
    inclusionReason: "LEGAL_REQUIREMENT",
    ownerId: userIds.officer,
    evidenceIds: [policy.id],
    lastReviewedAt: new Date(now - 30 * DAY),
    nextReviewAt: new Date(now + 335 * DAY),
  });
  await assess({
    framework: "ISO_42001",
    requirementId: "A.6.2.8",
    status: "IMPLEMENTED",
    inclusionReason: "RISK_TREATMENT",
    ownerId: userIds.lead,
    evidenceIds: [logging.id],
    lastReviewedAt: new Date(now - 400 * DAY),
    nextReviewAt: new Date(now - 35 * DAY),
  });
  await assess({
    framework: "ISO_42001",
    requirementId: "A.10.4",
    applicable: false,
    justification: "Northwind does not supply AI systems to customers outside the group",
    exclusionExpiresAt: new Date(now + 180 * DAY),
  });
  await assess({
    framework: "ISO_42001",
    requirementId: "ORG-1",
    customTitle: "Quarterly model kill-switch drill",
    status: "IN_PROGRESS",
    inclusionReason: "ORGANIZATION_POLICY",
    ownerId: userIds.lead,
  });
  await assess({
    framework: "NIST_AI_RMF",
    requirementId: "GOVERN-1.6",
    status: "IMPLEMENTED",
    inclusionReason: "BUSINESS_NEED",
    currentTier: 3,
    targetTier: 4,
    evidenceIds: [policy.id],
  });
  await assess({
    framework: "NIST_AI_RMF",
    requirementId: "MEASURE-2.11",
    status: "IN_PROGRESS",
    inclusionReason: "LEGAL_REQUIREMENT",
    currentTier: 1,
    targetTier: 3,
  });
  const credit = systems["credit-scoring"]!;
  const art9 = await assess(
    {
      systemId: credit,
      framework: "EU_AI_ACT",
      requirementId: "art-9",
      status: "IMPLEMENTED",
      inclusionReason: "LEGAL_REQUIREMENT",
      evidenceIds: [policy.id],
      ownerId: userIds.officer,
    },
    officer,
  );
  await assess(
    { systemId: credit, framework: "EU_AI_ACT", requirementId: "art-10", status: "IN_PROGRESS", inclusionReason: "LEGAL_REQUIREMENT", ownerId: userIds.lead },
    lead,
  );
  await core.createRisk({
    actor: officer,
    input: {
      title: "Indirect discrimination by postcode",
      category: "bias",
      likelihood: 3,
      impact: 5,
      treatment: "MITIGATE",
      mitigation: "Postcode removed; quarterly disparate-impact review",
      systemIds: [credit, systems["insurance-pricing"]!],
      assessmentIds: [art9.id],
      ownerId: userIds.officer,
    },
  });
  await core.recordIncident({
    actor: lead,
    input: {
      systemId: systems["support-chatbot"]!,
      title: "Chatbot quoted an outdated overdraft fee",
      severity: "MEDIUM",
      occurredAt: new Date(now - 20 * DAY),
      reportedAt: new Date(now - 19 * DAY),
    },
  });
  await core.recordImpactAssessment({
    actor: officer,
    input: {
      systemId: credit,
      kind: "FRIA",
      summary: "Applicants may be refused credit; human review of every refusal, appeal channel, annual bias audit.",
      affectedGroups: "Consumer credit applicants in DE, AT and NL",
      assessedAt: new Date(now - 60 * DAY),
      nextReviewAt: new Date(now + 305 * DAY),
    },
  });
}
