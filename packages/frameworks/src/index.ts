// @canon/frameworks: EU AI Act, ISO/IEC 42001 and NIST AI RMF catalogues and mappings, as data.
export * from "./model-card-sections";
