// The NIST AI RMF 1.0 catalogue: the Core, the Generative AI Profile's risks, implementation tiers for
// current and target profiles, and the trustworthiness characteristics.
export * from "./version";
export * from "./core";
export * from "./generative-ai-risks";
export * from "./tiers";
export * from "./trustworthiness";
