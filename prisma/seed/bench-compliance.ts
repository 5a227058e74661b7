// The compliance side of the bench registry, written through the core use cases one call at a time, so
// every record has the trail the as-of readers rebuild it from (the framework reports read nothing
// else): owners (addMember), AI systems (createAISystem), their classification (classifyAISystem, or
// confirmClassification from the questionnaire), organisation-wide ISO/IEC 42001, NIST AI RMF and EU AI
// Act assessments, per-system EU AI Act obligations for a share of systems (setControlAssessment) with
// their evidence (createEvidence: documents and evaluation records, some expired), risks (createRisk)
// and incidents (recordIncident). No use case takes a batch, so each step prints its calls, time and
// milliseconds per call.
import {
  addMember,
  classifyAISystem,
  classificationOfSystem,
  confirmClassification,
  createAISystem,
  createEvidence,
  createRisk,
  obligationsFor,
  recordIncident,
  setControlAssessment,
  type Actor,
} from "@canon/core";
import { ISO_42001_CONTROLS, iso42001AssessableClauses, NIST_AI_RMF_SUBCATEGORIES } from "@canon/frameworks";
import { createHash } from "node:crypto";
import { prng } from "./bench-plan";
import { OWNER_SLOTS, type BenchSystem } from "./bench-compliance-plan";

const DAY = 86_400_000;
const sha = (s: string) => createHash("sha256").update(s).digest("hex");

/** Counts use-case calls per step and prints each step's time. */
export class StepClock {
  readonly steps: { label: string; calls: number; ms: number; cpuMs: number }[] = [];
  async step<T>(label: string, work: (count: () => void) => Promise<T>): Promise<T> {
    let calls = 0;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const out = await work(() => void calls++);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    this.steps.push({ label, calls, ms, cpuMs });
    const per = (x: number) => (calls ? (x / calls).toFixed(1) : "—").padStart(5);
    console.log(`  ${label.padEnd(40)} ${String(calls).padStart(6)} calls ${(ms / 1000).toFixed(1).padStart(6)} s  ${per(ms)} ms/call (cpu ${per(cpuMs)})`);
    return out;
  }
  get calls() {
    return this.steps.reduce((n, s) => n + s.calls, 0);
  }
  get ms() {
    return this.steps.reduce((n, s) => n + s.ms, 0);
  }
  get cpuMs() {
    return this.steps.reduce((n, s) => n + s.cpuMs, 0);
  }
}

/** The members that own systems, evidence and assessments. */
export function addBenchOwners(admin: Actor, clock: StepClock): Promise<string[]> {
  return clock.step("members (addMember)", async (count) => {
    const ids: string[] = [];
    for (let i = 0; i < OWNER_SLOTS; i++) {
      const m = await addMember({ actor: admin, email: `owner${i}@bench.example`, name: `Bench Owner ${i}`, role: i % 3 === 0 ? "APPROVER" : "CONTRIBUTOR" });
      count();
      ids.push(m.userId);
    }
    return ids;
  });
}

/** Creates the systems (createAISystem); returns their ids in plan order. */
export function createBenchSystems(admin: Actor, systems: BenchSystem[], owners: string[], clock: StepClock): Promise<string[]> {
  return clock.step("AI systems (createAISystem)", async (count) => {
    const ids: string[] = [];
    for (const s of systems) {
      const created = await createAISystem({ actor: admin, input: { ...s.input, ownerId: owners[s.ownerSlot] } });
      count();
      ids.push(created.id);
    }
    return ids;
  });
}

interface Classified {
  plan: BenchSystem;
  id: string;
  reference: string;
  riskTier: string;
  operatorRole: string;
  /** The EU AI Act obligations that follow from its classification. */
  obligations: string[];
}

export interface ComplianceSummary {
  tiers: Record<string, number>;
  publicAuthority: number;
  assessments: number;
  evidence: number;
  expiredEvidence: number;
  risks: number;
  incidents: number;
}

