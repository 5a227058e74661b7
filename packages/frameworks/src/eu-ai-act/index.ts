// The EU AI Act catalogue: the framework content the registry classifies systems against.
export * from "./version";
export * from "./operator-roles";
export * from "./risk-tiers";
export * from "./gpai";
export * from "./transparency-duties";
export * from "./annex-iii";
export * from "./obligations";
export * from "./application-dates";
export * from "./prohibited-practices";
export * from "./art-6-3-conditions";
export * from "./gpai-obligations";
export * from "./annex-iv";
export * from "./annex-viii";
