import type { Role } from "@canon/db";

export const ROLES: readonly Role[] = ["VIEWER", "CONTRIBUTOR", "APPROVER", "AUDITOR", "ADMIN"];
