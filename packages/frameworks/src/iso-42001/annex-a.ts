// ISO/IEC 42001:2023 Annex A: the 9 control objectives (A.2–A.10) and their 38 reference controls. Ids are
// the control numbers ("A.6.2.4"); each objective's own first number (A.x.1, and A.6.1.1 / A.6.2.1 under
// the two parts of A.6) states the objective and is not a control. Numbers and short titles only, from
// the standard's table of contents (https://www.iso.org/standard/81230.html); the control wording and the
// Annex B guidance are copyrighted and are not reproduced. Titles vary slightly between secondary
// sources ("AI system" / "AI systems" in A.6.1.2 and A.9.3); check against a licensed copy.

export interface Iso42001Objective {
  /** "A.2" … "A.10". */
  id: string;
  title: string;
  /** A.6 only: its two parts, A.6.1 and A.6.2, each with an objective of its own. */
  parts: readonly { id: string; title: string }[];
}

export interface Iso42001Control {
  /** "A.2.2", "A.6.2.4". */
  id: string;
  title: string;
  /** The objective it serves: "A.2" … "A.10". */
  objective: string;
  /** For A.6 controls, the part they sit in ("A.6.1" or "A.6.2"); null elsewhere. */
  part: string | null;
}

export const ISO_42001_OBJECTIVES: readonly Iso42001Objective[] = [
  { id: "A.2", title: "Policies related to AI", parts: [] },
  { id: "A.3", title: "Internal organization", parts: [] },
  { id: "A.4", title: "Resources for AI systems", parts: [] },
  { id: "A.5", title: "Assessing impacts of AI systems", parts: [] },
  {
    id: "A.6",
    title: "AI system life cycle",
    parts: [
      { id: "A.6.1", title: "Management guidance for AI system development" },
      { id: "A.6.2", title: "AI system life cycle" },
    ],
  },
  { id: "A.7", title: "Data for AI systems", parts: [] },
  { id: "A.8", title: "Information for interested parties of AI systems", parts: [] },
  { id: "A.9", title: "Use of AI systems", parts: [] },
  { id: "A.10", title: "Third-party and customer relationships", parts: [] },
];

type ControlText = readonly [id: string, title: string];

/** The objective ("A.6") and, under A.6, the part ("A.6.2") a control number belongs to. */
function control([id, title]: ControlText): Iso42001Control {
  const [, objective, part] = id.split(".");
  const isA6 = objective === "6";
  return { id, title, objective: `A.${objective}`, part: isA6 ? `A.6.${part}` : null };
}

export const ISO_42001_CONTROLS: readonly Iso42001Control[] = (
  [
    ["A.2.2", "AI policy"],
    ["A.2.3", "Alignment with other organizational policies"],
    ["A.2.4", "Review of the AI policy"],
    ["A.3.2", "AI roles and responsibilities"],
    ["A.3.3", "Reporting of concerns"],
    ["A.4.2", "Resource documentation"],
    ["A.4.3", "Data resources"],
    ["A.4.4", "Tooling resources"],
    ["A.4.5", "System and computing resources"],
    ["A.4.6", "Human resources"],
    ["A.5.2", "AI system impact assessment process"],
    ["A.5.3", "Documentation of AI system impact assessments"],
    ["A.5.4", "Assessing AI system impact on individuals or groups of individuals"],
    ["A.5.5", "Assessing societal impacts of AI systems"],
    ["A.6.1.2", "Objectives for responsible development of AI system"],
    ["A.6.1.3", "Processes for responsible AI system design and development"],
    ["A.6.2.2", "AI system requirements and specification"],
    ["A.6.2.3", "Documentation of AI system design and development"],
    ["A.6.2.4", "AI system verification and validation"],
    ["A.6.2.5", "AI system deployment"],
    ["A.6.2.6", "AI system operation and monitoring"],
    ["A.6.2.7", "AI system technical documentation"],
    ["A.6.2.8", "AI system recording of event logs"],
    ["A.7.2", "Data for development and enhancement of AI system"],
    ["A.7.3", "Acquisition of data"],
    ["A.7.4", "Quality of data for AI systems"],
    ["A.7.5", "Data provenance"],
    ["A.7.6", "Data preparation"],
    ["A.8.2", "System documentation and information for users"],
    ["A.8.3", "External reporting"],
    ["A.8.4", "Communication of incidents"],
    ["A.8.5", "Information for interested parties"],
    ["A.9.2", "Processes for responsible use of AI systems"],
    ["A.9.3", "Objectives for responsible use of AI system"],
    ["A.9.4", "Intended use of the AI system"],
    ["A.10.2", "Allocating responsibilities"],
    ["A.10.3", "Suppliers"],
    ["A.10.4", "Customers"],
  ] as const satisfies readonly ControlText[]
).map(control);

const OBJECTIVES = new Map(ISO_42001_OBJECTIVES.map((o) => [o.id, o]));
const CONTROLS = new Map(ISO_42001_CONTROLS.map((c) => [c.id, c]));

/** The objective "A.2" … "A.10", or undefined. */
export function iso42001Objective(id: string): Iso42001Objective | undefined {
  return OBJECTIVES.get(id);
}

/** The control numbered `id` ("A.6.2.4"), or undefined. */
export function iso42001Control(id: string): Iso42001Control | undefined {
  return CONTROLS.get(id);
}

/** The controls of an objective ("A.7") or of a part of A.6 ("A.6.2"), in order. */
export function iso42001ControlsOf(objectiveOrPart: string): Iso42001Control[] {
  return ISO_42001_CONTROLS.filter((c) => c.objective === objectiveOrPart || c.part === objectiveOrPart);
}
