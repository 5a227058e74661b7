// ISO/IEC 42001:2023 clauses 4–10, the management-system requirements (harmonized structure), with
// their sub-clauses. Ids are the clause numbers ("6.1.3"). Numbers and short titles only, as in the
// standard's table of contents (https://www.iso.org/standard/81230.html): the clause text is copyrighted
// and is neither quoted nor paraphrased here.

export interface Iso42001Clause {
  /** The clause number: "6", "6.1", "6.1.3". */
  id: string;
  title: string;
  /** The enclosing clause ("6.1" for "6.1.3"), or null for a top-level clause 4–10. */
  parent: string | null;
  /** The top-level clause it belongs to, 4–10. */
  clause: number;
}

type ClauseTree = readonly [id: string, title: string, children?: ClauseTree[]];

function flatten([id, title, children = []]: ClauseTree, parent: string | null): Iso42001Clause[] {
  const entry = { id, title, parent, clause: Number(id.split(".")[0]) };
  return [entry, ...children.flatMap((child) => flatten(child, id))];
}

const TREE: readonly ClauseTree[] = [
  [
    "4",
    "Context of the organization",
    [
      ["4.1", "Understanding the organization and its context"],
      ["4.2", "Understanding the needs and expectations of interested parties"],
      ["4.3", "Determining the scope of the AI management system"],
      ["4.4", "AI management system"],
    ],
  ],
  [
    "5",
    "Leadership",
    [
      ["5.1", "Leadership and commitment"],
      ["5.2", "AI policy"],
      ["5.3", "Roles, responsibilities and authorities"],
    ],
  ],
  [
    "6",
    "Planning",
    [
      [
        "6.1",
        "Actions to address risks and opportunities",
        [
          ["6.1.1", "General"],
          ["6.1.2", "AI risk assessment"],
          ["6.1.3", "AI risk treatment"],
          ["6.1.4", "AI system impact assessment"],
        ],
      ],
      ["6.2", "AI objectives and planning to achieve them"],
      ["6.3", "Planning of changes"],
    ],
  ],
  [
    "7",
    "Support",
    [
      ["7.1", "Resources"],
      ["7.2", "Competence"],
      ["7.3", "Awareness"],
      ["7.4", "Communication"],
      [
        "7.5",
        "Documented information",
        [
          ["7.5.1", "General"],
          ["7.5.2", "Creating and updating documented information"],
          ["7.5.3", "Control of documented information"],
        ],
      ],
    ],
  ],
  [
    "8",
    "Operation",
    [
      ["8.1", "Operational planning and control"],
      ["8.2", "AI risk assessment"],
      ["8.3", "AI risk treatment"],
      ["8.4", "AI system impact assessment"],
    ],
  ],
  [
    "9",
    "Performance evaluation",
    [
      ["9.1", "Monitoring, measurement, analysis and evaluation"],
      [
        "9.2",
        "Internal audit",
        [
          ["9.2.1", "General"],
          ["9.2.2", "Internal audit programme"],
        ],
      ],
      [
        "9.3",
        "Management review",
        [
          ["9.3.1", "General"],
          ["9.3.2", "Management review inputs"],
          ["9.3.3", "Management review results"],
        ],
      ],
    ],
  ],
  [
    "10",
    "Improvement",
    [
      ["10.1", "Continual improvement"],
      ["10.2", "Nonconformity and corrective action"],
    ],
  ],
];

/** Every clause and sub-clause of 4–10, in document order (parents before their children). */
export const ISO_42001_CLAUSES: readonly Iso42001Clause[] = TREE.flatMap((top) => flatten(top, null));

const BY_ID = new Map(ISO_42001_CLAUSES.map((c) => [c.id, c]));

/** The clause numbered `id` ("6.1.3"), or undefined. */
export function iso42001Clause(id: string): Iso42001Clause | undefined {
  return BY_ID.get(id);
}

/** The direct sub-clauses of a clause, in order (empty for a clause without any). */
export function iso42001SubClauses(id: string): Iso42001Clause[] {
  return ISO_42001_CLAUSES.filter((c) => c.parent === id);
}

/**
 * The clauses one assesses: those without sub-clauses ("6.1.2", "7.4", "9.2.2"). A parent such as 6.1 is
 * met through its sub-clauses, so it is not assessed on its own.
 */
export function iso42001AssessableClauses(): Iso42001Clause[] {
  return ISO_42001_CLAUSES.filter((c) => iso42001SubClauses(c.id).length === 0);
}
