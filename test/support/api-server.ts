// Kept for test files written against the former launcher's module: the types now live in api/test-api.ts
// (and contract.ts re-exports them). New code imports from "./contract".
export type { GraphQLResponse, OrgFixture, RoleName, TestApi } from "./api/test-api";
