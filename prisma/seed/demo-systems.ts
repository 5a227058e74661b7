// The demo organisation's AI systems: a believable spread across EU AI Act risk tiers.
import type { ClassificationInput, CreateAISystemInput } from "@canon/core";

export interface DemoSystem {
  input: CreateAISystemInput;
  classification?: ClassificationInput;
  owner: "lead" | "officer" | "admin";
}

export const DEMO_SYSTEMS: DemoSystem[] = [
  {
    owner: "lead",
    input: {
      reference: "credit-scoring", name: "Consumer credit scoring", tradeName: "Northwind CreditLens",
      description: "Scores consumer credit applications and recommends approve / refer / decline.",
      intendedPurpose: "Evaluate the creditworthiness of natural persons applying for consumer loans, with a credit officer reviewing every decline.",
      businessUnit: "Retail Lending", lifecycleStatus: "IN_PRODUCTION", marketStatus: "IN_SERVICE", memberStates: ["DE", "NL", "AT"],
      deploymentContext: "Loan origination platform, EU retail branches and online channel",
      humanOversight: "Credit officers review all declines and any score within 5 points of the cut-off; overrides are logged.",
      affectedPersons: "Loan applicants (consumers)", personalDataCategories: ["financial", "identity", "employment"],
      euRegistrationNumber: "EU-DB-2026-000413",
    },
    classification: { operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: "5(b)", profiling: true },
  },
  {
    owner: "lead",
    input: {
      reference: "cv-screening", name: "CV screening assistant",
      description: "Ranks incoming job applications against the role profile for recruiters.",
      intendedPurpose: "Filter and rank applications for open positions; recruiters make every shortlisting decision.",
      businessUnit: "People", lifecycleStatus: "IN_PRODUCTION", marketStatus: "IN_SERVICE", memberStates: ["DE", "FR", "ES"],
      humanOversight: "Recruiters see the ranking rationale and must confirm each rejection.",
      affectedPersons: "Job applicants", personalDataCategories: ["identity", "employment", "education"],
    },
    classification: { operatorRole: "DEPLOYER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 4, annexIIIPoint: "4(a)", profiling: true },
  },
  {
    owner: "lead",
    input: {
      reference: "support-chatbot", name: "Customer support chatbot", tradeName: "Northwind Assist",
      description: "Answers customer questions about accounts and cards, hands over to an agent on request.",
      intendedPurpose: "Self-service answers to customer questions in the app and on the website.",
      businessUnit: "Customer Operations", lifecycleStatus: "IN_PRODUCTION", marketStatus: "IN_SERVICE", memberStates: ["DE", "NL", "AT", "BE"],
      humanOversight: "Live-agent handover at any time; weekly transcript review.",
      affectedPersons: "Customers", personalDataCategories: ["identity", "contact"],
    },
    classification: { operatorRole: "DEPLOYER", riskTier: "TRANSPARENCY", transparencyDuties: ["50(1)"] },
  },
  {
    owner: "lead",
    input: {
      reference: "fraud-detection", name: "Card fraud detection",
      description: "Real-time scoring of card transactions for fraud; blocks and alerts above threshold.",
      intendedPurpose: "Detect fraudulent card payments in real time.",
      businessUnit: "Payments", lifecycleStatus: "IN_PRODUCTION", marketStatus: "IN_SERVICE", memberStates: ["DE", "NL", "AT", "BE", "FR"],
      humanOversight: "Fraud analysts review blocked transactions within 15 minutes.",
      affectedPersons: "Cardholders", personalDataCategories: ["financial", "location"],
    },
    classification: { operatorRole: "PROVIDER", riskTier: "MINIMAL" },
  },
  {
    owner: "officer",
    input: {
      reference: "doc-summariser", name: "Contract summariser",
      description: "Summarises supplier contracts with a provider-hosted general-purpose LLM and retrieval.",
      intendedPurpose: "Draft summaries of contracts for the legal team; summaries are marked as AI-generated.",
      businessUnit: "Legal", lifecycleStatus: "IN_PRODUCTION", marketStatus: "IN_SERVICE", memberStates: ["DE"],
      humanOversight: "Lawyers approve every summary before it is shared.",
      affectedPersons: "Employees of the legal team", personalDataCategories: ["contact"],
    },
    classification: { operatorRole: "DEPLOYER", riskTier: "TRANSPARENCY", gpaiStatus: "GPAI", transparencyDuties: ["50(2)"] },
  },
  {
    owner: "lead",
    input: {
      reference: "aml-monitoring", name: "AML transaction monitoring",
      description: "Flags suspicious transaction patterns for anti-money-laundering investigators.",
      intendedPurpose: "Prioritise alerts for AML investigators.", businessUnit: "Financial Crime",
      lifecycleStatus: "IN_PRODUCTION", marketStatus: "IN_SERVICE", memberStates: ["DE", "NL"],
      humanOversight: "Investigators decide on every alert; the model only orders the queue.",
    },
    classification: { operatorRole: "PROVIDER", riskTier: "MINIMAL" },
  },
  {
    owner: "lead",
    input: {
      reference: "insurance-pricing", name: "Life insurance pricing",
      description: "Risk assessment and pricing for life and health insurance applicants.",
      intendedPurpose: "Support underwriters in pricing life insurance policies.", businessUnit: "Insurance",
      lifecycleStatus: "IN_DEVELOPMENT", marketStatus: "NOT_PLACED", memberStates: ["DE"],
      personalDataCategories: ["health", "financial"],
    },
    classification: { operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: "5(c)", profiling: true },
  },
  {
    owner: "officer",
    input: {
      reference: "ticket-routing", name: "Support ticket routing",
      description: "Classifies incoming e-mails and routes them to the right team.",
      intendedPurpose: "Route customer e-mails to queues.", businessUnit: "Customer Operations",
      lifecycleStatus: "IN_PRODUCTION", marketStatus: "IN_SERVICE",
    },
    classification: { operatorRole: "DEPLOYER", riskTier: "MINIMAL" },
  },
  {
    owner: "lead",
    input: {
      reference: "staff-scheduling", name: "Branch staff scheduling",
      description: "Suggests weekly rosters for branch staff from forecast footfall.",
      intendedPurpose: "Draft rosters that branch managers adjust and publish.", businessUnit: "People",
      lifecycleStatus: "PLANNED", marketStatus: "NOT_PLACED",
    },
    classification: {
      operatorRole: "DEPLOYER", riskTier: "MINIMAL", annexIIIArea: 4, art6_3Derogation: true,
      art6_3Justification: "Art. 6(3)(d): preparatory task; managers make and publish every roster, no evaluation of individual performance.",
    },
  },
  {
    owner: "officer",
    input: {
      reference: "marketing-images", name: "Marketing image generator",
      description: "Generates campaign imagery with a hosted diffusion model.",
      intendedPurpose: "Produce draft visuals for marketing campaigns, labelled as AI-generated.", businessUnit: "Marketing",
      lifecycleStatus: "IN_DEVELOPMENT", marketStatus: "NOT_PLACED",
    },
    classification: { operatorRole: "DEPLOYER", riskTier: "TRANSPARENCY", gpaiStatus: "GPAI", transparencyDuties: ["50(4)-deepfake"] },
  },
  {
    owner: "lead",
    input: {
      reference: "code-assistant", name: "Internal coding assistant",
      description: "IDE assistant for the engineering teams on a hosted code model.",
      intendedPurpose: "Suggest code completions to engineers.", businessUnit: "Technology",
      lifecycleStatus: "IN_PRODUCTION", marketStatus: "IN_SERVICE",
    },
    classification: { operatorRole: "DEPLOYER", riskTier: "MINIMAL", gpaiStatus: "GPAI" },
  },
  {
    owner: "admin",
    input: {
      reference: "emotion-analytics", name: "Call-centre emotion analytics (retired)",
      description: "Pilot that inferred caller emotion from voice; stopped before go-live.",
      intendedPurpose: "Was: detect caller frustration to prioritise call-backs.", businessUnit: "Customer Operations",
      lifecycleStatus: "RETIRED", marketStatus: "NO_LONGER_IN_SERVICE",
    },
  },
];
