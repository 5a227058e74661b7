// The 12 risks of the NIST AI 600-1 Generative AI Profile (§2.1–§2.12,
// https://nvlpubs.nist.gov/nistpubs/ai/NIST.AI.600-1.pdf), in the profile's order. Ids are what the
// registry stores for a system's GAI risks; labels are NIST's risk names; summaries are our own wording.
// Risk 6 is "Harmful Bias or Homogenization" in the profile's numbered list and "... and ..." in its
// section heading; we use the heading.

export interface GenerativeAiRisk {
  id:
    | "gai-cbrn"
    | "gai-confabulation"
    | "gai-dangerous-content"
    | "gai-data-privacy"
    | "gai-environmental"
    | "gai-harmful-bias"
    | "gai-human-ai-configuration"
    | "gai-information-integrity"
    | "gai-information-security"
    | "gai-intellectual-property"
    | "gai-obscene-content"
    | "gai-value-chain";
  /** 1–12, the profile's numbering. */
  number: number;
  label: string;
  /** "AI 600-1 §2.1". */
  reference: string;
  summary: string;
}

export type GenerativeAiRiskId = GenerativeAiRisk["id"];

type RiskText = readonly [id: GenerativeAiRiskId, label: string, summary: string];

const RISKS: readonly RiskText[] = [
  [
    "gai-cbrn",
    "CBRN Information or Capabilities",
    "Easier access to, or synthesis of, information that helps build chemical, biological, radiological or nuclear weapons.",
  ],
  ["gai-confabulation", "Confabulation", "Confident output that is false or wrong, which can mislead the people relying on it."],
  [
    "gai-dangerous-content",
    "Dangerous, Violent, or Hateful Content",
    "Easier production of violent, inciting, radicalising or hateful content, or of encouragement to self-harm or crime.",
  ],
  ["gai-data-privacy", "Data Privacy", "Leaks, misuse or re-identification of personal or sensitive data, from training data or from inference."],
  ["gai-environmental", "Environmental Impacts", "High energy, water and resource use from training and running models."],
  ["gai-harmful-bias", "Harmful Bias and Homogenization", "Amplified societal biases, and outputs or decisions that grow uniform across users and systems."],
  [
    "gai-human-ai-configuration",
    "Human-AI Configuration",
    "Problems in how people and systems work together: over-reliance, automation bias, misplaced trust or anthropomorphising.",
  ],
  [
    "gai-information-integrity",
    "Information Integrity",
    "Easier creation and spread of content that blurs fact and fiction, including mis- and disinformation at scale.",
  ],
  [
    "gai-information-security",
    "Information Security",
    "Lower barriers to cyber-attacks, and attacks on the system itself such as prompt injection or data poisoning.",
  ],
  [
    "gai-intellectual-property",
    "Intellectual Property",
    "Producing or reproducing copyrighted, trademarked or otherwise protected material without permission.",
  ],
  [
    "gai-obscene-content",
    "Obscene, Degrading, and/or Abusive Content",
    "Easier production of obscene, degrading or abusive imagery, including non-consensual intimate images and child sexual abuse material.",
  ],
  [
    "gai-value-chain",
    "Value Chain and Component Integration",
    "Third-party components (data, models, services) that are not transparent or traceable, spreading their risk downstream.",
  ],
];

export const NIST_GENERATIVE_AI_RISKS: readonly GenerativeAiRisk[] = RISKS.map(([id, label, summary], i) => ({
  id,
  number: i + 1,
  label,
  reference: `AI 600-1 §2.${i + 1}`,
  summary,
}));

const BY_ID = new Map(NIST_GENERATIVE_AI_RISKS.map((r) => [r.id, r]));

/** The Generative AI risk with this id ("gai-confabulation"), or undefined. */
export function generativeAiRisk(id: string): GenerativeAiRisk | undefined {
  return BY_ID.get(id as GenerativeAiRiskId);
}
