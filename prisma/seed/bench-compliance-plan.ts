// What each AI system of the bench registry is, computed from a seeded PRNG (same size, same systems):
// its descriptive fields, how it is classified (classifyAISystem, or confirmClassification from the
// questionnaire's answers) and whether its obligations get assessed. The spread follows what a large
// organisation's inventory looks like: about 15% high risk across the Annex III areas (a tenth of them
// through Annex I), a few Art. 6(3) derogations, some transparency (Art. 50) systems and general-purpose
// model providers, a handful screened as prohibited, some not classified yet, and most minimal risk.
import type { ClassificationAnswersInput, ClassificationInput, CreateAISystemInput } from "@canon/core";
import { prng } from "./bench-plan";

export type BenchProfile = "HIGH_RISK" | "DEROGATION" | "TRANSPARENCY" | "GPAI_PROVIDER" | "PROHIBITED" | "UNCLASSIFIED" | "MINIMAL";

export interface BenchSystem {
  index: number;
  profile: BenchProfile;
  /** The system's fields, without its owner (`ownerSlot` picks one of the seeded members). */
  input: Omit<CreateAISystemInput, "ownerId">;
  ownerSlot: number;
  /** Classified with classifyAISystem… */
  classification: ClassificationInput | null;
  /** …or confirmed from the questionnaire (the suggestion accepted). */
  answers: ClassificationAnswersInput | null;
  /** Its EU AI Act obligations are assessed per system (the rest rely on organisation-wide assessments). */
  assessed: boolean;
}

/** The share of each profile, in the order they are drawn. */
export const PROFILE_SHARES: [BenchProfile, number][] = [
  ["HIGH_RISK", 0.15],
  ["DEROGATION", 0.02],
  ["TRANSPARENCY", 0.1],
  ["GPAI_PROVIDER", 0.02],
  ["PROHIBITED", 0.0005],
  ["UNCLASSIFIED", 0.08],
  ["MINIMAL", 1],
];

/** Annex III points with what such a system is called ("2" for area 2, which has no points). */
const ANNEX_III: [number, string | null, string, boolean][] = [
  [1, "1(a)", "Remote biometric identification", false],
  [1, "1(b)", "Biometric categorisation", true],
  [1, "1(c)", "Emotion recognition at work", true],
  [2, null, "Grid load safety controller", false],
  [3, "3(a)", "University admissions scoring", true],
  [3, "3(b)", "Learning outcome assessment", true],
  [3, "3(c)", "Education level placement", true],
  [3, "3(d)", "Exam proctoring monitor", true],
  [4, "4(a)", "CV screening", true],
  [4, "4(b)", "Workforce performance monitoring", true],
  [5, "5(a)", "Public benefits eligibility", true],
  [5, "5(b)", "Consumer credit scoring", true],
  [5, "5(c)", "Life insurance pricing", true],
  [5, "5(d)", "Emergency call triage", false],
  [6, "6(a)", "Victim risk assessment", true],
  [6, "6(b)", "Evidence reliability check", false],
  [6, "6(c)", "Reoffending risk assessment", true],
  [6, "6(d)", "Investigation profiling", true],
  [7, "7(a)", "Border interview assistant", false],
  [7, "7(b)", "Migration risk screening", true],
  [7, "7(c)", "Asylum application triage", true],
  [7, "7(d)", "Travel document verification", false],
  [8, "8(a)", "Judicial research assistant", false],
  [8, "8(b)", "Election campaign targeting", true],
];
const ANNEX_I = ["Medical imaging triage", "Machinery safety vision", "Lift predictive maintenance", "Toy speech interaction"];
const MINIMAL = [
  "Demand forecasting",
  "Invoice matching",
  "Spam filter",
  "Document OCR",
  "Search ranking",
  "Churn prediction",
  "Route optimisation",
  "Log anomaly detection",
];
const TRANSPARENCY = ["Customer support chatbot", "Marketing copy generator", "Meeting summariser", "Product image generator", "Voice assistant"];
const GPAI = ["Foundation language model", "Code generation model", "Multimodal foundation model"];
const UNITS = ["Retail Lending", "People", "Customer Operations", "Payments", "Legal", "Financial Crime", "Marketing", "IT", "Public Sector", "Claims"];
const STATES = ["DE", "FR", "NL", "AT", "BE", "ES", "IT", "SE", "PL", "IE"] as const;
const DATA = ["identity", "contact", "financial", "employment", "education", "health", "biometric", "location"];
/** How many members own systems (bench.ts seeds them). */
export const OWNER_SLOTS = 12;

const pad = (n: number, w = 5) => String(n).padStart(w, "0");

