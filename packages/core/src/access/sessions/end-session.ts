// Sign-out: the session ends at once; its token is refused from the next request on. Ending a session
// that has already ended (or never existed) is not an error.
import { acrossOrganizations } from "../../shared/tenancy";
import { writeTransaction } from "../../shared/transaction";
import { hashToken } from "../secrets";
import { isSessionToken } from "./session-token";

export async function endSession(token: string): Promise<void> {
  if (!isSessionToken(token)) return;
  await acrossOrganizations("sign-out", () =>
    writeTransaction((tx) => tx.userSession.updateMany({ where: { tokenHash: hashToken(token), endedAt: null }, data: { endedAt: new Date() } })),
  );
}
