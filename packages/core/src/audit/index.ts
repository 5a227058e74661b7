export { appendAuditEvent, type AuditEntry } from "./append-audit-event";
export { auditHash, canonicalJson, GENESIS_HASH } from "./canonical";
export { listAuditEvents, type AuditEventFilter } from "./list-audit-events";
export { verifyAuditChain, type ChainVerification } from "./verify-audit-chain";
export { verifyAllAuditChains, type OrganizationChainVerification } from "./verify-all-audit-chains";
