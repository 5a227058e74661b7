import type { Role } from "@canon/db";

/** Demo users, one per role. Passwords are documented in the README and exist in demo mode only. */
export const DEMO_PEOPLE: { key: "admin" | "officer" | "lead" | "auditor" | "exec"; email: string; name: string; role: Role; password: string }[] = [
  { key: "admin", email: "admin@northwind.example", name: "Alex Admin", role: "ADMIN", password: "canon-demo-admin" },
  { key: "officer", email: "officer@northwind.example", name: "Grace Governance", role: "APPROVER", password: "canon-demo-officer" },
  { key: "lead", email: "lead@northwind.example", name: "Lee Lead", role: "CONTRIBUTOR", password: "canon-demo-lead" },
  { key: "auditor", email: "auditor@northwind.example", name: "Audrey Auditor", role: "AUDITOR", password: "canon-demo-auditor" },
  { key: "exec", email: "exec@northwind.example", name: "Eve Executive", role: "VIEWER", password: "canon-demo-exec" },
];
