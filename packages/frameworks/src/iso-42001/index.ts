// The ISO/IEC 42001:2023 catalogue: clauses 4–10 and the Annex A objectives and controls (numbers and titles).
export * from "./version";
export * from "./clauses";
export * from "./annex-a";
