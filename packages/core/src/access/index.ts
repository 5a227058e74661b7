export { authenticateToken } from "./authenticate-token";
export { createApiToken, createApiTokenInput, type CreateApiTokenInput } from "./create-api-token";
export { listApiTokens } from "./list-api-tokens";
export { revokeApiToken } from "./revoke-api-token";
export { commonRole, ROLES, roleWithin } from "./roles";
export * from "./sessions/index";
