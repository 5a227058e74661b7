// @canon/frameworks: EU AI Act, ISO/IEC 42001 and NIST AI RMF catalogues and mappings, as data.
// Imports nothing: no other workspace package, no database. See README.md for how a catalogue is laid out.
export * from "./eu-ai-act/index";
export * from "./crosswalks/model-card-sections";
export * from "./iso-42001/index";
export * from "./nist-ai-rmf/index";
export * from "./requirements/index";
export * from "./crosswalks/frameworks";
