// The obligations the EU AI Act attaches to a classified system or model: one entry per article the
// registry tracks, with who carries it and which classification triggers it. Primary text: Regulation
// (EU) 2024/1689, https://eur-lex.europa.eu/eli/reg/2024/1689/oj (Art. 4 as amended by Regulation (EU)
// 2026/1744). The wording is our own short summary, not the Act's text.
//
// Roles: provider duties list PRODUCT_MANUFACTURER too, because Art. 25(3) makes the manufacturer of an
// Annex I product the provider of the high-risk system inside it. Who becomes a provider under Art. 25(1)
// is decided per system in core, not here.

import type { OperatorRoleId } from "./operator-roles";

export type EuAiActObligationTrigger = "HIGH_RISK" | "TRANSPARENCY" | "GPAI" | "GPAI_SYSTEMIC" | "ALL";

export interface EuAiActObligation {
  /** "art-9": stable, never reused. */
  id: string;
  /** "Art. 9". */
  reference: string;
  title: string;
  summary: string;
  group: "All systems" | "High-risk: provider" | "High-risk: deployer" | "High-risk: registration" | "Transparency" | "General-purpose AI";
  /** Who carries it. */
  roles: readonly OperatorRoleId[];
  /** Which classification triggers it. */
  trigger: EuAiActObligationTrigger;
  /** Only under this condition; null when unconditional for the trigger and roles. */
  condition: string | null;
}

const PROVIDER_SIDE: readonly OperatorRoleId[] = ["PROVIDER", "PRODUCT_MANUFACTURER"];

export const EU_AI_ACT_OBLIGATIONS: readonly EuAiActObligation[] = [
  {
    id: "art-4",
    reference: "Art. 4",
    title: "AI literacy",
    summary: "Providers and deployers take measures to support sufficient AI literacy of the people operating their systems.",
    group: "All systems",
    roles: ["PROVIDER", "DEPLOYER"],
    trigger: "ALL",
    condition: null,
  },
  {
    id: "art-5",
    reference: "Art. 5",
    title: "Prohibited practices",
    summary: "No system may be placed on the market, put into service or used for a practice the Act bans.",
    group: "All systems",
    roles: ["PROVIDER", "IMPORTER", "DEPLOYER"],
    trigger: "ALL",
    condition: null,
  },
  {
    id: "art-9",
    reference: "Art. 9",
    title: "Risk management system",
    summary: "A documented risk management process runs over the whole lifecycle, identifying, evaluating and treating risks.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-10",
    reference: "Art. 10",
    title: "Data and data governance",
    summary: "Training, validation and test data follow governance practices and are relevant, representative and examined for bias.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-11",
    reference: "Art. 11",
    title: "Technical documentation",
    summary: "Technical documentation covering Annex IV is drawn up before release and kept up to date.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-12",
    reference: "Art. 12",
    title: "Record-keeping",
    summary: "The system records events automatically (logs) over its lifetime so its functioning can be traced.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-13",
    reference: "Art. 13",
    title: "Transparency and instructions for use",
    summary: "The system is transparent enough for deployers to use it properly and comes with instructions for use.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-14",
    reference: "Art. 14",
    title: "Human oversight",
    summary: "The system is designed so that natural persons can oversee it effectively while it is in use.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-15",
    reference: "Art. 15",
    title: "Accuracy, robustness and cybersecurity",
    summary: "The system reaches an appropriate, declared level of accuracy, robustness and cybersecurity throughout its lifecycle.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-17",
    reference: "Art. 17",
    title: "Quality management system",
    summary: "The provider runs a documented quality management system covering compliance, design, testing, data and monitoring.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-26",
    reference: "Art. 26",
    title: "Deployer obligations",
    summary: "Deployers use the system per its instructions, assign human oversight, monitor it, keep its logs and inform those affected.",
    group: "High-risk: deployer",
    roles: ["DEPLOYER"],
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-27",
    reference: "Art. 27",
    title: "Fundamental rights impact assessment",
    summary: "Before first use, the deployer assesses the system's impact on fundamental rights and notifies the market surveillance authority.",
    group: "High-risk: deployer",
    roles: ["DEPLOYER"],
    trigger: "HIGH_RISK",
    condition:
      "Annex III systems other than point 2, used by deployers that are public-law bodies or private entities providing public services, or any deployer of an Annex III 5(b) or 5(c) system",
  },
  {
    id: "art-49",
    reference: "Art. 49",
    title: "Registration in the EU database",
    summary: "The system is registered in the EU database before it is placed on the market, put into service or used.",
    group: "High-risk: registration",
    roles: ["PROVIDER", "AUTHORISED_REPRESENTATIVE", "DEPLOYER"],
    trigger: "HIGH_RISK",
    condition:
      "Annex III systems only (point 2 registers at national level); providers also register Annex III systems they found not high-risk under Art. 6(3); deployers only when they are public authorities or Union bodies, or act on their behalf",
  },
  {
    id: "art-72",
    reference: "Art. 72",
    title: "Post-market monitoring",
    summary: "The provider collects and analyses data on the system's performance after release, following a post-market monitoring plan.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-73",
    reference: "Art. 73",
    title: "Serious incident reporting",
    summary: "The provider reports serious incidents to the market surveillance authority within the set deadlines and investigates them.",
    group: "High-risk: provider",
    roles: PROVIDER_SIDE,
    trigger: "HIGH_RISK",
    condition: null,
  },
  {
    id: "art-50",
    reference: "Art. 50",
    title: "Transparency duties",
    summary: "People are told about AI interaction, synthetic content is marked, and emotion recognition, deep fakes and public-interest text are disclosed.",
    group: "Transparency",
    roles: ["PROVIDER", "DEPLOYER"],
    trigger: "TRANSPARENCY",
    condition: "Each paragraph binds either the provider or the deployer; see the system's Art. 50 duties",
  },
  {
    id: "art-53",
    reference: "Art. 53",
    title: "GPAI provider obligations",
    summary: "Technical documentation, information for downstream providers, a copyright policy and a public training-content summary.",
    group: "General-purpose AI",
    roles: ["PROVIDER"],
    trigger: "GPAI",
    condition: "Free and open-source models without systemic risk are exempt from points (a) and (b) (Art. 53(2))",
  },
  {
    id: "art-55",
    reference: "Art. 55",
    title: "Systemic-risk GPAI obligations",
    summary: "Model evaluation with adversarial testing, systemic-risk mitigation, serious-incident reporting and cybersecurity.",
    group: "General-purpose AI",
    roles: ["PROVIDER"],
    trigger: "GPAI_SYSTEMIC",
    condition: null,
  },
];

const BY_ID = new Map(EU_AI_ACT_OBLIGATIONS.map((o) => [o.id, o]));

/** The obligation with this id ("art-9"), or undefined. */
export function euAiActObligation(id: string): EuAiActObligation | undefined {
  return BY_ID.get(id);
}
