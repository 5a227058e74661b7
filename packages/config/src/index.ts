// The one place that reads process.env. Everything else asks for `config()`.
import { createHash, createPrivateKey, createPublicKey } from "node:crypto";
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface CanonConfig {
  /** development | test | production: production masks internals and turns off introspection. */
  env: "development" | "test" | "production";
  databaseUrl: string;
  databaseProvider: DatabaseProvider;
  api: {
    host: string;
    port: number;
    /** Maximum request body, in bytes. */
    maxBodyBytes: number;
    maxDepth: number;
    maxComplexity: number;
    introspection: boolean;
    fieldSuggestions: boolean;
    explorer: boolean;
  };
  /** Hard maximum page size for every list. */
  maxPageSize: number;
  defaultPageSize: number;
  logLevel: "debug" | "info" | "warn" | "error";
  portal: {
    port: number;
    url: string;
    apiUrl: string;
    authSecret: string;
    /**
     * The portal's own credential towards the API (CANON_PORTAL_CREDENTIAL): only a caller presenting it
     * may sign people in with a password, and only its forwarded client address is believed. null: not
     * set (production without it; the API refuses to start then).
     */
    credential: string | null;
  };
  /** Portal sign-in sessions held by the API. */
  sessions: {
    /** How long a session lasts from sign-in. */
    ttlMinutes: number;
    /** Failed sign-ins per account, and sign-in attempts per client address, in each window. */
    failuresPerAccount: number;
    attemptsPerAddress: number;
    windowSeconds: number;
  };
  /** Demo mode: seeds demo users with documented passwords. Never in production. */
  demo: boolean;
  /** Outgoing webhook deliveries (the dispatcher loop runs in the API process). */
  webhooks: {
    enabled: boolean;
    /** How often the dispatcher looks for due deliveries. */
    pollIntervalMs: number;
    /** Per-attempt HTTP timeout. */
    timeoutMs: number;
    /** A delivery is FAILED after this many unsuccessful attempts. */
    maxAttempts: number;
    /** First retry delay; doubles per attempt (with jitter, capped). */
    backoffBaseMs: number;
  };
  /** Background jobs: the runner loop runs in the API process (packages/core/src/jobs). */
  jobs: {
    enabled: boolean;
    /** How often the runner looks for claimable jobs. */
    pollIntervalMs: number;
    /** How long a claim holds without a heartbeat; heartbeats renew it every third of this. */
    leaseMs: number;
    /** Jobs one instance runs at once. */
    concurrency: number;
    /** Attempts of a job (a crash counts) unless its kind says otherwise. */
    maxAttempts: number;
    /** First retry delay; doubles per attempt (with jitter, capped). */
    backoffBaseMs: number;
    /** A directory every instance shares (a mounted volume) for job output files; null keeps them in the database. */
    outputDir: string | null;
    /**
     * The JavaScript heap of a job's worker thread, in MB (V8's old generation): a job that needs more
     * fails with an out-of-memory error instead of growing the API process without bound.
     */
    heapMb: number;
  };
  /**
   * The Ed25519 key that signs audit checkpoints (the chain head, taken out of the database). Read with
   * the rest but validated on first use: a process that never signs or checks a checkpoint (the portal)
   * does not need it, even in production.
   */
  readonly auditSigning: AuditSigningKey;
}

export interface AuditSigningKey {
  /** PKCS#8 PEM. */
  privateKeyPem: string;
  /** SPKI PEM. */
  publicKeyPem: string;
  /** SPKI DER, base64 (one line: what a checkpoint carries). */
  publicKey: string;
  /** True for the built-in development key (anyone can derive it: never trust it in production). */
  development: boolean;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T;
}

/** The 16 bytes that turn a 32-byte Ed25519 seed into a PKCS#8 DER private key (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/**
 * Outside production, checkpoints are signed with this key, derived from a public label: stable across
 * restarts (a checkpoint taken yesterday still verifies), and known to everyone, so worthless as proof.
 */
export const DEVELOPMENT_AUDIT_SIGNING_SEED = createHash("sha256").update("canon development audit signing key: NOT FOR PRODUCTION").digest();

/** The key pair of a 32-byte Ed25519 seed. */
export function auditSigningKey(seed: Buffer, development = false): AuditSigningKey {
  if (seed.length !== 32) throw new ConfigError(`CANON_AUDIT_SIGNING_KEY must be 32 bytes (base64), got ${seed.length}`);
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
  const publicKey = createPublicKey(privateKey);
  return {
    privateKeyPem: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
    publicKey: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
    development,
  };
}

/**
 * CANON_AUDIT_SIGNING_KEY: the Ed25519 private key as the base64 of its 32-byte seed (any 32 random
 * bytes are one: `openssl rand -base64 32`). One line, so it fits an environment variable or a secret
 * store where a multi-line PEM does not. Required in production; the public key is derived from it.
 */
function auditSigning(value: string | undefined, production: boolean): AuditSigningKey {
  const raw = value?.trim();
  if (!raw) {
    if (production) throw new ConfigError("CANON_AUDIT_SIGNING_KEY is required when NODE_ENV=production (base64 of 32 random bytes)");
    return auditSigningKey(DEVELOPMENT_AUDIT_SIGNING_SEED, true);
  }
  if (!/^[A-Za-z0-9+/]{43}=?$/.test(raw)) {
    throw new ConfigError("CANON_AUDIT_SIGNING_KEY must be the base64 of a 32-byte Ed25519 seed (44 characters)");
  }
  const seed = Buffer.from(raw, "base64");
  const development = seed.equals(DEVELOPMENT_AUDIT_SIGNING_SEED);
  if (development && production) throw new ConfigError("CANON_AUDIT_SIGNING_KEY is the public development key; production needs a secret one");
  return auditSigningKey(seed, development);
}

