export { evidenceFieldsInput, type EvidenceFieldsInput } from "./evidence-input";
export { createEvidence, updateEvidence } from "./record-evidence";
export { listEvidence, evidenceFilter } from "./list-evidence";
