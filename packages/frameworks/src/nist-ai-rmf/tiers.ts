// Four implementation tiers, used to state a current and a target profile against the AI RMF Core
// (how far each outcome is practised today, and how far it should be). AI 100-1 itself defines profiles
// but no tiers: these four are the tiers of the NIST Cybersecurity Framework, adopted here as our own
// scale. Ids are what the registry stores; `level` orders them. Wording is our own.

export interface NistImplementationTier {
  id: "PARTIAL" | "RISK_INFORMED" | "REPEATABLE" | "ADAPTIVE";
  /** 1–4: a higher level is a more mature practice. */
  level: 1 | 2 | 3 | 4;
  label: string;
  summary: string;
}

export type NistImplementationTierId = NistImplementationTier["id"];

export const NIST_IMPLEMENTATION_TIERS: readonly NistImplementationTier[] = [
  { id: "PARTIAL", level: 1, label: "Tier 1: Partial", summary: "Risk is handled ad hoc and reactively, with little awareness across the organisation." },
  {
    id: "RISK_INFORMED",
    level: 2,
    label: "Tier 2: Risk Informed",
    summary: "Practices are approved by management but not yet set as policy or applied organisation-wide.",
  },
  {
    id: "REPEATABLE",
    level: 3,
    label: "Tier 3: Repeatable",
    summary: "Practices are formal policy, applied consistently and updated as risks and requirements change.",
  },
  {
    id: "ADAPTIVE",
    level: 4,
    label: "Tier 4: Adaptive",
    summary: "Practices improve continually from lessons learned and indicators, and adapt to a changing landscape.",
  },
];

const BY_ID = new Map(NIST_IMPLEMENTATION_TIERS.map((t) => [t.id, t]));

/** The tier with this id ("REPEATABLE") or level (3), or undefined. */
export function nistImplementationTier(idOrLevel: string | number): NistImplementationTier | undefined {
  return typeof idOrLevel === "number" ? NIST_IMPLEMENTATION_TIERS.find((t) => t.level === idOrLevel) : BY_ID.get(idOrLevel as NistImplementationTierId);
}