/** Recognises the store from the URL; a relative SQLite path is made absolute against `cwd`. */
export function parseDatabaseUrl(raw: string, cwd = process.cwd()): { url: string; provider: DatabaseProvider } {
  if (raw.startsWith("file:")) {
    const file = raw.slice("file:".length);
    if (!file) throw new ConfigError("DATABASE_URL file: needs a path");
    return { url: `file:${path.resolve(cwd, file)}`, provider: "sqlite" };
  }
  if (raw.startsWith("postgres://") || raw.startsWith("postgresql://")) {
    return { url: raw, provider: "postgresql" };
  }
  throw new ConfigError(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), got "${raw}"`);
}

export function loadConfig(env: Env = process.env): CanonConfig {
  const mode = oneOf(env, "NODE_ENV", ["development", "test", "production"] as const, "development");
  const production = mode === "production";
  const database = parseDatabaseUrl(env.DATABASE_URL || "file:./data/canon.db");
  const apiPort = int(env, "PORT", 4000, 1, 65535);
  const portalPort = int(env, "PORTAL_PORT", 3000, 1, 65535);
  const demo = bool(env, "CANON_DEMO", false);
  if (demo && production) throw new ConfigError("CANON_DEMO cannot be on when NODE_ENV=production");
  const signingKey = env.CANON_AUDIT_SIGNING_KEY;
  let signing: AuditSigningKey | undefined;
  const authSecret = env.NEXTAUTH_SECRET || (production ? "" : "canon-development-secret-not-for-production");
  if (!authSecret) throw new ConfigError("NEXTAUTH_SECRET is required when NODE_ENV=production");
  // Checked where it is used (the API at start, in production), as the audit signing key is: a process
  // that never talks to the other side need not have it.
  const portalCredential = env.CANON_PORTAL_CREDENTIAL || (production ? null : "canon-development-portal-credential-not-for-production");
  if (portalCredential !== null && portalCredential.length < 32) throw new ConfigError("CANON_PORTAL_CREDENTIAL must be at least 32 characters");
  return {
    env: mode,
    databaseUrl: database.url,
    databaseProvider: database.provider,
    api: {
      host: env.HOST || "127.0.0.1",
      port: apiPort,
      maxBodyBytes: int(env, "CANON_MAX_BODY_BYTES", 1_000_000, 1_000, 100_000_000),
      maxDepth: int(env, "CANON_MAX_DEPTH", 10, 2, 50),
      maxComplexity: int(env, "CANON_MAX_COMPLEXITY", 20_000, 10, 10_000_000),
      introspection: bool(env, "CANON_INTROSPECTION", !production),
      fieldSuggestions: bool(env, "CANON_FIELD_SUGGESTIONS", !production),
      explorer: bool(env, "CANON_EXPLORER", !production),
    },
    maxPageSize: int(env, "CANON_MAX_PAGE_SIZE", 100, 1, 1000),
    defaultPageSize: int(env, "CANON_DEFAULT_PAGE_SIZE", 25, 1, 1000),
    logLevel: oneOf(env, "LOG_LEVEL", ["debug", "info", "warn", "error"] as const, "info"),
    portal: {
      port: portalPort,
      url: env.NEXTAUTH_URL || `http://localhost:${portalPort}`,
      apiUrl: env.CANON_API_URL || `http://127.0.0.1:${apiPort}/graphql`,
      authSecret,
      credential: portalCredential,
    },
    sessions: {
      ttlMinutes: int(env, "CANON_SESSION_TTL_MINUTES", 480, 1, 10_080),
      failuresPerAccount: int(env, "CANON_SIGNIN_FAILURES_PER_ACCOUNT", 10, 1, 10_000),
      attemptsPerAddress: int(env, "CANON_SIGNIN_ATTEMPTS_PER_ADDRESS", 50, 1, 100_000),
      windowSeconds: int(env, "CANON_SIGNIN_WINDOW_SECONDS", 900, 1, 86_400),
    },
    demo,
    webhooks: {
      enabled: bool(env, "CANON_WEBHOOKS_ENABLED", true),
      pollIntervalMs: int(env, "CANON_WEBHOOK_POLL_MS", 1_000, 10, 3_600_000),
      timeoutMs: int(env, "CANON_WEBHOOK_TIMEOUT_MS", 5_000, 50, 300_000),
      maxAttempts: int(env, "CANON_WEBHOOK_MAX_ATTEMPTS", 8, 1, 100),
      backoffBaseMs: int(env, "CANON_WEBHOOK_BACKOFF_MS", 2_000, 10, 3_600_000),
    },
    jobs: {
      enabled: bool(env, "CANON_JOBS_ENABLED", true),
      pollIntervalMs: int(env, "CANON_JOB_POLL_MS", 1_000, 10, 3_600_000),
      leaseMs: int(env, "CANON_JOB_LEASE_MS", 30_000, 300, 3_600_000),
      concurrency: int(env, "CANON_JOB_CONCURRENCY", 2, 1, 64),
      maxAttempts: int(env, "CANON_JOB_MAX_ATTEMPTS", 3, 1, 100),
      backoffBaseMs: int(env, "CANON_JOB_BACKOFF_MS", 5_000, 10, 3_600_000),
      outputDir: env.CANON_JOB_OUTPUT_DIR ? path.resolve(env.CANON_JOB_OUTPUT_DIR) : null,
      heapMb: int(env, "CANON_JOB_HEAP_MB", 384, 32, 16_384),
    },
    get auditSigning() {
      signing ??= auditSigning(signingKey, production);
      return signing;
    },
  };
}

let cached: CanonConfig | undefined;

/** The process's configuration, read and validated once. */
export function config(): CanonConfig {
  cached ??= loadConfig();
  return cached;
}
