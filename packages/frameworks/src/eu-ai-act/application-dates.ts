// When each part of the EU AI Act applies, as amended by the Digital Omnibus on AI (Regulation (EU)
// 2026/1744, in force 27 Jul 2026), and from which date an obligation applies to a system. Primary text:
// Art. 111 and Art. 113 of Regulation (EU) 2024/1689, https://eur-lex.europa.eu/eli/reg/2024/1689/oj ;
// amending act: https://eur-lex.europa.eu/eli/reg/2026/1744/oj/eng . The Omnibus dates were taken from
// secondary summaries that agree with each other; check them against the Official Journal text.

import { euAiActObligation } from "./obligations";
import type { HighRiskRouteId } from "./risk-tiers";

export type ApplicationDateKey =
  | "entry-into-force"
  | "prohibitions"
  | "gpai"
  | "omnibus-in-force"
  | "transparency"
  | "new-prohibitions"
  | "art-50-2-transition"
  | "gpai-legacy"
  | "national-sandboxes"
  | "high-risk-annex-iii"
  | "high-risk-annex-i"
  | "large-scale-it-systems";

/** Where a date comes from: the 2024 text, or the Digital Omnibus that amended it. */
export const EU_AI_ACT_DATE_SOURCES = {
  ORIGINAL: "Regulation (EU) 2024/1689",
  DIGITAL_OMNIBUS: "Regulation (EU) 2026/1744",
} as const;

export type ApplicationDateSource = keyof typeof EU_AI_ACT_DATE_SOURCES;

export interface EuAiActApplicationDate {
  key: ApplicationDateKey;
  /** YYYY-MM-DD. */
  date: string;
  label: string;
  /** The provision that sets the date. */
  ref: string;
  source: ApplicationDateSource;
}

/** In date order. */
export const EU_AI_ACT_APPLICATION_DATES: readonly EuAiActApplicationDate[] = [
  { key: "entry-into-force", date: "2024-08-01", label: "Entry into force", ref: "Art. 113", source: "ORIGINAL" },
  { key: "prohibitions", date: "2025-02-02", label: "Chapters I and II: definitions, AI literacy, prohibitions", ref: "Art. 113(a)", source: "ORIGINAL" },
  {
    key: "gpai",
    date: "2025-08-02",
    label: "GPAI models, notified bodies, governance and penalties (Art. 101 excepted)",
    ref: "Art. 113(b)",
    source: "ORIGINAL",
  },
  { key: "omnibus-in-force", date: "2026-07-27", label: "Digital Omnibus amendments in force", ref: "Regulation (EU) 2026/1744", source: "DIGITAL_OMNIBUS" },
  { key: "transparency", date: "2026-08-02", label: "General application, including Art. 50 transparency duties", ref: "Art. 113", source: "ORIGINAL" },
  {
    key: "new-prohibitions",
    date: "2026-12-02",
    label: "Prohibitions added by the Omnibus: Art. 5(1)(ba) and (bb)",
    ref: "Art. 5(1)(ba), (bb)",
    source: "DIGITAL_OMNIBUS",
  },
  {
    key: "art-50-2-transition",
    date: "2026-12-02",
    label: "Art. 50(2) marking for generative systems placed on the market before 2 Aug 2026",
    ref: "Art. 111(4)",
    source: "DIGITAL_OMNIBUS",
  },
  { key: "gpai-legacy", date: "2027-08-02", label: "GPAI models placed on the market before 2 Aug 2025", ref: "Art. 111(3)", source: "ORIGINAL" },
  { key: "national-sandboxes", date: "2027-08-02", label: "National AI regulatory sandboxes operational", ref: "Art. 57(1)", source: "DIGITAL_OMNIBUS" },
  {
    key: "high-risk-annex-iii",
    date: "2027-12-02",
    label: "High-risk rules (Chapter III Sections 1–3) for Annex III systems",
    ref: "Art. 113, as amended",
    source: "DIGITAL_OMNIBUS",
  },
  {
    key: "high-risk-annex-i",
    date: "2028-08-02",
    label: "High-risk rules (Chapter III Sections 1–3) for Annex I products",
    ref: "Art. 113, as amended",
    source: "DIGITAL_OMNIBUS",
  },
  { key: "large-scale-it-systems", date: "2030-12-31", label: "Components of Annex X large-scale EU IT systems", ref: "Art. 111(1)", source: "ORIGINAL" },
];

const BY_KEY = new Map(EU_AI_ACT_APPLICATION_DATES.map((d) => [d.key, d]));

/** The application date with this key. */
export function euAiActApplicationDate(key: ApplicationDateKey): EuAiActApplicationDate {
  const found = BY_KEY.get(key);
  if (!found) throw new RangeError(`Unknown EU AI Act application date: ${key}`);
  return found;
}

export interface ObligationDateContext {
  /** The system's route into the high-risk tier; null when it is not high-risk. */
  highRiskRoute: HighRiskRouteId | null;
}

/**
 * Which application date governs an obligation for a system. High-risk obligations follow the system's
 * route (Annex III or Annex I); asking for one without a route is a caller error and throws, as does an
 * unknown obligation id. GPAI obligations give the general GPAI date, not the Art. 111(3) date for models
 * already on the market before it.
 */
export function obligationApplicationDateKey(obligationId: string, context: ObligationDateContext): ApplicationDateKey {
  const obligation = euAiActObligation(obligationId);
  if (!obligation) throw new RangeError(`Unknown EU AI Act obligation: ${obligationId}`);
  switch (obligation.trigger) {
    case "ALL":
      return "prohibitions";
    case "TRANSPARENCY":
      return "transparency";
    case "GPAI":
    case "GPAI_SYSTEMIC":
      return "gpai";
    case "HIGH_RISK":
      if (context.highRiskRoute === "ANNEX_III") return "high-risk-annex-iii";
      if (context.highRiskRoute === "ANNEX_I") return "high-risk-annex-i";
      throw new RangeError(`${obligationId} is a high-risk obligation: give the system's high-risk route`);
  }
}

/** The date (YYYY-MM-DD) from which an obligation applies to a system; see obligationApplicationDateKey. */
export function obligationApplicationDate(obligationId: string, context: ObligationDateContext): string {
  return euAiActApplicationDate(obligationApplicationDateKey(obligationId, context)).date;
}
