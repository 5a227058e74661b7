// Session tokens: random and high-entropy like API tokens, but with a prefix of their own, so the API
// tells the two kinds apart before looking either up. Only the sha256 is stored.
import { randomBytes } from "node:crypto";
import { hashToken } from "../secrets";

export const SESSION_TOKEN_PREFIX = "canonsess_";

export function newSessionToken(): { token: string; hash: string } {
  const token = SESSION_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export const isSessionToken = (token: string) => token.startsWith(SESSION_TOKEN_PREFIX);
