// Loaded into the API process by bench/reports.ts (NODE_OPTIONS=--import): every 500 ms, one line on
// stderr with the main thread's event-loop delay over that window (perf_hooks' histogram, in ms), so the
// benchmark can tell a blocked event loop from a machine that is merely busy.
// With CANON_BENCH_PROFILE set to a file path, it also runs the V8 CPU profiler on the main thread
// (--cpu-prof is not allowed in NODE_OPTIONS) and writes the profile there on SIGUSR2.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";

// Worker threads (the report job's) inherit NODE_OPTIONS: only the main thread is measured.
if (isMainThread) {
  measureLoop();
  if (process.env.CANON_BENCH_PROFILE) profile(process.env.CANON_BENCH_PROFILE);
}

function measureLoop() {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const timer = setInterval(() => {
    const ms = (ns) => Math.round(ns / 1e4) / 100;
    process.stderr.write(
      `canon-bench-loop ${JSON.stringify({ at: Date.now(), p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) })}\n`,
    );
    histogram.reset();
  }, 500);
  timer.unref();
}

function profile(file) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 1000 }, () => session.post("Profiler.start")));
  process.on("SIGUSR2", () => {
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(file, JSON.stringify(result.profile));
      process.stderr.write(`canon-bench-profile ${error ? `failed: ${error.message}` : file}\n`);
    });
  });
}