export function benchSystems(count: number): BenchSystem[] {
  const rand = prng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const profileOf = (r: number): BenchProfile => {
    let acc = 0;
    for (const [profile, share] of PROFILE_SHARES) if (r < (acc += share)) return profile;
    return "MINIMAL";
  };

  return Array.from({ length: count }, (_, index): BenchSystem => {
    const profile = profileOf(rand());
    const reference = `sys-${pad(index)}`;
    const lifecycle =
      profile === "UNCLASSIFIED"
        ? pick(["PLANNED", "IN_DEVELOPMENT"] as const)
        : profile === "PROHIBITED"
          ? "RETIRED"
          : pick([
              "IN_PRODUCTION",
              "IN_PRODUCTION",
              "IN_PRODUCTION",
              "IN_PRODUCTION",
              "IN_PRODUCTION",
              "IN_PRODUCTION",
              "IN_DEVELOPMENT",
              "IN_DEVELOPMENT",
              "PLANNED",
              "RETIRED",
            ] as const);
    const live = lifecycle === "IN_PRODUCTION";
    const states = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(STATES)))];
    const personal = [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(DATA)))];
    let label: string;
    let classification: ClassificationInput | null = null;
    let answers: ClassificationAnswersInput | null = null;
    let assessed = false;
    let highRiskProvider = false;

    switch (profile) {
      case "HIGH_RISK": {
        const provider = chance(0.6);
        highRiskProvider = provider;
        assessed = chance(0.5);
        if (chance(0.1)) {
          label = pick(ANNEX_I);
          classification = { operatorRole: provider ? "PROVIDER" : "DEPLOYER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_I" };
          break;
        }
        const [area, point, name, profiles] = pick(ANNEX_III);
        label = name;
        const profiling = profiles && chance(0.7);
        if (!provider && chance(0.5)) {
          // A deployer answers the questionnaire; public bodies deploy the public-sector points.
          const publicBody = [5, 6, 7, 8].includes(area) && point !== "5(b)" && point !== "5(c)";
          answers = { annexIIIPoint: point ?? String(area), profiling, operatorRole: "DEPLOYER", deployerIsPublicAuthority: publicBody };
        } else {
          classification = {
            operatorRole: provider ? "PROVIDER" : "DEPLOYER",
            riskTier: "HIGH_RISK",
            highRiskRoute: "ANNEX_III",
            annexIIIArea: area,
            annexIIIPoint: point,
            profiling,
          };
        }
        break;
      }
      case "DEROGATION": {
        const [area, point, name] = pick(ANNEX_III.filter(([, , , profiles]) => !profiles));
        label = `${name} (narrow task)`;
        answers = {
          annexIIIPoint: point ?? String(area),
          art6_3: {
            conditions: [pick(["a", "b", "c", "d"])],
            justification: "Performs a narrow procedural task; a person takes every decision on the full file.",
          },
          operatorRole: "PROVIDER",
        };
        break;
      }
      case "TRANSPARENCY": {
        label = pick(TRANSPARENCY);
        const duties = chance(0.5) ? ["50(1)"] : chance(0.6) ? ["50(2)"] : ["50(1)", "50(2)"];
        classification = {
          operatorRole: chance(0.8) ? "DEPLOYER" : "PROVIDER",
          riskTier: "TRANSPARENCY",
          transparencyDuties: duties,
          gpaiStatus: chance(0.4) ? "GPAI" : "NONE",
        };
        assessed = chance(0.5);
        break;
      }
      case "GPAI_PROVIDER": {
        label = pick(GPAI);
        const systemic = chance(0.1);
        classification = { operatorRole: "PROVIDER", riskTier: "TRANSPARENCY", transparencyDuties: ["50(2)"], gpaiStatus: systemic ? "GPAI_SYSTEMIC" : "GPAI" };
        assessed = chance(0.8);
        break;
      }
      case "PROHIBITED":
        label = "Social scoring pilot";
        classification = { operatorRole: "DEPLOYER", riskTier: "PROHIBITED" };
        break;
      case "UNCLASSIFIED":
        label = pick(MINIMAL);
        break;
      default:
        label = pick(MINIMAL);
        classification = { operatorRole: chance(0.5) ? "PROVIDER" : "DEPLOYER", riskTier: "MINIMAL" };
    }

    const highRisk = profile === "HIGH_RISK";
    const input: BenchSystem["input"] = {
      reference,
      name: `${label} ${pad(index)}`,
      description: `${label} for the ${pick(UNITS)} unit.`,
      intendedPurpose: chance(0.9) ? `${label}: supports staff decisions; outputs are reviewed before they take effect.` : null,
      businessUnit: pick(UNITS),
      lifecycleStatus: lifecycle,
      marketStatus: live ? (highRiskProvider ? "ON_MARKET" : "IN_SERVICE") : lifecycle === "RETIRED" ? "NO_LONGER_IN_SERVICE" : "NOT_PLACED",
      memberStates: states,
      deploymentContext: chance(0.7) ? `Internal platform, ${states.join(", ")}` : null,
      humanOversight: highRisk ? (chance(0.8) ? "A trained reviewer confirms every adverse outcome; overrides are logged." : null) : null,
      affectedPersons: highRisk || chance(0.3) ? pick(["Customers", "Applicants", "Employees", "Citizens", "Patients"]) : null,
      personalDataCategories: personal,
      euRegistrationNumber: highRiskProvider && chance(0.6) ? `EU-DB-2026-${pad(index, 6)}` : null,
      certificates:
        highRiskProvider && chance(0.3)
          ? [
              {
                type: "EU technical documentation assessment",
                number: `CERT-${pad(index)}`,
                notifiedBody: "Bench Notified Body",
                notifiedBodyNumber: "0123",
                expiresOn: "2029-12-31",
              },
            ]
          : null,
    };
    return { index, profile, input, ownerSlot: Math.floor(rand() * OWNER_SLOTS), classification, answers, assessed };
  });
}
