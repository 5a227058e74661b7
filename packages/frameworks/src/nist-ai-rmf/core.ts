// The NIST AI RMF 1.0 Core: 4 functions, 19 categories, 72 subcategories (NIST AI 100-1, Tables 1–4,
// https://nvlpubs.nist.gov/nistpubs/ai/NIST.AI.100-1.pdf). Ids: "GOVERN-1" for a category, "GOVERN-1.1"
// for a subcategory; `reference` is how NIST writes it ("GOVERN 1.1"). Labels and summaries are our own
// short wording of the AI 100-1 Core statements (not the Playbook's or CPRT's, whose wording drifts).

export type NistFunctionId = "GOVERN" | "MAP" | "MEASURE" | "MANAGE";

export interface NistFunction {
  id: NistFunctionId;
  label: string;
  summary: string;
}

export interface NistCategory {
  /** "GOVERN-1". */
  id: string;
  /** "GOVERN 1". */
  reference: string;
  function: NistFunctionId;
  label: string;
  summary: string;
}

export interface NistSubcategory {
  /** "GOVERN-1.1". */
  id: string;
  /** "GOVERN 1.1". */
  reference: string;
  function: NistFunctionId;
  /** The category's id: "GOVERN-1". */
  category: string;
  label: string;
  summary: string;
}

export const NIST_AI_RMF_FUNCTIONS: readonly NistFunction[] = [
  { id: "GOVERN", label: "Govern", summary: "A risk-management culture exists across the organisation and shapes the other three functions." },
  { id: "MAP", label: "Map", summary: "The context of an AI system is understood and the risks that follow from it are identified." },
  { id: "MEASURE", label: "Measure", summary: "Identified risks are assessed, analysed or tracked." },
  { id: "MANAGE", label: "Manage", summary: "Risks are prioritised and acted on according to their projected impact." },
];

type SubcategoryText = readonly [label: string, summary: string];
interface CategoryText {
  label: string;
  summary: string;
  subcategories: readonly SubcategoryText[];
}

/** The categories of one function, numbered 1… in order, each with its subcategories numbered n.1…. */
function categories(fn: NistFunctionId, texts: readonly CategoryText[]) {
  return texts.map((text, i) => {
    const n = i + 1;
    const category: NistCategory = { id: `${fn}-${n}`, reference: `${fn} ${n}`, function: fn, label: text.label, summary: text.summary };
    const subcategories: NistSubcategory[] = text.subcategories.map(([label, summary], j) => ({
      id: `${fn}-${n}.${j + 1}`,
      reference: `${fn} ${n}.${j + 1}`,
      function: fn,
      category: category.id,
      label,
      summary,
    }));
    return { category, subcategories };
  });
}

