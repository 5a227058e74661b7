// @canon/core: one function per use case. Callers pass an explicit Actor; nothing here knows about
// GraphQL or HTTP.
export * from "./shared/actor";
export * from "./shared/errors";
export * from "./shared/permissions";
export { database, databaseReady, initDatabase, closeDatabase } from "./shared/database";
export { withinOrganization, acrossOrganizations, TenancyError } from "./shared/tenancy";
export { useCase, type UseCase } from "./shared/use-case";
export type { Page, PageArgs } from "./shared/pagination";
export type { SortDirection } from "./shared/search";
export * from "./vocabulary";

export * from "./audit/index";
export * from "./access/index";
export * from "./organizations/index";
export * from "./members/index";
export * from "./systems/index";
export * from "./evaluations/index";
export * from "./cards/index";
export * from "./releases/index";
export * from "./deployments/index";
export * from "./models/index";
export * from "./versions/index";
export * from "./aliases/index";
export * from "./history/index";
export * from "./reports/index";
export * from "./approvals/index";
export * from "./datasets/index";
export * from "./webhooks/index";
export * from "./jobs/index";
export * from "./assessments/index";
export * from "./evidence/index";
export * from "./risks/index";
export * from "./incidents/index";
export * from "./impact-assessments/index";
export * from "./gaps/index";
export * from "./classification/index";
