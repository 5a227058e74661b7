// Art. 50 transparency duties. Ids are the registry's stored values ("50(4)" splits into its two
// duties); the wording is our own short summary. 50(5) (how and when to inform) applies to all of them
// and is not a duty of its own.

export interface TransparencyDutyEntry {
  id: "50(1)" | "50(2)" | "50(3)" | "50(4)-deepfake" | "50(4)-text";
  label: string;
  ref: string;
  /** Who carries the duty. */
  holder: "PROVIDER" | "DEPLOYER";
  summary: string;
}

export type TransparencyDutyId = TransparencyDutyEntry["id"];

export const EU_AI_ACT_TRANSPARENCY_DUTIES: readonly TransparencyDutyEntry[] = [
  {
    id: "50(1)",
    label: "AI interaction notice",
    ref: "Art. 50(1)",
    holder: "PROVIDER",
    summary: "People are told they are dealing with an AI system, unless that is obvious.",
  },
  {
    id: "50(2)",
    label: "Synthetic content marking",
    ref: "Art. 50(2)",
    holder: "PROVIDER",
    summary: "Generated audio, image, video or text is marked in a machine-readable, detectable way.",
  },
  {
    id: "50(3)",
    label: "Emotion or biometric notice",
    ref: "Art. 50(3)",
    holder: "DEPLOYER",
    summary: "People exposed to emotion recognition or biometric categorisation are informed.",
  },
  {
    id: "50(4)-deepfake",
    label: "Deep fake disclosure",
    ref: "Art. 50(4)",
    holder: "DEPLOYER",
    summary: "Generated or manipulated image, audio or video content is disclosed as such.",
  },
  {
    id: "50(4)-text",
    label: "Public-interest text disclosure",
    ref: "Art. 50(4)",
    holder: "DEPLOYER",
    summary: "Generated text published to inform the public is disclosed, unless a human edited it under editorial responsibility.",
  },
];