/**
 * Everything after the systems exist (and the registry's evaluations, which record evidence points at).
 * `now` anchors review dates and validity, so some evidence is expired and some reviews overdue.
 */
export async function seedBenchCompliance(
  admin: Actor,
  systems: BenchSystem[],
  systemIds: string[],
  owners: string[],
  evaluationIds: string[],
  clock: StepClock,
  now = new Date(),
): Promise<ComplianceSummary> {
  const rand = prng(1_742);
  const chance = (p: number) => rand() < p;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const owner = () => pick(owners);
  const daysFrom = (days: number) => new Date(now.getTime() + days * DAY);
  const summary: ComplianceSummary = { tiers: {}, publicAuthority: 0, assessments: 0, evidence: 0, expiredEvidence: 0, risks: 0, incidents: 0 };

  // 1. Classification.
  const classified = await clock.step("classification (classify/confirm)", async (count) => {
    const out: Classified[] = [];
    for (const [i, plan] of systems.entries()) {
      const id = systemIds[i]!;
      let row;
      if (plan.answers) row = (await confirmClassification({ actor: admin, systemId: id, answers: plan.answers })).system;
      else if (plan.classification) row = await classifyAISystem({ actor: admin, id, input: plan.classification });
      if (!row) {
        summary.tiers.UNCLASSIFIED = (summary.tiers.UNCLASSIFIED ?? 0) + 1;
        continue;
      }
      count();
      summary.tiers[row.riskTier] = (summary.tiers[row.riskTier] ?? 0) + 1;
      if (row.publicAuthority) summary.publicAuthority++;
      const obligations = obligationsFor(classificationOfSystem(row), {
        deployerIsPublicAuthority: row.publicAuthority,
        deployerProvidesPublicServices: false,
      });
      out.push({
        plan,
        id,
        reference: row.reference,
        riskTier: row.riskTier,
        operatorRole: row.operatorRole,
        obligations: obligations.map((o) => o.obligationId),
      });
    }
    return out;
  });

  // 2. Evidence: a document's validity ends in the past for about one item in ten.
  const evidence = async (title: string, record: string | null): Promise<string> => {
    const expired = chance(0.1);
    const validFrom = daysFrom(-400 - Math.floor(rand() * 300));
    const validUntil = expired ? daysFrom(-1 - Math.floor(rand() * 120)) : daysFrom(60 + Math.floor(rand() * 700));
    const created = await createEvidence({
      actor: admin,
      input: record
        ? { title, kind: "EVALUATION", recordId: record, ownerId: owner(), validFrom, validUntil }
        : {
            title,
            kind: "DOCUMENT",
            url: `https://docs.bench.example/${encodeURIComponent(title)}.pdf`,
            sha256: sha(title),
            ownerId: owner(),
            validFrom,
            validUntil,
          },
    });
    summary.evidence++;
    if (expired) summary.expiredEvidence++;
    return created.id;
  };
  const orgEvidence = await clock.step("org evidence (createEvidence)", async (count) => {
    const ids: string[] = [];
    const titles = [
      "AI policy",
      "AI risk management procedure",
      "Impact assessment procedure",
      "Data governance standard",
      "Supplier AI due diligence",
      "AI literacy training records",
      "Prohibited practices screening",
      "Incident response runbook",
      "Model monitoring standard",
      "Internal audit report",
      "Management review minutes",
      "Roles and responsibilities matrix",
    ];
    for (let i = 0; i < 36; i++) {
      ids.push(await evidence(`${titles[i % titles.length]}${i >= titles.length ? ` (${Math.floor(i / titles.length) + 1})` : ""}`, null));
      count();
    }
    return ids;
  });
  const someOrgEvidence = () => [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(orgEvidence)))];

  // 3. Organisation-wide assessments: ISO/IEC 42001 clauses and Annex A controls, NIST AI RMF
  // subcategories with profile tiers, and the EU AI Act duties every system shares (Art. 4, Art. 5).
  // Reviewed within the last year, next review due within the next; about one in ten is overdue.
  const review = () => {
    const overdue = chance(0.1);
    const lastReviewedAt = daysFrom(overdue ? -200 - Math.floor(rand() * 200) : -30 - Math.floor(rand() * 300));
    return { lastReviewedAt, nextReviewAt: new Date(lastReviewedAt.getTime() + (overdue ? 180 : 365) * DAY) };
  };
  const orgAssessments = await clock.step("org assessments (setControlAssessment)", async (count) => {
    const ids: string[] = [];
    const assess = async (framework: "ISO_42001" | "NIST_AI_RMF" | "EU_AI_ACT", requirementId: string, tiers: boolean) => {
      const r = rand();
      const status = r < 0.6 ? "IMPLEMENTED" : r < 0.8 ? "IN_PROGRESS" : r < 0.92 ? "NOT_STARTED" : "NOT_APPLICABLE";
      const excluded = status === "NOT_APPLICABLE";
      const current = 1 + Math.floor(rand() * 3);
      const a = await setControlAssessment({
        actor: admin,
        input: {
          framework,
          requirementId,
          status,
          ...(excluded
            ? {
                justification: "Not relevant to the organisation's AI systems (no in-house training of this kind).",
                exclusionExpiresAt: chance(0.3) ? daysFrom(-10) : daysFrom(200),
              }
            : { inclusionReason: pick(["LEGAL_REQUIREMENT", "RISK_TREATMENT", "ORGANIZATION_POLICY", "BUSINESS_NEED"] as const) }),
          ownerId: owner(),
          ...(tiers ? { currentTier: current, targetTier: Math.min(4, current + Math.floor(rand() * 2)) } : {}),
          ...review(),
          evidenceIds: status === "IMPLEMENTED" || (status === "IN_PROGRESS" && chance(0.5)) ? someOrgEvidence() : [],
        },
      });
      count();
      summary.assessments++;
      ids.push(a.id);
    };
    for (const c of iso42001AssessableClauses()) await assess("ISO_42001", c.id, false);
    for (const c of ISO_42001_CONTROLS) await assess("ISO_42001", c.id, false);
    for (const s of NIST_AI_RMF_SUBCATEGORIES) await assess("NIST_AI_RMF", s.id, true);
    for (const id of ["art-4", "art-5"]) {
      const a = await setControlAssessment({
        actor: admin,
        input: {
          framework: "EU_AI_ACT",
          requirementId: id,
          status: "IMPLEMENTED",
          inclusionReason: "LEGAL_REQUIREMENT",
          ownerId: owners[0],
          ...review(),
          evidenceIds: someOrgEvidence(),
        },
      });
      count();
      summary.assessments++;
      ids.push(a.id);
    }
    return ids;
  });

  // 4. Per-system obligations for the systems whose plan says so, with their own evidence: the
  // technical documentation, and for providers an evaluation of the system's accuracy.
  const perSystem = new Map<string, string[]>();
  await clock.step("system evidence + obligations", async (count) => {
    for (const c of classified) {
      if (!c.plan.assessed) continue;
      const own = c.obligations.filter((o) => o !== "art-4" && o !== "art-5");
      if (!own.length) continue;
      const docs = [await evidence(`Technical documentation ${c.reference}`, null)];
      count();
      if (c.operatorRole === "PROVIDER") {
        docs.push(await evidence(`Accuracy evaluation ${c.reference}`, pick(evaluationIds)));
        count();
      }
      const ids: string[] = [];
      for (const obligation of own) {
        const r = rand();
        const status = r < 0.65 ? "IMPLEMENTED" : r < 0.8 ? "IN_PROGRESS" : r < 0.92 ? "NOT_STARTED" : r < 0.97 ? "IMPLEMENTED" : "NOT_APPLICABLE";
        const withEvidence = status === "IMPLEMENTED" && r < 0.65;
        const a = await setControlAssessment({
          actor: admin,
          input: {
            systemId: c.id,
            framework: "EU_AI_ACT",
            requirementId: obligation,
            status,
            ...(status === "NOT_APPLICABLE"
              ? { justification: "Covered by the sectoral conformity procedure of the product this system is part of." }
              : { inclusionReason: "LEGAL_REQUIREMENT" as const }),
            ownerId: owner(),
            ...review(),
            evidenceIds: withEvidence ? (obligation === "art-15" || obligation === "art-10" ? docs : [docs[0]!]) : [],
          },
        });
        count();
        summary.assessments++;
        ids.push(a.id);
      }
      perSystem.set(c.id, ids);
    }
  });

  // 5. Risks: one per high-risk system (treated by its first assessment, when it has one), and
  // organisation-level risks that concern many systems and are treated by organisation-wide controls.
  await clock.step("risks (createRisk)", async (count) => {
    const categories = ["bias", "security", "privacy", "robustness", "transparency", "safety", "third-party"];
    for (const c of classified) {
      if (c.riskTier !== "HIGH_RISK") continue;
      const likelihood = 1 + Math.floor(rand() * 5);
      const impact = 2 + Math.floor(rand() * 4);
      const treated = perSystem.get(c.id)?.slice(0, 1) ?? [];
      await createRisk({
        actor: admin,
        input: {
          title: `${pick(categories)} risk of ${c.reference}`,
          category: pick(categories),
          likelihood,
          impact,
          status: pick(["OPEN", "MITIGATING", "MITIGATING", "ACCEPTED", "CLOSED"] as const),
          treatment: pick(["MITIGATE", "MITIGATE", "TRANSFER", "ACCEPT"] as const),
          mitigation: chance(0.7) ? "Human review of adverse outcomes; quarterly drift monitoring." : null,
          ownerId: owner(),
          systemIds: [c.id],
          assessmentIds: treated,
        },
      });
      count();
      summary.risks++;
    }
    for (let i = 0; i < 40; i++) {
      const concerned = [...new Set(Array.from({ length: 50 + Math.floor(rand() * 200) }, () => pick(classified).id))];
      await createRisk({
        actor: admin,
        input: {
          title: `Organisation risk ${i + 1}: ${pick(["provider outage", "data leakage", "model drift", "regulatory change", "skills gap"])}`,
          category: pick(categories),
          likelihood: 1 + Math.floor(rand() * 5),
          impact: 1 + Math.floor(rand() * 5),
          ownerId: owner(),
          systemIds: concerned,
          assessmentIds: [pick(orgAssessments), pick(orgAssessments)],
        },
      });
      count();
      summary.risks++;
    }
  });

  // 6. Incidents on live systems, serious ones on high-risk systems.
  await clock.step("incidents (recordIncident)", async (count) => {
    for (const c of classified) {
      if (c.plan.input.lifecycleStatus !== "IN_PRODUCTION" || !chance(c.riskTier === "HIGH_RISK" ? 0.08 : 0.02)) continue;
      const occurredAt = daysFrom(-1 - Math.floor(rand() * 300));
      await recordIncident({
        actor: admin,
        input: {
          systemId: c.id,
          title: `${pick(["Unexpected outputs", "Service degradation", "Complaint about a decision", "Data quality drop"])} on ${c.reference}`,
          severity: pick(["LOW", "MEDIUM", "MEDIUM", "HIGH", "CRITICAL"] as const),
          serious: c.riskTier === "HIGH_RISK" && chance(0.2),
          occurredAt,
          reportedAt: chance(0.7) ? new Date(occurredAt.getTime() + DAY) : null,
        },
      });
      count();
      summary.incidents++;
    }
  });
  return summary;
}
