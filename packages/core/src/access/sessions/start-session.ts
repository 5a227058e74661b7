// Email + password sign-in, for the portal (the API accepts it only with the portal's credential): the
// attempt is admitted by the sign-in limits, the password checked off the event loop, and a session
// started. An unknown email, a wrong password and a person who belongs to no organisation all get the
// same refusal, in about the same time (an unknown email is checked against a decoy hash).
import { config } from "@canon/config";
import { z } from "zod";
import { CanonError, ErrorCode } from "../../shared/errors";
import { parseInput } from "../../shared/input-errors";
import { acrossOrganizations } from "../../shared/tenancy";
import { reader, writeTransaction } from "../../shared/transaction";
import { hashPassword, verifyPassword } from "../secrets";
import { membershipList } from "./describe-session";
import { newSessionToken } from "./session-token";
import { admitSignIn, noteFailedSignIn, noteSignedIn } from "./sign-in-limits";

const input = z.object({
  email: z.string().trim().toLowerCase().min(1, "is required").max(320, "must be at most 320 characters"),
  password: z.string().min(1, "is required").max(1_024, "must be at most 1024 characters"),
  /** The client's address as the portal saw it (or the connection's), for the per-address limit. */
  clientAddress: z.string().max(64).nullable(),
});

export type StartSessionInput = z.input<typeof input>;

export interface StartedSession {
  token: string;
  expiresAt: Date;
  user: { id: string; email: string; name: string };
  memberships: { organizationId: string; organizationName: string; role: string }[];
}

let decoyHash: Promise<string> | undefined;

const refused = () => new CanonError(ErrorCode.UNAUTHENTICATED, "The email or password is not right");

export async function startSession(raw: StartSessionInput): Promise<StartedSession> {
  const { email, password, clientAddress } = parseInput(input, raw);
  await admitSignIn(email, clientAddress);
  const user = await acrossOrganizations("sign-in", () =>
    reader().user.findUnique({ where: { email }, include: { memberships: { include: { organization: { select: { name: true } } } } } }),
  );
  decoyHash ??= hashPassword("canon-decoy-password");
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !user.passwordHash || !valid || user.memberships.length === 0) {
    await noteFailedSignIn(email);
    throw refused();
  }
  await noteSignedIn(email);
  const { token, hash } = newSessionToken();
  const expiresAt = new Date(Date.now() + config().sessions.ttlMinutes * 60_000);
  await acrossOrganizations("sign-in", () =>
    writeTransaction((tx) => tx.userSession.create({ data: { userId: user.id, tokenHash: hash, clientAddress, expiresAt } })),
  );
  return {
    token,
    expiresAt,
    user: { id: user.id, email: user.email, name: user.name },
    memberships: membershipList(user.memberships),
  };
}
