// The 7 characteristics of trustworthy AI (NIST AI 100-1 §3.1–§3.7) and the MEASURE 2 subcategory in
// which each is evaluated (MEASURE 2.5–2.11). The registry stores these ids on evaluations, so an
// evaluation tagged with a characteristic counts as evidence for that subcategory. Wording is our own.

export interface TrustworthinessCharacteristic {
  id: "VALID_RELIABLE" | "SAFE" | "SECURE_RESILIENT" | "ACCOUNTABLE_TRANSPARENT" | "EXPLAINABLE_INTERPRETABLE" | "PRIVACY_ENHANCED" | "FAIR";
  label: string;
  /** "AI 100-1 §3.1". */
  reference: string;
  /** The Core subcategory that evaluates it: "MEASURE-2.5". */
  measureSubcategory: string;
  summary: string;
}

export type TrustworthinessCharacteristicId = TrustworthinessCharacteristic["id"];

export const NIST_TRUSTWORTHINESS_CHARACTERISTICS: readonly TrustworthinessCharacteristic[] = [
  {
    id: "VALID_RELIABLE",
    label: "Valid and reliable",
    reference: "AI 100-1 §3.1",
    measureSubcategory: "MEASURE-2.5",
    summary: "Does what it is meant to, accurately and robustly, over time and beyond its test conditions.",
  },
  {
    id: "SAFE",
    label: "Safe",
    reference: "AI 100-1 §3.2",
    measureSubcategory: "MEASURE-2.6",
    summary: "Does not endanger life, health, property or the environment under the conditions it is used in.",
  },
  {
    id: "SECURE_RESILIENT",
    label: "Secure and resilient",
    reference: "AI 100-1 §3.3",
    measureSubcategory: "MEASURE-2.7",
    summary: "Withstands attacks and unexpected change, and recovers or degrades gracefully.",
  },
  {
    id: "ACCOUNTABLE_TRANSPARENT",
    label: "Accountable and transparent",
    reference: "AI 100-1 §3.4",
    measureSubcategory: "MEASURE-2.8",
    summary: "Information about the system and its outputs is available to those who deal with it, and someone answers for it.",
  },
  {
    id: "EXPLAINABLE_INTERPRETABLE",
    label: "Explainable and interpretable",
    reference: "AI 100-1 §3.5",
    measureSubcategory: "MEASURE-2.9",
    summary: "How the system works, and what an output means in context, can be understood.",
  },
  {
    id: "PRIVACY_ENHANCED",
    label: "Privacy-enhanced",
    reference: "AI 100-1 §3.6",
    measureSubcategory: "MEASURE-2.10",
    summary: "Protects people's autonomy, identity and data, through privacy-preserving design and practice.",
  },
  {
    id: "FAIR",
    label: "Fair, with harmful bias managed",
    reference: "AI 100-1 §3.7",
    measureSubcategory: "MEASURE-2.11",
    summary: "Treats people equitably, with systemic, computational and human biases identified and managed.",
  },
];

const BY_ID = new Map(NIST_TRUSTWORTHINESS_CHARACTERISTICS.map((c) => [c.id, c]));

/** The characteristic with this id ("FAIR"), or undefined. */
export function trustworthinessCharacteristic(id: string): TrustworthinessCharacteristic | undefined {
  return BY_ID.get(id as TrustworthinessCharacteristicId);
}
