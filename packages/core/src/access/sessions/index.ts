export { authenticateSession } from "./authenticate-session";
export { describeSession, type DescribedSession } from "./describe-session";
export { endSession } from "./end-session";
export { isSessionToken, SESSION_TOKEN_PREFIX } from "./session-token";
export { startSession, type StartedSession, type StartSessionInput } from "./start-session";
