// Timing helpers for the benchmark: medians and p95 over repeated runs, with SQL statement counts.
export interface Sample {
  ms: number;
  statements: number;
}

export interface Summary {
  median: number;
  p95: number;
  statements: number;
  runs: number;
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(samples: Sample[]): Summary {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const st = samples.map((s) => s.statements).sort((a, b) => a - b);
  return { median: quantile(ms, 0.5), p95: quantile(ms, 0.95), statements: quantile(st, 0.5), runs: samples.length };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured. */
export async function measure(runs: number, warmup: number, fn: () => Promise<void>, countStatements: () => number): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const before = countStatements();
    const t0 = performance.now();
    await fn();
    samples.push({ ms: performance.now() - t0, statements: countStatements() - before });
  }
  return summarise(samples);
}

export const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
