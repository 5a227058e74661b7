// Retry delays: exponential (base · 2^(attempt-1)) with "equal jitter" (half fixed, half random) so
// many failed deliveries do not retry in lockstep, capped at one hour.
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/** Delay before the next attempt, after `attempts` failed attempts (1 = the first failure). */
export function retryDelayMs(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 30);
  const full = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** exponent);
  return Math.round(full / 2 + random() * (full / 2));
}
