// Sign-in attempts are limited per client address (every attempt counts) and per account (failed
// attempts count; a success clears them), with rate-limiter-flexible's Prisma store, so every API
// instance on the same database shares the counts. A refusal says when to try again.
//
// The store's calls go through core's clients: reads on the reader, each write in a transaction of its
// own on the writer (on SQLite the writer is one connection, and a bare write could land inside another
// request's open transaction).
import { config } from "@canon/config";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { CanonError, ErrorCode } from "../../shared/errors";
import { reader, writeTransaction } from "../../shared/transaction";

type Args = Record<string, unknown>;

/** The one model the store uses, as rate-limiter-flexible calls it. */
const store = {
  rateLimiterFlexible: {
    findFirst: (args: Args) => reader().rateLimiterFlexible.findFirst(args as never),
    upsert: (args: Args) => writeTransaction((tx) => tx.rateLimiterFlexible.upsert(args as never)),
    deleteMany: (args: Args) => writeTransaction((tx) => tx.rateLimiterFlexible.deleteMany(args as never)),
  },
};

interface Limiters {
  byAddress: RateLimiterPrisma;
  byAccount: RateLimiterPrisma;
}

let limiters: Limiters | undefined;

function current(): Limiters {
  if (limiters) return limiters;
  const { attemptsPerAddress, failuresPerAccount, windowSeconds } = config().sessions;
  const options = { storeClient: store, tableName: "rateLimiterFlexible", duration: windowSeconds, clearExpiredByTimeout: false };
  limiters = {
    byAddress: new RateLimiterPrisma({ ...options, keyPrefix: "signin-address", points: attemptsPerAddress }),
    byAccount: new RateLimiterPrisma({ ...options, keyPrefix: "signin-account", points: failuresPerAccount }),
  };
  return limiters;
}

function refusal(res: RateLimiterRes, what: string): CanonError {
  const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new CanonError(ErrorCode.RATE_LIMITED, `Too many sign-in attempts ${what}: try again in ${retryAfterSeconds} s`, undefined, { retryAfterSeconds });
}

/** Counts an attempt from `address` and refuses it (RATE_LIMITED) if the address or the account is over its limit. */
export async function admitSignIn(email: string, address: string | null): Promise<void> {
  const { byAddress, byAccount } = current();
  if (address) {
    try {
      await byAddress.consume(address);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw refusal(error, "from this address");
      throw error;
    }
  }
  const failures = await byAccount.get(email);
  if (failures && failures.consumedPoints >= byAccount.points) throw refusal(failures, "for this account");
}

/** A failed attempt counts against the account. */
export async function noteFailedSignIn(email: string): Promise<void> {
  await current()
    .byAccount.penalty(email)
    .catch(() => undefined);
}

/** A successful sign-in clears the account's failures. */
export async function noteSignedIn(email: string): Promise<void> {
  await current()
    .byAccount.delete(email)
    .catch(() => undefined);
}
