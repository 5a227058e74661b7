// Operator roles (Art. 3 points 3–8): who an organisation is, for one AI system, under the Act. Stored
// per system. Ids are the registry's stored values; the wording is our own short summary.

export interface OperatorRoleEntry {
  id: "PROVIDER" | "DEPLOYER" | "IMPORTER" | "DISTRIBUTOR" | "AUTHORISED_REPRESENTATIVE" | "PRODUCT_MANUFACTURER";
  label: string;
  /** Where the Act defines it. */
  ref: string;
  summary: string;
}

export type OperatorRoleId = OperatorRoleEntry["id"];

export const EU_AI_ACT_OPERATOR_ROLES: readonly OperatorRoleEntry[] = [
  {
    id: "PROVIDER",
    label: "Provider",
    ref: "Art. 3(3)",
    summary: "Develops the system (or has it developed) and places it on the market or puts it into service under its own name.",
  },
  { id: "DEPLOYER", label: "Deployer", ref: "Art. 3(4)", summary: "Uses the system under its own authority, other than for personal non-professional use." },
  {
    id: "IMPORTER",
    label: "Importer",
    ref: "Art. 3(6)",
    summary: "Established in the Union; places on the market a system carrying a non-EU provider's name.",
  },
  {
    id: "DISTRIBUTOR",
    label: "Distributor",
    ref: "Art. 3(7)",
    summary: "Makes the system available on the Union market, being neither provider nor importer.",
  },
  {
    id: "AUTHORISED_REPRESENTATIVE",
    label: "Authorised representative",
    ref: "Art. 3(5)",
    summary: "In the Union, holds a written mandate to carry out a non-EU provider's obligations.",
  },
  {
    id: "PRODUCT_MANUFACTURER",
    label: "Product manufacturer",
    ref: "Art. 3(8), Art. 25(3)",
    summary: "Places the system on the market within its own product, under its own name.",
  },
];
