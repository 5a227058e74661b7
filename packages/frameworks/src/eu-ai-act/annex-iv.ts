// Annex IV: what the technical documentation of a high-risk system contains (Art. 11(1)), item by
// item, with a hint of where the registry holds the material (shared/reference/frameworks.md §5.2; our
// own mapping, not part of the Act). registrySource is null for parts a person has to write for the
// dossier. Primary text: https://eur-lex.europa.eu/eli/reg/2024/1689/oj . The wording is our own.

export interface AnnexIvItem {
  /** "annex-iv-2(d)". */
  id: string;
  /** The point in Annex IV: "2(d)", "5". */
  ref: string;
  /** Annex IV point 1–9. */
  point: number;
  title: string;
  /** Where the registry holds the material, or null when a person must write it. */
  registrySource: string | null;
}

type ItemText = readonly [ref: string, title: string, registrySource: string | null];

const ITEMS: readonly ItemText[] = [
  ["1(a)", "Intended purpose, provider, version and its relation to earlier versions", "AI system intended purpose; provider; model version lineage"],
  ["1(b)", "Interaction with external hardware, software or other AI systems", "Release components: integrations and dependencies"],
  ["1(c)", "Software and firmware versions and update requirements", "Model version and release numbers, source commit; update policy"],
  ["1(d)", "Forms in which the system is placed on the market", "Deployments: distribution form (SaaS, API, embedded, download)"],
  ["1(e)", "Hardware the system is intended to run on", "Deployments: target runtime hardware"],
  ["1(f)", "Photographs or illustrations of the product's external features and markings", null],
  ["1(g)", "Basic description of the deployer's user interface", null],
  ["1(h)", "Instructions for use for the deployer", "Instructions-for-use document or URL"],
  [
    "2(a)",
    "Development methods, including pre-trained systems and third-party tools used",
    "Model version lineage and release components: base models and third-party parts",
  ],
  ["2(b)", "Design specifications: logic, key choices, assumptions, optimisation target, trade-offs", null],
  [
    "2(c)",
    "System architecture and the compute used to develop, train, test and validate it",
    "Model and model version: architecture, training run, training compute",
  ],
  ["2(d)", "Data requirements and datasheets: provenance, scope, selection, labelling, cleaning", "Datasets and dataset versions linked to the model version"],
  ["2(e)", "Assessment of the human-oversight measures", "AI system human-oversight measures"],
  ["2(f)", "Pre-determined changes and how continued compliance is ensured", null],
  [
    "2(g)",
    "Validation and testing: data, metrics, and dated, signed test logs and reports",
    "Evaluations and their metrics and test data; approvals (signer, date)",
  ],
  ["2(h)", "Cybersecurity measures", "Risk controls and control assessments for security"],
  [
    "3",
    "Monitoring, functioning and control: capabilities, limits, accuracy by group, risks, input specs",
    "Model card limitations and risks; metrics by slice; risk register",
  ],
  ["4", "Why the chosen performance metrics are appropriate", null],
  ["5", "The risk management system (Art. 9)", "Risk register: the system's risks, controls and treatments"],
  ["6", "Relevant changes over the lifecycle", "Change log: model version and release history, audit trail"],
  ["7", "Harmonised standards applied, or the other solutions and specifications used", null],
  ["8", "Copy of the EU declaration of conformity (Art. 47)", "Declaration-of-conformity document"],
  ["9", "Post-market monitoring system and plan (Art. 72(3))", null],
];

export const EU_AI_ACT_ANNEX_IV: readonly AnnexIvItem[] = ITEMS.map(([ref, title, registrySource]) => ({
  id: `annex-iv-${ref}`,
  ref,
  point: Number.parseInt(ref, 10),
  title,
  registrySource,
}));

const BY_ID = new Map(EU_AI_ACT_ANNEX_IV.map((i) => [i.id, i]));

/** The item with this id ("annex-iv-2(d)"), or undefined. */
export function annexIvItem(id: string): AnnexIvItem | undefined {
  return BY_ID.get(id);
}
