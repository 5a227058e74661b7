// What providers of general-purpose AI models owe, item by item: Art. 53(1)(a)–(d) for every GPAI model,
// Art. 55(1)(a)–(d) on top for systemic-risk models, the contents of the documentation they keep for
// authorities (Annex XI) and hand to downstream providers (Annex XII), and the sections of the
// Commission's template for the public training-content summary (Art. 53(1)(d), published July 2025).
// Primary text: https://eur-lex.europa.eu/eli/reg/2024/1689/oj . The wording is our own short summary.

export interface GpaiDutyEntry {
  /** "art-53(1)(a)". */
  id: string;
  ref: string;
  label: string;
  summary: string;
  /** Art. 53(2): waived for free and open-source models without systemic risk. */
  openSourceExempt: boolean;
}

export interface GpaiDocumentationItem {
  /** "xi-s1-1(a)", "xi-s2-1", "xii-1(a)". */
  id: string;
  /** Annex XI section (1: every GPAI model, 2: systemic risk); Annex XII has one section. */
  section: 1 | 2;
  /** The point within the section: "1(a)", "2". */
  ref: string;
  label: string;
}

export interface GpaiTrainingSummarySection {
  id: "general-information" | "data-sources" | "data-processing";
  number: 1 | 2 | 3;
  title: string;
  summary: string;
}

function duty(article: 53 | 55, letter: string, label: string, summary: string, openSourceExempt = false): GpaiDutyEntry {
  return { id: `art-${article}(1)(${letter})`, ref: `Art. ${article}(1)(${letter})`, label, summary, openSourceExempt };
}

export const EU_AI_ACT_GPAI_PROVIDER_DUTIES: readonly GpaiDutyEntry[] = [
  duty(53, "a", "Technical documentation", "Keep technical documentation of the model (Annex XI) for the AI Office and national authorities.", true),
  duty(53, "b", "Downstream information", "Give providers integrating the model the information and documentation of Annex XII.", true),
  duty(53, "c", "Copyright policy", "Have a policy to comply with Union copyright law, honouring text-and-data-mining opt-outs."),
  duty(53, "d", "Training-content summary", "Publish a sufficiently detailed summary of the training content, on the AI Office template."),
];

export const EU_AI_ACT_GPAI_SYSTEMIC_DUTIES: readonly GpaiDutyEntry[] = [
  duty(55, "a", "Model evaluation", "Evaluate the model with state-of-the-art protocols, including documented adversarial testing."),
  duty(55, "b", "Systemic-risk mitigation", "Assess and mitigate possible systemic risks at Union level, and their sources."),
  duty(55, "c", "Serious incidents", "Track, document and report serious incidents and corrective measures to the AI Office without undue delay."),
  duty(55, "d", "Cybersecurity", "Ensure adequate cybersecurity protection for the model and its physical infrastructure."),
];

type ItemText = readonly [ref: string, label: string];

function items(prefix: string, section: 1 | 2, list: readonly ItemText[]): GpaiDocumentationItem[] {
  return list.map(([ref, label]) => ({ id: `${prefix}-${ref}`, section, ref, label }));
}

/** Annex XI: technical documentation for the AI Office and national authorities (Art. 53(1)(a)). */
export const EU_AI_ACT_ANNEX_XI: readonly GpaiDocumentationItem[] = [
  ...items("xi-s1", 1, [
    ["1(a)", "Intended tasks and the kinds of AI systems it can be integrated into"],
    ["1(b)", "Acceptable-use policies"],
    ["1(c)", "Release date and distribution methods"],
    ["1(d)", "Architecture and number of parameters"],
    ["1(e)", "Input and output modalities and formats"],
    ["1(f)", "Licence"],
    ["2(a)", "Technical means needed for integration"],
    ["2(b)", "Design specifications and training process, key choices and optimisation target"],
    ["2(c)", "Training, testing and validation data: type, provenance, curation, size, bias detection"],
    ["2(d)", "Training compute (FLOPs) and training time"],
    ["2(e)", "Known or estimated energy consumption"],
  ]),
  ...items("xi-s2", 2, [
    ["1", "Evaluation strategies and results"],
    ["2", "Adversarial testing, red-teaming and model adaptation such as alignment and fine-tuning"],
    ["3", "System architecture: how software components fit together"],
  ]),
];

/** Annex XII: information for downstream providers (Art. 53(1)(b)). */
export const EU_AI_ACT_ANNEX_XII: readonly GpaiDocumentationItem[] = items("xii", 1, [
  ["1(a)", "Intended tasks and the kinds of AI systems it can be integrated into"],
  ["1(b)", "Acceptable-use policies"],
  ["1(c)", "Release date and distribution methods"],
  ["1(d)", "Interaction with hardware or software outside the model"],
  ["1(e)", "Versions of relevant software"],
  ["1(f)", "Architecture and number of parameters"],
  ["1(g)", "Input and output modalities and formats"],
  ["1(h)", "Licence"],
  ["2(a)", "Technical means needed for integration"],
  ["2(b)", "Input and output modalities, formats and maximum input size (context window)"],
  ["2(c)", "Training, testing and validation data: type, provenance, curation"],
]);

/** The three sections of the Commission's public training-content summary template. */
export const GPAI_TRAINING_SUMMARY_SECTIONS: readonly GpaiTrainingSummarySection[] = [
  {
    id: "general-information",
    number: 1,
    title: "General information",
    summary: "Provider and model identification, modalities, and the overall size and character of the training data.",
  },
  {
    id: "data-sources",
    number: 2,
    title: "List of data sources",
    summary: "Public and licensed datasets, crawled or scraped online data, user data, synthetic data and other sources.",
  },
  {
    id: "data-processing",
    number: 3,
    title: "Data processing aspects",
    summary: "How rights reservations (opt-outs) were respected and how illegal content was removed.",
  },
];