const CORE = [
  ...categories("GOVERN", [
    {
      label: "Risk policies and processes",
      summary: "Policies, processes, procedures and practices for mapping, measuring and managing AI risk are in place, transparent and effective.",
      subcategories: [
        ["Legal and regulatory requirements", "Legal and regulatory requirements that concern AI are understood, managed and documented."],
        ["Trustworthiness in policy", "The trustworthy-AI characteristics are built into the organisation's policies, processes, procedures and practices."],
        ["Risk-based effort", "How much risk-management effort a system gets is decided from the organisation's risk tolerance."],
        ["Transparent risk process", "The risk-management process and its outcomes are set through transparent policies and controls tied to risk priorities."],
        ["Monitoring and periodic review", "Risk management is monitored and periodically reviewed, with roles and the review frequency defined."],
        ["AI system inventory", "Mechanisms exist to inventory AI systems, resourced according to risk priorities."],
        ["Safe decommissioning", "AI systems are decommissioned and phased out safely, without raising risk or eroding trust."],
      ],
    },
    {
      label: "Accountability structures",
      summary: "Teams and individuals are empowered, responsible and trained for mapping, measuring and managing AI risk.",
      subcategories: [
        [
          "Roles and lines of communication",
          "Roles, responsibilities and lines of communication for AI risk are documented and clear throughout the organisation.",
        ],
        ["AI risk training", "Staff and partners are trained in AI risk management so they can carry out their duties."],
        ["Executive responsibility", "Executive leadership answers for decisions about the risks of developing and deploying AI systems."],
      ],
    },
    {
      label: "Diversity, equity, inclusion and accessibility",
      summary: "Workforce diversity, equity, inclusion and accessibility are prioritised in AI risk management across the life cycle.",
      subcategories: [
        ["Diverse decision-making", "AI risk decisions across the life cycle draw on a team diverse in demographics, disciplines, experience and background."],
        [
          "Human-AI roles and oversight",
          "Policies define and tell apart the roles and responsibilities for human-AI configurations and for overseeing AI systems.",
        ],
      ],
    },
    {
      label: "Risk-aware culture",
      summary: "Teams are committed to a culture that considers and communicates AI risk.",
      subcategories: [
        ["Safety-first mindset", "Policies and practices foster critical thinking and a safety-first approach to designing, building, deploying and using AI."],
        ["Documenting and sharing impacts", "Teams document the risks and possible impacts of the AI they work on and communicate them more widely."],
        ["Testing, incidents and sharing", "Practices support AI testing, identifying incidents and sharing information."],
      ],
    },
    {
      label: "Engagement with AI actors",
      summary: "Processes exist for robust engagement with the relevant AI actors.",
      subcategories: [
        [
          "External feedback on impacts",
          "Feedback from people outside the development or deployment team on individual and societal impacts is collected, weighed and used.",
        ],
        [
          "Feedback into design",
          "The team that built or deployed a system regularly works adjudicated feedback from AI actors into its design and implementation.",
        ],
      ],
    },
    {
      label: "Third-party and supply-chain risk",
      summary: "Policies address the risks and benefits of third-party software, data and other supply-chain issues.",
      subcategories: [
        ["Third-party risk policies", "Policies address AI risks from third parties, including infringement of intellectual property or other rights."],
        ["Third-party contingency", "Contingency processes cover failures or incidents in high-risk third-party data or AI systems."],
      ],
    },
  ]),
  ...categories("MAP", [
    {
      label: "Context",
      summary: "The context the AI system is built and used in is established and understood.",
      subcategories: [
        [
          "Intended purpose and setting",
          "Intended purposes, beneficial uses, applicable laws and norms, deployment settings, users, impacts and assumptions are documented.",
        ],
        ["Interdisciplinary context-setting", "The people who establish context are interdisciplinary and diverse, and their participation is documented."],
        ["Mission and AI goals", "The organisation's mission and its goals for AI are understood and documented."],
        ["Business value", "The business value or context of use is defined, or re-evaluated for systems already in use."],
        ["Risk tolerance", "The organisation's risk tolerances are determined and documented."],
        ["System requirements", "Requirements are gathered from relevant AI actors, and design choices take socio-technical effects into account."],
      ],
    },
    {
      label: "Categorisation",
      summary: "The AI system is categorised.",
      subcategories: [
        ["Tasks and methods", "The tasks the system supports and the methods behind them (classifier, generative model, recommender…) are defined."],
        ["Knowledge limits and oversight", "The system's knowledge limits and how people use and oversee its output are documented."],
        [
          "Scientific integrity and TEVV",
          "Scientific-integrity and TEVV considerations (experimental design, data selection and representativeness, construct validity) are documented.",
        ],
      ],
    },
    {
      label: "Capabilities, benefits and costs",
      summary: "Capabilities, targeted use, goals, and expected benefits and costs are understood against suitable benchmarks.",
      subcategories: [
        ["Benefits", "The potential benefits of the system's intended functions and performance are examined and documented."],
        ["Costs", "Potential costs, including non-monetary costs of errors, are examined and documented against risk tolerance."],
        ["Application scope", "The targeted application scope is specified and documented from the system's capability, context and category."],
        [
          "Operator proficiency",
          "Processes for operator and practitioner proficiency, and the relevant standards and certifications, are defined and documented.",
        ],
        ["Human oversight processes", "Processes for human oversight are defined, assessed and documented in line with GOVERN policies."],
      ],
    },
    {
      label: "Component risks",
      summary: "Risks and benefits are mapped for every component, including third-party software and data.",
      subcategories: [
        [
          "Component and legal risk mapping",
          "Approaches to map technical, legal and third-party intellectual-property risks of components are followed and documented.",
        ],
        ["Component risk controls", "Internal risk controls for components, third-party AI included, are identified and documented."],
      ],
    },
    {
      label: "Impacts",
      summary: "Impacts on individuals, groups, communities, organisations and society are characterised.",
      subcategories: [
        ["Impact likelihood and magnitude", "The likelihood and magnitude of each identified impact, beneficial or harmful, are identified and documented."],
        ["Engagement on impacts", "Practices and people are in place to engage AI actors regularly and fold in feedback on impacts."],
      ],
    },
  ]),
  ...categories("MEASURE", [
    {
      label: "Methods and metrics",
      summary: "Suitable methods and metrics are identified and applied.",
      subcategories: [
        ["Metric selection", "Metrics are chosen for the most significant risks first; risks that are not or cannot be measured are documented."],
        ["Metric and control review", "The fitness of metrics and the effectiveness of controls are reassessed and updated regularly."],
        [
          "Independent assessment",
          "Independent assessors, domain experts, users and affected communities take part in assessments as risk tolerance requires.",
        ],
      ],
    },
    {
      label: "Trustworthiness evaluation",
      summary: "AI systems are evaluated for the trustworthy characteristics.",
      subcategories: [
        ["TEVV documentation", "Test sets, metrics and tools used in TEVV are documented."],
        ["Human-subject evaluations", "Evaluations with human subjects meet protection requirements and represent the relevant population."],
        ["Deployment-like performance", "Performance or assurance criteria are measured under conditions like deployment, and the measures are documented."],
        ["Production monitoring", "The system's and its components' functioning and behaviour are monitored in production."],
        ["Validity and reliability", "The system is shown to be valid and reliable, and the limits of its generalisation are documented."],
        ["Safety", "Safety risks are evaluated regularly; residual risk stays within tolerance and the system can fail safely."],
        ["Security and resilience", "Security and resilience are evaluated and documented."],
        ["Transparency and accountability", "Transparency and accountability risks are examined and documented."],
        ["Explainability and interpretability", "The model is explained, validated and documented, and its output is interpreted in context."],
        ["Privacy", "The system's privacy risk is examined and documented."],
        ["Fairness and bias", "Fairness and bias are evaluated and the results documented."],
        ["Environmental impact", "The environmental impact and sustainability of training and running the model are assessed and documented."],
        ["TEVV effectiveness", "How well the TEVV metrics and processes work is evaluated and documented."],
      ],
    },
    {
      label: "Risk tracking",
      summary: "Mechanisms track identified AI risks over time.",
      subcategories: [
        ["Tracking emergent risks", "Existing, unexpected and emerging risks are identified and tracked regularly, from intended and actual performance."],
        ["Hard-to-measure risks", "Tracking approaches are considered where risks are hard to measure or metrics do not yet exist."],
        ["Feedback and appeals", "End users and affected communities can report problems and appeal outcomes, and this feeds the evaluation metrics."],
      ],
    },
    {
      label: "Measurement feedback",
      summary: "Feedback on how well measurement works is gathered and assessed.",
      subcategories: [
        [
          "Context-informed measurement",
          "Measurement approaches are tied to the deployment context with input from domain experts and end users, and documented.",
        ],
        ["Validation in deployment", "Trustworthiness results in deployment are checked with domain experts and AI actors, and documented."],
        ["Performance changes", "Measurable improvements or declines in performance are identified and documented."],
      ],
    },
  ]),
  ...categories("MANAGE", [
    {
      label: "Risk prioritisation and response",
      summary: "Risks found by MAP and MEASURE are prioritised, responded to and managed.",
      subcategories: [
        ["Go / no-go decision", "It is decided whether the system achieves its purpose and whether development or deployment should go ahead."],
        ["Treatment priorities", "Treating documented risks is prioritised by impact, likelihood and available resources."],
        ["Responses to high risks", "Responses to high-priority risks (mitigate, transfer, avoid or accept) are developed, planned and documented."],
        ["Residual risks", "Negative residual risks to downstream acquirers and end users are documented."],
      ],
    },
    {
      label: "Benefits and harms",
      summary: "Strategies to maximise benefits and minimise negative impacts are planned, prepared, carried out and documented.",
      subcategories: [
        ["Resources and alternatives", "The resources needed to manage risk, and non-AI alternatives, are taken into account."],
        ["Sustaining value", "Mechanisms keep up the value of deployed systems."],
        ["Unknown risks", "Procedures respond to and recover from risks that were not known before."],
        [
          "Supersede or deactivate",
          "Mechanisms and responsibilities exist to supersede, disengage or deactivate systems that behave outside their intended use.",
        ],
      ],
    },
    {
      label: "Third-party risk management",
      summary: "Risks and benefits from third-party entities are managed.",
      subcategories: [
        ["Third-party monitoring", "Risks from third-party resources are monitored and risk controls are applied and documented."],
        ["Pre-trained models", "Pre-trained models in development are monitored as part of regular monitoring and maintenance."],
      ],
    },
    {
      label: "Treatment, response and communication",
      summary: "Risk treatments, responses, recovery and communication plans are documented and monitored regularly.",
      subcategories: [
        [
          "Post-deployment monitoring",
          "Post-deployment monitoring plans cover user input, appeal and override, decommissioning, incident response, recovery and change management.",
        ],
        ["Continual improvement", "Measurable continual-improvement activities are built into system updates."],
        ["Incidents and errors", "Incidents and errors are communicated to relevant AI actors, tracked, responded to and documented."],
      ],
    },
  ]),
];

