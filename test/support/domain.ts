// The domain's constants and types the test fixtures need, taken from core (and the frameworks catalogue
// core uses) rather than copied. Values come from modules that load nothing else: core's package index
// loads Prisma and every use case, about 1.5 s of CPU in each test process. (The roles reach the fixtures
// from the organisation factory, which runs in the API process; see api/org-fixture.ts.)
export { verifyWebhookSignature } from "../../packages/core/src/webhooks/signature";
export { MODEL_CARD_SECTIONS } from "@canon/frameworks";
export type { RiskTier, Role } from "@canon/core";
