// Labels for the registry's states in a framework report (requirement status, applicability, gap state
// and severity, framework), shared by the PDF and the workbook so both print the same words. Each list
// is in the order a report sorts and a spreadsheet's drop-down offers them.
import type { Applicability, FrameworkId, GapSeverity, GapState, RequirementStatus } from "../model/compliance";

export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  NOT_ASSESSED: "Not assessed",
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  IMPLEMENTED: "Implemented",
  NOT_APPLICABLE: "Not applicable",
};

export const APPLICABILITY_LABELS: Record<Applicability, string> = {
  APPLICABLE: "Applicable",
  NOT_APPLICABLE: "Not applicable",
  UNDECIDED: "Undecided",
};

export const GAP_STATE_LABELS: Record<GapState, string> = {
  MISSING_EVIDENCE: "Missing evidence",
  FAILED: "Failed",
  STALE: "Stale",
  NOT_APPLICABLE: "Not applicable",
  UNKNOWN: "Unknown",
};

export const GAP_SEVERITY_LABELS: Record<GapSeverity, string> = {
  CRITICAL: "Critical",
  HIGH: "High",
  MEDIUM: "Medium",
  LOW: "Low",
};

export const FRAMEWORK_LABELS: Record<FrameworkId, string> = {
  EU_AI_ACT: "EU AI Act",
  ISO_42001: "ISO/IEC 42001",
  NIST_AI_RMF: "NIST AI RMF",
};

/** An unknown value (a newer model than this renderer) prints as itself rather than failing a report. */
const labelOf =
  <K extends string>(labels: Record<K, string>) =>
  (value: K): string =>
    labels[value] ?? value;

export const requirementStatusLabel = labelOf(REQUIREMENT_STATUS_LABELS);
export const applicabilityLabel = labelOf(APPLICABILITY_LABELS);
export const gapStateLabel = labelOf(GAP_STATE_LABELS);
export const gapSeverityLabel = labelOf(GAP_SEVERITY_LABELS);
export const frameworkLabel = labelOf(FRAMEWORK_LABELS);

/** Colours for states, light fills with dark text, as both renderers mark them (RGB hex). */
export const STATE_COLOURS = {
  good: { fill: "E3F4E8", text: "1E6B34" },
  progress: { fill: "FFF4CE", text: "7A5B00" },
  bad: { fill: "FDE2E1", text: "9B1C1C" },
  neutral: { fill: "EDEFF2", text: "4A5560" },
} as const;

export type StateTone = keyof typeof STATE_COLOURS;

export const STATUS_TONES: Record<RequirementStatus, StateTone> = {
  IMPLEMENTED: "good",
  IN_PROGRESS: "progress",
  NOT_STARTED: "bad",
  NOT_ASSESSED: "bad",
  NOT_APPLICABLE: "neutral",
};

export const GAP_STATE_TONES: Record<GapState, StateTone> = {
  FAILED: "bad",
  MISSING_EVIDENCE: "bad",
  STALE: "progress",
  UNKNOWN: "progress",
  NOT_APPLICABLE: "neutral",
};

export const SEVERITY_TONES: Record<GapSeverity, StateTone> = {
  CRITICAL: "bad",
  HIGH: "bad",
  MEDIUM: "progress",
  LOW: "neutral",
};
