// What a job kind's handler is given and what it returns. The same shape in the API process and in a
// worker thread, so a kind can move between the two without changing its code.
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A file a job produced, stored where any API instance can serve it (job-output-store.ts). */
export interface JobOutputFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** What a handler returns: a small JSON result, and/or one output file. */
export interface JobOutcome {
  result?: JsonValue;
  output?: JobOutputFile;
}

export interface JobContext<I = unknown> {
  jobId: string;
  organizationId: string;
  kind: string;
  input: I;
  /** 1 for the first attempt; a crash or a failure before makes it more. */
  attempt: number;
  /** The person who requested the job ("system:<label>" for the system), null if unknown. */
  requestedById: string | null;
  /**
   * Aborted when the job is cancelled, when this instance stops, or when the lease was lost. A handler
   * passes it to whatever can be aborted, or checks it between steps.
   */
  signal: AbortSignal;
  /**
   * Reports progress (0–100) and the current phase. Persisted (throttled), renews the lease, and is where
   * a cancellation is noticed: it throws the abort reason once `signal` is aborted.
   */
  progress(percent: number, phase?: string | null): Promise<void>;
}

/** Thrown by a handler for a failure that another attempt cannot fix: the job fails at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}

export function clampPercent(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.max(0, Math.min(100, Math.round(percent)));
}

/** A progress phase as stored: short, one line. */
export function phaseText(phase: string | null | undefined): string | null {
  if (phase === undefined || phase === null) return null;
  return phase.replace(/\s+/g, " ").trim().slice(0, 200) || null;
}
