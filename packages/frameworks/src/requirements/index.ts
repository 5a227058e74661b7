// One index of assessable requirements across the EU AI Act, ISO/IEC 42001 and the NIST AI RMF.
export * from "./requirement";
export * from "./catalogues";
export * from "./lookup";