export const NIST_AI_RMF_CATEGORIES: readonly NistCategory[] = CORE.map((c) => c.category);
export const NIST_AI_RMF_SUBCATEGORIES: readonly NistSubcategory[] = CORE.flatMap((c) => c.subcategories);

const FUNCTIONS = new Map(NIST_AI_RMF_FUNCTIONS.map((f) => [f.id, f]));
const CATEGORIES = new Map(NIST_AI_RMF_CATEGORIES.map((c) => [c.id, c]));
const SUBCATEGORIES = new Map(NIST_AI_RMF_SUBCATEGORIES.map((s) => [s.id, s]));

/** The function "GOVERN" … "MANAGE", or undefined. */
export function nistFunction(id: string): NistFunction | undefined {
  return FUNCTIONS.get(id as NistFunctionId);
}

/** The category "GOVERN-1", or undefined. */
export function nistCategory(id: string): NistCategory | undefined {
  return CATEGORIES.get(id);
}

/** The subcategory "GOVERN-1.6", or undefined. */
export function nistSubcategory(id: string): NistSubcategory | undefined {
  return SUBCATEGORIES.get(id);
}

/** The subcategories of a category ("MAP-5") or of a whole function ("MAP"), in order. */
export function nistSubcategoriesOf(categoryOrFunction: string): NistSubcategory[] {
  return NIST_AI_RMF_SUBCATEGORIES.filter((s) => s.category === categoryOrFunction || s.function === categoryOrFunction);
}

/** "GOVERN 1.6" → "GOVERN-1.6" (and "MAP 5" → "MAP-5"): NIST's way of writing an id to ours. */
export function nistIdFromReference(reference: string): string {
  return reference.trim().replace(/\s+/, "-");
}
