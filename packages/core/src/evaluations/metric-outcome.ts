// Pass/fail of an evaluation is derived from its metrics, never typed in by the caller.
import type { MetricDirection } from "@canon/db";

/** Whether a metric meets its threshold (inclusive); null when it has no threshold. */
export function metricPassed(value: number, threshold: number | null | undefined, direction: MetricDirection): boolean | null {
  if (threshold === null || threshold === undefined) return null;
  return direction === "LOWER_IS_BETTER" ? value <= threshold : value >= threshold;
}

/** An evaluation passes when every metric that has a threshold passes (and trivially when none has one). */
export function evaluationPassed(metrics: readonly { passed: boolean | null }[]): boolean {
  return metrics.every((m) => m.passed !== false);
}
